"""The window names people, not ids: a worker's events from an older build (signed with the
display name) and from this one are one person in the audit and in the record's history."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot

from datacollect_desktop.app.entry import EntryFlow
from datacollect_desktop.app.gate import ProfileGate
from datacollect_desktop.app.registration import Registrar
from datacollect_desktop.app.submission import EventFactory, Identity
from datacollect_desktop.ui.main_window import MainWindow
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.gui.conftest import Keys, open_window, unlock, workspace_of

HOUSEHOLD = {"name": "Older household", "dwelling": "house"}


@pytest.fixture
def upgraded_profile(profile_dir: Path) -> tuple[Path, str]:
    """A profile whose first household an older build signed with the display name."""
    workspace, _ = ProfileGate(profile_dir, FAST_KDF).create("Awa Diallo", PASSPHRASE,
                                                             PASSPHRASE)
    factory = EventFactory(lambda: Identity("Awa Diallo", workspace.device_id,
                                            workspace.config.version))
    older = Registrar(workspace.session, factory).register(
        workspace.config, workspace.config.form("household"), HOUSEHOLD,
        correlation_id="older-build")
    with workspace.session.db.atomic():  # that build never adopted its events' ids
        workspace.session.db.execute_sql("DELETE FROM meta WHERE key = 'directory_adopted'")
    workspace.close()
    return profile_dir, older


def who_column(table: QTableWidget) -> list[str]:
    return [table.item(row, 2).text() for row in range(table.rowCount())]


def test_the_audit_and_the_history_name_one_person_from_the_directory(
        qtbot: QtBot, upgraded_profile: tuple[Path, str], keys: Keys) -> None:
    directory, older = upgraded_profile
    window: MainWindow = open_window(qtbot, directory)
    unlock(qtbot, window)
    workspace = workspace_of(window)
    flow = EntryFlow(workspace)
    flow.save(flow.start(), {"name": "Newer household", "dwelling": "house"})
    # Names come from the directory, never from the id.
    workspace.save_settings(replace(workspace.settings, user_name="Awa D."))
    assert window.view is not None
    window.view.nav.setFocus()
    keys(Qt.Key.Key_5, ctrl=True)
    page = window.view.supervision.audit
    page.refresh()
    qtbot.waitUntil(lambda: page.filters.user.count() == 2 and page.model.rowCount() == 2)
    assert page.filters.user.itemText(1) == "Awa D."
    texts = {page.model.index(row, 1).data() for row in range(page.model.rowCount())}
    assert texts == {"Awa D."}
    detail = window.view.detail
    assert detail.show_record(older)
    assert who_column(detail.history) == ["Awa D."]
