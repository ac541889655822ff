"""Needs attention: a change that conflicts with the server's is listed with both values and
its reason, opens its record, and leaves the list once the field is edited again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from datacollect_desktop.storage.profile import Profile
from datacollect_desktop.ui.main_window import MainWindow
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.factories import wire
from tests.gui.conftest import workspace_of
from tests.unit.sync.memory_log import MemoryLog, pull_some, sync_fully


def test_a_conflicting_change_is_listed_with_both_values_and_its_reason(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    session = workspace_of(window).session
    log = MemoryLog()
    other = Profile(tmp_path / "other").create(PASSPHRASE, FAST_KDF)[0]
    try:
        person = {"entityName": "individual", "givenName": "Grace", "familyName": "Kamau",
                  "relationship": "head"}
        session.store.submit([wire("p1", "create-individual", person)])
        sync_fully(session, log)
        sync_fully(other, log)
        session.store.submit([wire("p1", "update-individual", {"relationship": "spouse"})])
        other.store.submit([wire("p1", "update-individual", {"relationship": "parent"})])
        sync_fully(other, log)
        pull_some(session, log, 10, 10)
    finally:
        other.close()

    assert window.view is not None
    view = window.view
    view.show_page("attention")
    table = view.attention.conflicts
    qtbot.waitUntil(lambda: table.rowCount() == 1)
    cells = [table.item(0, column).text() for column in range(table.columnCount())]
    assert cells[:4] == ["Grace Kamau", "Relationship to head", "Spouse", "Parent"]
    assert "Head" in cells[4]
    assert "1 conflict and" in view.attention.summary.text()

    table.setFocus()
    table.setCurrentCell(0, 0)
    with qtbot.waitSignal(view.attention.open_requested) as opened:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened.args == ["p1"]

    session.store.submit([wire("p1", "update-individual", {"relationship": "head"})])
    view.attention.refresh()
    assert table.rowCount() == 0
