"""The registry as of a moment, read from the store: "as of T" is the replay, in canonical
order, of exactly the events stamped at or before T (`domain/as_of.py`).

Two exact shortcuts keep it quick, both equal to the replay of the counted events:

- *The prefix.* The longest stretch of canonical order whose events all count is read from
  the stored projections (snapshots and current rows), because a prefix of canonical order
  is replayed there exactly. Only the counted events after it (entered late, back-dated, or
  stamped by a slow clock) are projected afresh, onto that prefix.
- *A record's component.* An event's outcome depends only on the prior states of the
  entities it changes, so one record as of T is the replay of the counted events of the
  records linked to it through shared events (a household and its members).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace

from datacollect_desktop.domain.as_of import Cut, Fold
from datacollect_desktop.domain.entities import Entity
from datacollect_desktop.domain.errors import InvalidEvent
from datacollect_desktop.domain.events import Event
from datacollect_desktop.storage.eventlog import EVENT_COLUMNS, StoredEvent, event_from_row
from datacollect_desktop.storage.order import canonical_key, rank_of, seq_before
from datacollect_desktop.storage.queries import Queries

Progress = Callable[[int, int], None]
CHUNK = 2000
_KEY = canonical_key()


@dataclass(frozen=True, slots=True)
class PastRow:
    """A record as a list shows it, as of a moment."""

    guid: str
    type: str
    name: str | None
    form: str | None
    last_updated: str
    member_count: int


@dataclass(frozen=True)
class AsOfPoint:
    """The registry as of `cut`: the stored state after canonical prefix `prefix_seq`
    (0: nothing), overlaid with `late`, every entity the counted events after the prefix
    changed. `counted` events of the log's `size` count."""

    cut: Cut
    prefix_seq: int
    late: Mapping[str, Entity]
    counted: int
    size: int


def _row(entity: Entity) -> PastRow:
    form = entity.data.get("entityName")
    return PastRow(entity.guid, entity.type, entity.name,
                   form if isinstance(form, str) else None, entity.last_updated,
                   len(entity.member_ids))


def by_name(entity: Entity) -> tuple[str, str]:
    """The order the registry lists records in: by name, any case, then guid."""
    return (entity.name or "").casefold(), entity.guid


