"""Three people of one name, told apart on the screens that list them: their birth date, sex
and household in the search results, and their place in the household on its record."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from datacollect_desktop.app.entry import EntryFlow
from datacollect_desktop.ui.detail_page import GUID_ROLE
from datacollect_desktop.ui.main_window import MainWindow
from tests.gui.conftest import Keys, workspace_of


def register(window: MainWindow, household: str,
             people: list[tuple[str, str, str]]) -> str:
    """A household and its members (birth date, sex, relationship), through the entry flow."""
    flow = EntryFlow(workspace_of(window))
    saved = flow.save(flow.start(), {"name": household, "dwelling": "house"})
    entry = saved.next
    for born, sex, relationship in people:
        entry = flow.save(entry, {"givenName": "Moussa", "familyName": "Traoré",
                                  "dateOfBirth": born, "sex": sex,
                                  "relationship": relationship}).next
    return saved.entity_guid


def test_search_results_tell_people_of_one_name_apart(
        qtbot: QtBot, window: MainWindow, keys: Keys) -> None:
    register(window, "Traoré, Ségou", [("1961-04-02", "male", "head"),
                                       ("1994-11-20", "male", "child")])
    register(window, "Traoré, Kayes", [("2010-06-15", "other", "child")])
    assert window.view is not None
    view = window.view
    view.show_page("records")
    records = view.records
    records.search.setFocus()
    keys("moussa")
    model = records.model
    qtbot.waitUntil(lambda: model.rowCount() == 3)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[:4] == ["Name", "Born", "Sex", "Household"]
    rows = sorted(tuple(model.index(r, c).data() for c in range(4))
                  for r in range(model.rowCount()))
    assert rows == [
        ("Moussa Traoré", "1961-04-02", "Male", "Traoré, Ségou"),
        ("Moussa Traoré", "1994-11-20", "Male", "Traoré, Ségou"),
        ("Moussa Traoré", "2010-06-15", "Other / prefer not to say", "Traoré, Kayes"),
    ]


def test_a_household_row_counts_its_members_in_the_household_column(
        qtbot: QtBot, window: MainWindow) -> None:
    register(window, "Traoré, Ségou", [("1961-04-02", "male", "head")])
    assert window.view is not None
    view = window.view
    view.show_page("records")
    view.records.refresh()
    model = view.records.model
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    assert (model.index(0, 0).data(), model.index(0, 1).data(), model.index(0, 3).data()) == (
        "Traoré, Ségou", "", "1 member")


def test_a_households_member_table_shows_birth_date_sex_and_relationship(
        qtbot: QtBot, window: MainWindow) -> None:
    guid = register(window, "Traoré, Ségou", [("1961-04-02", "male", "head"),
                                              ("1994-11-20", "female", "spouse")])
    assert window.view is not None
    view = window.view
    view.open_record(guid)
    table = view.detail.related
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers[:4] == ["Name", "Born", "Sex", "Relationship"]
    rows = [tuple(table.item(r, c).text() for c in range(4)) for r in range(table.rowCount())]
    assert rows == [("Moussa Traoré", "1961-04-02", "Male", "Head"),
                    ("Moussa Traoré", "1994-11-20", "Female", "Spouse")]
    assert not any(table.isColumnHidden(c) for c in range(4))

    # A member's own record lists its household, without the person columns.
    view.open_record(table.item(0, 0).data(GUID_ROLE))
    assert view.detail.related.rowCount() == 1
    assert [view.detail.related.isColumnHidden(c) for c in (1, 2, 3)] == [True, True, True]
