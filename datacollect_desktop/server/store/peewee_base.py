"""What the peewee stores share: connections, write transactions, bulk inserts, the log head."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, ClassVar

import peewee as pw

from datacollect_desktop.domain import merkle
from datacollect_desktop.server.store.base import LogHead
from datacollect_desktop.server.store.migrations import (
    BASELINE,
    MIGRATIONS,
    SCHEMA_VERSION,
    STEPS,
    VERSION_TABLE,
    VERSION_TABLE_DDL,
    Dialect,
    Migration,
    SchemaError,
    SchemaTooNew,
    SchemaTooOld,
    pending,
)
from datacollect_desktop.server.store.models import HEAD_ID, build_tables

IN_CHUNK = 500  # values per IN (...) list
# Raises a driver's exception (sqlite3's, psycopg's) as peewee's own (`pw.IntegrityError`...),
# as peewee's queries do, for statements run on a raw cursor.
DRIVER_ERRORS = pw.__exception_wrapper__  # type: ignore[attr-defined]

Report = Callable[[str], None]


@dataclass(frozen=True)
class SchemaState:
    """A database's schema version (None: empty), and whether `schema_migrations` records it."""

    version: int | None
    recorded: bool


def now_text() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def chunks(items: Sequence[Any], size: int = IN_CHUNK) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


