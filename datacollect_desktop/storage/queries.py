"""Read side of a profile: events, entities now and at any point of the log, audit, stats."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from datacollect_desktop.domain.entities import Entity
from datacollect_desktop.domain.projection import UNKNOWN_TYPE_PREFIX, replay_entity
from datacollect_desktop.domain.registry import EventTypeRegistry
from datacollect_desktop.domain.vocabulary import SyncLevel
from datacollect_desktop.storage import attachments
from datacollect_desktop.storage.database import CipherDatabase
from datacollect_desktop.storage.errors import NotFound
from datacollect_desktop.storage.eventlog import EVENT_COLUMNS, StoredEvent, event_from_row
from datacollect_desktop.storage.order import canonical_key, rank_of, ranks
from datacollect_desktop.storage.projector import entity_from_json

AUDIT_COLUMNS = ("seq", "eventGuid", "entityGuid", "userId", "action", "timestamp", "changes",
                 "flag")
_SPECIAL_KEYS = {"guid", "type", "name", "version", "deleted", "lastUpdated"}


def matches(entity: Entity, filters: Mapping[str, str]) -> bool:
    """`KEY=VALUE` search: `name` matches names containing the text (any case); other keys
    match a data field (or guid, type, version, deleted, lastUpdated) exactly, comparing
    numbers and booleans by their JSON text."""
    for key, wanted in filters.items():
        if key == "name":
            if wanted.casefold() not in (entity.name or "").casefold():
                return False
            continue
        value = entity.to_doc().get(key) if key in _SPECIAL_KEYS else entity.data.get(key, None)
        if isinstance(value, str):
            if value != wanted:
                return False
        elif value is None or json.dumps(value) != wanted:
            return False
    return True


class Queries:
    """Read-only queries on the thread's connection."""

    def __init__(self, db: CipherDatabase, registry: EventTypeRegistry) -> None:
        self.db = db
        self.registry = registry

    def _rows(self, sql: str, params: tuple[Any, ...] = ()) -> list[Any]:
        return list(self.db.execute_sql(sql, params).fetchall())

    def size(self) -> int:
        return int(self._rows("SELECT coalesce(max(seq), 0) FROM events")[0][0])

    def waiting_types(self) -> set[str]:
        """The types of events kept but not applied because this device did not know their
        type when it projected them (`domain.projection.unknown_type_flag`)."""
        # The first term is the "Needs attention" index's own: only flagged events are read.
        rows = self._rows("SELECT DISTINCT type FROM events "
                          "WHERE (flag IS NOT NULL OR sync_error IS NOT NULL) "
                          "AND applied = 0 AND flag LIKE ?", (UNKNOWN_TYPE_PREFIX + "%",))
        return {str(row[0]) for row in rows}

    def any_applied(self, types: Iterable[str]) -> bool:
        """Whether an event of one of `types` changed a record here (reads every event)."""
        wanted = sorted(types)
        if not wanted:
            return False
        marks = ",".join("?" * len(wanted))
        return bool(self._rows(
            f"SELECT 1 FROM events WHERE applied = 1 AND type IN ({marks}) LIMIT 1",  # noqa: S608 (constant fragments)
            tuple(wanted)))

    def event(self, guid: str) -> StoredEvent:
        rows = self._rows(f"SELECT {EVENT_COLUMNS} FROM events WHERE guid = ?", (guid,))  # noqa: S608 (constant fragments)
        if not rows:
            raise NotFound("no event {guid} in this profile", guid=guid)
        return event_from_row(rows[0])

    def events(self, entity: str | None = None) -> Iterator[StoredEvent]:
        """The whole log in local order, or one entity's events in canonical order."""
        if entity is None:
            cursor = self.db.execute_sql(f"SELECT {EVENT_COLUMNS} FROM events ORDER BY seq")  # noqa: S608 (constant fragments)
        else:
            cursor = self.db.execute_sql(
                f"SELECT {EVENT_COLUMNS} FROM events WHERE seq IN "  # noqa: S608 (constant fragments)
                f"(SELECT seq FROM audit WHERE entity_guid = ?) ORDER BY {canonical_key()}",
                (entity,),
            )
        for row in cursor:
            yield event_from_row(row)

    def _check_seq(self, at_seq: int) -> None:
        size = self.size()
        if at_seq < 0 or at_seq > size:
            raise NotFound("--at-seq must be between 0 and {size}, the number of events",
                           size=size)

    def entity(self, guid: str, at_seq: int | None = None) -> Entity | None:
        """The entity now, or right after event `at_seq` of the local log was applied.

        History is told in canonical order (docs/SYNC.md): on a device that never synced that
        is the local order, so `at_seq` N is the state after the first N events.
        """
        rows = self._rows(
            "SELECT first_seq, last_seq, doc FROM entities WHERE guid = ?", (guid,)
        )
        if at_seq is not None:
            self._check_seq(at_seq)
        if not rows:
            return None
        first_seq, last_seq, doc = rows[0]
        if at_seq is None:
            return entity_from_json(doc)
        rank = ranks(self.db.connection(), [at_seq, first_seq, last_seq])
        at = rank.get(at_seq, -1)
        if at >= rank[last_seq]:
            return entity_from_json(doc)
        if at < rank[first_seq]:
            return None
        return self.entity_at_rank(guid, at)

    def entity_at_rank(self, guid: str, at: int) -> Entity | None:
        """The entity after the event of canonical rank `at` (`order.rank_of`), replayed
        from its latest snapshot at or before it."""
        key = canonical_key("e")
        snapshot = self._rows(
            f"SELECT {key}, s.doc FROM snapshots s JOIN events e ON e.seq = s.seq "  # noqa: S608 (constant fragments)
            f"WHERE s.entity_guid = ? AND {key} <= ? ORDER BY 1 DESC LIMIT 1", (guid, at),
        )
        base_rank, base = (snapshot[0][0], entity_from_json(snapshot[0][1])) if snapshot else (
            -1, None)
        rows = self._rows(
            f"SELECT {EVENT_COLUMNS} FROM events WHERE seq IN (SELECT seq FROM audit "  # noqa: S608 (constant fragments)
            f"WHERE entity_guid = ?) AND applied = 1 AND {canonical_key()} > ? "
            f"AND {canonical_key()} <= ? ORDER BY {canonical_key()}",
            (guid, base_rank, at),
        )
        return replay_entity(guid, base, (event_from_row(r).event for r in rows), self.registry)

    def entities(self, filters: Mapping[str, str] | None = None, at_seq: int | None = None
                 ) -> list[Entity]:
        filters = filters or {}
        if at_seq is None:
            rows = self._rows("SELECT doc FROM entities ORDER BY name COLLATE NOCASE, guid")
            found = [entity_from_json(doc) for (doc,) in rows]
        else:
            self._check_seq(at_seq)
            at = rank_of(self.db.connection(), at_seq)
            rows = self._rows(
                f"SELECT n.guid, {canonical_key('l')}, n.doc FROM entities n "  # noqa: S608 (constant fragments)
                "JOIN events f ON f.seq = n.first_seq JOIN events l ON l.seq = n.last_seq "
                f"WHERE {canonical_key('f')} <= ? ORDER BY n.name COLLATE NOCASE, n.guid", (at,),
            )
            found = []
            for guid, last_rank, doc in rows:
                entity = (entity_from_json(doc) if last_rank <= at
                          else self.entity_at_rank(guid, at))
                if entity is not None:
                    found.append(entity)
        return [e for e in found if matches(e, filters)]

    def audit(self, entity: str | None = None, user: str | None = None) -> list[dict[str, Any]]:
        clauses, params = [], []
        if entity is not None:
            clauses.append("a.entity_guid = ?")
            params.append(entity)
        if user is not None:
            clauses.append("a.user_id = ?")
            params.append(user)
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        rows = self._rows(  # in canonical order, the order the changes were applied in
            "SELECT a.seq, a.event_guid, a.entity_guid, a.user_id, a.action, a.timestamp, "  # noqa: S608 (constant fragments)
            f"a.changes, a.flag FROM audit a JOIN events e ON e.seq = a.seq {where} "
            f"ORDER BY {canonical_key('e')}, a.id", tuple(params),  # clauses are constants
        )
        return [
            dict(zip(AUDIT_COLUMNS, (*row[:6], json.loads(row[6]), row[7]), strict=True))
            for row in rows
        ]

    def duplicates(self, include_resolved: bool = False) -> list[dict[str, Any]]:
        where = "" if include_resolved else "WHERE resolved_seq IS NULL"
        rows = self._rows(
            f"SELECT guid_a, guid_b, seq, score, resolved_seq FROM duplicates {where} "  # noqa: S608 (constant fragments)
            "ORDER BY seq, guid_a, guid_b"
        )
        return [{"entityGuid": a, "duplicateGuid": b, "seq": s, "score": sc, "resolvedSeq": r}
                for a, b, s, sc, r in rows]

    def stats(self) -> dict[str, Any]:
        total, average, failed = self._rows(
            "SELECT count(*), coalesce(avg(length(body)), 0), coalesce(sum(applied = 0), 0) "
            "FROM events"
        )[0]
        by_type = dict(self._rows("SELECT type, count(*) FROM events GROUP BY type ORDER BY type"))
        levels = dict(self._rows("SELECT sync_level, count(*) FROM events GROUP BY sync_level"))
        entities = self._rows(
            "SELECT type, deleted, count(*) FROM entities GROUP BY type, deleted ORDER BY 1, 2"
        )
        open_duplicates = self._rows(
            "SELECT count(*) FROM duplicates WHERE resolved_seq IS NULL")[0][0]
        files = attachments.stats(self.db.connection())
        missing = len(attachments.missing_digests(self.db.connection()))
        return {
            "totalEvents": total,
            "eventsByType": by_type,
            "eventsBySyncLevel": {lvl.name: levels.get(int(lvl), 0) for lvl in SyncLevel},
            "averageEventSize": round(float(average), 1),
            "treeSize": total,
            "treeDepth": (total - 1).bit_length() if total else 0,
            "failedEvents": failed,
            "entities": {f"{t}{'Deleted' if d else ''}": n for t, d, n in entities},
            "openDuplicates": open_duplicates,
            "attachments": {"count": files.count, "bytes": files.bytes, "missing": missing},
        }
