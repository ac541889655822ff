"""The status bar: not set up, progress while syncing, errors in plain words, counts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from pytestqt.qtbot import QtBot

from datacollect_desktop.app.sync_state import SyncPhase, SyncState
from datacollect_desktop.domain.events import SyncLevel
from datacollect_desktop.ui.main_window import MainWindow
from datacollect_desktop.ui.settings_dialog import SettingsDialog
from datacollect_desktop.ui.sync_bar import SyncStatusBar, SyncStatusModel
from tests.factories import wire
from tests.gui.conftest import open_window, unlock, workspace_of


class RecordingController(QObject):
    """Stands in for the sync worker's bridge (issue 4): records what the window asks of it
    and reports states as the bridge does."""

    state_changed = Signal(object)
    synced = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[str] = []

    def sync_now(self) -> None:
        self.calls.append("sync_now")

    def cancel(self) -> None:
        self.calls.append("cancel")

    def start(self) -> None:
        self.calls.append("start")

    def stop(self) -> None:
        self.calls.append("stop")

    def refresh_counts(self) -> None:
        self.calls.append("refresh_counts")

    def set_interval(self, minutes: float) -> None:
        self.calls.append(f"set_interval {minutes}")


def test_without_a_server_the_bar_says_so_and_links_to_settings(
        qtbot: QtBot, window: MainWindow) -> None:
    bar = window.sync_bar
    assert "Not set up for sync" in bar.connection.text()
    assert not bar.sync_button.isVisible()
    bar.connection.linkActivated.emit("settings")
    qtbot.waitUntil(lambda: window.findChild(SettingsDialog) is not None)


def test_pending_counts_follow_saves(qtbot: QtBot, window: MainWindow) -> None:
    bar = window.sync_bar
    qtbot.waitUntil(lambda: bar.counts.text() == "Not sent: 0 · Synced: 0 · External: 0")
    assert window.view is not None
    page = window.view.register
    assert page.form_view is not None
    page.form_view.set_values({"name": "Banda household"})
    page.save()
    qtbot.waitUntil(lambda: bar.counts.text() == "Not sent: 1 · Synced: 0 · External: 0")


def test_progress_while_syncing_then_a_server_error_in_plain_words(qtbot: QtBot) -> None:
    model = SyncStatusModel()
    controller = RecordingController()
    bar = SyncStatusBar(model, controller)
    qtbot.addWidget(bar)
    bar.show()
    counts = {SyncLevel.LOCAL: 12, SyncLevel.REMOTE: 340, SyncLevel.EXTERNAL: 5}
    model.set_state(SyncState(SyncPhase.IDLE, configured=True, counts_by_level=counts,
                              last_success="2024-05-01T08:30:00.000Z"))
    assert "Online" in bar.connection.text()
    assert bar.counts.text() == "Not sent: 12 · Synced: 340 · External: 5"
    assert bar.last.text().startswith("Last sync: 2024-05-01")
    bar.sync_button.click()
    assert controller.calls == ["sync_now"]

    model.update(phase=SyncPhase.SYNCING, pushed=4, total_push=12, pulled=10, total_pull=30)
    assert bar.progress.isVisible()
    assert (bar.progress.value(), bar.progress.maximum(), bar.progress.text()) == (
        14, 42, "14 of 42")
    assert not bar.sync_button.isEnabled()

    model.update(phase=SyncPhase.ERROR, message="The server refused the account: the "
                 "password was changed. Sign in again in Settings.")
    assert not bar.progress.isVisible()
    assert bar.problem.isVisible()
    assert bar.problem.text().startswith("The server refused the account")
    assert "Sync failed" in bar.connection.text()
    assert bar.sync_button.isEnabled()


def test_an_integrity_alarm_stops_the_sync_button(qtbot: QtBot) -> None:
    model = SyncStatusModel()
    bar = SyncStatusBar(model, RecordingController())
    qtbot.addWidget(bar)
    bar.show()
    model.set_state(SyncState(SyncPhase.INTEGRITY_ALARM, configured=True,
                              message="The server's history changed; contact your "
                                      "supervisor."))
    assert "Sync stopped" in bar.connection.text()
    assert bar.problem.text().startswith("The server's history changed")
    assert not bar.sync_button.isEnabled()


def test_the_window_starts_the_sync_bridge_follows_it_and_stops_it_on_lock(
        qtbot: QtBot, created_profile: Path) -> None:
    bridge = RecordingController()
    window = open_window(qtbot, created_profile, sync=lambda workspace: bridge)
    unlock(qtbot, window)
    assert bridge.calls == ["start"]
    bridge.state_changed.emit(SyncState(SyncPhase.SYNCING, configured=True, pushed=1,
                                        total_push=3))
    assert window.sync_bar.progress.isVisible()
    assert window.sync_bar.progress.text() == "1 of 3"
    assert not window.sync_bar.sync_button.isEnabled()
    bridge.state_changed.emit(SyncState(SyncPhase.IDLE, configured=True))
    window.sync_bar.sync_button.click()
    assert bridge.calls == ["start", "sync_now"]
    workspace = workspace_of(window)
    workspace.session.store.submit([wire("p-9", "create-individual", {"name": "Pulled"})])
    bridge.synced.emit(object())  # a pull brought events: the list reloads
    qtbot.waitUntil(lambda: window.view is not None
                    and window.view.records.model.rowCount() == 1)
    page = window.view.register if window.view else None
    assert page is not None and page.form_view is not None
    page.form_view.set_values({"name": "Banda household"})
    page.save()  # the bridge recounts what waits to be sent
    window.lock()
    assert bridge.calls == ["start", "sync_now", "refresh_counts", "stop"]
    assert window.sync_bar.controller is None
