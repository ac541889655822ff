"""Crash safety: a window closed before its first run's recovery key was confirmed shows the
key again at the next unlock, until the person confirms storing it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from datacollect_desktop.ui.main_window import MainWindow
from datacollect_desktop.ui.recovery_dialog import RecoveryKeyDialog
from tests.conftest import PASSPHRASE
from tests.gui.conftest import open_window, unlock

pytestmark = pytest.mark.reliability(scenario="Crash safety")


def shown_key(qtbot: QtBot, window: MainWindow) -> RecoveryKeyDialog:
    qtbot.waitUntil(lambda: window.findChild(RecoveryKeyDialog) is not None, timeout=10_000)
    dialog = window.findChild(RecoveryKeyDialog)
    assert isinstance(dialog, RecoveryKeyDialog)
    return dialog


def test_a_recovery_key_left_unconfirmed_by_the_first_run_is_shown_again(
        qtbot: QtBot, profile_dir: Path) -> None:
    """First run, the recovery key shown, the window closed without confirming it (as a
    kill would): the next unlock shows the same key, and Continue is needed to go on; once
    confirmed, a later unlock goes straight in."""
    first = open_window(qtbot, profile_dir)
    page = first.first_run
    qtbot.keyClicks(page.name, "Awa Diallo")
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    qtbot.keyClicks(page.confirmation, PASSPHRASE)
    qtbot.keyClick(page.confirmation, Qt.Key.Key_Return)
    key = shown_key(qtbot, first).key.text()
    first.close()

    second = open_window(qtbot, profile_dir)
    assert second.stack.currentWidget() is second.unlock_page
    qtbot.keyClicks(second.unlock_page.passphrase, PASSPHRASE)
    qtbot.keyClick(second.unlock_page.passphrase, Qt.Key.Key_Return)
    dialog = shown_key(qtbot, second)
    assert dialog.key.text() == key and second.workspace is None
    dialog.stored.setChecked(True)
    with qtbot.waitSignal(second.unlocked, timeout=10_000):
        dialog.continue_button.click()
    second.close()

    third = open_window(qtbot, profile_dir)
    unlock(qtbot, third)
    assert third.findChild(RecoveryKeyDialog) is None
