"""The SQLCipher connection: raw data key, WAL, one connection per thread, clear errors."""

from __future__ import annotations

import errno
import logging
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import peewee
import sqlcipher3
from playhouse.sqlcipher_ext import SqlCipherDatabase

from datacollect_desktop.storage.commit_record import HeadRecord, drop_appended, take_appended
from datacollect_desktop.storage.connection import Connection
from datacollect_desktop.storage.errors import CorruptProfile, StorageBusy, StorageFull

PRAGMAS = (
    ("journal_mode", "wal"),
    # FULL: a committed event survives a power cut, not only a crash of the app.
    ("synchronous", "full"),
    ("foreign_keys", 1),
    # Keep sorting and temporary tables in memory: nothing spills to disk in clear.
    ("temp_store", "memory"),
    ("busy_timeout", 10_000),
    # 128 MiB of pages per connection (negative: KiB). A batch's inserts land on pages all
    # over the file (guid keys are random): each one not cached is read and decrypted again.
    # 256 MiB gains little more at 100k events and would put a 1M rebuild over its memory
    # budget (bench/ab.py: 421 MiB peak at 100k, against 285 with 128 and 184 with 32).
    ("cache_size", -131_072),
)


PAGE_HMAC = "HMAC_SHA256"
# SQLCipher 4's page size: every database of ours is at least its first page.
PAGE_SIZE = 4096
log = logging.getLogger(__name__)


class CipherDatabase(SqlCipherDatabase):  # type: ignore[misc]
    """peewee's SQLCipher database opened with a raw 256-bit key (no SQLCipher KDF)."""

    def __init__(self, path: Path, data_key: bytes, **kwargs: Any) -> None:
        if len(data_key) != 32:
            raise ValueError("the data key must be 32 bytes")
        self._raw_key = data_key.hex()
        # Set by the profile: written after every commit that appended events.
        self.head_record: HeadRecord | None = None
        super().__init__(str(path), pragmas=PRAGMAS, **kwargs)

    def connection(self) -> Connection:
        """This thread's connection, opened on first use."""
        conn: Connection = super().connection()
        return conn

    def _connect(self) -> Any:
        conn = sqlcipher3.connect(self.database, isolation_level=None, check_same_thread=False)
        try:
            # Wrong keys and damaged pages are reported through our own errors, not stderr.
            conn.execute("PRAGMA cipher_log_level = NONE")
            # The key is hex digits we produced; nothing user-supplied reaches this string.
            conn.execute(f"PRAGMA key = \"x'{self._raw_key}'\"")
            # Not stored in the file: every open must use the same page MAC. SHA-256 costs a
            # third less per page than SQLCipher's SHA-512 default, and each event writes ~15.
            conn.execute(f"PRAGMA cipher_hmac_algorithm = {PAGE_HMAC}")
            self._add_conn_hooks(conn)
        except Exception:
            conn.close()
            raise
        return conn


def open_database(path: Path, data_key: bytes) -> CipherDatabase:
    """Open and check the database right away: SQLCipher only fails on the first read.

    An existing file shorter than one page is damaged (cut to nothing, or never ours):
    SQLite would take it for a new database and write over it, so it is refused untouched.
    """
    refuse_cut_file(path)
    db = CipherDatabase(path, data_key)
    try:
        db.connect()
        db.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()
    except Exception as exc:
        db.close()
        raise translate(exc, path) from None
    return db


def refuse_cut_file(path: Path) -> None:
    try:
        status = path.stat()
    except FileNotFoundError:
        return  # a new database; a profile checks its own is there before opening it
    if not stat.S_ISREG(status.st_mode) or status.st_size < PAGE_SIZE:
        raise damaged_database(path)


def damaged_database(path: Path) -> CorruptProfile:
    """The profile's database holds none of its records: refused, and left as it is."""
    return CorruptProfile(
        "The profile's database ({path}) is damaged: it is empty or cut short and holds none "
        "of this profile's records. It was not read or changed. Keep it as it is and restore "
        "the profile from a backup or an export.", path=path)


def translate(exc: BaseException, path: Path | None = None, *, writing: bool = False
              ) -> Exception:
    """Turn a driver error into a message a person can act on. `writing`: it came from a
    write transaction, so an I/O error means the write could not be made."""
    exc = _underlying(exc)
    text = str(exc).lower()
    if (isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT)) \
            or "disk is full" in text:
        return StorageFull(
            "The disk is full. Nothing was lost: what was saved before is intact. Free some "
            "space and try again."
        )
    if writing and "disk i/o error" in text:
        return StorageFull(
            "The disk is full, or failing: the profile could not be written. Nothing was "
            "lost: what was saved before is intact. Free some space and try again."
        )
    # The search index reports a damaged page of its own tables as its constructor failing.
    if ("not a database" in text or "malformed" in text or "hmac" in text or "corrupt" in text
            or "vtable constructor failed" in text):
        if path is None:
            return CorruptProfile(
                "The profile database is damaged or is not a DataCollect database; it was "
                "not read. Restore it from a backup or an export.")
        return CorruptProfile(
            "The profile database ({path}) is damaged or is not a DataCollect database; it "
            "was not read. Restore it from a backup or an export.", path=path)
    if "locked" in text or "busy" in text:
        return StorageBusy("The profile is busy in another window or process; try again.")
    if isinstance(exc, Exception):
        return exc
    return RuntimeError(str(exc))


def _underlying(exc: BaseException) -> BaseException:
    """The error that made a transaction fail, not the one its rollback raised after it: on
    a full disk or an I/O error SQLite rolls back by itself, and the rollback that follows
    fails with "no transaction is active", which would hide the cause."""
    while "no transaction is active" in str(exc) and exc.__context__ is not None:
        exc = exc.__context__
    return exc


# peewee re-raises driver errors as its own DatabaseError when queries go through it.
DRIVER_ERRORS: tuple[type[BaseException], ...] = (
    sqlcipher3.DatabaseError, sqlite3.DatabaseError, peewee.DatabaseError,
)


@contextmanager
def write_transaction(db: CipherDatabase, *, durable: bool = True) -> Iterator[Connection]:
    """An IMMEDIATE transaction on this thread's connection; driver errors made readable.

    Once the outermost transaction has committed events, the log head record is written.
    `durable=False` commits with `synchronous=NORMAL`: in WAL mode the commit stays atomic
    but is not synced, so a power cut may take it (and only the transactions after the last
    synced one). Only for rows derived from what a durable commit stored (the projections).
    """
    conn = db.connection()
    relaxed = not durable and db.transaction_depth() == 0
    if relaxed:
        conn.execute("PRAGMA synchronous = NORMAL")
    try:
        with db.atomic("IMMEDIATE"):
            yield conn
    except DRIVER_ERRORS as exc:
        drop_appended(conn)
        raise translate(exc, writing=True) from exc
    except OSError as exc:
        drop_appended(conn)
        raise translate(exc, writing=True) from exc
    except BaseException:
        drop_appended(conn)
        raise
    finally:
        if relaxed:
            conn.execute("PRAGMA synchronous = FULL")
    head = take_appended(conn, db.transaction_depth())
    if head is not None and db.head_record is not None:
        try:
            db.head_record.write(head)
        except OSError as exc:
            # The events are committed: saying they were not would be false. A record left
            # behind only weakens the check of the next open; it never raises a false alarm.
            log.warning("could not write the log head record: %s", exc)
