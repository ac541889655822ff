"""The event store: submit events, rebuild projections; log, projections and tree move together."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable, Sequence
from contextlib import nullcontext
from dataclasses import dataclass
from typing import Any

from datacollect_desktop.domain.admission import MAX_EVENT_BYTES, Admitted, HeldLookup, admit
from datacollect_desktop.domain.attachments import Held
from datacollect_desktop.domain.errors import InvalidEvent
from datacollect_desktop.domain.events import Event
from datacollect_desktop.domain.forms import AppConfig
from datacollect_desktop.domain.projection import project
from datacollect_desktop.domain.registry import EventTypeRegistry
from datacollect_desktop.domain.vocabulary import SubmitStatus
from datacollect_desktop.storage import attachments
from datacollect_desktop.storage.connection import Connection
from datacollect_desktop.storage.database import CipherDatabase, write_transaction
from datacollect_desktop.storage.errors import StorageBusy, StorageFull
from datacollect_desktop.storage.eventlog import (
    EVENT_COLUMNS,
    LogWriter,
    StoredEvent,
    StoredTree,
    event_from_row,
    projected_seq,
    set_projected_seq,
)
from datacollect_desktop.storage.gc_pause import collector_paused
from datacollect_desktop.storage.order import canonical_batches
from datacollect_desktop.storage.projector import ProjectionWriter
from datacollect_desktop.storage.schema import PROJECTION_TABLES

# Events per write transaction (submits of imports, rebuild's replay). Measured at 100k
# events (bench.ab --batch-a/--batch-b): 10,000 applies 1.31x faster than 2,000 (fewer pages
# written per event: the random guid keys' index pages are shared by more events), rebuilds
# 1.70x faster, and a rebuild peaks at 316 MiB against 236; 20,000 was no faster for a rebuild
# (1.02x) and peaked at 407 MiB, too near the 500 MB budget of a rebuild at 1M.
BATCH = 10_000
# Submits of up to this many events commit the log and the projections apart (`_submit_batch`);
# larger ones (imports) commit both at once: a batch's sync is shared by its events, and its
# projection commit, large, runs a checkpoint that syncs anyway (measured: 10% slower split).
SPLIT_AT_MOST = 50
__all__ = ["MAX_EVENT_BYTES", "EventStore", "Rejected", "SubmitResult", "admission"]

ConfigSource = Callable[[], AppConfig | None]
_logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Rejected:
    """An input that could not even be read as an event (e.g. a malformed JSON line)."""

    error: str
    guid: str | None = None
    code: str = "invalid_event"


@dataclass(frozen=True, slots=True)
class SubmitResult:
    guid: str | None
    status: SubmitStatus
    error: str | None = None
    flag: str | None = None
    seq: int | None = None

    def to_json(self) -> dict[str, Any]:
        doc: dict[str, Any] = {"guid": self.guid, "status": self.status, "error": self.error}
        if self.flag is not None:
            doc["flag"] = self.flag
        if self.seq is not None:
            doc["seq"] = self.seq
        return doc


def admission(item: Event | Rejected | dict[str, Any], config: AppConfig | None,
              held: HeldLookup | None = None) -> Admitted | Rejected:
    """The shared admission rule (domain/admission.py) for one submitted item; `held` says
    which attachments the profile holds (a local submit must hold every one it refers to)."""
    if isinstance(item, Rejected):
        return item
    verdict = admit(item, config, held=held)
    if isinstance(verdict, Admitted):
        return verdict
    return Rejected(verdict.message, verdict.guid, verdict.code)


def prefetch_guids(event: Event) -> list[str]:
    guids = [event.entity_guid]
    members = event.data.get("members")
    if isinstance(members, list):
        guids.extend(m["guid"] for m in members if isinstance(m, dict) and isinstance(
            m.get("guid"), str))
    return guids


class EventStore:
    """Writes go through `submit`; every write is one IMMEDIATE transaction per batch.

    Every submitted event passes the admission rule the server applies (domain/admission.py):
    against the profile's app config once `use_config` names it, else as an envelope only.
    """

    def __init__(self, db: CipherDatabase, registry: EventTypeRegistry | None = None) -> None:
        self.db = db
        self.registry = registry or EventTypeRegistry()
        self.config: ConfigSource = _no_config

    def use_config(self, config: ConfigSource) -> None:
        """Check form data against `config()` (asked at each submit, so a new config counts
        at once), as the server checks pushes against its copy of the same config."""
        self.config = config

    def close(self) -> None:
        self.db.close()

    def submit(self, items: Iterable[Event | Rejected | dict[str, Any]], *,
               keep_unknown_types: bool = False) -> list[SubmitResult]:
        """Store and apply events in order. Each is accepted (printed `applied`), a duplicate,
        or rejected. An event referring to an attachment this profile does not hold is
        rejected (events pulled from a server are stored by the replica, not here). An
        event of a type the registry does not know is rejected, unless
        `keep_unknown_types` (events made elsewhere: a bundle's): then it is kept in the log,
        flagged and not applied, until a config that declares its type arrives."""
        config = self.config()
        parsed = [admission(item, config, self.held) for item in items]
        results: list[SubmitResult] = []
        with collector_paused() if len(parsed) > 1 else nullcontext():
            for start in range(0, len(parsed), BATCH):
                results.extend(self._submit_batch(parsed[start:start + BATCH],
                                                  keep_unknown_types))
        return results

    def held(self, digest: str) -> Held | None:
        """What this profile holds under `digest` (read on the calling thread's connection)."""
        return attachments.held(self.db.connection(), digest)

    def _submit_batch(self, batch: Sequence[Admitted | Rejected],
                      keep_unknown_types: bool = False) -> list[SubmitResult]:
        """The log first, then the projections: each outcome is decided against the
        projections as they stand, the events (with their outcomes) and tree nodes commit
        durably (synchronous=FULL), then the projection rows commit in a second transaction
        that is atomic but not synced, and moves the projected mark. Whatever a crash or a
        power cut takes of that second commit is replayed from the log before the next write
        and when the profile opens (`catch_up`). A batch of more than `SPLIT_AT_MOST` events
        commits all of it in one durable transaction."""
        results: list[SubmitResult] = []
        with write_transaction(self.db) as conn:
            require_complete_projections(conn, self.registry)
            split = len(batch) <= SPLIT_AT_MOST
            log = LogWriter(conn, projected=not split)
            projections = ProjectionWriter(conn)
            events = [item.event for item in batch if isinstance(item, Admitted)]
            existing = log.existing_bodies(e.guid for e in events)
            projections.prefetch(g for e in events for g in prefetch_guids(e))
            for item in batch:
                if isinstance(item, Rejected):
                    results.append(SubmitResult(item.guid, SubmitStatus.REJECTED, item.error))
                    continue
                results.append(self._submit_event(item, log, projections, existing,
                                                  keep_unknown_types))
            first, last = log.start + 1, log.size
            log.flush()
            if not split:
                projections.flush()
        if split and last >= first:
            try:
                with write_transaction(self.db, durable=False) as conn:
                    self._commit_projections(conn, projections, first, last)
            except (StorageBusy, StorageFull) as exc:
                # The events are saved: saying they were not would be false. Their rows are
                # written by the next write, or when the profile opens.
                _logger.warning("the records of events %d-%d wait for the next write: %s",
                            first, last, exc)
        return results

    def _commit_projections(self, conn: Connection, projections: ProjectionWriter,
                            first: int, last: int) -> None:
        """Write the rows of events `first`..`last`, unless another writer got in between
        the two commits: it projected them already (`catch_up`), or a rebuild replays them."""
        if conn.execute("SELECT 1 FROM meta WHERE key = ?", (REBUILD_MARK,)).fetchone():
            return
        mark = projected_seq(conn)
        if mark == first - 1:
            projections.flush()
            set_projected_seq(conn, last)
        elif mark is None or mark < last:
            catch_up(conn, self.registry)

    def _submit_event(
        self, admitted: Admitted, log: LogWriter, projections: ProjectionWriter,
        existing: dict[str, bytes], keep_unknown_types: bool = False,
    ) -> SubmitResult:
        event, body = admitted.event, admitted.leaf
        stored = log.pending_body(event.guid) or existing.get(event.guid)
        if stored is not None:
            if stored == body:
                return SubmitResult(event.guid, SubmitStatus.DUPLICATE)
            return SubmitResult(event.guid, SubmitStatus.REJECTED,
                                "this guid is already used by a different event; "
                                "the stored event was not changed")
        strict = not (keep_unknown_types and not self.registry.knows(event.type))
        try:
            outcome = project(event, projections.lookup, self.registry, strict=strict)
        except InvalidEvent as exc:
            return SubmitResult(event.guid, SubmitStatus.REJECTED, str(exc))
        seq = log.append(event, body, outcome.applied, outcome.flag)
        projections.record(seq, event, outcome)
        return SubmitResult(event.guid, SubmitStatus.ACCEPTED, flag=outcome.flag, seq=seq)

    def complete_projections(self) -> int:
        """Project the events a cut-off submit left unprojected (on open); how many."""
        conn = self.db.connection()
        mark = projected_seq(conn)
        if mark is None or mark >= StoredTree(conn).size():
            return 0
        with write_transaction(self.db) as conn:
            return catch_up(conn, self.registry)

    def rebuild(self) -> int:
        """Drop every projection and replay the whole log in canonical order (positioned
        events in server order, then the others in local order: docs/SYNC.md); the result
        equals the incremental state.

        The projections are emptied at once (the search index by its `delete-all` command,
        the tables by a DELETE without triggers, which SQLite makes a truncation) and their
        secondary indexes are dropped, so the replay writes table rows only; each index is
        then built once, by sorting. The dropped indexes' SQL is kept in `meta` with the
        rebuild's mark, so a rebuild cut off anywhere puts every index back.

        Each batch commits on its own: a million events rebuilt in one transaction would hold
        every projection page in the WAL, and reads slow down as the WAL grows. Until the
        last index is back, a mark in `meta` says the projections are partial: writes refuse
        to run (`require_complete_projections`), and opening the profile finishes the
        rebuild.
        """
        with collector_paused():
            return self._rebuild()

    def _rebuild(self) -> int:
        dropped = _drop_derived(self.db)
        for table in PROJECTION_TABLES:
            _empty(self.db, table)
        # Back before the replay, so it fills what they maintain (the search index).
        with write_transaction(self.db, durable=False) as conn:
            for name, sql in dropped:
                if _is_trigger(sql):
                    _restore(conn, "trigger", name, sql)
            _save_dropped(conn, [(n, s) for n, s in dropped if not _is_trigger(s)])
        count = 0
        # Not synced one by one: a power cut takes the projections back to a partial state
        # the rebuild's mark (committed durably) already names, and the next open starts over.
        for stored in canonical_batches(self.db.connection(), BATCH):
            with write_transaction(self.db, durable=False) as conn:
                _replay(conn, stored, self.registry)
            count += len(stored)
        for name, sql in dropped:
            if not _is_trigger(sql):
                with write_transaction(self.db, durable=False) as conn:
                    _restore(conn, "index", name, sql)
                    _save_dropped(conn, [(n, s) for n, s in _dropped(conn) if n != name])
        with write_transaction(self.db) as conn:
            set_projected_seq(conn, StoredTree(conn).size())
            conn.execute("DELETE FROM meta WHERE key IN (?, ?)", (REBUILD_MARK, DROPPED_SCHEMA))
        # The WAL held the emptied and the rebuilt pages: its file goes back to nothing.
        self.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        return count

    def rebuild_interrupted(self) -> bool:
        """True when a rebuild stopped before its end (the projections are partial)."""
        row = self.db.execute_sql("SELECT 1 FROM meta WHERE key = ?", (REBUILD_MARK,))
        return row.fetchone() is not None


REBUILD_MARK = "rebuild_in_progress"
# `meta` key: the SQL of the projections' indexes and triggers a rebuild dropped and has not
# made again yet, as JSON [[name, sql]].
DROPPED_SCHEMA = "rebuild_dropped_schema"
# Indexes the replay itself reads (the projection writer finds people born the same day by
# `entities_born`, schema 8): kept through a rebuild, or every batch would scan the table.
KEPT_INDEXES = frozenset({"entities_born"})
# Rows deleted per transaction while the projections are emptied: SQLite writes every page it
# frees to the WAL, so one transaction for a million events' rows would take gigabytes.
EMPTY_CHUNK = 20_000


def _marks(names: Sequence[str]) -> str:
    return ",".join("?" * len(names))


def _is_trigger(sql: str) -> bool:
    return sql.lstrip().upper().startswith("CREATE TRIGGER")


def _dropped(conn: Connection) -> list[tuple[str, str]]:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (DROPPED_SCHEMA,)).fetchone()
    return [] if row is None else [(str(n), str(s)) for n, s in json.loads(row[0])]


def _save_dropped(conn: Connection, dropped: list[tuple[str, str]]) -> None:
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                 (DROPPED_SCHEMA, json.dumps(dropped)))


