"""The sync worker loop (no Qt): on a timer and on demand, with backoff, cancellable.

`SyncWorker.run` blocks the thread that calls it (the bridge gives it a thread of its own, so
it also has its own database connection) until `stop`. Everything it knows is published as a
`WorkerStatus` through `on_status`, called on the worker's thread.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from datacollect_desktop.domain.errors import KnownError
from datacollect_desktop.domain.messages import Message
from datacollect_desktop.domain.vocabulary import SyncLevel
from datacollect_desktop.storage.database import DRIVER_ERRORS, translate
from datacollect_desktop.storage.errors import StorageBusy
from datacollect_desktop.sync.engine import Progress, SyncSummary
from datacollect_desktop.sync.errors import (
    IntegrityAlarm,
    ServerUnreachable,
    SyncCancelled,
    SyncError,
)

log = logging.getLogger(__name__)


class WorkerPhase(StrEnum):
    """Where the worker is; the window's status bar shows the same phases (`SyncPhase`)."""

    IDLE = "idle"
    SYNCING = "syncing"
    OFFLINE = "offline"
    ERROR = "error"
    INTEGRITY_ALARM = "integrity_alarm"


@dataclass(frozen=True)
class WorkerStatus:
    """One snapshot of the worker, published after every change."""

    phase: WorkerPhase = WorkerPhase.IDLE
    configured: bool = True
    pushed: int = 0
    total_push: int = 0
    pulled: int = 0
    total_pull: int = 0
    counts: Mapping[SyncLevel, int] = field(default_factory=dict)
    message: str = ""
    last_success: str | None = None
    last_summary: SyncSummary | None = None
    retry_in: float | None = None


class Backoff:
    """Exponential delays with jitter: `base * 2**(n-1)`, capped, times a factor in [0.5, 1)."""

    def __init__(self, base: float = 5.0, cap: float = 15 * 60.0,
                 rng: random.Random | None = None) -> None:
        self.base = base
        self.cap = cap
        self.rng = rng or random.Random()

    def delay(self, failures: int) -> float:
        ceiling = min(self.cap, self.base * (1 << min(40, max(0, failures - 1))))
        return ceiling * (0.5 + self.rng.random() / 2)


# Run one sync: (progress, cancelled) -> summary; None means sync is not configured.
RunOnce = Callable[[Progress, Callable[[], bool]], SyncSummary | None]
Counts = Callable[[], Mapping[SyncLevel, int]]


