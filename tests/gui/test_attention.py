"""Needs attention: a change that conflicts with the server's is listed with both values and
its reason, opens its record, and leaves the list once the field is edited again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from datacollect_desktop.storage.profile import Profile
from datacollect_desktop.ui.field_text import local_time
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


def test_a_change_kept_but_not_applied_is_told_in_words(
        qtbot: QtBot, window: MainWindow) -> None:
    session = workspace_of(window).session
    person = {"entityName": "individual", "givenName": "Grace", "familyName": "Kamau"}
    deleted = wire("p1", "delete-entity", {"reason": "registered twice"})
    results = session.store.submit([wire("p1", "create-individual", person), deleted,
                                    wire("p1", "update-individual", {"relationship": "head"})])
    assert results[-1].flag == (f"entity p1 was deleted on {deleted['timestamp']}; this event "
                                "is kept in the history but not applied")
    assert window.view is not None
    view = window.view
    view.show_page("attention")
    table = view.attention.events
    qtbot.waitUntil(lambda: table.rowCount() == 1)
    reason = table.item(0, 3)
    assert reason.text() == (f"Kept but not applied: Grace Kamau was deleted on "
                             f"{local_time(deleted['timestamp'])}; this change is kept in its "
                             "history but not applied.")
    assert "p1" not in reason.text()
    assert results[-1].flag in reason.toolTip()  # the stored text, for whoever needs it

    view.show_page("audit")
    audit = view.supervision.audit.model
    qtbot.waitUntil(lambda: audit.total == 3 and audit.rowCount() == 3)
    note = audit.index(0, 5)
    assert note.data() == reason.text().removeprefix("Kept but not applied: ")
    assert results[-1].flag in note.data(Qt.ItemDataRole.ToolTipRole)

    view.open_record("p1")
    history = view.detail.history
    assert history.item(0, 4).text() == note.data()  # the record's History says the same
    assert results[-1].flag in history.item(0, 4).toolTip()
