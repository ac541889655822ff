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
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

RECORD_NAME = "log-head.json"
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


def note_appended(conn: Any, head: LogHead) -> None:
    """Called by the log writer when it wrote events in the current transaction."""
    _heads()[id(conn)] = head


def take_appended(conn: Any, depth: int) -> LogHead | None:
    """The head to record once the outermost transaction (`depth` 0) has committed."""
    if depth:
        return None
    return _heads().pop(id(conn), None)


def drop_appended(conn: Any) -> None:
    _heads().pop(id(conn), None)


class HeadRecord:
    """The `log-head.json` of a profile. Shared by the profile's threads."""

    def __init__(self, path: Path, data_key: bytes) -> None:
        self.path = path
        self._key = HKDF(hashes.SHA256(), 32, salt=None, info=_INFO).derive(data_key)
        self._lock = threading.Lock()
        self._written = -1

    def _mac(self, tree_size: int, root_hash: bytes) -> str:
        message = f"{FORMAT}\n{tree_size}\n{root_hash.hex()}".encode()
        return hmac.new(self._key, message, hashlib.sha256).hexdigest()

    def read(self) -> LogHead | None:
        """The recorded head; None when there is no record yet (a profile made before it)."""
        try:
            doc = json.loads(self.path.read_bytes())
            size, root = int(doc["treeSize"]), bytes.fromhex(doc["rootHash"])
            mac = str(doc["mac"])
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise DamagedRecord(str(exc)) from None
        if doc.get("format") != FORMAT or size < 0 or not hmac.compare_digest(
                mac, self._mac(size, root)):
            raise DamagedRecord("its authentication code does not match")
        with self._lock:
            self._written = max(self._written, size)
        return LogHead(size, root)

    def write(self, head: LogHead, *, force: bool = False) -> None:
        """Record `head` if it is newer than what this process recorded (commits of several
        threads may finish out of order); `force`: record it even if older."""
        with self._lock:
            if head.tree_size <= self._written and not force:
                return
            doc = {"format": FORMAT, "treeSize": head.tree_size,
                   "rootHash": head.root_hash.hex(),
                   "mac": self._mac(head.tree_size, head.root_hash)}
            _replace(self.path, json.dumps(doc).encode())
            self._written = head.tree_size


def _replace(path: Path, data: bytes) -> None:
    """Write, fsync, rename over, fsync the folder: a crash leaves the old or the new file."""
    tmp = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            os.write(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    folder = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(folder)
    finally:
        os.close(folder)
