"""The sync state the status bar shows."""

from __future__ import annotations

from datacollect_desktop.app.sync_state import SyncPhase, SyncState
from datacollect_desktop.domain.events import SyncLevel


def test_progress_adds_pushed_and_pulled_events() -> None:
    state = SyncState(SyncPhase.SYNCING, True, pushed=3, pulled=5, total_push=10, total_pull=20)
    assert state.progress == (8, 30)


def test_pending_is_the_count_of_local_events() -> None:
    state = SyncState().with_counts({SyncLevel.LOCAL: 4, SyncLevel.REMOTE: 9})
    assert state.pending == 4


def test_a_profile_without_a_server_is_never_online() -> None:
    assert not SyncState(SyncPhase.IDLE, configured=False).online
    assert SyncState(SyncPhase.IDLE, configured=True).online
    assert not SyncState(SyncPhase.OFFLINE, configured=True).online