class SyncWorker:
    """Runs sync now and then. Thread-safe controls: `sync_now`, `cancel`, `refresh_counts`,
    `set_interval`, `stop`."""

    def __init__(self, run_once: RunOnce, counts: Counts, on_status: Callable[[WorkerStatus],
                 None], *, interval: float = 15 * 60.0, backoff: Backoff | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.run_once = run_once
        self.counts = counts
        self.on_status = on_status
        self.interval = interval
        self.backoff = backoff or Backoff()
        self.clock = clock
        self.status = WorkerStatus()
        self._wake = threading.Event()
        self._lock = threading.Lock()
        self._stop = False
        self._now = True  # the first run starts at once
        self._cancel = threading.Event()
        self._counts_wanted = False
        self._failures = 0
        self._next_at: float | None = None

    # -- controls (any thread) ---------------------------------------------------------------

    def sync_now(self) -> None:
        with self._lock:
            self._now = True
        self._wake.set()

    def cancel(self) -> None:
        """Stop the running sync at its next safe point (between chunks and pages)."""
        self._cancel.set()

    def refresh_counts(self) -> None:
        with self._lock:
            self._counts_wanted = True
        self._wake.set()

    def set_interval(self, seconds: float) -> None:
        """A new period between syncs; a shorter one also brings the next sync closer."""
        with self._lock:
            self.interval = seconds
            if self._next_at is not None and self._failures == 0:
                self._next_at = min(self._next_at, self.clock() + seconds)
        self._wake.set()

    def network_back(self) -> None:
        """The network came back: try now rather than at the end of a long backoff."""
        if self.status.phase in (WorkerPhase.OFFLINE, WorkerPhase.ERROR) and self._failures:
            self.sync_now()

    def stop(self) -> None:
        with self._lock:
            self._stop = True
        self._cancel.set()
        self._wake.set()

    # -- the loop (its own thread) -----------------------------------------------------------

    def run(self) -> None:
        while True:
            with self._lock:
                if self._stop:
                    return
                now_wanted, self._now = self._now, False
                counts_wanted, self._counts_wanted = self._counts_wanted, False
            due = self._next_at is not None and self.clock() >= self._next_at
            if now_wanted or due:
                self._run()
                continue
            if counts_wanted:
                self._publish(counts=self._safe_counts())
            timeout = None if self._next_at is None else max(0.0, self._next_at - self.clock())
            self._wake.wait(timeout)
            self._wake.clear()

    def _publish(self, **changes: object) -> None:
        self.status = replace(self.status, **changes)  # type: ignore[arg-type]
        self.on_status(self.status)

    def _safe_counts(self) -> Mapping[SyncLevel, int]:
        try:
            return dict(self.counts())
        except Exception:  # counts are a nicety; a busy database must not stop sync
            return self.status.counts

    def _progress(self, pushed: int, total_push: int, pulled: int, total_pull: int) -> None:
        self._publish(pushed=pushed, total_push=total_push, pulled=pulled, total_pull=total_pull)

    def _run(self) -> None:
        self._cancel.clear()
        self._publish(phase=WorkerPhase.SYNCING, pushed=0, pulled=0, total_push=0,
                      total_pull=0, message=Message("Syncing…"), retry_in=None)
        try:
            summary = self.run_once(self._progress, self._cancel.is_set)
        except SyncCancelled as exc:
            self._settle(WorkerPhase.IDLE, exc.message, retry=self.interval)
        except IntegrityAlarm as exc:
            self._settle(WorkerPhase.INTEGRITY_ALARM, exc.message, retry=None)
        except ServerUnreachable as exc:
            self._failed(WorkerPhase.OFFLINE, exc.message)
        except SyncError as exc:
            if exc.transient:
                self._failed(WorkerPhase.ERROR, exc.message)
            else:  # wrong password, no access: trying again on a timer would not help
                self._settle(WorkerPhase.ERROR, exc.message, retry=None)
        except StorageBusy as exc:
            self._failed(WorkerPhase.ERROR, exc.message)
        except KnownError as exc:
            self._settle(WorkerPhase.ERROR, exc.message, retry=None)
        except DRIVER_ERRORS as exc:
            readable = translate(exc)
            self._failed(WorkerPhase.ERROR, readable.message if isinstance(
                readable, KnownError) else Message(str(readable)))
        except Exception:
            log.exception("sync failed")
            self._failed(WorkerPhase.ERROR, Message("Sync went wrong; the details are in the "
                                                    "log. It will try again later."))
        else:
            if summary is None:
                self._settle(WorkerPhase.IDLE, Message("Sync is not set up."), retry=None,
                             configured=False)
                return
            self._failures = 0
            message = _describe(summary)
            self._settle(WorkerPhase.IDLE, message, retry=self.interval, last_summary=summary,
                         last_success=time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()))

    def _failed(self, phase: WorkerPhase, message: str) -> None:
        self._failures += 1
        self._settle(phase, message, retry=self.backoff.delay(self._failures))

    def _settle(self, phase: WorkerPhase, message: str, *, retry: float | None,
                **changes: object) -> None:
        self._next_at = None if retry is None else self.clock() + retry
        changes.setdefault("configured", True)
        self._publish(phase=phase, message=message, retry_in=retry,
                      counts=self._safe_counts(), **changes)


def _describe(summary: SyncSummary) -> Message:
    synced = _describe_events(summary)
    files = summary.attachments
    if files.kept_local:
        return Message("{synced} {files}", synced=synced, files=Message.counted(
            files.kept_local,
            "1 attachment stays on this laptop only: this server does not keep attachments.",
            "{count} attachments stay on this laptop only: this server does not keep "
            "attachments."))
    if files.missing:
        return Message("{synced} {files}", synced=synced, files=Message.counted(
            files.missing, "1 attachment is not downloaded yet.",
            "{count} attachments are not downloaded yet."))
    return synced


def _describe_events(summary: SyncSummary) -> Message:
    counts: dict[str, Any] = {"sent": summary.pushed, "received": summary.pulled,
                              "refused": summary.rejected}
    if summary.conflicts:
        counts["conflicts"] = Message.counted(summary.conflicts, "1 conflict to review",
                                              "{count} conflicts to review")
    if summary.rejected and summary.conflicts:
        return Message("Synced: {sent} sent, {received} received, {refused} refused by the "
                       "server, {conflicts}.", **counts)
    if summary.rejected:
        return Message("Synced: {sent} sent, {received} received, {refused} refused by the "
                       "server.", **counts)
    if summary.conflicts:
        return Message("Synced: {sent} sent, {received} received, {conflicts}.", **counts)
    return Message("Synced: {sent} sent, {received} received.", **counts)
