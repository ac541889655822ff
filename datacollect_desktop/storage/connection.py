"""The database seam: what the storage layer calls on a DB-API connection and its cursors.

The connection is SQLCipher's (`sqlcipher3`, which has no type information); these protocols
name the part of it the storage code uses, so calls through a connection are type-checked.
`sqlite3.Connection` has the same shape, which the check at the end of this module confirms.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol

# Positional (`?`) or named (`:name`) query parameters.
Params = Sequence[Any] | Mapping[str, Any]


class Cursor(Protocol):
    """The rows of one statement. Rows are tuples of SQLite values (typed as `Any`, as the
    driver gives them)."""

    @property
    def rowcount(self) -> int: ...

    def fetchone(self) -> Any: ...

    def fetchmany(self, size: int | None = 1, /) -> list[Any]: ...

    def fetchall(self) -> list[Any]: ...

    def __iter__(self) -> Iterator[Any]: ...


class Connection(Protocol):
    """One thread's open database connection."""

    @property
    def total_changes(self) -> int: ...

    def execute(self, sql: str, params: Params = ..., /) -> Cursor: ...

    def executemany(self, sql: str, rows: Iterable[Params], /) -> Cursor: ...


if TYPE_CHECKING:
    import sqlite3

    _sqlite3_fits: Connection = sqlite3.connect(":memory:")
