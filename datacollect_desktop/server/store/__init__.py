"""Server-side persistence: the `ServerStore` contract and its SQLite and PostgreSQL stores."""

from __future__ import annotations

from pathlib import Path

from datacollect_desktop.server.store.base import ServerStore
from datacollect_desktop.server.store.peewee_store import PeeweeStore

SQLITE_PREFIX = "sqlite:///"


class UnsupportedDatabase(ValueError):
    """The database URL names no database this server can use."""


def open_store(url: str, *, connections: int = 16) -> PeeweeStore:
    """Open (and create the schema of) the store a database URL names.

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
    store.create_schema()
    return store


__all__ = ["ServerStore", "UnsupportedDatabase", "open_store"]
