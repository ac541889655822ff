"""Rewinding pending events off the projections, so pulled events can go before them.

Inside the caller's transaction, `rewind` turns every projection table back into the replay of
the positioned prefix alone: each entity a pending event touched goes back to its prefix state,
and the rows those events wrote (audit, snapshots, duplicate pairs) are removed. Projecting
pulled events and then the pending ones again is then exactly a replay in canonical order.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from datacollect_desktop.domain.appliers import duplicate_pairs
from datacollect_desktop.domain.errors import InvalidEvent
from datacollect_desktop.domain.registry import EventTypeRegistry
from datacollect_desktop.domain.vocabulary import EventType
from datacollect_desktop.storage.connection import Connection
from datacollect_desktop.storage.eventlog import EVENT_COLUMNS, event_from_row
from datacollect_desktop.storage.list_counts import watch_entities
from datacollect_desktop.storage.order import PrefixState, prefix_states
from datacollect_desktop.storage.projector import ENTITY_UPSERT, entity_row, index, unindex

_CHUNK = 500


def chunked(items: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start:start + _CHUNK]


def marks(count: int) -> str:
    return ",".join("?" * count)


def rewind(conn: Connection, seqs: Sequence[int], registry: EventTypeRegistry) -> set[str]:
    """Take the effects of the events `seqs` (all unpositioned) off the projections.

    Returns the entities they touched.
    """
    touched: set[str] = set()
    for chunk in chunked(seqs):
        rows = conn.execute(
            f"SELECT DISTINCT entity_guid FROM audit WHERE seq IN ({marks(len(chunk))})",  # noqa: S608 (placeholders only)
            chunk,
        )
        touched.update(guid for (guid,) in rows)
    ordered = sorted(touched)
    states = prefix_states(conn, ordered, registry)
    resolved = _pairs_resolved_by(conn, seqs)
    for table in ("audit", "snapshots", "duplicates"):
        for chunk in chunked(seqs):
            conn.execute(
                f"DELETE FROM {table} WHERE seq IN ({marks(len(chunk))})", chunk  # noqa: S608 (constant table names)
            )
    for pair in resolved:
        conn.execute(
            "UPDATE duplicates SET resolved_seq = ? WHERE guid_a = ? AND guid_b = ?",
            (_last_positioned_resolution(conn, pair, registry), *pair),
        )
    counted = watch_entities(conn, states)
    _restore_entities(conn, states)
    counted.record()
    return touched


def _pairs_resolved_by(conn: Connection, seqs: Sequence[int]) -> list[tuple[str, str]]:
    """Pairs whose resolution came from one of `seqs` but which were found before them."""
    pairs: list[tuple[str, str]] = []
    for chunk in chunked(seqs):
        place = marks(len(chunk))
        rows = conn.execute(
            f"SELECT guid_a, guid_b FROM duplicates WHERE resolved_seq IN ({place}) "  # noqa: S608 (placeholders only)
            f"AND seq NOT IN ({place})", (*chunk, *chunk),
        )
        pairs.extend((a, b) for a, b in rows)
    return pairs


def _last_positioned_resolution(conn: Connection, pair: tuple[str, str],
                                registry: EventTypeRegistry) -> int | None:
    """The last applied positioned `resolve-duplicate` that settles `pair`, or None."""
    rows = conn.execute(
        f"SELECT {EVENT_COLUMNS} FROM events WHERE type = '{EventType.RESOLVE_DUPLICATE}' "  # noqa: S608 (constant fragments)
        "AND applied = 1 AND server_pos IS NOT NULL "
        "AND seq IN (SELECT seq FROM audit WHERE entity_guid = ?) ORDER BY server_pos DESC",
        (pair[0],),
    )
    for row in rows:
        stored = event_from_row(row)
        try:
            settled = {tuple(sorted(p)) for p in duplicate_pairs(registry.upcast(stored.event))}
        except (InvalidEvent, KeyError, TypeError):
            continue
        if pair in settled:
            return stored.seq
    return None


def _restore_entities(conn: Connection, states: dict[str, PrefixState]) -> None:
    first_seqs = _first_seqs(conn, list(states))
    unindex(conn, list(states))  # the search index follows the rows (schema 8)
    rows = []
    for guid, state in states.items():
        conn.execute("DELETE FROM memberships WHERE group_guid = ?", (guid,))
        entity = state.entity
        if entity is None or state.last_seq is None:
            conn.execute("DELETE FROM entities WHERE guid = ?", (guid,))
            continue
        first = first_seqs.get(guid, state.last_seq)
        rows.append(entity_row(entity, first, state.last_seq))
        conn.executemany(
            "INSERT INTO memberships (group_guid, member_guid) VALUES (?, ?)",
            [(guid, member) for member in dict.fromkeys(entity.member_ids)],
        )
    conn.executemany(ENTITY_UPSERT, rows)
    index(conn, list(states))


def _first_seqs(conn: Connection, guids: Iterable[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    wanted = list(guids)
    for chunk in chunked(wanted):
        rows = conn.execute(
            f"SELECT guid, first_seq FROM entities WHERE guid IN ({marks(len(chunk))})",  # noqa: S608 (placeholders only)
            chunk,
        )
        found.update((guid, int(first)) for guid, first in rows)
    return found
