"""The event store: submit events, rebuild projections; log, projections and tree move together."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from datacollect_desktop.domain.admission import MAX_EVENT_BYTES, Admitted, admit
from datacollect_desktop.domain.errors import InvalidEvent
from datacollect_desktop.domain.events import Event
from datacollect_desktop.domain.forms import AppConfig
from datacollect_desktop.domain.projection import project
from datacollect_desktop.domain.registry import EventTypeRegistry
from datacollect_desktop.domain.vocabulary import SubmitStatus
from datacollect_desktop.storage.connection import Connection
from datacollect_desktop.storage.database import CipherDatabase, write_transaction
from datacollect_desktop.storage.errors import StorageBusy
from datacollect_desktop.storage.eventlog import LogWriter
from datacollect_desktop.storage.order import canonical_batches
from datacollect_desktop.storage.projector import ProjectionWriter
from datacollect_desktop.storage.schema import PROJECTION_TABLES

BATCH = 2000
__all__ = ["MAX_EVENT_BYTES", "EventStore", "Rejected", "SubmitResult", "admission"]

ConfigSource = Callable[[], AppConfig | None]


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


def admission(item: Event | Rejected | dict[str, Any], config: AppConfig | None
              ) -> Admitted | Rejected:
    """The shared admission rule (domain/admission.py) for one submitted item."""
    if isinstance(item, Rejected):
        return item
    verdict = admit(item, config)
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

    def submit(self, items: Iterable[Event | Rejected | dict[str, Any]]) -> list[SubmitResult]:
        """Store and apply events in order. Each is accepted (printed `applied`), a duplicate,
        or rejected."""
        config = self.config()
        parsed = [admission(item, config) for item in items]
        results: list[SubmitResult] = []
        for start in range(0, len(parsed), BATCH):
            results.extend(self._submit_batch(parsed[start:start + BATCH]))
        return results

    def _submit_batch(self, batch: Sequence[Admitted | Rejected]) -> list[SubmitResult]:
        results: list[SubmitResult] = []
        with write_transaction(self.db) as conn:
            require_complete_projections(conn)
            log = LogWriter(conn)
            projections = ProjectionWriter(conn)
            events = [item.event for item in batch if isinstance(item, Admitted)]
            existing = log.existing_bodies(e.guid for e in events)
            projections.prefetch(g for e in events for g in prefetch_guids(e))
            for item in batch:
                if isinstance(item, Rejected):
                    results.append(SubmitResult(item.guid, SubmitStatus.REJECTED, item.error))
                    continue
                results.append(self._submit_event(item, log, projections, existing))
            log.flush()
            projections.flush()
        return results

    def _submit_event(
        self, admitted: Admitted, log: LogWriter, projections: ProjectionWriter,
        existing: dict[str, bytes],
    ) -> SubmitResult:
        event, body = admitted.event, admitted.leaf
        stored = log.pending_body(event.guid) or existing.get(event.guid)
        if stored is not None:
            if stored == body:
                return SubmitResult(event.guid, SubmitStatus.DUPLICATE)
            return SubmitResult(event.guid, SubmitStatus.REJECTED,
                                "this guid is already used by a different event; "
                                "the stored event was not changed")
        try:
            outcome = project(event, projections.lookup, self.registry, strict=True)
        except InvalidEvent as exc:
            return SubmitResult(event.guid, SubmitStatus.REJECTED, str(exc))
        seq = log.append(event, body, outcome.applied, outcome.flag)
        projections.record(seq, event, outcome)
        return SubmitResult(event.guid, SubmitStatus.ACCEPTED, flag=outcome.flag, seq=seq)

    def rebuild(self) -> int:
        """Drop every projection and replay the whole log in canonical order (positioned
        events in server order, then the others in local order: docs/SYNC.md); the result
        equals the incremental state.

        Each batch commits on its own: a million events rebuilt in one transaction would hold
        every projection page in the WAL, and reads slow down as the WAL grows. Until the last
        batch commits, a mark in `meta` says the projections are partial: writes refuse to
        run (`require_complete_projections`), and opening the profile finishes the rebuild.
        """
        with write_transaction(self.db) as conn:
            for table in PROJECTION_TABLES:
                conn.execute(f"DELETE FROM {table}")  # noqa: S608 (constant fragments)
            conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, '1')",
                         (REBUILD_MARK,))
        count = 0
        for stored in canonical_batches(self.db.connection(), BATCH):
            with write_transaction(self.db) as conn:
                projections = ProjectionWriter(conn)
                projections.prefetch(g for s in stored for g in prefetch_guids(s.event))
                status = []
                for item in stored:
                    outcome = project(item.event, projections.lookup, self.registry, strict=False)
                    projections.record(item.seq, item.event, outcome)
                    status.append((int(outcome.applied), outcome.flag, item.seq))
                projections.flush()
                conn.executemany("UPDATE events SET applied = ?, flag = ? WHERE seq = ?", status)
            count += len(stored)
        with write_transaction(self.db) as conn:
            conn.execute("DELETE FROM meta WHERE key = ?", (REBUILD_MARK,))
        return count

    def rebuild_interrupted(self) -> bool:
        """True when a rebuild stopped before its end (the projections are partial)."""
        row = self.db.execute_sql("SELECT 1 FROM meta WHERE key = ?", (REBUILD_MARK,))
        return row.fetchone() is not None


REBUILD_MARK = "rebuild_in_progress"


def _no_config() -> AppConfig | None:
    return None


def require_complete_projections(conn: Connection) -> None:
    """Refuse a write while a rebuild is under way: it would land on partial projections."""
    if conn.execute("SELECT 1 FROM meta WHERE key = ?", (REBUILD_MARK,)).fetchone():
        raise StorageBusy("The records are being rebuilt; try again when that has finished.")
