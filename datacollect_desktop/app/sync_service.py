"""Sync as the window and the command line use it (no Qt).

`SyncService` owns everything one profile needs to sync: where to sync (read again at the start
of every run), the HTTP client and engine of each run, the replica counts, and the worker loop
with its backoff and status. The window's Qt bridge gives `run` a thread of its own and passes
the statuses on; the `sync` command calls `run_once` on its own thread and prints `report`.

Every run, count and loop uses the connection of the thread it runs on (peewee gives each
thread one); `run` closes its thread's connection when the loop ends.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

from datacollect_desktop.app.app_config import (
    ConfigService,
    bound_config_id,
    config_version,
    sync_config_id,
)
from datacollect_desktop.app.browse import refusal_advice
from datacollect_desktop.app.integrity import IntegrityService
from datacollect_desktop.app.settings import SettingsService
from datacollect_desktop.app.sync_state import SyncPhase, SyncState
from datacollect_desktop.domain.events import SyncLevel
from datacollect_desktop.domain.messages import Message
from datacollect_desktop.storage.profile import Session
from datacollect_desktop.storage.replica import Replica
from datacollect_desktop.sync.attachments import ProfileAttachments, ProfilePartials
from datacollect_desktop.sync.client import SyncClient
from datacollect_desktop.sync.engine import (
    DOWNLOAD_ALL,
    AttachmentSync,
    Limits,
    Progress,
    SyncEngine,
    SyncSummary,
    SyncTarget,
)
from datacollect_desktop.sync.login import Account, Password
from datacollect_desktop.sync.worker import Backoff, SyncWorker, WorkerPhase, WorkerStatus

if TYPE_CHECKING:
    from datacollect_desktop.app.workspace import Workspace

__all__ = [
    "DEFAULT_INTERVAL",
    "DEFAULT_TIMEOUT",
    "Account",
    "Backoff",
    "Limits",
    "Progress",
    "StatusListener",
    "SyncService",
    "SyncSummary",
    "SyncTarget",
    "SyncWorker",
    "TargetSource",
    "WorkerPhase",
    "WorkerStatus",
    "attachment_notice",
    "command_line_target",
    "interval_of",
    "report",
    "sync_state",
    "target_from",
]

#: Seconds between syncs while the window is open, unless the settings say otherwise.
DEFAULT_INTERVAL = 15 * 60.0
#: Seconds the HTTP client waits for the server.
DEFAULT_TIMEOUT = 60.0

#: Where to sync, asked at the start of every run; None when sync is not set up.
TargetSource = Callable[[], SyncTarget | None]
#: Called on the worker's thread with every status and the refused events counted with it.
StatusListener = Callable[[WorkerStatus, int], None]


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


def interval_of(workspace: Workspace) -> float:
    """Seconds between syncs, as the workspace's settings say (at least a minute)."""
    return max(1, workspace.settings.sync_interval_minutes) * 60.0


def command_line_target(session: Session, server_url: str, email: str, password: Password,
                        config_id: str | None = None) -> SyncTarget:
    """Where to sync as the `sync` command is told: the server and account given, the config
    id given, else the one the profile's settings and config name (as the window does)."""
    settings = SettingsService(session)
    config = ConfigService(session, settings).current()
    chosen = config_id or sync_config_id(settings.load(), config,
                                         bound_config_id(session, server_url))
    return SyncTarget(server_url, Account(email, password), chosen,
                      config_version=config_version(config))


def sync_state(status: WorkerStatus, refused: int = 0) -> SyncState:
    """The window's view of a worker status (and of the refused events counted with it)."""
    return SyncState(phase=SyncPhase(status.phase.value), configured=status.configured,
                     pushed=status.pushed, pulled=status.pulled, total_push=status.total_push,
                     total_pull=status.total_pull, counts_by_level=dict(status.counts),
                     last_success=status.last_success, message=status.message,
                     refused=refused)


def report(session: Session, summary: SyncSummary) -> dict[str, Any]:
    """A run's summary as JSON: each refusal with what to do about it, and the notice of a
    stock server (no checkpoint to verify against)."""
    result = summary.to_json()
    result["rejections"] = [{**r, "advice": str(refusal_advice(r.get("code", "")))}
                            for r in summary.rejections]
    trust = IntegrityService(session).server()
    if trust is not None and trust.notice is not None:
        result["notice"] = str(trust.notice)  # a stock server: no checkpoint, not hidden
    notice = attachment_notice(summary)
    if notice is not None:
        result["attachmentNotice"] = str(notice)
    return result


def attachment_notice(summary: SyncSummary) -> Message | None:
    """What a run left of the attachments, in words: those a server that keeps none did
    not receive (they stay on this laptop), and those not downloaded yet."""
    files = summary.attachments
    if files.kept_local:
        return Message.counted(
            files.kept_local,
            "1 attachment was not sent and stays on this laptop only: this server does not "
            "keep attachments (the events were sent with their references).",
            "{count} attachments were not sent and stay on this laptop only: this server "
            "does not keep attachments (the events were sent with their references).")
    if files.missing:
        return Message.counted(
            files.missing, "1 attachment of the records here is not downloaded yet.",
            "{count} attachments of the records here are not downloaded yet.")
    return None


