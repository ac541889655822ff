"""The log head record: the log's size and root after each commit that appended events.

Kept beside the database, outside it, and authenticated with a key derived from the data key.
A damaged or cut write-ahead log makes SQLite fall back to the last intact transaction without
a word; comparing the database with this record on open names what was lost.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import threading
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from datacollect_desktop.storage.connection import Connection

RECORD_NAME = "log-head"
FORMAT = "datacollect-desktop-log-head"
_INFO = b"datacollect-desktop log head record, v1"


@dataclass(frozen=True, slots=True)
class LogHead:
    """The log's size and RFC 9162 root after a commit."""

    tree_size: int
    root_hash: bytes


class DamagedRecord(Exception):
    """The record is unreadable or its MAC does not match: it cannot be trusted."""


# Heads appended inside a write transaction, by connection, until it commits (a thread runs
# one transaction per connection at a time; the id keeps two profiles on a thread apart).
_appended = threading.local()


def _heads() -> dict[int, LogHead]:
    heads: dict[int, LogHead] | None = getattr(_appended, "heads", None)
    if heads is None:
        heads = _appended.heads = {}
    return heads


def note_appended(conn: Connection, head: LogHead) -> None:
    """Called by the log writer when it wrote events in the current transaction."""
    _heads()[id(conn)] = head


def take_appended(conn: Connection, depth: int) -> LogHead | None:
    """The head to record once the outermost transaction (`depth` 0) has committed."""
    if depth:
        return None
    return _heads().pop(id(conn), None)


def drop_appended(conn: Connection) -> None:
    _heads().pop(id(conn), None)


SLOT = 512  # one sector: a write of it is not torn on the disks we know, and two slots
# mean a torn one still leaves the previous record whole.


class HeadRecord:
    """The `log-head` file of a profile: two slots written in turn, each with a counter and
    an authentication code; the valid slot with the higher counter is the record. One small
    write and one fdatasync per commit, no rename: the commit itself costs one fsync, and a
    temporary file, a rename and a folder fsync would triple that. Shared by the profile's
    threads."""

    def __init__(self, path: Path, data_key: bytes) -> None:
        self.path = path
        self._key = HKDF(hashes.SHA256(), 32, salt=None, info=_INFO).derive(data_key)
        self._lock = threading.Lock()
        self._written = -1

    def _mac(self, counter: int, tree_size: int, root_hash: bytes) -> str:
        message = f"{FORMAT}\n{counter}\n{tree_size}\n{root_hash.hex()}".encode()
        return hmac.new(self._key, message, hashlib.sha256).hexdigest()

    def _slots(self) -> list[tuple[int, LogHead]]:
        """The valid slots as (counter, head); raises FileNotFoundError before any write."""
        data = self.path.read_bytes()
        found = []
        for start in range(0, min(len(data), 2 * SLOT), SLOT):
            try:
                doc = json.loads(data[start:start + SLOT])
                counter, size = int(doc["counter"]), int(doc["treeSize"])
                root = bytes.fromhex(doc["rootHash"])
                valid = doc.get("format") == FORMAT and size >= 0 and hmac.compare_digest(
                    str(doc["mac"]), self._mac(counter, size, root))
            except (ValueError, KeyError, TypeError):
                continue
            if valid:
                found.append((counter, LogHead(size, root)))
        return found

    def read(self) -> LogHead | None:
        """The recorded head; None when there is no record yet (a profile made before it)."""
        try:
            slots = self._slots()
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise DamagedRecord(str(exc)) from None
        if not slots:
            raise DamagedRecord("no slot holds a record whose authentication code matches")
        head = max(slots, key=lambda slot: slot[0])[1]
        with self._lock:
            self._written = max(self._written, head.tree_size)
        return head

    def write(self, head: LogHead, *, force: bool = False) -> None:
        """Record `head` if it is newer than what this process recorded (commits of several
        threads may finish out of order); `force`: record it even if older."""
        with self._lock:
            if head.tree_size <= self._written and not force:
                return
            try:
                counter = max((c for c, _ in self._slots()), default=0)
            except FileNotFoundError:
                counter = 0
            counter += 1
            doc = json.dumps({"format": FORMAT, "counter": counter, "treeSize": head.tree_size,
                              "rootHash": head.root_hash.hex(),
                              "mac": self._mac(counter, head.tree_size, head.root_hash)})
            _write_slot(self.path, counter % 2, doc.encode().ljust(SLOT))
            self._written = head.tree_size


# The file's size does not change after its first write: its data is all there is to sync.
_sync_data = getattr(os, "fdatasync", os.fsync)


def _write_slot(path: Path, slot: int, data: bytes) -> None:
    """Write one slot in place and make it durable; a new file's name is made durable too."""
    created = not path.exists()
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        os.lseek(fd, slot * SLOT, os.SEEK_SET)
        os.write(fd, data)
        _sync_data(fd)
    finally:
        os.close(fd)
    if created:
        folder = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)
