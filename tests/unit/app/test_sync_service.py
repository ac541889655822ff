"""The app's sync service without a server: where it syncs, how often, and a profile that is
not set up for sync (the runs against a server are in tests/integration/sync)."""

from __future__ import annotations

import threading
import time

from datacollect_desktop.app.app_config import config_version
from datacollect_desktop.app.sync_service import (
    SyncService,
    WorkerPhase,
    WorkerStatus,
    command_line_target,
    sync_state,
)
from datacollect_desktop.app.sync_state import SyncPhase
from datacollect_desktop.app.workspace import Workspace
from datacollect_desktop.domain.events import SyncLevel


def test_a_workspace_syncs_where_and_as_often_as_its_settings_say(workspace: Workspace) -> None:
    workspace.save_settings(workspace.settings.changed(
        server_url=" https://sync.example.org ", account=" awa@example.org ",
        password="s3cret", sync_interval_minutes=7))
    service = SyncService.for_workspace(workspace)
    assert service.worker.interval == 7 * 60.0
    target = service.target()
    assert target is not None
    assert target.server_url == "https://sync.example.org"
    assert target.account.email == "awa@example.org"
    assert target.account.password is not None and target.account.password() == "s3cret"
    assert target.config_id == workspace.config.id
    assert target.config_version == config_version(workspace.config)


def test_without_a_server_nothing_runs_and_the_loop_says_sync_is_not_set_up(
        workspace: Workspace) -> None:
    published: list[WorkerStatus] = []
    service = SyncService.for_workspace(workspace, on_status=lambda s, _: published.append(s))
    assert service.target() is None
    assert service.run_once() is None
    thread = threading.Thread(target=service.run)
    thread.start()
    try:
        deadline = time.monotonic() + 30
        while not (published and not published[-1].configured):
            assert time.monotonic() < deadline, "the loop published nothing"
            time.sleep(0.02)
    finally:
        service.stop()
        thread.join(timeout=30)
    assert not thread.is_alive()
    last = published[-1]
    assert (last.phase, last.configured, last.message) == (
        WorkerPhase.IDLE, False, "Sync is not set up.")
    assert last.retry_in is None  # no timer: it waits for settings
    assert sync_state(last).configured is False


def test_the_command_line_target_takes_the_config_id_given_else_the_profiles(
        workspace: Workspace) -> None:
    session = workspace.session
    given = command_line_target(session, "http://127.0.0.1:9", "awa@example.org",
                                lambda: "pw", "cfg-given")
    assert (given.server_url, given.account.email, given.config_id) == (
        "http://127.0.0.1:9", "awa@example.org", "cfg-given")
    assert given.config_version == config_version(workspace.config)
    default = command_line_target(session, "http://127.0.0.1:9", "awa@example.org",
                                  lambda: "pw")
    assert default.config_id == workspace.config.id


def test_the_window_state_carries_the_status_and_the_refused_count() -> None:
    status = WorkerStatus(phase=WorkerPhase.SYNCING, pushed=2, total_push=5, pulled=1,
                          total_pull=3, counts={SyncLevel.LOCAL: 3}, message="Syncing…")
    state = sync_state(status, refused=4)
    assert state.phase is SyncPhase.SYNCING
    assert (state.progress, state.pending, state.refused) == ((3, 8), 3, 4)
