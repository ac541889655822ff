"""The app's sync service on a QThread of its own, reporting to the window through queued signals.

`SyncBridge` is the window's `SyncController`: a Qt adapter over `app.sync_service.SyncService`,
which owns the client, engine, counts and worker loop. The sync thread runs the service's loop
(it opens its own database connection and closes it before the thread ends); the window's
thread only sets flags and receives `SyncState` values, so it never waits on sync.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtNetwork import QNetworkInformation

from datacollect_desktop.app.profiles import Session
from datacollect_desktop.app.sync_service import (
    DEFAULT_INTERVAL,
    DEFAULT_TIMEOUT,
    Backoff,
    Limits,
    SyncService,
    SyncWorker,
    TargetSource,
    WorkerStatus,
    interval_of,
    sync_state,
    target_from,
)
from datacollect_desktop.app.sync_state import SyncPhase, SyncState
from datacollect_desktop.app.workspace import Workspace


class _Loop(QObject):
    """Lives on the sync thread: runs the service's loop until it is stopped, and sends each
    status it publishes to the window's thread."""

    status = Signal(object)

    def __init__(self, service: SyncService) -> None:
        super().__init__()
        self.service = service
        service.on_status = self._publish

    def _publish(self, status: WorkerStatus, refused: int) -> None:
        self.status.emit((status, refused))

    @Slot()
    def run(self) -> None:
        self.service.run()


class SyncBridge(QObject):
    """Starts, drives and stops the sync worker; implements `app.sync_state.SyncController`.

    Signals (delivered on the window's thread): `state_changed(SyncState)` after every change,
    `progress(done, total)` during a run, `counts_changed(dict[SyncLevel, int])`,
    `error(str)` with a plain-words message when a run fails or raises the integrity alarm,
    and `synced(SyncSummary)` after each successful run.
    """

    state_changed = Signal(object)
    progress = Signal(int, int)
    counts_changed = Signal(object)
    error = Signal(str)
    synced = Signal(object)

    def __init__(self, session: Session, target: TargetSource, *,
                 interval: float = DEFAULT_INTERVAL, backoff: Backoff | None = None,
                 limits: Limits | None = None, timeout: float = DEFAULT_TIMEOUT,
                 downloads: Callable[[], str] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = SyncState()
        self._thread = QThread()
        self._thread.setObjectName("sync")
        self.service = SyncService(session, target, interval=interval, backoff=backoff,
                                   limits=limits, timeout=timeout, downloads=downloads)
        self._loop = _Loop(self.service)
        self._loop.moveToThread(self._thread)
        self._thread.started.connect(self._loop.run)
        self._loop.status.connect(self._on_status)
        self._last: WorkerStatus | None = None
        self._watch_network()

    def _watch_network(self) -> None:
        """Sync as soon as the system says the network is back (where Qt can tell)."""
        if not QNetworkInformation.loadDefaultBackend():
            return
        info = QNetworkInformation.instance()
        if info is not None:
            info.reachabilityChanged.connect(self._on_reachability)

    @Slot(QNetworkInformation.Reachability)
    def _on_reachability(self, reachability: QNetworkInformation.Reachability) -> None:
        if reachability == QNetworkInformation.Reachability.Online:
            self.service.network_back()

    @classmethod
    def for_workspace(cls, workspace: Workspace, parent: QObject | None = None) -> SyncBridge:
        return cls(workspace.session, target_from(workspace), interval=interval_of(workspace),
                   downloads=lambda: workspace.settings.attachment_downloads, parent=parent)

    @property
    def worker(self) -> SyncWorker:
        return self.service.worker

    def start(self) -> None:
        """Start the thread; the first sync begins at once.

        Objects alive now (modules, Qt wrappers, the window) are moved out of the cycle
        collector's sight first (`gc.freeze`, which costs nothing; a full collection here
        would itself stall the window): sync allocates a lot, and each full collection,
        whichever thread triggers it, holds the interpreter lock the window's thread needs
        for as long as it takes to walk every tracked object.
        """
        if not self._thread.isRunning():
            gc.freeze()
            self._thread.start()

    def sync_now(self) -> None:
        self.service.sync_now()

    def fetch_attachments(self, digests: Iterable[str]) -> None:
        """Download these attachments (a record opened shows them) on the sync thread."""
        self.service.fetch_attachments(digests)

    def cancel(self) -> None:
        self.service.cancel()

    def refresh_counts(self) -> None:
        """Count events by level again (after the window saved some), on the sync thread."""
        self.service.refresh_counts()

    def set_interval(self, minutes: float) -> None:
        self.service.set_interval(max(1.0, minutes) * 60.0)

    def stop(self, wait_ms: int = 30_000) -> bool:
        """Cancel any run, end the thread; False if it did not end within `wait_ms`."""
        self.service.stop()
        if not self._thread.isRunning():
            return True
        self._thread.quit()
        return bool(self._thread.wait(wait_ms))

    @Slot(object)
    def _on_status(self, published: tuple[WorkerStatus, int]) -> None:
        status, refused = published
        last, self._last = self._last, status
        self.state = sync_state(status, refused)
        self.state_changed.emit(self.state)
        done, total = self.state.progress
        self.progress.emit(done, total)
        if last is None or dict(last.counts) != dict(status.counts):
            self.counts_changed.emit(dict(status.counts))
        phase_changed = last is None or last.phase != status.phase
        if phase_changed and self.state.phase in (SyncPhase.ERROR, SyncPhase.OFFLINE,
                                                  SyncPhase.INTEGRITY_ALARM):
            self.error.emit(status.message)
        if phase_changed and status.last_summary is not None and (
                last is None or last.last_summary is not status.last_summary):
            self.synced.emit(status.last_summary)
