"""The server store on PostgreSQL (psycopg 3): several server processes may share one database."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import Any

from playhouse.pool import PooledPostgresqlDatabase

from datacollect_desktop.server.store.migrations import Dialect
from datacollect_desktop.server.store.peewee_base import DRIVER_ERRORS
from datacollect_desktop.server.store.peewee_store import PeeweeStore

# Any constant works; it only has to be the same for every process creating the schema.
SCHEMA_LOCK = 0x44435356  # "DCSV"
# The PostgreSQL type of each peewee column type the tables use, for binary COPY (which
# sends values as the column's type, unconverted: no text to parse on either side).
COPY_TYPES = {"TEXT": "text", "BIGINT": "int8", "INT": "int4", "SMALLINT": "int2",
              "BLOB": "bytea", "DOUBLE": "float8", "BOOL": "bool"}


class PostgresServerStore(PeeweeStore):
    """Appends lock the log head row (`SELECT ... FOR UPDATE`) until they commit."""

    dialect = Dialect.POSTGRESQL

    def __init__(self, url: str, *, connections: int = 16) -> None:
        if url.startswith("postgres://"):
            url = "postgresql://" + url[len("postgres://") :]
        database = PooledPostgresqlDatabase(
            url,
            prefer_psycopg3=True,
            max_connections=connections,
            timeout=60,
            stale_timeout=600,
        )
        super().__init__(database)

    def _lock_schema(self) -> None:
        # Two processes starting at once would race on CREATE TABLE IF NOT EXISTS and on
        # applying the same migration; the lock is held until the transaction ends.
        self._db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (SCHEMA_LOCK,))

    def _write_transaction(self) -> Any:
        return self._db.atomic()

    def _insert_many(
        self, model: Any, fields: Sequence[Any], rows: Sequence[tuple[Any, ...]]
    ) -> None:
        """Rows in one COPY (binary), inside the caller's transaction.

        psycopg's executemany pipelines one INSERT per row, ~25 µs of Python a row; COPY
        streams them, a few µs a row, and the server inserts them as one statement.
        """
        if not rows:
            return
        table = model._meta.table_name
        columns = ", ".join(f'"{field.column_name}"' for field in fields)
        types = [COPY_TYPES[field.field_type] for field in fields]
        cursor = self._db.cursor()
        try:
            with DRIVER_ERRORS, cursor.copy(
                    f'COPY "{table}" ({columns}) FROM STDIN (FORMAT BINARY)') as copy:
                copy.set_types(types)
                for row in rows:
                    copy.write_row(row)
        finally:
            cursor.close()

    def _stored_guids(self, guids: Sequence[str]) -> dict[str, tuple[str, str]]:
        # One statement for any number of guids: the list travels as one text[] parameter.
        cursor = self._db.cursor()
        try:
            with DRIVER_ERRORS:
                cursor.execute('SELECT "guid", "leaf", "config_id" FROM "events" '
                               'WHERE "guid" = ANY(%s)', (sorted(set(guids)),))
                return {guid: (leaf, config) for guid, leaf, config in cursor}
        finally:
            cursor.close()

    def _lock_keys(self, keys: Sequence[str]) -> None:
        # Read committed lets two transactions count the same rows; a lock per key, taken
        # in one order (no deadlock) and held until commit, makes count-then-insert atomic.
        for key in sorted(set(keys)):
            lock = int.from_bytes(hashlib.sha256(key.encode()).digest()[:8], "big", signed=True)
            self._db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (lock,))
