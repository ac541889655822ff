"""The record list, a record's detail with sync badges, edits that carry only changes, and
deletion after confirmation."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from datacollect_desktop.app.entry import EntryFlow
from datacollect_desktop.domain.events import SyncLevel
from datacollect_desktop.ui.badges import LEVEL_ROLE
from datacollect_desktop.ui.delete_dialog import DeleteDialog
from datacollect_desktop.ui.main_window import MainWindow
from datacollect_desktop.ui.workspace_view import WorkspaceView
from tests.factories import wire
from tests.gui.conftest import Keys, workspace_of


def register_household(window: MainWindow) -> str:
    workspace = workspace_of(window)
    flow = EntryFlow(workspace)
    saved = flow.save(flow.start(), {"name": "Kamau household", "monthlyIncome": 90})
    entry = saved.next
    for given in ("Grace", "Peter"):
        entry = flow.save(entry, {"givenName": given, "familyName": "Kamau",
                                  "relationship": "head" if given == "Grace" else "child"}
                          ).next
    return saved.entity_guid


def view_of(window: MainWindow) -> WorkspaceView:
    assert window.view is not None
    return window.view


def confirm(qtbot: QtBot, window: MainWindow, answer: str) -> None:
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "confirmation") is not None)
    box = window.findChild(QMessageBox, "confirmation")
    assert isinstance(box, QMessageBox)
    (button,) = [b for b in box.findChildren(QPushButton) if b.text() == answer]
    button.click()


def answer_delete(qtbot: QtBot, window: MainWindow, answer: str, reason: str = "") -> None:
    """Answer the question a delete asks (deleting needs a reason since issue 17)."""
    qtbot.waitUntil(lambda: window.findChild(DeleteDialog) is not None)
    dialog = window.findChild(DeleteDialog)
    assert isinstance(dialog, DeleteDialog)
    qtbot.keyClicks(dialog.reason, reason)
    (dialog.delete_button if answer == "Delete" else dialog.cancel_button).click()


def test_the_list_shows_households_with_their_members_and_searches_as_you_type(
        qtbot: QtBot, window: MainWindow, keys: Keys) -> None:
    guid = register_household(window)
    view = view_of(window)
    view.records.refresh()
    view.show_page("records")
    model = view.records.model
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    household = model.index(0, 0)
    assert (model.guid_at(household), household.data(), model.index(0, 3).data()) == (
        guid, "Kamau household", "2 members")
    view.records.view.expand(household)
    qtbot.waitUntil(lambda: model.rowCount(household) == 2)
    assert [model.index(r, 0, household).data() for r in range(2)] == [
        "Grace Kamau", "Peter Kamau"]

    assert view.records.search.hasFocus()
    keys("pet")
    qtbot.waitUntil(lambda: model.rowCount() == 1 and model.index(0, 0).data() == "Peter Kamau")
    qtbot.waitUntil(lambda: view.records.count.text() == "1 found")
    keys(Qt.Key.Key_Return)  # to the list
    keys(Qt.Key.Key_Return)  # open the record
    assert view.current_page() == "detail"
    assert view.detail.title.text() == "Peter Kamau"
    assert view.detail.related_box.title() == "Household"


def test_the_detail_shows_each_event_with_its_sync_badge(
        qtbot: QtBot, window: MainWindow) -> None:
    workspace = workspace_of(window)
    workspace.session.store.submit([
        wire("p-1", "create-individual", {"givenName": "Lucía", "familyName": "Pérez",
                                          "entityName": "individual"}, syncLevel=1),
        wire("p-1", "update-individual", {"sex": "female"}, syncLevel=2),
        wire("p-1", "update-individual", {"relationship": "head"})])
    view = view_of(window)
    view.open_record("p-1")
    history = view.detail.history
    rows = [(history.item(r, 1).text(), history.item(r, 3).data(LEVEL_ROLE))
            for r in range(history.rowCount())]
    assert rows == [("Changed: Relationship to head", SyncLevel.LOCAL),
                    ("Changed: Sex", SyncLevel.EXTERNAL), ("Registered", SyncLevel.REMOTE)]
    fields = view.detail.fields
    labels = [fields.itemAt(r, fields.ItemRole.LabelRole).widget().text()
              for r in range(fields.rowCount())]
    assert labels == ["Given name:", "Family name:", "Sex:", "Relationship to head:"]
    assert fields.itemAt(2, fields.ItemRole.FieldRole).widget().text() == "Female"


def test_an_edit_emits_an_update_with_only_the_changed_fields(
        qtbot: QtBot, window: MainWindow, keys: Keys) -> None:
    guid = register_household(window)
    view = view_of(window)
    view.open_record(guid)
    keys(Qt.Key.Key_E, ctrl=True)
    page = view.register
    assert view.current_page() == "register"
    assert page.entry.editing is not None and page.title.text() == "Edit: Kamau household"
    assert page.form_view is not None
    page.form_view.focus_field("monthlyIncome")
    keys(Qt.Key.Key_A, ctrl=True)
    keys("140")
    keys(Qt.Key.Key_S, ctrl=True)
    last = list(workspace_of(window).session.queries.events(guid))[-1].event
    assert (last.type, dict(last.data)) == ("update-group", {"monthlyIncome": 140})
    assert page.entry.editing is None
    # Back on the record, which shows the new value (not on a blank household form).
    assert view.current_page() == "detail" and view.detail.detail is not None
    assert view.detail.detail.entity.data["monthlyIncome"] == 140


def test_delete_asks_first_and_then_leaves_a_tombstone(
        qtbot: QtBot, window: MainWindow) -> None:
    guid = register_household(window)
    view = view_of(window)
    view.open_record(guid)
    queries = workspace_of(window).session.queries
    view.detail.delete_button.click()
    answer_delete(qtbot, window, "Cancel")
    assert not queries.entity(guid).deleted  # type: ignore[union-attr]
    view.detail.delete_button.click()
    answer_delete(qtbot, window, "Delete", reason="registered twice")
    entity = queries.entity(guid)
    assert entity is not None and entity.deleted
    assert list(queries.events(guid))[-1].event.type == "delete-entity"
    assert not view.detail.delete_button.isEnabled()
    assert "deleted" in view.detail.subtitle.text()
    newest = [view.detail.history.item(0, column).text() for column in (1, 4)]
    assert newest == ["Deleted", "registered twice"]  # the reason is in the history


def test_choosing_an_order_sorts_the_list_in_the_database(
        qtbot: QtBot, window: MainWindow) -> None:
    workspace = workspace_of(window)
    flow = EntryFlow(workspace)
    for name in ("Mensah household", "Abebe household", "Sow household"):
        flow.save(flow.start(), {"name": name})
    view = view_of(window)
    view.show_page("records")
    records = view.records
    model = records.model

    def names() -> list[str]:
        return [model.index(r, 0).data() for r in range(model.rowCount())]

    records.refresh()
    qtbot.waitUntil(lambda: model.rowCount() == 3)
    records.order.setCurrentIndex(records.order.findText("Name A–Z"))
    qtbot.waitUntil(lambda: names() == ["Abebe household", "Mensah household",
                                        "Sow household"])
    records.order.setCurrentIndex(records.order.findText("Name Z–A"))
    qtbot.waitUntil(lambda: names() == ["Sow household", "Mensah household",
                                        "Abebe household"])


def test_an_open_record_shows_its_new_sync_badges_once_a_sync_has_sent_it(
        qtbot: QtBot, window: MainWindow) -> None:
    from datacollect_desktop.storage.replica import Replica

    guid = register_household(window)
    view = view_of(window)
    view.open_record(guid)
    assert view.detail.history.item(0, 3).data(LEVEL_ROLE) == int(SyncLevel.LOCAL)
    session = workspace_of(window).session
    # What a sync does to the event: the server acknowledged it.
    Replica(session.db, session.registry).mark_pushed(
        [s.event.guid for s in session.queries.events(guid)], {})
    window.data_changed()  # as the window's sync link calls it after a sync
    assert view.detail.history.item(0, 3).data(LEVEL_ROLE) == int(SyncLevel.REMOTE)


def test_a_search_that_finds_more_than_the_cap_says_more_than(
        qtbot: QtBot, window: MainWindow, keys: Keys, monkeypatch: pytest.MonkeyPatch) -> None:
    """A search's count stops past a cap (1,000); the list then says "More than 1,000"."""
    from datacollect_desktop.storage import browse
    from datacollect_desktop.ui import records_page

    for module in (browse, records_page):
        monkeypatch.setattr(module, "SEARCH_COUNT_CAP", 2)
    for _ in range(2):
        register_household(window)
    view = view_of(window)
    view.records.refresh()
    view.show_page("records")
    keys("kamau")
    qtbot.waitUntil(lambda: view.records.count.text() == "More than 2 found")
    keys(" pet")  # two Peters: counted to the end
    qtbot.waitUntil(lambda: view.records.count.text() == "2 found")
    assert view.records.model.rowCount() == 2


def test_a_households_members_table_is_as_tall_as_its_members(qtbot: QtBot,
                                                              window: MainWindow) -> None:
    """Two members sat in a table three times their height, and a household with none showed
    an empty frame that said nothing."""
    from PySide6.QtWidgets import QLabel

    view = view_of(window)
    view.open_record(register_household(window))  # two members
    table = view.detail.related
    qtbot.waitUntil(lambda: table.rowCount() == 2)
    rows = sum(table.rowHeight(row) for row in range(2))
    chrome = table.horizontalHeader().height() + 2 * table.frameWidth()
    assert table.height() <= chrome + rows + table.verticalHeader().defaultSectionSize() + 2

    flow = EntryFlow(workspace_of(window))
    alone = flow.save(flow.start(), {"name": "Otieno household"}).entity_guid
    view.open_record(alone)
    qtbot.waitUntil(lambda: table.rowCount() == 0)
    notes = [label for label in table.findChildren(QLabel)
             if label.objectName() == "emptyState" and label.isVisibleTo(table)]
    assert notes and "Add a member" in notes[0].text()
    assert notes[0].height() >= notes[0].heightForWidth(notes[0].width())
