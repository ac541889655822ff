"""The sync worker on a QThread of its own, reporting to the window through queued signals.

`SyncBridge` is the window's `SyncController`. The worker thread opens its own database
connection (peewee gives each thread one) and closes it before the thread ends; the window's
thread only sets flags and receives `SyncState` values, so it never waits on sync.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtNetwork import QNetworkInformation

from datacollect_desktop.app.app_config import bound_config_id, config_version, sync_config_id
from datacollect_desktop.app.sync_state import SyncPhase, SyncState
from datacollect_desktop.app.workspace import Workspace
from datacollect_desktop.domain.events import SyncLevel
from datacollect_desktop.storage.profile import Session
from datacollect_desktop.storage.replica import Replica
from datacollect_desktop.sync.client import SyncClient
from datacollect_desktop.sync.engine import Limits, Progress, SyncEngine, SyncSummary, SyncTarget
from datacollect_desktop.sync.login import Account
from datacollect_desktop.sync.worker import Backoff, SyncWorker, WorkerStatus

TargetSource = Callable[[], SyncTarget | None]


def target_from(workspace: Workspace) -> TargetSource:
    """Where to sync, read from the workspace's settings at the start of every run: the app
    config in use names the config to sync (and its version is kept with refusals)."""

    def target() -> SyncTarget | None:
        settings = workspace.settings
        if not settings.sync_configured:
            return None
        password = settings.password
        config = workspace.config
        url = settings.server_url.strip()
        return SyncTarget(url, Account(settings.account.strip(), (lambda: password) if password
                                       else None),
                          sync_config_id(settings, config, bound_config_id(workspace.session,
                                                                           url)),
                          config_version=config_version(config))

    return target


def sync_state(status: WorkerStatus, refused: int = 0) -> SyncState:
    """The window's view of a worker status (and of the refused events counted with it)."""
    return SyncState(phase=SyncPhase(status.phase.value), configured=status.configured,
                     pushed=status.pushed, pulled=status.pulled, total_push=status.total_push,
                     total_pull=status.total_pull, counts_by_level=dict(status.counts),
                     last_success=status.last_success, message=status.message,
                     refused=refused)


class _Loop(QObject):
    """Lives on the sync thread: runs the worker until it is stopped."""

    status = Signal(object)

    def __init__(self, session: Session, target: TargetSource, interval: float,
                 backoff: Backoff | None, limits: Limits | None, timeout: float) -> None:
        super().__init__()
        self.session = session
        self.target = target
        self.limits = limits
        self.timeout = timeout
        self.refused = 0
        self.worker = SyncWorker(self._run_once, self._counts, self._publish,
                                 interval=interval, backoff=backoff)

    def _publish(self, status: WorkerStatus) -> None:
        self.status.emit((status, self.refused))

    def _run_once(self, progress: Progress, cancelled: Callable[[], bool]
                  ) -> SyncSummary | None:
        target = self.target()
        if target is None:
            return None
        client = SyncClient(target.server_url, timeout=self.timeout)
        engine = SyncEngine(self.session, target, client=client, limits=self.limits)
        try:
            return engine.run(progress, cancelled)
        finally:
            engine.close()

    def _counts(self) -> Mapping[SyncLevel, int]:
        """Events by level, and (kept for the next status) how many the server refused."""
        replica = Replica(self.session.db, self.session.registry)
        self.refused = replica.refused_count()
        return replica.counts_by_level()

    @Slot()
    def run(self) -> None:
        try:
            self.worker.run()
        finally:
            self.session.close()  # this thread's connection only


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

    def __init__(self, session: Session, target: TargetSource, *, interval: float = 15 * 60.0,
                 backoff: Backoff | None = None, limits: Limits | None = None,
                 timeout: float = 60.0, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = SyncState()
        self._thread = QThread()
        self._thread.setObjectName("sync")
        self._loop = _Loop(session, target, interval, backoff, limits, timeout)
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
            self.worker.network_back()

    @classmethod
    def for_workspace(cls, workspace: Workspace, parent: QObject | None = None) -> SyncBridge:
        minutes = max(1, workspace.settings.sync_interval_minutes)
        return cls(workspace.session, target_from(workspace), interval=minutes * 60.0,
                   parent=parent)

    @property
    def worker(self) -> SyncWorker:
        return self._loop.worker

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
        self.worker.sync_now()

    def cancel(self) -> None:
        self.worker.cancel()

    def refresh_counts(self) -> None:
        """Count events by level again (after the window saved some), on the sync thread."""
        self.worker.refresh_counts()

    def set_interval(self, minutes: float) -> None:
        self.worker.set_interval(max(1.0, minutes) * 60.0)

    def stop(self, wait_ms: int = 30_000) -> bool:
        """Cancel any run, end the thread; False if it did not end within `wait_ms`."""
        self.worker.stop()
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