class PeeweeBase:
    """A peewee database and its tables; subclasses choose the database and its locking."""

    dialect: ClassVar[Dialect]

    def __init__(self, database: pw.Database) -> None:
        self._db: Any = database  # peewee is only partly typed
        self._t = build_tables(database)
        self._insert_sql: dict[tuple[Any, ...], str] = {}
        self._lookup_sql: dict[int, str] = {}

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
            with DRIVER_ERRORS:  # driver errors as peewee's (IntegrityError)
                cursor.executemany(sql, rows)
        finally:
            cursor.close()

    def _stored_guids(self, guids: Sequence[str]) -> dict[str, tuple[str, str]]:
        """The stored events among `guids`: guid -> (leaf, config id), in one indexed look-up
        per IN_CHUNK guids, its SQL written once per chunk length."""
        found: dict[str, tuple[str, str]] = {}
        unique = sorted(set(guids))
        cursor = self._db.cursor()
        try:
            for chunk in chunks(unique):
                sql = self._lookup_sql.get(len(chunk))
                if sql is None:
                    marks = ", ".join([self._db.param] * len(chunk))
                    sql = ('SELECT "guid", "leaf", "config_id" FROM "events" '  # noqa: S608
                           f'WHERE "guid" IN ({marks})')
                    self._lookup_sql[len(chunk)] = sql
                with DRIVER_ERRORS:
                    cursor.execute(sql, tuple(chunk))
                    found.update((guid, (leaf, config)) for guid, leaf, config in cursor)
        finally:
            cursor.close()
        return found

    # Hooks -------------------------------------------------------------------------------------

    def _write_transaction(self) -> Any:
        """A transaction that may write (SQLite overrides it to take the write lock at BEGIN)."""
        return self._db.atomic()

    def _lock_keys(self, keys: Sequence[str]) -> None:
        """Serialise the transactions that use these keys (SQLite's write lock already does)."""

    def _lock_schema(self) -> None:
        """Serialise schema changes across processes (SQLite's write lock already does)."""

    # The schema: versions and migrations (migrations.py) ----------------------------------------

    def _schema_state(self) -> SchemaState:
        """The database's schema version, read inside the caller's connection."""
        tables = set(self._db.get_tables())
        if VERSION_TABLE in tables:
            (found,) = self._db.execute_sql(
                f'SELECT MAX("version") FROM "{VERSION_TABLE}"'  # noqa: S608 (a constant)
            ).fetchone()
            if found is not None:
                return SchemaState(int(found), recorded=True)
        ours = set(BASELINE.marks) & tables
        if not ours:
            return SchemaState(None, recorded=False)
        if ours != set(BASELINE.marks):
            missing = ", ".join(sorted(set(BASELINE.marks) - ours))
            raise SchemaError(
                f"this database holds some of datacollect-server's tables but not {missing}: "
                "it belongs to another application, or is damaged; use an empty database"
            )
        version = BASELINE.version
        for step in MIGRATIONS:
            if not self._holds(step, tables):
                break
            version = step.version
        return SchemaState(version, recorded=False)

    def _holds(self, step: Migration, tables: set[str]) -> bool:
        """Whether a database made before versions were recorded already has `step`."""
        if not set(step.marks) <= tables:
            return False
        return all(self._has_column(column.table, column.name) for column in step.columns)

    def _has_column(self, table: str, name: str) -> bool:
        return any(column.name == name for column in self._db.get_columns(table))

    def _step_statements(self, step: Migration) -> list[str]:
        """What applying `step` runs on this database: its missing columns, then the rest."""
        added = [column.statement(self.dialect) for column in step.columns
                 if not self._has_column(column.table, column.name)]
        return [*added, *step.statements(self.dialect)]

    def _record_versions(self, steps: Sequence[Migration], note: str = "") -> None:
        p = self._db.param
        at = now_text()
        for step in steps:
            self._db.execute_sql(
                f'INSERT INTO "{VERSION_TABLE}" ("version", "description", "applied_at") '  # noqa: S608
                f"VALUES ({p}, {p}, {p})",
                (step.version, step.description + note, at),
            )

    def _create_newest(self) -> None:
        """Make every table of the newest schema in an empty database (one transaction)."""
        self._db.execute_sql(VERSION_TABLE_DDL)
        for step in STEPS:
            for statement in (*(c.statement(self.dialect) for c in step.columns),
                              *step.statements(self.dialect)):
                self._db.execute_sql(statement)
        self._t.LogHeadRow.insert(
            id=HEAD_ID, tree_size=0, root_hash=merkle.EMPTY_ROOT, level_seq=0, audit_size=0
        ).on_conflict_ignore().execute()
        self._record_versions(STEPS)

    def schema_version(self) -> int | None:
        """The database's schema version; None while it is empty."""
        with self._db.connection_context():
            return self._schema_state().version

    def migrate(self, *, report: Report | None = None, dry_run: bool = False) -> int:
        """Bring the database to `SCHEMA_VERSION`, one transaction per migration; returns it.

        An empty database is created at the newest version. `report` is told each step
        (with `dry_run`, each step and its statements, and nothing is written). A database
        of a newer server raises `SchemaTooNew` untouched.
        """
        say = report or (lambda line: None)
        with self._db.connection_context():
            with self._write_transaction():
                self._lock_schema()
                state = self._schema_state()
                if state.version is not None and state.version > SCHEMA_VERSION:
                    raise SchemaTooNew(state.version)
                if state.version is None:
                    if dry_run:
                        say(f"would create the schema at version {SCHEMA_VERSION} "
                            "(the database is empty)")
                    else:
                        self._create_newest()
                        say(f"created the schema at version {SCHEMA_VERSION}")
                    return SCHEMA_VERSION
                if not state.recorded:
                    found = f"found schema {state.version} (made before versions were recorded)"
                    if dry_run:
                        say(f"{found}; would record it")
                    else:
                        self._db.execute_sql(VERSION_TABLE_DDL)
                        self._record_versions(
                            STEPS[: state.version], " (found in place, not recorded then)")
                        say(f"{found}; recorded it")
                if dry_run:
                    for step in pending(state.version):
                        say(f"would apply {step.version}: {step.description}")
                        for statement in self._step_statements(step):
                            say(f"    {statement}")
                    if not pending(state.version):
                        say(f"the database is at schema {state.version}, the newest")
                    return state.version
            if not pending(state.version):
                say(f"the database is at schema {state.version}, the newest")
            for step in pending(state.version):
                with self._write_transaction():
                    self._lock_schema()
                    current = self._schema_state().version
                    if current is not None and current >= step.version:
                        continue  # another server process applied it meanwhile
                    for statement in self._step_statements(step):
                        self._db.execute_sql(statement)
                    self._record_versions([step])
                say(f"applied {step.version}: {step.description}")
            return SCHEMA_VERSION

    def open_schema(self, *, upgrade: bool = True, report: Report | None = None) -> None:
        """Make the database ready to serve: created when empty, migrated when older (unless
        not `upgrade`: then `SchemaTooOld`), refused when newer (`SchemaTooNew`)."""
        with self._db.connection_context():
            state = self._schema_state()
        if state.version is not None and state.version > SCHEMA_VERSION:
            raise SchemaTooNew(state.version)
        if state.recorded and state.version == SCHEMA_VERSION:
            return
        if not upgrade and state.version is not None and state.version < SCHEMA_VERSION:
            raise SchemaTooOld(state.version)
        self.migrate(report=report)

    # Lifecycle ---------------------------------------------------------------------------------

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
