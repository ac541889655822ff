"""The device side of sync: the push queue, push results, pulled pages and sync levels.

Pulled pages are applied as docs/SYNC.md says, each in one IMMEDIATE transaction with the
cursor that follows it, so a crash re-pulls the page and re-pulling is idempotent by guid.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from datacollect_desktop.domain.dependencies import (
    DEPENDS_ON_REFUSED,
    held_back,
    touched_entities,
)
from datacollect_desktop.domain.errors import KnownError
from datacollect_desktop.domain.registry import EventTypeRegistry
from datacollect_desktop.domain.vocabulary import SyncLevel
from datacollect_desktop.storage.connection import Connection
from datacollect_desktop.storage.database import CipherDatabase, write_transaction
from datacollect_desktop.storage.eventlog import IS_LOCAL
from datacollect_desktop.storage.gc_pause import collector_paused
from datacollect_desktop.storage.list_counts import stored_levels, watch_levels
from datacollect_desktop.storage.order import canonical_key
from datacollect_desktop.storage.pages import (
    Arrival,
    PageResult,
    PageWriter,
    PulledEvent,
    same_event,
)
from datacollect_desktop.storage.rebase import chunked, marks
from datacollect_desktop.storage.remote import RemoteStore, update_remote
from datacollect_desktop.storage.store import require_complete_projections

_LOCAL_LEVEL = b',"syncLevel":%d}' % SyncLevel.LOCAL

# The levels news from the server may raise an event to (never back to LOCAL).
_RAISED = frozenset({SyncLevel.REMOTE, SyncLevel.EXTERNAL})

# Kept as the event's sync error; the window shows it with the advice for its code.
HELD_REASON = ("waits for an earlier change of the same record, which the sync server "
               "refused; it is sent once that one is accepted")


class DivergentEvent(KnownError):
    """The server holds different content under the guid of an event this device has."""

    code = "divergent_event"


@dataclass(frozen=True, slots=True)
class PushItem:
    """A LOCAL event waiting to be pushed: its canonical leaf bytes."""

    seq: int
    guid: str
    body: bytes

    def wire(self) -> bytes:
        """The event as pushed: the leaf with its (LOCAL) sync level added.

        The key is spliced in before the closing brace rather than the leaf decoded and
        encoded again. That is right because the body is a stored leaf: the canonical JSON of
        `Event.leaf_document`, a non-empty object that never holds `syncLevel`.
        """
        assert self.body[:1] == b"{" and self.body[-1:] == b"}" and len(self.body) > 2, (
            "a stored leaf is a non-empty JSON object")
        return self.body[:-1] + _LOCAL_LEVEL


@dataclass(frozen=True, slots=True)
class Refusal:
    """An event the server refused: the server's reason and code (empty when it gave none)."""

    seq: int
    guid: str
    entity_guid: str
    type: str
    reason: str
    code: str


