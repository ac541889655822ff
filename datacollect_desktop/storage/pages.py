"""Writing a pulled page into the log and projections in canonical order (docs/SYNC.md).

Events of the page take the next server positions in page order. While they are our own
pending events coming back in local order, the canonical order does not change and nothing is
projected again. Otherwise the pending events are rewound (`rebase.rewind`), the rest of the
page is projected after the positioned prefix, and the pending events are projected again on
top: conflicts are the fields both a new remote event and a pending event changed.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from datacollect_desktop.domain.audit import field_changes
from datacollect_desktop.domain.canonical import canonical_json, parse_json
from datacollect_desktop.domain.errors import InvalidEvent
from datacollect_desktop.domain.events import Event, event_from_wire, parse_timestamp
from datacollect_desktop.domain.projection import Outcome, project
from datacollect_desktop.domain.registry import EventTypeRegistry
from datacollect_desktop.storage.connection import Connection
from datacollect_desktop.storage.eventlog import (
    EVENT_COLUMNS,
    LogWriter,
    StoredEvent,
    event_from_row,
)
from datacollect_desktop.storage.projector import ProjectionWriter
from datacollect_desktop.storage.rebase import chunked, marks, rewind
from datacollect_desktop.storage.store import prefetch_guids


@dataclass
class PageResult:
    """What applying one pulled page did."""

    new: int = 0
    repeated: int = 0
    conflicts: int = 0
    collisions: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class PulledEvent:
    """An event as a server sent it, with the canonical bytes that hash into its leaf."""

    event: Event
    body: bytes

    @classmethod
    def from_wire(cls, doc: Any) -> PulledEvent:
        """Read a pulled event leniently (other servers may add fields); raises InvalidEvent."""
        event = event_from_wire(doc, strict=False)
        return cls(event, canonical_json(event.leaf_document()))

    @classmethod
    def from_body(cls, body: bytes) -> PulledEvent:
        """An event this device holds, read back from its leaf bytes."""
        return cls(event_from_wire(parse_json(body)), body)


def same_event(held: bytes, pulled: bytes, kept: frozenset[str] | None) -> bool:
    """Whether a pulled event is the event this device holds under its guid.

    Against a server that keeps every field (`kept` None) the leaf bytes must be equal.
    Against one that keeps only the fields in `kept` (a stock backend drops `metadata`), the
    pulled copy is the same event when every kept field matches and any other field it does
    carry matches too; a field it dropped is no difference (docs/SYNC.md).
    """
    if held == pulled:
        return True
    if kept is None:
        return False
    ours, theirs = parse_json(held), parse_json(pulled)
    for name in set(ours) | set(theirs):
        if name not in kept and name not in theirs:
            continue  # dropped by the server: the device keeps its own copy
        if name not in ours or name not in theirs:
            return False
        if name == "timestamp" and _same_instant(ours[name], theirs[name]):
            continue  # written back in the server's own form (milliseconds, `Z`)
        if canonical_json(ours[name]) != canonical_json(theirs[name]):
            return False
    return True


def _same_instant(ours: Any, theirs: Any) -> bool:
    """Two UTC timestamps naming the same millisecond (a server that keeps fewer fields may
    keep a timestamp as a time, not as the text it was given)."""
    try:
        a, b = parse_timestamp(str(ours)), parse_timestamp(str(theirs))
    except InvalidEvent:
        return False
    return a.replace(microsecond=a.microsecond // 1000 * 1000) == b



@dataclass(frozen=True, slots=True)
class Arrival:
    """A page event to position: new to this device (`seq` None) or one of ours coming back."""

    pulled: PulledEvent
    seq: int | None


# A field a new remote event changed: (entity, field) -> (base, value, event guid, seq).
RemoteChanges = dict[tuple[str, str], tuple[Any, Any, str, int]]
# (entity, field, remote event) -> (local event, base, remote value, local value, seq).
Conflicts = dict[tuple[str, str, str], tuple[str, Any, Any, Any, int]]


class PageWriter:
    """Positions and projects the arrivals of one page inside the caller's transaction."""

    def __init__(self, conn: Connection, registry: EventTypeRegistry) -> None:
        self.conn = conn
        self.registry = registry

    def apply(self, arrivals: Sequence[Arrival], result: PageResult) -> None:
        conn = self.conn
        top = conn.execute("SELECT coalesce(max(server_pos), 0) FROM events").fetchone()[0]
        positions = range(int(top) + 1, int(top) + 1 + len(arrivals))
        returning = sum(1 for a in arrivals if a.seq is not None)
        head = [seq for (seq,) in conn.execute(
            "SELECT seq FROM events WHERE server_pos IS NULL ORDER BY seq LIMIT ?", (returning,))]
        same = 0
        while same < min(len(head), len(arrivals)) and arrivals[same].seq == head[same]:
            same += 1
        # Our own events coming back in local order: the canonical order stays as it was.
        conn.executemany("UPDATE events SET server_pos = ?, sync_error = NULL WHERE seq = ?",
                         [(positions[i], arrivals[i].seq) for i in range(same)])
        if same == len(arrivals):
            return
        pending = [seq for (seq,) in conn.execute(
            "SELECT seq FROM events WHERE server_pos IS NULL ORDER BY seq")]
        if pending:
            rewind(conn, pending, self.registry)
        self._project(arrivals[same:], positions[same:], pending, result)

    def _project(self, arrivals: Sequence[Arrival], positions: Sequence[int],
                 pending: Sequence[int], result: PageResult) -> None:
        conn = self.conn
        coming_back = {a.seq for a in arrivals if a.seq is not None}
        replayed = self._load([seq for seq in pending if seq not in coming_back])
        log = LogWriter(conn)
        projections = ProjectionWriter(conn)
        projections.prefetch(g for a in arrivals for g in prefetch_guids(a.pulled.event))
        projections.prefetch(g for s in replayed for g in prefetch_guids(s.event))
        status: list[tuple[int, str | None, int]] = []
        placed: list[tuple[int, int]] = []
        remote: RemoteChanges = {}
        conflicts: Conflicts = {}
        # Without pending events (a device that only receives) there is nothing to conflict.
        watch = bool(pending)
        for arrival, position in zip(arrivals, positions, strict=True):
            event = arrival.pulled.event
            outcome = project(event, projections.lookup, self.registry, strict=False)
            if arrival.seq is None:  # written with its position: no update afterwards
                seq = log.append(event, arrival.pulled.body, outcome.applied, outcome.flag,
                                 position)
                if watch:
                    _note_remote(remote, outcome, event.guid, seq)
                result.new += 1
            else:  # ours, made before this device saw the new events above it in the page
                seq = arrival.seq
                status.append((int(outcome.applied), outcome.flag, seq))
                _note_local(conflicts, remote, outcome, event.guid)
                placed.append((position, seq))
            projections.record(seq, event, outcome)
        for stored in replayed:
            outcome = project(stored.event, projections.lookup, self.registry, strict=False)
            projections.record(stored.seq, stored.event, outcome)
            status.append((int(outcome.applied), outcome.flag, stored.seq))
            _note_local(conflicts, remote, outcome, stored.event.guid)
        log.flush()
        projections.flush()
        conn.executemany("UPDATE events SET applied = ?, flag = ? WHERE seq = ?", status)
        conn.executemany("UPDATE events SET server_pos = ?, sync_error = NULL WHERE seq = ?",
                         placed)
        result.conflicts += self._record_conflicts(conflicts)

    def _load(self, seqs: Sequence[int]) -> list[StoredEvent]:
        stored: list[StoredEvent] = []
        for chunk in chunked(seqs):
            rows = self.conn.execute(
                f"SELECT {EVENT_COLUMNS} FROM events WHERE seq IN ({marks(len(chunk))}) "  # noqa: S608 (constant fragments)
                "ORDER BY seq", chunk,
            )
            stored.extend(event_from_row(row) for row in rows)
        return stored

    def _record_conflicts(self, conflicts: Conflicts) -> int:
        before = self.conn.total_changes
        self.conn.executemany(
            "INSERT OR IGNORE INTO conflicts (kind, entity_guid, field, remote_event, "
            "local_event, base_value, remote_value, local_value, detected_seq) "
            "VALUES ('field',?,?,?,?,?,?,?,?)",
            [(entity, name, remote_guid, local_guid, _json(base), _json(value), _json(mine),
              seq) for (entity, name, remote_guid), (local_guid, base, value, mine, seq)
             in conflicts.items()],
        )
        return int(self.conn.total_changes - before)


def _note_remote(remote: RemoteChanges, outcome: Outcome, guid: str, seq: int) -> None:
    for before, after in outcome.changes:
        for change in field_changes(before, after):
            key = (after.guid, change["field"])
            base = remote[key][0] if key in remote else change["before"]
            remote[key] = (base, change["after"], guid, seq)


def _note_local(conflicts: Conflicts, remote: RemoteChanges, outcome: Outcome,
                guid: str) -> None:
    """A pending event changing a field a new remote event changed: a conflict, unless both
    set the same value. The last pending change of the field is the one kept."""
    for before, after in outcome.changes:
        for change in field_changes(before, after):
            key = (after.guid, change["field"])
            theirs = remote.get(key)
            if theirs is None:
                continue
            base, value, remote_guid, seq = theirs
            if _same(change["after"], value):
                conflicts.pop((*key, remote_guid), None)
                continue
            conflicts[(*key, remote_guid)] = (guid, base, value, change["after"], seq)


def _same(a: Any, b: Any) -> bool:
    return _json(a) == _json(b)


def _json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
