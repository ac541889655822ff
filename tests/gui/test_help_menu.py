"""Help: the keyboard shortcuts (F1), About with the app's locations, and a diagnostics bundle
that support can read without seeing anyone's data."""

from __future__ import annotations

import json
import logging
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QLabel, QMenu
from pytestqt.qtbot import QtBot

from datacollect_desktop import __version__
from datacollect_desktop.app.demo import fill_demo
from datacollect_desktop.app.errors import LOG_NAME, configure_logging, log, log_bug
from datacollect_desktop.ui.main_window import MainWindow
from datacollect_desktop.ui.shortcuts_dialog import ShortcutsDialog
from tests.conftest import PASSPHRASE
from tests.gui.conftest import open_window, unlock, workspace_of


@pytest.fixture
def log_dir(tmp_path: Path) -> Iterator[Path]:
    """The app's rotating log, written to a folder of this test."""
    directory = tmp_path / "logs"
    path = configure_logging(directory)
    yield directory
    for handler in [h for h in log.handlers if getattr(h, "baseFilename", "") == str(path)]:
        log.removeHandler(handler)
        handler.close()


@pytest.fixture
def logged_window(qtbot: QtBot, created_profile: Path, log_dir: Path) -> MainWindow:
    window = open_window(qtbot, created_profile, log_path=log_dir / LOG_NAME)
    unlock(qtbot, window)
    return window


def shown_shortcuts(qtbot: QtBot, window: MainWindow) -> ShortcutsDialog:
    """The keyboard shortcuts dialog once it is on screen, as opened by the window."""
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(ShortcutsDialog)))
    (dialog,) = [d for d in window.findChildren(ShortcutsDialog) if d.isVisible()]
    return dialog


def table_of(dialog: ShortcutsDialog) -> dict[str, str]:
    """What the dialog's table says each key does."""
    return {dialog.table.item(row, 1).text(): dialog.table.item(row, 0).text()
            for row in range(dialog.table.rowCount())}


def test_f1_opens_the_list_of_keyboard_shortcuts(qtbot: QtBot, window: MainWindow) -> None:
    help_keys = QKeySequence(QKeySequence.StandardKey.HelpContents)  # F1 (Cmd+? on macOS)
    assert window.help_menu.shortcuts_action.shortcut() == help_keys != QKeySequence()
    assert window.findChildren(ShortcutsDialog) == []
    assert window.view is not None
    window.view.nav.setFocus()
    pressed = help_keys[0]
    qtbot.keyClick(QApplication.focusWidget(), pressed.key(), pressed.keyboardModifiers())
    dialog = shown_shortcuts(qtbot, window)
    assert dialog.windowTitle() == "Keyboard shortcuts"
    shown = table_of(dialog)
    native = QKeySequence.SequenceFormat.NativeText
    assert shown["Keyboard shortcuts"] == help_keys.toString(native)
    assert shown["Lock"] == QKeySequence("Ctrl+L").toString(native)
    assert shown["Go to Records"] == QKeySequence("Ctrl+2").toString(native)


def test_the_help_menu_opens_the_list_of_keyboard_shortcuts(qtbot: QtBot,
                                                            window: MainWindow) -> None:
    (help_menu,) = [menu for menu in window.menuBar().findChildren(QMenu)
                    if menu.title() == "&Help"]
    (command,) = [action for action in help_menu.actions()
                  if action.text() == "&Keyboard shortcuts"]
    assert window.findChildren(ShortcutsDialog) == []
    command.trigger()  # what choosing it in the menu does
    dialog = shown_shortcuts(qtbot, window)
    shown = table_of(dialog)
    assert "Settings" in shown and "Go to Register" in shown


def test_every_shortcut_of_the_window_is_listed(qtbot: QtBot, window: MainWindow) -> None:
    dialog = window.help_menu.show_shortcuts()
    listed = {keys.toString() for keys in dialog.keys}
    used = {shortcut.key().toString() for shortcut in window.findChildren(QShortcut)}
    used |= {action.shortcut().toString() for action in window.findChildren(QAction)
             if not action.shortcut().isEmpty()}
    assert used, "the window has no shortcuts at all?"
    assert used - listed == set(), "list these in ShortcutsDialog.screen_shortcuts"
    texts = [dialog.table.item(row, 1).text() for row in range(dialog.table.rowCount())]
    assert "Settings" in texts and "Lock" in texts  # read from the menus