def _ignore(status: WorkerStatus, refused: int) -> None:
    """No one listens to the statuses."""


def _quiet(pushed: int, total_push: int, pulled: int, total_pull: int) -> None:
    """No progress report wanted."""


def _never() -> bool:
    return False


class SyncService:
    """Syncs one profile: a run now (`run_once`) or on a timer with backoff (`run`).

    The controls (`sync_now`, `cancel`, `refresh_counts`, `set_interval`, `network_back`,
    `stop`) are safe from any thread. `on_status` receives every `WorkerStatus` of the loop,
    on the loop's thread, with the number of refused events waiting on this device.
    """

    def __init__(self, session: Session, target: TargetSource, *,
                 on_status: StatusListener = _ignore, interval: float = DEFAULT_INTERVAL,
                 backoff: Backoff | None = None, limits: Limits | None = None,
                 timeout: float = DEFAULT_TIMEOUT,
                 downloads: Callable[[], str] | None = None) -> None:
        self.session = session
        self.target = target
        self.on_status = on_status
        self.limits = limits
        self.timeout = timeout
        self.refused = 0
        #: When attachments of pulled records are downloaded (the settings' choice).
        self.downloads = downloads or (lambda: DOWNLOAD_ALL)
        #: Downloads cut off, kept in the profile for the next run (of any process) to resume.
        self.partials = ProfilePartials(session)
        self._wanted: set[str] = set()
        self._wanted_lock = threading.Lock()
        self.worker = SyncWorker(self.run_once, self._counts, self._publish,
                                 interval=interval, backoff=backoff)

    @classmethod
    def for_workspace(cls, workspace: Workspace, *, on_status: StatusListener = _ignore
                      ) -> SyncService:
        """Sync the workspace's profile with its settings: their server, account and
        interval (at least a minute)."""
        return cls(workspace.session, target_from(workspace), on_status=on_status,
                   interval=interval_of(workspace),
                   downloads=lambda: workspace.settings.attachment_downloads)

    @property
    def status(self) -> WorkerStatus:
        """The loop's last published status."""
        return self.worker.status

    # -- one run, on the calling thread -------------------------------------------------------

    def run_once(self, progress: Progress = _quiet, cancelled: Callable[[], bool] = _never
                 ) -> SyncSummary | None:
        """Sync now on this thread with the target asked for now; None when sync is not set
        up. Errors are raised (the loop turns them into statuses)."""
        target = self.target()
        if target is None:
            return None
        return self.sync(target, progress, cancelled)

    def sync(self, target: SyncTarget, progress: Progress = _quiet,
             cancelled: Callable[[], bool] = _never) -> SyncSummary:
        """Sync now on this thread with `target`: one client and engine for this run."""
        client = SyncClient(target.server_url, timeout=self.timeout)
        local = ProfileAttachments(self.session)
        taken: list[str] = []

        def wanted() -> list[str]:
            taken.extend(self._take_wanted())
            return list(taken)

        files = AttachmentSync(local, self.downloads(), wanted, self.partials)
        engine = SyncEngine(self.session, target, client=client, limits=self.limits,
                            attachments=files)
        try:
            return engine.run(progress, cancelled)
        finally:
            engine.close()
            if taken:  # those not here yet (cut off, not on the server yet) stay wanted
                self._want_again(taken, local)

    def _want_again(self, taken: list[str], local: ProfileAttachments) -> None:
        still = set(local.missing()).intersection(taken)
        if still:
            with self._wanted_lock:
                self._wanted.update(still)

    def report(self, summary: SyncSummary) -> dict[str, Any]:
        return report(self.session, summary)

    # -- the loop, on a thread of its own ----------------------------------------------------

    def run(self) -> None:
        """Sync at once, then on the timer and on demand, until `stop`; blocks this thread
        and closes its database connection at the end."""
        try:
            self.worker.run()
        finally:
            self.session.close()  # this thread's connection only

    def _publish(self, status: WorkerStatus) -> None:
        self.on_status(status, self.refused)

    def _counts(self) -> Mapping[SyncLevel, int]:
        """Events by level, and (kept for the next status) how many the server refused."""
        replica = Replica(self.session.db, self.session.registry)
        self.refused = replica.refused_count()
        return replica.counts_by_level()

    # -- controls (any thread) ---------------------------------------------------------------

    def sync_now(self) -> None:
        self.worker.sync_now()

    def fetch_attachments(self, digests: Iterable[str]) -> None:
        """Download these attachments (a record viewed shows them) at a sync started now, on
        the sync loop's thread: the caller never waits for the network."""
        with self._wanted_lock:
            self._wanted.update(digests)
        self.worker.sync_now()

    def _take_wanted(self) -> list[str]:
        with self._wanted_lock:
            taken = sorted(self._wanted)
            self._wanted.clear()
        return taken

    def cancel(self) -> None:
        """Stop the running sync at its next safe point (between chunks and pages)."""
        self.worker.cancel()

    def refresh_counts(self) -> None:
        """Count events by level again, on the loop's thread."""
        self.worker.refresh_counts()

    def set_interval(self, seconds: float) -> None:
        self.worker.set_interval(seconds)

    def network_back(self) -> None:
        self.worker.network_back()

    def stop(self) -> None:
        """Cancel any run and end the loop."""
        self.worker.stop()