def _restore(conn: Connection, kind: str, name: str, sql: str) -> None:
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE type = ? AND name = ?",
                        (kind, name)).fetchone():
        conn.execute(sql)


def _drop_derived(db: CipherDatabase) -> list[tuple[str, str]]:
    """Set the rebuild's mark, drop the projections' secondary indexes and triggers (their
    SQL kept in `meta`, with what an earlier, cut-off rebuild dropped) and empty the search
    index; returns what is dropped. Triggers would run row by row while the tables are
    emptied (the search index's delete trigger, for one); indexes would be written row by row
    during the replay, where one sort builds each afterwards. SQLite writes every page it
    frees to the WAL: each index goes in a transaction of its own."""
    tables = list(PROJECTION_TABLES)
    with write_transaction(db) as conn:
        current = [(str(n), str(s)) for kind, n, s in conn.execute(
            "SELECT type, name, sql FROM sqlite_master "  # noqa: S608 (constant fragments)
            f"WHERE type IN ('index', 'trigger') AND sql IS NOT NULL "
            f"AND tbl_name IN ({_marks(tables)}) ORDER BY type DESC, name", tables)
            if not (kind == "index" and n in KEPT_INDEXES)]
        saved = _dropped(conn)
        known = {name for name, _ in saved}
        dropped = saved + [(n, s) for n, s in current if n not in known]
        _save_dropped(conn, dropped)
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, '1')",
                     (REBUILD_MARK,))
        for name, sql in current:
            if _is_trigger(sql):
                conn.execute(f'DROP TRIGGER "{name}"')
        searches = [str(n) for (n,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND sql LIKE 'CREATE VIRTUAL TABLE%USING fts5%'").fetchall()]
    for name, sql in current:
        if not _is_trigger(sql):
            with write_transaction(db, durable=False) as conn:
                conn.execute(f'DROP INDEX "{name}"')
    for search in searches:
        with write_transaction(db, durable=False) as conn:
            conn.execute(f'INSERT INTO "{search}" ("{search}") '  # noqa: S608 (schema names)
                         "VALUES ('delete-all')")
    return dropped


def _empty(db: CipherDatabase, table: str) -> None:
    """Delete every row of `table` (no trigger left on it), `EMPTY_CHUNK` per transaction."""
    conn = db.connection()
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?",
                       (table,)).fetchone()[0]
    if "WITHOUT ROWID" in str(sql).upper():
        key = ", ".join(str(row[1]) for row in sorted(
            (r for r in conn.execute(f"PRAGMA table_info({table})") if r[5]),
            key=lambda r: r[5]))
    else:
        key = "rowid"
    delete = (f"DELETE FROM {table} WHERE ({key}) IN "  # noqa: S608 (schema names)
              f"(SELECT {key} FROM {table} LIMIT ?)")
    while True:
        with write_transaction(db, durable=False) as conn:
            if conn.execute(delete, (EMPTY_CHUNK,)).rowcount < EMPTY_CHUNK:
                return


def _replay(conn: Connection, stored: Sequence[StoredEvent], registry: EventTypeRegistry
            ) -> None:
    """Project `stored` (in this order) and store each outcome where it changed."""
    projections = ProjectionWriter(conn)
    projections.prefetch(g for s in stored for g in prefetch_guids(s.event))
    status = []
    for item in stored:
        outcome = project(item.event, projections.lookup, registry, strict=False)
        projections.record(item.seq, item.event, outcome)
        if outcome.applied != item.applied or outcome.flag != item.flag:
            status.append((int(outcome.applied), outcome.flag, item.seq))
    projections.flush()
    conn.executemany("UPDATE events SET applied = ?, flag = ? WHERE seq = ?", status)


def catch_up(conn: Connection, registry: EventTypeRegistry) -> int:
    """Project the events after the projected mark, in log order, inside the caller's write
    transaction, and move the mark; returns how many. They are events whose submit stopped
    between its log commit and its projection commit: local, after every other event, so
    their place in canonical order is their place in the log."""
    mark = projected_seq(conn)
    if mark is None:
        return 0
    count = 0
    while True:
        rows = conn.execute(
            f"SELECT {EVENT_COLUMNS} FROM events WHERE seq > ? "  # noqa: S608 (constant fragments)
            "ORDER BY seq LIMIT ?", (mark, BATCH)).fetchall()
        if not rows:
            return count
        stored = [event_from_row(row) for row in rows]
        _replay(conn, stored, registry)
        mark = stored[-1].seq
        set_projected_seq(conn, mark)
        count += len(stored)


def _no_config() -> AppConfig | None:
    return None


def require_complete_projections(conn: Connection,
                                  registry: EventTypeRegistry | None = None) -> None:
    """Refuse a write while a rebuild is under way: it would land on partial projections.
    Events a submit logged but did not project yet are projected first (`catch_up`)."""
    if conn.execute("SELECT 1 FROM meta WHERE key = ?", (REBUILD_MARK,)).fetchone():
        raise StorageBusy("The records are being rebuilt; try again when that has finished.")
    catch_up(conn, registry or EventTypeRegistry())
