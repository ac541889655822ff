"""Settings: the server's app configs for the account, "Test connection" (each failure and
success, off the window's thread), the Tab order of the screen, numbers kept in range."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from datacollect_desktop.app.connection import ConnectionReport, Step
from datacollect_desktop.ui.main_window import MainWindow
from datacollect_desktop.ui.settings_dialog import SettingsDialog
from tests.gui.conftest import Keys, workspace_of
from tests.gui.refusal_server import CONFIG_ID, FIELD_WORKER, StartServer, start_refusing_server
from tests.integration.server.conftest import start_server_with
from tests.integration.server.support import PASSWORD, WORKER_A, ServerHandle, free_port

__all__ = ["start_server_with"]
ANSWER_MS = 30_000


@pytest.fixture
def server(start_server_with: StartServer, tmp_path: Path) -> ServerHandle:
    return start_refusing_server(start_server_with, tmp_path / "server")


def settings_of(window: MainWindow) -> SettingsDialog:
    dialog = window.open_settings()
    assert dialog is not None
    return dialog


def fill(dialog: SettingsDialog, url: str, account: str, password: str) -> None:
    dialog.server_url.setText(url)
    dialog.account.setText(account)
    dialog.password.setText(password)


def run_test(qtbot: QtBot, dialog: SettingsDialog) -> ConnectionReport:
    with qtbot.waitSignal(dialog.checked, timeout=ANSWER_MS) as answer:
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
        assert not dialog.test_button.isEnabled()  # asked off the window's thread
        assert dialog.test_result.text() == "Testing the connection…"
    report = answer.args[0] if answer.args else None
    assert isinstance(report, ConnectionReport)
    assert dialog.test_result.isVisible()
    assert dialog.test_result.text() == report.message
    return report


def test_the_config_list_comes_from_the_server_with_a_hint_for_an_unassigned_config(
        qtbot: QtBot, window: MainWindow, server: ServerHandle) -> None:
    dialog = settings_of(window)
    fill(dialog, server.base_url, WORKER_A, PASSWORD)  # assigned to cfg-a only
    with qtbot.waitSignal(dialog.configs_listed, timeout=ANSWER_MS):
        qtbot.mouseClick(dialog.list_button, Qt.MouseButton.LeftButton)
    items = [dialog.config_choice.itemData(i) for i in range(dialog.config_choice.count())]
    assert items == ["cfg-a"]
    # The bundled config (still chosen) syncs as household-registration: not for this account.
    assert dialog.config_hint.isVisible()
    assert dialog.config_hint.text() == (
        "This account is not assigned to the app config 'household-registration'. Choose "
        "one it may use: cfg-a.")
    dialog.config_choice.activated.emit(0)
    assert dialog.source_buttons["server"].isChecked()
    assert dialog.config_id.text() == "cfg-a"
    assert not dialog.config_hint.isVisible()

    fill(dialog, server.base_url, FIELD_WORKER, PASSWORD)
    with qtbot.waitSignal(dialog.configs_listed, timeout=ANSWER_MS):
        qtbot.mouseClick(dialog.list_button, Qt.MouseButton.LeftButton)
    assert [dialog.config_choice.itemData(i) for i in range(dialog.config_choice.count())] == [
        CONFIG_ID]
    assert dialog.config_hint.isVisible() and "'cfg-a'" in dialog.config_hint.text()


def test_test_connection_says_which_check_failed_or_that_all_passed(
        qtbot: QtBot, window: MainWindow, server: ServerHandle) -> None:
    dialog = settings_of(window)
    fill(dialog, f"http://127.0.0.1:{free_port()}", FIELD_WORKER, PASSWORD)
    report = run_test(qtbot, dialog)
    assert report.failed is Step.REACHABLE
    assert report.message.startswith("The server cannot be reached: Cannot reach the sync "
                                     "server at http://127.0.0.1:")

    fill(dialog, server.base_url, FIELD_WORKER, "not the password")
    report = run_test(qtbot, dialog)
    assert report.failed is Step.SIGN_IN
    assert report.message == (f"The server answered, but it did not accept the account "
                              f"{FIELD_WORKER} with this password.")

    fill(dialog, server.base_url, WORKER_A, PASSWORD)
    report = run_test(qtbot, dialog)
    assert report.failed is Step.ASSIGNED
    assert report.message == (
        "The server answered and the account signed in, but: This account is not assigned "
        "to the app config 'household-registration'. Choose one it may use: cfg-a.")

    fill(dialog, server.base_url, FIELD_WORKER, PASSWORD)
    report = run_test(qtbot, dialog)
    assert report.ok and report.config_id == CONFIG_ID
    assert report.message == ("Connected: the server answered, the account signed in and may "
                              "use the app config 'household-registration'.")
    assert workspace_of(window).settings.server_url == ""  # testing saves nothing


def test_tab_walks_the_settings_from_top_to_bottom(qtbot: QtBot, window: MainWindow,
                                                  keys: Keys) -> None:
    dialog = settings_of(window)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.user_name.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.user_name)
    seen: list[QWidget] = []
    for _ in range(40):
        focused = QApplication.focusWidget()
        assert isinstance(focused, QWidget)
        if focused in seen:
            break
        seen.append(focused)
        keys(Qt.Key.Key_Tab)
    # Top to bottom, and left to right within a row (widgets side by side may differ by a
    # pixel or two in their tops).
    middle = [w.mapTo(dialog, w.rect().center()) for w in seen]
    for (before, after), pair in zip(itertools.pairwise(middle),
                                     itertools.pairwise(seen), strict=True):
        same_row = abs(after.y() - before.y()) <= 8
        assert (after.x() > before.x()) if same_row else (after.y() > before.y()), [
            w.accessibleName() or type(w).__name__ for w in pair]
    for widget in (dialog.user_name, dialog.auto_lock, dialog.language, dialog.server_url,
                   dialog.account, dialog.password, dialog.interval, dialog.test_button):
        assert widget in seen


@pytest.mark.parametrize(("field", "typed", "message"), [
    ("auto_lock", "123", "Lock after idle: enter 1 to 60 minutes (123 is out of range)."),
    ("interval", "2000", "Sync every: enter 1 to 1440 minutes (2000 is out of range)."),
    ("auto_lock", "0", "Lock after idle: enter 1 to 60 minutes (0 is out of range)."),
])
def test_a_number_out_of_range_is_refused_in_words_and_nothing_is_saved(
        qtbot: QtBot, window: MainWindow, keys: Keys, field: str, typed: str,
        message: str) -> None:
    dialog = settings_of(window)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    box = getattr(dialog, field)
    box.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is box)
    box.selectAll()
    keys(typed)
    submitted: list[object] = []
    dialog.submitted.connect(submitted.append)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.error.isVisible()
    assert dialog.error.text() == message
    assert submitted == [] and dialog.isVisible()
    settings = workspace_of(window).settings
    assert (settings.auto_lock_minutes, settings.sync_interval_minutes) == (10, 15)


def test_the_download_setting_is_chosen_in_the_dialog_and_saved(
        qtbot: QtBot, window: MainWindow) -> None:
    dialog = settings_of(window)
    assert dialog.downloads.currentData() == "all"  # the default
    dialog.downloads.setCurrentIndex(dialog.downloads.findData("on_view"))
    with qtbot.waitSignal(dialog.finished, timeout=ANSWER_MS):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    workspace = workspace_of(window)
    assert workspace.settings.attachment_downloads == "on_view"
    assert workspace.settings_store.load().attachment_downloads == "on_view"
    assert settings_of(window).downloads.currentData() == "on_view"
