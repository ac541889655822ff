"""Server-side persistence: the `ServerStore` contract and its SQLite and PostgreSQL stores."""

from __future__ import annotations

from pathlib import Path

from datacollect_desktop.server.store.base import ServerStore
from datacollect_desktop.server.store.migrations import (
    SCHEMA_VERSION,
    SchemaError,
    SchemaTooNew,
    SchemaTooOld,
)
from datacollect_desktop.server.store.peewee_base import Report
from datacollect_desktop.server.store.peewee_store import PeeweeStore

SQLITE_PREFIX = "sqlite:///"


class UnsupportedDatabase(ValueError):
    """The database URL names no database this server can use."""


def connect_store(url: str, *, connections: int = 16) -> PeeweeStore:
    """The store a database URL names, its schema neither checked nor changed.

    `sqlite:///PATH` is a SQLite file; `postgresql://...` (or `postgres://`) is PostgreSQL.
    """
    store: PeeweeStore
    if url.startswith(SQLITE_PREFIX):
        from datacollect_desktop.server.store.sqlite import SqliteServerStore

        store = SqliteServerStore(Path(url[len(SQLITE_PREFIX) :]), connections=connections)
    elif url.startswith(("postgresql://", "postgres://")):
        from datacollect_desktop.server.store.postgres import PostgresServerStore

        store = PostgresServerStore(url, connections=connections)
    else:
        raise UnsupportedDatabase(
            "the database must be sqlite:///PATH or postgresql://USER@HOST:PORT/NAME"
        )
    return store


def open_store(
    url: str, *, connections: int = 16, upgrade: bool = True, report: Report | None = None
) -> PeeweeStore:
    """Open the store a database URL names, ready to serve.

    An empty database gets the newest schema; an older one is migrated (`report` is told
    each step), or refused with `SchemaTooOld` when not `upgrade`; a newer one is refused
    with `SchemaTooNew`. Nothing is changed when it is refused.
    """
    store = connect_store(url, connections=connections)
    try:
        store.open_schema(upgrade=upgrade, report=report)
    except BaseException:
        store.close()
        raise
    return store


__all__ = [
    "SCHEMA_VERSION",
    "SchemaError",
    "SchemaTooNew",
    "SchemaTooOld",
    "ServerStore",
    "UnsupportedDatabase",
    "connect_store",
    "open_store",
]