def test_about_shows_the_version_and_where_the_files_are(qtbot: QtBot,
                                                         logged_window: MainWindow,
                                                         log_dir: Path) -> None:
    dialog = logged_window.help_menu.show_about()
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert __version__ in texts
    assert str(logged_window.gate.directory) in texts
    assert str(log_dir / LOG_NAME) in texts
    assert any(text.endswith("preferences.json") for text in texts)


def read_bundle(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as bundle:
        return {name: bundle.read(name).decode("utf-8") for name in bundle.namelist()}


def test_diagnostics_hold_logs_and_stats_but_no_personal_data(
        qtbot: QtBot, logged_window: MainWindow, log_dir: Path, tmp_path: Path) -> None:
    workspace = workspace_of(logged_window)
    fill_demo(workspace, 8)
    names = {row.name for row in workspace.session.queries.entities() if row.name}
    assert len(names) > 20
    try:
        raise RuntimeError("a bug in a screen")
    except RuntimeError as exc:
        log_bug(exc, "testing diagnostics")
    logging.getLogger("datacollect_desktop.ui").info("a line of the ordinary log")
    target = tmp_path / "out" / "diagnostics.zip"
    logged_window.help_menu.export_diagnostics(target)
    qtbot.waitUntil(target.exists, timeout=10_000)
    qtbot.waitUntil(lambda: not logged_window.worker.busy, timeout=10_000)

    files = read_bundle(target)
    assert set(files) >= {"README.txt", "environment.json", "stats.json", f"logs/{LOG_NAME}"}
    stats = json.loads(files["stats.json"])
    assert stats["totalEvents"] == workspace.session.queries.stats()["totalEvents"] > 0
    environment = json.loads(files["environment.json"])
    assert environment["version"] == __version__ and environment["profile"] == "unlocked"
    assert "a bug in a screen" in files[f"logs/{LOG_NAME}"]
    everything = "\n".join(files.values())
    leaked = sorted(name for name in names if name in everything)
    assert leaked == []
    assert PASSPHRASE not in everything and "Awa Diallo" not in everything
    assert str(Path.home()) not in everything
    assert "Diagnostics saved to" in logged_window.statusBar().currentMessage()


def test_diagnostics_of_a_locked_profile_leave_the_stats_out(
        qtbot: QtBot, logged_window: MainWindow, tmp_path: Path) -> None:
    logged_window.lock()
    target = tmp_path / "locked.zip"
    logged_window.help_menu.export_diagnostics(target)
    qtbot.waitUntil(target.exists, timeout=10_000)
    qtbot.waitUntil(lambda: not logged_window.worker.busy, timeout=10_000)
    files = read_bundle(target)
    assert "stats.json" not in files
    assert json.loads(files["environment.json"])["profile"] == "locked"


def test_a_folder_that_cannot_be_written_is_told_not_crashed(
        qtbot: QtBot, logged_window: MainWindow, tmp_path: Path) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("", encoding="utf-8")
    logged_window.help_menu.export_diagnostics(blocker / "diagnostics.zip")
    qtbot.waitUntil(lambda: "were not saved" in logged_window.statusBar().currentMessage(),
                    timeout=10_000)


def test_the_log_never_holds_the_passphrase_or_names(
        qtbot: QtBot, created_profile: Path, log_dir: Path) -> None:
    window = open_window(qtbot, created_profile, log_path=log_dir / LOG_NAME)
    qtbot.keyClicks(window.unlock_page.passphrase, "a wrong passphrase")
    qtbot.keyClick(window.unlock_page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(window.unlock_page.error.isVisible, timeout=10_000)
    unlock(qtbot, window)
    fill_demo(workspace_of(window), 3)
    window.lock()
    text = "".join(p.read_text(encoding="utf-8") for p in log_dir.glob(f"{LOG_NAME}*"))
    for secret in (PASSPHRASE, "a wrong passphrase", "Awa Diallo"):
        assert secret not in text
