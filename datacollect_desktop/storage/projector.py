"""Projection writer: entities, membership, audit, duplicates and snapshots, in batches.

It keeps the entities of the current batch in memory and writes all rows with `flush`,
inside the same transaction as the events, so an event is in the log and in every
projection, or in none of them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from datacollect_desktop.domain import duplicates as dup
from datacollect_desktop.domain.audit import field_changes
from datacollect_desktop.domain.entities import Entity
from datacollect_desktop.domain.events import Event
from datacollect_desktop.domain.projection import Outcome
from datacollect_desktop.storage.connection import Connection
from datacollect_desktop.storage.list_counts import count_entity_rows

SNAPSHOT_EVERY = 50


# One encoder for every row: json.dumps with options builds a new encoder on each call.
_ENCODER = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def dump_json(value: Any) -> str:
    """Deterministic JSON for projection rows, so rebuilds are byte for byte identical."""
    return _ENCODER.encode(value)


def entity_from_json(doc: str) -> Entity:
    return Entity.from_doc(json.loads(doc))


ENTITY_UPSERT = (
    "INSERT INTO entities (guid, type, name, form, parent_guid, deleted, version, "
    "last_updated, first_seq, last_seq, birth_date, name_key, doc) "
    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?) "
    "ON CONFLICT (guid) DO UPDATE SET type = excluded.type, name = excluded.name, "
    "form = excluded.form, parent_guid = excluded.parent_guid, "
    "deleted = excluded.deleted, version = excluded.version, "
    "last_updated = excluded.last_updated, last_seq = excluded.last_seq, "
    "birth_date = excluded.birth_date, name_key = excluded.name_key, "
    "doc = excluded.doc"
)


def form_of(entity: Entity | None) -> str | None:
    """The form a record was made with (`data.entityName`), as stored in its rows."""
    form = entity.data.get("entityName") if entity is not None else None
    return form if isinstance(form, str) else None


def entity_row(entity: Entity, first_seq: int, last_seq: int) -> tuple[Any, ...]:
    """The `entities` row of an entity (parameters of `ENTITY_UPSERT`)."""
    data = entity.data
    form = form_of(entity)
    parent = data.get("parentGuid")
    born, name_key = dup.person_key(entity) or (None, None)
    return (
        entity.guid, entity.type, entity.name, form,
        parent if isinstance(parent, str) else None, int(entity.deleted),
        entity.version, entity.last_updated, first_seq, last_seq,
        born, name_key, dump_json(entity.to_doc()),
    )


class ProjectionWriter:
    """Collects the projection rows of a batch of events; `lookup` sees the batch's changes."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self._cache: dict[str, Entity | None] = {}
        self._dirty: dict[str, tuple[Entity, int]] = {}
        self._first_seq: dict[str, int] = {}
        self._people: dict[str, dict[str, str]] = {}
        self._audit: list[tuple[Any, ...]] = []
        self._snapshots: list[tuple[str, int, str]] = []
        self._ordered: list[tuple[str, tuple[Any, ...]]] = []

    # -- reading -----------------------------------------------------------------------------

    def prefetch(self, guids: Iterable[str]) -> None:
        wanted = [g for g in dict.fromkeys(guids) if g not in self._cache]
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self.conn.execute(
                f"SELECT guid, doc FROM entities WHERE guid IN ({marks})", chunk  # noqa: S608 (constant fragments)
            )
            found = {guid: entity_from_json(doc) for guid, doc in rows}
            for guid in chunk:
                self._cache[guid] = found.get(guid)

    def lookup(self, guid: str) -> Entity | None:
        if guid not in self._cache:
            self.prefetch([guid])
        return self._cache[guid]

    def _people_born(self, birth_date: str) -> dict[str, str]:
        bucket = self._people.get(birth_date)
        if bucket is None:
            rows = self.conn.execute(
                "SELECT guid, name_key FROM entities WHERE birth_date = ?", (birth_date,)
            )
            bucket = dict(rows.fetchall())
            self._people[birth_date] = bucket
        return bucket

    # -- recording ---------------------------------------------------------------------------

    def record(self, seq: int, event: Event, outcome: Outcome) -> None:
        changed = {after.guid for _, after in outcome.changes}
        for guid in outcome.touched:
            if guid not in changed:  # concerned but unchanged: flagged, or a settled pair
                self._audit.append((seq, event.guid, guid, event.user_id, event.type,
                                    event.timestamp, "[]", outcome.flag,
                                    form_of(self.lookup(guid))))
        for before, after in outcome.changes:
            self._cache[after.guid] = after
            self._dirty[after.guid] = (after, seq)
            if before is None:
                self._first_seq.setdefault(after.guid, seq)
            self._audit.append((seq, event.guid, after.guid, event.user_id, event.type,
                                event.timestamp, dump_json(field_changes(before, after)), None,
                                form_of(after)))
            self._membership(before, after)
            self._duplicates(seq, before, after)
            if after.version % SNAPSHOT_EVERY == 0:
                self._snapshots.append((after.guid, seq, dump_json(after.to_doc())))
        for pair in outcome.resolved:
            a, b = sorted(pair)
            self._ordered.append((
                "INSERT INTO duplicates (guid_a, guid_b, seq, score, resolved_seq) "
                "VALUES (?,?,?,0,?) ON CONFLICT (guid_a, guid_b) "
                "DO UPDATE SET resolved_seq = excluded.resolved_seq",
                (a, b, seq, seq),
            ))

    def _membership(self, before: Entity | None, after: Entity) -> None:
        old = set(before.member_ids) if before is not None else set()
        new = set(after.member_ids)
        for member in sorted(old - new):
            self._ordered.append((
                "DELETE FROM memberships WHERE group_guid = ? AND member_guid = ?",
                (after.guid, member),
            ))
        for member in sorted(new - old):
            self._ordered.append((
                "INSERT OR IGNORE INTO memberships (group_guid, member_guid) VALUES (?,?)",
                (after.guid, member),
            ))

    def _duplicates(self, seq: int, before: Entity | None, after: Entity) -> None:
        old_key = dup.person_key(before) if before is not None else None
        new_key = dup.person_key(after)
        if old_key == new_key:
            return
        if old_key is not None:
            self._people_born(old_key[0]).pop(after.guid, None)
        if new_key is None:
            return
        born = self._people_born(new_key[0])
        for other in sorted(born):
            score = dup.is_potential_duplicate(new_key, (new_key[0], born[other]))
            if score is not None and other != after.guid:
                a, b = sorted((after.guid, other))
                self._ordered.append((
                    "INSERT OR IGNORE INTO duplicates (guid_a, guid_b, seq, score) "
                    "VALUES (?,?,?,?)",
                    (a, b, seq, round(score, 4)),
                ))
        born[after.guid] = new_key[1]

    # -- writing -----------------------------------------------------------------------------

    def flush(self) -> None:
        conn = self.conn
        conn.executemany(
            "INSERT INTO audit (seq, event_guid, entity_guid, user_id, action, timestamp, "
            "changes, flag, form) VALUES (?,?,?,?,?,?,?,?,?)",
            self._audit,
        )
        rows = [entity_row(entity, self._first_seq.get(guid, seq), seq)
                for guid, (entity, seq) in self._dirty.items()]
        count_entity_rows(conn, rows)
        conn.executemany(ENTITY_UPSERT, rows)
        for sql, params in self._ordered:
            conn.execute(sql, params)
        conn.executemany(
            "INSERT OR REPLACE INTO snapshots (entity_guid, seq, doc) VALUES (?,?,?)",
            self._snapshots,
        )
        self._audit.clear()
        self._dirty.clear()
        self._first_seq.clear()
        self._ordered.clear()
        self._snapshots.clear()
