"""The unlock page says, in plain words, that a profile of a newer app cannot be opened."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from datacollect_desktop.storage.schema import SCHEMA_VERSION
from tests.conftest import PASSPHRASE
from tests.gui.conftest import open_window
from tests.profile_versions import schema_version, set_schema_version


def test_the_window_refuses_a_profile_of_a_newer_app_and_keeps_it(
        qtbot: QtBot, created_profile: Path) -> None:
    set_schema_version(created_profile, PASSPHRASE, SCHEMA_VERSION + 1)
    window = open_window(qtbot, created_profile)
    page = window.unlock_page
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(page.error.isVisible)
    assert page.error.text() == (
        f"This profile was written by a newer version of DataCollect Desktop (schema "
        f"{SCHEMA_VERSION + 1}, this app knows {SCHEMA_VERSION}). Update the app to open it.")
    assert window.workspace is None
    assert schema_version(created_profile, PASSPHRASE) == SCHEMA_VERSION + 1
