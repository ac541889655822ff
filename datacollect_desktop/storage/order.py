"""Canonical order: positioned events in server order, then the others in local order.

See docs/SYNC.md. Positions come from pulls (`events.server_pos`); an event without one sorts
after every positioned event, by its local sequence number. A device that never synced has no
positions, so its canonical order is its local order.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from datacollect_desktop.domain.entities import Entity
from datacollect_desktop.domain.registry import EventTypeRegistry
from datacollect_desktop.storage.connection import Connection
from datacollect_desktop.storage.eventlog import EVENT_COLUMNS, StoredEvent, event_from_row
from datacollect_desktop.storage.projector import entity_from_json

# Positions are counted from 1 in pull order and stay far below this.
_UNPOSITIONED = 1 << 40


def canonical_key(alias: str = "") -> str:
    """SQL giving an events row its rank in canonical order (one integer, smaller first)."""
    prefix = f"{alias}." if alias else ""
    return f"coalesce({prefix}server_pos, {prefix}seq + {_UNPOSITIONED})"


def rank_of(conn: Connection, seq: int) -> int:
    """The canonical rank of the event with local sequence `seq`; -1 for 0 (before all)."""
    if seq <= 0:
        return -1
    row = conn.execute(
        f"SELECT {canonical_key()} FROM events WHERE seq = ?", (seq,)  # noqa: S608 (constant fragments)
    ).fetchone()
    return -1 if row is None else int(row[0])


def seq_before(conn: Connection, rank: int | None) -> int:
    """The local sequence number of the last event before canonical rank `rank` (of the
    last event of all when None); 0 when there is none. Answered from the indexes."""
    if rank is None or rank > _UNPOSITIONED:
        below = "" if rank is None else "AND seq < ?"
        params = () if rank is None else (rank - _UNPOSITIONED,)
        row = conn.execute(
            f"SELECT max(seq) FROM events WHERE server_pos IS NULL {below}", params  # noqa: S608 (constant fragments)
        ).fetchone()
        if row[0] is not None:
            return int(row[0])
        rank = _UNPOSITIONED
    row = conn.execute(
        "SELECT seq FROM events WHERE server_pos < ? ORDER BY server_pos DESC LIMIT 1",
        (rank,),
    ).fetchone()
    return 0 if row is None else int(row[0])


def canonical_batches(conn: Connection, batch: int) -> Iterator[list[StoredEvent]]:
    """Every event in canonical order, `batch` at a time."""
    last = 0
    while True:
        rows = conn.execute(
            f"SELECT {EVENT_COLUMNS}, server_pos FROM events "  # noqa: S608 (constant fragments)
            "WHERE server_pos > ? ORDER BY server_pos LIMIT ?", (last, batch),
        ).fetchall()
        if not rows:
            break
        last = rows[-1][-1]
        yield [event_from_row(row[:-1]) for row in rows]
    last = 0
    while True:
        rows = conn.execute(
            f"SELECT {EVENT_COLUMNS} FROM events "  # noqa: S608 (constant fragments)
            "WHERE server_pos IS NULL AND seq > ? ORDER BY seq LIMIT ?", (last, batch),
        ).fetchall()
        if not rows:
            break
        stored = [event_from_row(row) for row in rows]
        last = stored[-1].seq
        yield stored


@dataclass(frozen=True, slots=True)
class PrefixState:
    """An entity after the positioned events only, and the last of them that changed it."""

    entity: Entity | None
    last_seq: int | None


def prefix_states(
    conn: Connection, guids: Iterable[str], registry: EventTypeRegistry
) -> dict[str, PrefixState]:
    """Each entity as the positioned prefix of the log leaves it.

    Starts from the latest snapshot taken at a positioned event (such a snapshot holds no
    effect of an unpositioned one, which all come later) and replays the positioned applied
    events after it.
    """
    states: dict[str, PrefixState] = {}
    for guid in guids:
        snapshot = conn.execute(
            "SELECT s.seq, s.doc, e.server_pos FROM snapshots s JOIN events e ON e.seq = s.seq "
            "WHERE s.entity_guid = ? AND e.server_pos IS NOT NULL "
            "ORDER BY e.server_pos DESC LIMIT 1", (guid,),
        ).fetchone()
        entity = entity_from_json(snapshot[1]) if snapshot else None
        last_seq = int(snapshot[0]) if snapshot else None
        after = int(snapshot[2]) if snapshot else 0
        rows = conn.execute(
            f"SELECT {EVENT_COLUMNS} FROM events WHERE seq IN "  # noqa: S608 (constant fragments)
            "(SELECT seq FROM audit WHERE entity_guid = ?) AND server_pos > ? AND applied = 1 "
            "ORDER BY server_pos", (guid, after),
        ).fetchall()
        for row in rows:
            stored = event_from_row(row)
            entity, changed = _replay_one(guid, entity, stored, registry)
            if changed:
                last_seq = stored.seq
        states[guid] = PrefixState(entity, last_seq)
    return states


def _replay_one(guid: str, entity: Entity | None, stored: StoredEvent,
                registry: EventTypeRegistry) -> tuple[Entity | None, bool]:
    current = registry.upcast(stored.event)
    changed = False
    for effect in registry.applier(current.type).effects(current):
        if effect.guid == guid:
            entity = effect.transition(entity)
            changed = True
    return entity, changed


def ranks(conn: Connection, seqs: Sequence[int]) -> dict[int, int]:
    """The canonical rank of each of `seqs` (missing ones left out)."""
    found: dict[int, int] = {}
    unique = list(dict.fromkeys(seqs))
    for start in range(0, len(unique), 500):
        chunk = unique[start:start + 500]
        marks = ",".join("?" * len(chunk))
        sql = f"SELECT seq, {canonical_key()} FROM events WHERE seq IN ({marks})"  # noqa: S608 (constant fragments)
        found.update((int(a), int(b)) for a, b in conn.execute(sql, chunk))
    return found
