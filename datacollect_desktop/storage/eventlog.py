"""The append-only local log and its RFC 9162 tree, inside the caller's write transaction."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from datacollect_desktop.domain import merkle
from datacollect_desktop.domain.attachments import REFERENCE_MARK, references
from datacollect_desktop.domain.canonical import parse_json
from datacollect_desktop.domain.events import Event, event_from_wire
from datacollect_desktop.domain.vocabulary import SyncLevel
from datacollect_desktop.storage.attachments import record_references
from datacollect_desktop.storage.commit_record import LogHead, note_appended
from datacollect_desktop.storage.connection import Connection
from datacollect_desktop.storage.list_counts import count_appended

Key = tuple[int, int]


class StoredTree:
    """`merkle.NodeSource` over the `merkle_nodes` table: one query per proof."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def get_nodes(self, keys: Sequence[Key]) -> Mapping[Key, bytes]:
        found: dict[Key, bytes] = {}
        unique = list(dict.fromkeys(keys))
        for start in range(0, len(unique), 400):
            chunk = unique[start:start + 400]
            placeholders = ",".join("(?,?)" for _ in chunk)
            params = [n for key in chunk for n in key]
            rows = self.conn.execute(
                "SELECT level, idx, hash FROM merkle_nodes "  # noqa: S608 (constant fragments)
                f"WHERE (level, idx) IN (VALUES {placeholders})",  # placeholders only
                params,
            )
            for level, idx, digest in rows:
                found[(level, idx)] = bytes(digest)
        return found

    def size(self) -> int:
        row = self.conn.execute("SELECT coalesce(max(seq), 0) FROM events").fetchone()
        return int(row[0])

    def frontier(self, size: int) -> list[bytes]:
        keys = merkle.frontier_keys(size)
        nodes = self.get_nodes(keys)
        missing = [k for k in keys if k not in nodes]
        if missing:
            raise LookupError(f"the transparency log is missing nodes {missing}; run verify")
        return [nodes[k] for k in keys]

    def root(self, size: int | None = None) -> bytes:
        return merkle.root_from_frontier(self.frontier(self.size() if size is None else size))


def leaf_index_of(seq: int) -> int:
    """The leaf of the device's Merkle tree that holds event number `seq`. The device numbers
    its events from 1 (`events.seq`, in the order this device stored them); tree leaves are
    indexed from 0, as the server's are (where `seq` is the leaf index itself)."""
    return seq - 1


@dataclass(frozen=True, slots=True)
class StoredEvent:
    """An event as kept in the log: its number on this device (`seq`, from 1) and its
    projection status."""

    seq: int
    event: Event
    applied: bool
    flag: str | None
    sync_error: str | None

    @property
    def leaf_index(self) -> int:
        return leaf_index_of(self.seq)

    def to_json(self) -> dict[str, Any]:
        doc = self.event.to_wire()
        doc["seq"] = self.seq
        if self.flag:
            doc["flag"] = self.flag
        if self.sync_error:
            doc["syncError"] = self.sync_error
        return doc


EVENT_COLUMNS = "seq, body, sync_level, applied, flag, sync_error"

# The sync levels as SQL constants: the partial index `events_pending` serves only queries
# that spell its condition, `sync_level = 0`, with the literal rather than a parameter.
IS_LOCAL = f"sync_level = {SyncLevel.LOCAL:d}"


def event_from_row(row: Sequence[Any]) -> StoredEvent:
    seq, body, level, applied, flag, sync_error = row
    doc = parse_json(bytes(body))
    doc["syncLevel"] = level
    return StoredEvent(seq, event_from_wire(doc, strict=False), bool(applied), flag, sync_error)


# `meta` key: the last event (by `seq`) whose effects are in the projections. A submit commits
# its events first and their projection rows in a second transaction, which advances this
# mark; events after it are projected before anything else writes (`store.catch_up`). Absent
# in a profile no submit wrote since: there, every event is projected.
PROJECTED_SEQ = "projected_seq"


def projected_seq(conn: Connection) -> int | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (PROJECTED_SEQ,)).fetchone()
    return None if row is None else int(row[0])


def set_projected_seq(conn: Connection, seq: int) -> None:
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                 (PROJECTED_SEQ, str(seq)))


class LogWriter:
    """Appends events and the tree nodes they complete; rows are written by `flush`.

    `projected`: the caller writes the events' projection rows in the same transaction, so
    `flush` moves the projected mark (`PROJECTED_SEQ`) with the log. Without it the mark
    stays where it was, and the caller's later projection commit moves it.
    """

    def __init__(self, conn: Connection, *, projected: bool = True) -> None:
        self.conn = conn
        self.projected = projected
        self.tree = StoredTree(conn)
        self.size = self.tree.size()
        self.start = self.size
        self.frontier = self.tree.frontier(self.size)
        self._events: list[tuple[Any, ...]] = []
        self._nodes: list[tuple[int, int, bytes]] = []
        self._pending: dict[str, bytes] = {}
        self._references: list[tuple[int, str]] = []

    def existing_bodies(self, guids: Iterable[str]) -> dict[str, bytes]:
        """Bodies already stored (or pending in this batch) under these guids."""
        wanted = list(dict.fromkeys(guids))
        found = {g: self._pending[g] for g in wanted if g in self._pending}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            marks = ",".join("?" * len(chunk))
            sql = f"SELECT guid, body FROM events WHERE guid IN ({marks})"  # noqa: S608 (constant fragments)
            for guid, body in self.conn.execute(sql, chunk):
                found[guid] = bytes(body)
        return found

    def pending_body(self, guid: str) -> bytes | None:
        return self._pending.get(guid)

    def append(self, event: Event, body: bytes, applied: bool, flag: str | None,
               server_pos: int | None = None) -> int:
        """Add an event at the end of the log; a pulled event comes with its `server_pos`."""
        leaf = merkle.leaf_hash(body)
        self.frontier, completed = merkle.append(self.size, self.frontier, leaf)
        self.size += 1
        self._nodes.extend((level, idx, digest) for (level, idx), digest in completed)
        self._events.append((
            self.size, event.guid, event.entity_guid, event.type, event.user_id,
            event.timestamp, int(event.sync_level), body, int(applied), flag, server_pos,
        ))
        self._pending[event.guid] = body
        if REFERENCE_MARK in body:  # the bytes of a reference's key: most events have none
            self._references.extend((self.size, ref.digest) for ref in references(event.data))
        return self.size

    def root(self) -> bytes:
        return merkle.root_from_frontier(self.frontier)

    def flush(self) -> None:
        self.conn.executemany(
            "INSERT INTO events (seq, guid, entity_guid, type, user_id, timestamp, sync_level, "
            "body, applied, flag, server_pos) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            self._events,
        )
        count_appended(self.conn, (row[6] for row in self._events))
        self.conn.executemany(
            "INSERT INTO merkle_nodes (level, idx, hash) VALUES (?,?,?)", self._nodes
        )
        # In the log's own (synced) commit: the bytes these events first refer to are
        # un-staged, durable with them.
        record_references(self.conn, self._references)
        self._references.clear()
        if self._events:  # recorded outside the database once the transaction commits
            note_appended(self.conn, LogHead(self.size, self.root()))
            if self.projected:
                set_projected_seq(self.conn, self.size)
            elif projected_seq(self.conn) is None:  # from now on the mark says what is projected
                set_projected_seq(self.conn, self.start)
        self._events.clear()
        self._nodes.clear()
