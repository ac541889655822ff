"""Auto-lock after idle time (typed text kept as a draft) and the settings dialog."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from datacollect_desktop.ui.main_window import MainWindow
from datacollect_desktop.ui.settings_dialog import SettingsDialog
from tests.gui.conftest import Keys, open_window, unlock, workspace_of


def test_idle_time_locks_the_profile_and_typed_text_becomes_a_draft(
        qtbot: QtBot, created_profile: Path, keys: Keys) -> None:
    window = open_window(qtbot, created_profile, idle_ms=400)
    unlock(qtbot, window)
    keys("Mensah hou")
    with qtbot.waitSignal(window.locked, timeout=5_000):
        pass
    assert window.workspace is None and window.view is None
    assert window.stack.currentWidget() is window.unlock_page
    assert "Unsaved forms were kept as drafts" in window.unlock_page.notice.text()
    assert not window.unlock_page.error.isVisible()
    assert not window.sync_bar.isVisible()

    unlock(qtbot, window)
    view = window.view
    assert view is not None
    view.show_page("drafts")
    (draft,) = view.drafts.drafts.values()
    assert draft.data == {"name": "Mensah hou"}
    keys(Qt.Key.Key_Return)  # the draft list has the focus: Enter resumes the first
    assert view.current_page() == "register"
    assert view.register.form_view is not None
    assert view.register.form_view.values() == {"name": "Mensah hou"}


def test_input_postpones_the_lock(qtbot: QtBot, created_profile: Path, keys: Keys) -> None:
    window = open_window(qtbot, created_profile, idle_ms=600)
    unlock(qtbot, window)
    for letter in "Kamau":
        qtbot.wait(300)
        keys(letter)
    assert window.workspace is not None
    qtbot.waitSignal(window.locked, timeout=3_000).wait()


def test_settings_are_saved_and_the_status_bar_follows(
        qtbot: QtBot, window: MainWindow, keys: Keys) -> None:
    keys(Qt.Key.Key_Comma, ctrl=True)
    qtbot.waitUntil(lambda: window.findChild(SettingsDialog) is not None)
    dialog = window.findChild(SettingsDialog)
    assert isinstance(dialog, SettingsDialog)
    dialog.server_url.setText("https://sync.example.org")
    dialog.account.setText("awa@example.org")
    dialog.auto_lock.setValue(5)
    with qtbot.waitSignal(dialog.accepted):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    settings = workspace_of(window).settings
    assert (settings.server_url, settings.account, settings.auto_lock_minutes) == (
        "https://sync.example.org", "awa@example.org", 5)
    assert window.idle.timer.interval() == 5 * 60_000
    assert "Online" in window.sync_bar.connection.text()
    assert window.sync_bar.last.text() == "Never synced"


def test_a_config_file_that_cannot_be_used_keeps_the_dialog_open_with_the_reason(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    broken = tmp_path / "forms.json"
    broken.write_text(json.dumps({"id": "x", "entityForms": [{"name": "a"}]}))
    dialog = window.open_settings()
    assert dialog is not None
    dialog.source_buttons["file"].setChecked(True)
    dialog.config_path.setText(str(broken))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(dialog.error.isVisible)
    assert dialog.error.text() == "Form 'a' has no 'formio' object."
    assert dialog.isVisible()
    assert workspace_of(window).settings.config_source == "bundled"
