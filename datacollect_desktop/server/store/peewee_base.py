"""What the peewee stores share: connections, write transactions, bulk inserts, the log head."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

import peewee as pw

from datacollect_desktop.domain import merkle
from datacollect_desktop.server.store.base import LogHead
from datacollect_desktop.server.store.models import HEAD_ID, build_tables

IN_CHUNK = 500  # values per IN (...) list


def now_text() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def chunks(items: Sequence[Any], size: int = IN_CHUNK) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


class PeeweeBase:
    """A peewee database and its tables; subclasses choose the database and its locking."""

    def __init__(self, database: pw.Database) -> None:
        self._db: Any = database  # peewee is only partly typed
        self._t = build_tables(database)
        self._insert_sql: dict[tuple[Any, ...], str] = {}

    def _insert_many(
        self, model: Any, fields: Sequence[Any], rows: Sequence[tuple[Any, ...]]
    ) -> None:
        """Insert rows with one prepared statement (executemany), inside the caller's transaction.

        peewee writes the parameterised INSERT once per table and column list; building a
        multi-row INSERT through the query builder costs ~50 µs a row, executemany a few.
        """
        if not rows:
            return
        key = (model, *fields)
        sql = self._insert_sql.get(key)
        if sql is None:
            sql, _ = model.insert({field: None for field in fields}).returning().sql()
            self._insert_sql[key] = sql
        cursor = self._db.cursor()
        try:
            cursor.executemany(sql, rows)
        finally:
            cursor.close()

    # Hooks -------------------------------------------------------------------------------------

    def _write_transaction(self) -> Any:
        """A transaction that may write (SQLite overrides it to take the write lock at BEGIN)."""
        return self._db.atomic()

    def _lock_keys(self, keys: Sequence[str]) -> None:
        """Serialise the transactions that use these keys (SQLite's write lock already does)."""

    def _create_tables(self) -> None:
        self._db.create_tables(self._t.all(), safe=True)
        self._add_missing_columns()
        self._t.LogHeadRow.insert(
            id=HEAD_ID, tree_size=0, root_hash=merkle.EMPTY_ROOT, level_seq=0, audit_size=0
        ).on_conflict_ignore().execute()

    def _add_missing_columns(self) -> None:
        """Add the columns a newer server declares to tables an older one created.

        Every such column has an SQL default, so the rows already there get it.
        """
        for model in self._t.all():
            table = model._meta.table_name
            present = {column.name for column in self._db.get_columns(table)}
            for field in model._meta.sorted_fields:
                if field.column_name in present:
                    continue
                ctx = self._db.get_sql_context()
                definition, params = ctx.sql(field.ddl(ctx)).query()
                self._db.execute_sql(
                    f'ALTER TABLE "{table}" ADD COLUMN {definition}', params
                )

    # Lifecycle ---------------------------------------------------------------------------------

    def create_schema(self) -> None:
        """Create missing tables and the log head row."""
        with self._db.connection_context(), self._write_transaction():
            self._create_tables()

    def close(self) -> None:
        close_all = getattr(self._db, "close_all", None)
        if close_all is not None:
            close_all()
        elif not self._db.is_closed():
            self._db.close()

    @contextmanager
    def _connection(self) -> Iterator[None]:
        with self._db.connection_context():
            yield

    def _read_head(self, *, lock: bool) -> LogHead:
        head = self._t.LogHeadRow
        query = head.select().where(head.id == HEAD_ID)
        if lock and self._db.for_update:
            # PostgreSQL: the head row lock serialises appends across processes; it is held
            # until commit, so commits happen in sequence order.
            query = query.for_update()
        row = query.get()
        return LogHead(row.tree_size, bytes(row.root_hash), row.level_seq, row.audit_size)

    def _existing(self, model: Any, column: Any, guids: Sequence[str]) -> dict[str, str]:
        found: dict[str, str] = {}
        unique = sorted(set(guids))
        for chunk in chunks(unique):
            query = model.select(model.guid, column).where(model.guid.in_(list(chunk))).tuples()
            found.update(dict(query))
        return found