class RegistryHistory:
    """Reads the registry as of a moment on the calling thread's connection."""

    def __init__(self, queries: Queries) -> None:
        self.queries = queries
        self.db = queries.db
        self.registry = queries.registry

    # -- the whole registry -----------------------------------------------------------------

    def point(self, cut: Cut, progress: Progress | None = None) -> AsOfPoint:
        """The registry as of `cut`. `progress(done, total)` follows the late events."""
        conn = self.db.connection()
        # Stamps of another second compare by their first 19 characters; those of the
        # cut's own second are few, and compared exactly.
        row = conn.execute(f"SELECT min({_KEY}) FROM events "  # noqa: S608 (constant fragments)
                           "WHERE substr(timestamp, 1, 19) > ?", (cut.second,)).fetchone()
        first_later = None if row is None or row[0] is None else int(row[0])
        for rank, stamp in conn.execute(
                f"SELECT {_KEY}, timestamp FROM events "  # noqa: S608 (constant fragments)
                "WHERE substr(timestamp, 1, 19) = ?", (cut.second,)):
            if not cut.counts(stamp, int(rank)) and (first_later is None or rank < first_later):
                first_later = int(rank)
        size = self.queries.size()
        prefix_seq = seq_before(conn, first_later)
        if first_later is None:
            return AsOfPoint(cut, prefix_seq, {}, size, size)
        prefix = int(conn.execute(f"SELECT count(*) FROM events WHERE {_KEY} < ?",  # noqa: S608 (constant fragments)
                                  (first_later,)).fetchone()[0])
        candidates = f"FROM events WHERE {_KEY} > ? AND substr(timestamp, 1, 19) <= ?"
        total = int(conn.execute(f"SELECT count(*) {candidates}",
                                 (first_later, cut.second)).fetchone()[0])
        base = self._reader(prefix_seq)
        fold = Fold(self.registry, base)
        cursor = conn.execute(
            f"SELECT {EVENT_COLUMNS}, {_KEY} {candidates} ORDER BY {_KEY}",
            (first_later, cut.second))
        done = late = 0
        while rows := cursor.fetchmany(CHUNK):
            for row in rows:
                stored = event_from_row(row[:-1])
                if cut.counts(stored.event.timestamp, int(row[-1])):
                    fold.apply(stored.event)
                    late += 1
            done += len(rows)
            if progress is not None:
                progress(done, total)
        return AsOfPoint(cut, prefix_seq, dict(fold.changed), prefix + late, size)

    def _reader(self, prefix_seq: int) -> Callable[[str], Entity | None]:
        """Entities right after the prefix, each read once."""
        cache: dict[str, Entity | None] = {}

        def read(guid: str) -> Entity | None:
            if guid not in cache:
                cache[guid] = self.queries.entity(guid, at_seq=prefix_seq)
            return cache[guid]
        return read

    def entity(self, point: AsOfPoint, guid: str) -> Entity | None:
        """One record as of the point (a tombstone if it was deleted by then)."""
        if guid in point.late:
            return point.late[guid]
        return self.queries.entity(guid, at_seq=point.prefix_seq)

    def entities(self, point: AsOfPoint) -> list[Entity]:
        """Every record that existed and was not deleted as of the point, by name."""
        found = {e.guid: e for e in (self.queries.entities(at_seq=point.prefix_seq)
                                     if point.prefix_seq else [])}
        found.update(point.late)
        return sorted((e for e in found.values() if not e.deleted), key=by_name)

    def living(self, point: AsOfPoint, progress: Progress | None = None) -> list[PastRow]:
        """The rows of `entities(point)`, reading untouched records without parsing them.
        `progress(done, total)` is told after each chunk of records."""
        members: dict[str, list[str]] = {}
        rows = [r for r in self._living_at(point.prefix_seq, progress, members)
                if r.guid not in point.late]
        for entity in point.late.values():
            if not entity.deleted:
                rows.append(_row(entity))
                members[entity.guid] = list(entity.member_ids)
        # A household counts the members living then, as the records list counts today's.
        living = {r.guid for r in rows}
        rows = [replace(r, member_count=sum(m in living for m in members.get(r.guid, ())))
                if r.type == "group" else r for r in rows]
        rows.sort(key=lambda r: ((r.name or "").casefold(), r.guid))
        return rows

    def _living_at(self, at_seq: int, progress: Progress | None,
                   members: dict[str, list[str]]) -> list[PastRow]:
        """The records living right after `at_seq`; `members` gets each group's member ids
        as they were then."""
        if not at_seq:
            return []
        conn = self.db.connection()
        at = rank_of(conn, at_seq)
        total = int(conn.execute("SELECT count(*) FROM entities").fetchone()[0])
        found: list[PastRow] = []
        last_rowid, done = 0, 0
        while True:
            rows = conn.execute(
                f"SELECT n.rowid, n.guid, n.type, n.name, n.form, n.deleted, n.last_updated, "  # noqa: S608 (constant fragments)
                f"json_extract(n.doc, '$.memberIds'), {canonical_key('f')}, "
                f"{canonical_key('l')} FROM entities n JOIN events f ON f.seq = n.first_seq "
                "JOIN events l ON l.seq = n.last_seq WHERE n.rowid > ? ORDER BY n.rowid "
                "LIMIT ?", (last_rowid, CHUNK),
            ).fetchall()
            if not rows:
                break
            for _, guid, kind, name, form, deleted, updated, ids, first, last in rows:
                if first > at:
                    continue
                if last <= at:
                    if not deleted:
                        member_ids = json.loads(ids) if ids else []
                        found.append(PastRow(guid, kind, name, form, updated, len(member_ids)))
                        members[guid] = member_ids
                    continue
                entity = self.queries.entity_at_rank(guid, at)
                if entity is not None and not entity.deleted:
                    found.append(_row(entity))
                    members[guid] = list(entity.member_ids)
            last_rowid = rows[-1][0]
            done += len(rows)
            if progress is not None:
                progress(done, total)
        return found

    # -- one record -------------------------------------------------------------------------

    def component(self, guid: str) -> list[tuple[int, StoredEvent]]:
        """Every event of `guid` and of the records linked to it through events that change
        both (a household and its members, their other households...), as (canonical rank,
        event) in canonical order: all that decides those records' states."""
        conn = self.db.connection()
        entities: set[str] = set()
        frontier = {guid}
        found: dict[int, tuple[int, StoredEvent]] = {}
        while frontier:
            entities |= frontier
            wanted, rows = sorted(frontier), []
            for start in range(0, len(wanted), 500):
                chunk = wanted[start:start + 500]
                marks = ",".join("?" * len(chunk))
                rows.extend(conn.execute(
                    f"SELECT {EVENT_COLUMNS}, {_KEY} FROM events WHERE seq IN "  # noqa: S608 (constant fragments)
                    f"(SELECT seq FROM audit WHERE entity_guid IN ({marks}))", chunk,
                ).fetchall())
            fresh = [(int(row[-1]), event_from_row(row[:-1])) for row in rows]
            fresh = [(rank, stored) for rank, stored in fresh if stored.seq not in found]
            found.update((stored.seq, (rank, stored)) for rank, stored in fresh)
            frontier = {g for _, stored in fresh for g in self._changes(stored.event)} - entities
        return sorted(found.values(), key=lambda pair: pair[0])

    def _changes(self, event: Event) -> Iterable[str]:
        """The records an event would change, whatever their state (pure)."""
        yield event.entity_guid
        try:
            current = self.registry.upcast(event)
            effects = self.registry.applier(current.type).effects(current)
        except InvalidEvent:
            return
        yield from (effect.guid for effect in effects)

    def record(self, guid: str, cut: Cut) -> dict[str, Entity]:
        """`guid` and the records linked to it, as of `cut` (missing: none yet)."""
        counted = (stored.event for rank, stored in self.component(guid)
                   if cut.counts(stored.event.timestamp, rank))
        return Fold(self.registry, lambda _guid: None).apply_all(counted).changed
