"""What the status bar knows about sync, with no Qt: a state value and the controller protocol."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

from datacollect_desktop.domain.vocabulary import SyncLevel

# One set of phases for the worker and the window.
from datacollect_desktop.sync.worker import WorkerPhase as SyncPhase

__all__ = ["SyncController", "SyncPhase", "SyncState"]


@dataclass(frozen=True)
class SyncState:
    """One snapshot of sync: phase, progress of the current run, counts and the last success.

    `message` is a sentence for the field worker (an error in plain words while in ERROR or
    INTEGRITY_ALARM). `last_success` is a UTC stamp or None when it never synced. `refused`
    counts the events the server refused that wait on this device: while there are any, the
    bar warns even when sync itself works.
    """

    phase: SyncPhase = SyncPhase.IDLE
    configured: bool = False
    pushed: int = 0
    pulled: int = 0
    total_push: int = 0
    total_pull: int = 0
    counts_by_level: Mapping[SyncLevel, int] = field(default_factory=dict)
    last_success: str | None = None
    message: str = ""
    refused: int = 0

    @property
    def pending(self) -> int:
        """Events still only on this device."""
        return self.counts_by_level.get(SyncLevel.LOCAL, 0)

    @property
    def progress(self) -> tuple[int, int]:
        """(done, total) of the current run, 0 of 0 when the totals are not known yet."""
        return self.pushed + self.pulled, self.total_push + self.total_pull

    @property
    def failing(self) -> bool:
        """The last run failed (its error is the `message`) or sync stopped on an alarm."""
        return self.phase in (SyncPhase.ERROR, SyncPhase.INTEGRITY_ALARM)

    @property
    def warning(self) -> bool:
        """Sync works, but some events were refused by the server."""
        return self.configured and self.refused > 0 and not self.failing

    @property
    def online(self) -> bool:
        return self.configured and self.phase not in (SyncPhase.OFFLINE, SyncPhase.ERROR)

    def with_counts(self, counts: Mapping[SyncLevel, int]) -> SyncState:
        return replace(self, counts_by_level=dict(counts))

    def updated(self, **values: Any) -> SyncState:
        return replace(self, **values)


class SyncController(Protocol):
    """What the window asks of the sync worker (its Qt bridge implements this)."""

    def sync_now(self) -> None:
        """Start a sync run now, unless one is running."""

    def cancel(self) -> None:
        """Stop the running sync at the next safe point."""