class Replica:
    """Sync operations on the calling thread's connection (the worker's own)."""

    def __init__(self, db: CipherDatabase, registry: EventTypeRegistry) -> None:
        self.db = db
        self.registry = registry
        self.remote = RemoteStore(db)
        self._under: tuple[str | None, str | None] = (None, None)

    # -- push --------------------------------------------------------------------------------

    def pending_count(self) -> int:
        """LOCAL events the next push will send (those the server refused wait for the user)."""
        row = self.db.execute_sql(
            f"SELECT count(*) FROM events WHERE {IS_LOCAL} AND sync_error IS NULL").fetchone()  # noqa: S608 (constant fragments)
        return int(row[0])

    def push_chunk(self, after_seq: int, max_events: int, max_bytes: int) -> list[PushItem]:
        """The oldest pushable events after `after_seq`, at most `max_events` and (but for a
        single larger event) `max_bytes` of pushed JSON.

        An event that changes a record a refused event changes is not pushed: it is held,
        listed with the refusals, until the refused one is accepted (domain/dependencies).
        """
        while True:
            rows = self.db.execute_sql(
                f"SELECT seq, guid, body FROM events WHERE {IS_LOCAL} AND sync_error IS NULL "  # noqa: S608 (constant fragments)
                "AND seq > ? ORDER BY seq LIMIT ?", (after_seq, max_events),
            ).fetchall()
            blocked = self._blocked_records()
            if not rows or not blocked:
                break
            held = held_back([json.loads(body) for _seq, _guid, body in rows], (), blocked)
            if not held:
                break
            self._hold([rows[i][1] for i in sorted(held)])
            last_seq = int(rows[-1][0])
            rows = [row for i, row in enumerate(rows) if i not in held]
            if rows:
                break
            after_seq = last_seq  # every event of this batch waits: look further on
        chunk: list[PushItem] = []
        size = 2
        for seq, guid, body in rows:
            item = PushItem(int(seq), guid, bytes(body))
            size += len(item.body) + 16
            if chunk and size > max_bytes:
                break
            chunk.append(item)
        return chunk

    def _blocked_records(self) -> set[str]:
        """Records that refused (or held) events change: later changes of them wait."""
        blocked: set[str] = set()
        for (body,) in self.db.execute_sql(
                f"SELECT body FROM events WHERE {IS_LOCAL} AND sync_error IS NOT NULL"):  # noqa: S608 (constant fragments)
            blocked |= touched_entities(json.loads(body))
        return blocked

    def _hold(self, guids: Sequence[str]) -> None:
        with write_transaction(self.db) as conn:
            conn.executemany(
                "UPDATE events SET sync_error = ?, refused_code = ? WHERE guid = ? "  # noqa: S608 (constant fragments)
                f"AND {IS_LOCAL} AND sync_error IS NULL",
                [(HELD_REASON, DEPENDS_ON_REFUSED, guid) for guid in guids])

    def push_under(self, app_version: str, config: str) -> int:
        """Push from now on as app `app_version` with app config `config` (id@version).

        Refusals made under another app or config version are cleared, so those events are
        pushed again (the newer app or config may be what the server wanted); refusals made
        under these same versions stay, since pushing them again would be refused again.
        Returns how many refusals were cleared.
        """
        self._under = (app_version, config)
        with write_transaction(self.db) as conn:
            cursor = conn.execute(
                "UPDATE events SET sync_error = NULL, refused_code = NULL, "  # noqa: S608 (constant fragments)
                "refused_app_version = NULL, refused_config = NULL "
                f"WHERE {IS_LOCAL} AND server_pos IS NULL AND sync_error IS NOT NULL "
                "AND (refused_app_version IS NOT ? OR refused_config IS NOT ? "
                "OR refused_code = ?)", (app_version, config, DEPENDS_ON_REFUSED))
            return int(cursor.rowcount)

    def mark_pushed(self, acknowledged: Iterable[str], rejected: Mapping[str, str],
                    codes: Mapping[str, str] | None = None) -> None:
        """Acknowledged events become REMOTE; refused ones stay LOCAL with the server's reason,
        its code (`codes`) and the versions given to `push_under`."""
        app_version, config = self._under
        codes = codes or {}
        acknowledged = list(acknowledged)  # read by the update and by the level counts
        with write_transaction(self.db) as conn:
            levels = watch_levels(conn, acknowledged)
            conn.executemany(
                f"UPDATE events SET sync_level = {SyncLevel.REMOTE:d}, sync_error = NULL, "  # noqa: S608 (constant fragments)
                f"refused_code = NULL WHERE guid = ? AND {IS_LOCAL}", [(g,) for g in acknowledged],
            )
            levels.record()
            conn.executemany(
                "UPDATE events SET sync_error = ?, refused_code = ?, refused_app_version = ?, "  # noqa: S608 (constant fragments)
                f"refused_config = ? WHERE guid = ? AND {IS_LOCAL}",
                [(reason, codes.get(guid), app_version, config, guid)
                 for guid, reason in rejected.items()],
            )

    def rejected(self) -> list[tuple[str, str]]:
        """(guid, reason) of the events the server refused, oldest first."""
        return [(r.guid, r.reason) for r in self.refusals()]

    def refusals(self) -> list[Refusal]:
        """The events the server refused and that wait on this device, oldest first."""
        rows = self.db.execute_sql(
            "SELECT seq, guid, entity_guid, type, sync_error, refused_code FROM events "  # noqa: S608 (constant fragments)
            f"WHERE sync_error IS NOT NULL AND {IS_LOCAL} ORDER BY seq")
        return [Refusal(int(seq), guid, entity, type_, reason, code or "")
                for seq, guid, entity, type_, reason, code in rows.fetchall()]

    def refused_count(self) -> int:
        row = self.db.execute_sql(
            f"SELECT count(*) FROM events WHERE sync_error IS NOT NULL AND {IS_LOCAL}"  # noqa: S608 (constant fragments)
        ).fetchone()
        return int(row[0])

    # -- pull --------------------------------------------------------------------------------

    def apply_page(
        self,
        events: Sequence[PulledEvent],
        level_updates: Sequence[tuple[str, int]] = (),
        *,
        remote: Mapping[str, Any] | None = None,
        kept: frozenset[str] | None = None,
    ) -> PageResult:
        """Apply a pulled page in server order, then its level updates, and store `remote`
        fields (the cursor after the page) in the same transaction. `kept` names the fields
        the server keeps of an event when it keeps only some (`storage.remote.kept_fields`)."""
        result = PageResult()
        with collector_paused(), write_transaction(self.db) as conn:
            # A rebuild under way: try again later; a submit's unprojected events first.
            require_complete_projections(conn, self.registry)
            arrivals, known = self._classify(conn, events, result, kept)
            if arrivals:
                PageWriter(conn, self.registry).apply(arrivals, result)
            # New events were written with the server's level; known ones may have risen.
            self._raise_levels(conn, [(e.event.guid, int(e.event.sync_level)) for e in known])
            self._raise_levels(conn, level_updates)
            if remote:
                update_remote(conn, **remote)
        return result

    def _classify(self, conn: Connection, events: Sequence[PulledEvent], result: PageResult,
                  kept: frozenset[str] | None = None
                  ) -> tuple[list[Arrival], list[PulledEvent]]:
        """The events to position (new ones and ours coming back), and the page's events
        this device already held."""
        known = self._known(conn, [e.event.guid for e in events])
        arrivals: list[Arrival] = []
        held: list[PulledEvent] = []
        in_page: dict[str, bytes] = {}
        for pulled in events:
            guid = pulled.event.guid
            earlier = in_page.get(guid)
            if earlier is not None:
                if not same_event(earlier, pulled.body, None):  # both from this server
                    raise DivergentEvent("The server sent two different events under {guid}.",
                                         guid=guid)
                result.repeated += 1
                continue
            in_page[guid] = pulled.body
            stored = known.get(guid)
            if stored is None:
                arrivals.append(Arrival(pulled, None))
                continue
            seq, position, sync_error, body = stored
            if not same_event(body, pulled.body, kept):
                if position is None and sync_error is not None:
                    # The server refused ours because it holds this one: shown, never merged.
                    self._record_collision(conn, pulled, seq, body)
                    result.collisions.append(guid)
                    continue
                raise DivergentEvent(
                    "The sync server holds different content for event {guid} than this "
                    "device: its log was changed.", guid=guid)
            held.append(pulled)
            if position is not None:
                result.repeated += 1
                continue
            # The device keeps its full copy: what it projects is what its log holds.
            mine = pulled if body == pulled.body else PulledEvent.from_body(body)
            arrivals.append(Arrival(mine, seq))
        return arrivals, held

    @staticmethod
    def _known(conn: Connection, guids: Sequence[str]
               ) -> dict[str, tuple[int, int | None, str | None, bytes]]:
        found = {}
        for chunk in chunked(list(dict.fromkeys(guids))):
            rows = conn.execute(
                "SELECT guid, seq, server_pos, sync_error, body FROM events "  # noqa: S608 (placeholders only)
                f"WHERE guid IN ({marks(len(chunk))})", chunk,
            )
            for guid, seq, position, error, body in rows:
                found[guid] = (int(seq), position, error, bytes(body))
        return found

    @staticmethod
    def _record_collision(conn: Connection, pulled: PulledEvent, seq: int, body: bytes) -> None:
        conn.execute(
            "INSERT OR IGNORE INTO conflicts (kind, entity_guid, field, remote_event, "
            "local_event, remote_value, local_value, detected_seq) "
            "VALUES ('guid', ?, '', ?, ?, ?, ?, ?)",
            (pulled.event.entity_guid, pulled.event.guid, pulled.event.guid,
             pulled.body.decode(), body.decode(), seq),
        )

    @staticmethod
    def _raise_levels(conn: Connection, levels: Sequence[tuple[str, int]]) -> None:
        """Levels only ever rise: LOCAL < REMOTE < EXTERNAL. An event the server refused and
        never sent back keeps its level: news about its guid concern the server's own event."""
        counted = watch_levels(conn, [guid for guid, _level in levels])
        conn.executemany(
            "UPDATE events SET sync_level = ? WHERE guid = ? AND sync_level < ? "
            "AND (sync_error IS NULL OR server_pos IS NOT NULL)",
            [(level, guid, level) for guid, level in levels if level in _RAISED],
        )
        counted.record()

    # -- reading -----------------------------------------------------------------------------

    def counts_by_level(self) -> dict[SyncLevel, int]:
        counts = {level: 0 for level in SyncLevel}
        for level, count in stored_levels(self.db.connection()).items():
            counts[SyncLevel(level)] = count
        return counts

    def canonical_guids(self) -> list[str]:
        """Every event's guid in canonical order (positioned ones in server order first)."""
        rows = self.db.execute_sql(
            f"SELECT guid FROM events ORDER BY {canonical_key()}").fetchall()  # noqa: S608 (constant fragments)
        return [guid for (guid,) in rows]

    def known_guids(self, guids: Iterable[str]) -> set[str]:
        wanted = list(dict.fromkeys(guids))
        found: set[str] = set()
        for chunk in chunked(wanted):
            rows = self.db.execute_sql(
                f"SELECT guid FROM events WHERE guid IN ({marks(len(chunk))})", chunk)  # noqa: S608 (placeholders only)
            found.update(guid for (guid,) in rows)
        return found

    def conflicts(self, *, open_only: bool = True) -> list[dict[str, Any]]:
        """Conflicts, oldest first. A field conflict is open until a later event (local or
        pulled) changes that field of that entity again, or names it as resolved in its
        `metadata.resolves` (a resolution that kept the value standing changes nothing);
        guid collisions stay listed."""
        where = (
            "WHERE (c.kind = 'guid' OR NOT EXISTS (SELECT 1 FROM audit a, json_each(a.changes) j "
            "WHERE a.entity_guid = c.entity_guid AND a.seq > c.detected_seq "
            "AND json_extract(j.value, '$.field') = c.field)) AND NOT EXISTS (SELECT 1 "
            "FROM audit a JOIN events v ON v.seq = a.seq, "
            "json_each(CAST(v.body AS TEXT), '$.metadata.resolves') r "
            "WHERE a.entity_guid = c.entity_guid AND a.seq > c.detected_seq "
            "AND json_extract(r.value, '$.remoteEvent') = c.remote_event "
            "AND json_extract(r.value, '$.field') = c.field)" if open_only else "")
        rows = self.db.execute_sql(
            "SELECT c.kind, c.entity_guid, c.field, c.remote_event, c.local_event, "  # noqa: S608 (constant fragments)
            "c.base_value, c.remote_value, c.local_value, c.detected_seq "
            f"FROM conflicts c {where} ORDER BY c.id").fetchall()
        keys = ("kind", "entityGuid", "field", "remoteEvent", "localEvent", "base", "remote",
                "local", "detectedSeq")
        return [dict(zip(keys, row, strict=True)) for row in rows]
