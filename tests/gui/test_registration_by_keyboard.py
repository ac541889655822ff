"""A whole household registered without touching the mouse."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from datacollect_desktop.ui.main_window import MainWindow
from tests.gui.conftest import Keys, workspace_of

ENTER, TAB, DOWN, SPACE, RIGHT = (Qt.Key.Key_Return, Qt.Key.Key_Tab, Qt.Key.Key_Down,
                                  Qt.Key.Key_Space, Qt.Key.Key_Right)


def focused_label(window: MainWindow) -> str:
    widget = QApplication.focusWidget()
    return widget.accessibleName() if widget is not None else ""


def test_a_household_and_two_members_are_registered_by_keyboard_alone(
        qtbot: QtBot, window: MainWindow, keys: Keys) -> None:
    page = window.view.register if window.view else None
    assert page is not None
    assert focused_label(window) == "Household name"
    keys("Diallo household", ENTER)
    keys("12 Market Road", TAB)  # the address has several lines: Tab moves on
    keys(DOWN, ENTER)  # the dwelling: House
    keys("250", ENTER)
    assert focused_label(window) == "Phone"
    keys("+254 700 123 456", ENTER)
    keys(ENTER)  # no e-mail: Enter leads to the Save button
    assert QApplication.focusWidget() is page.save_button
    keys(ENTER)  # and Enter on it saves

    assert page.entry.form.name == "individual"
    assert focused_label(window) == "Given name"
    keys("Awa", ENTER, "Diallo", ENTER, "1990-05-04", ENTER)
    keys(SPACE, ENTER)  # sex: Female, the first choice
    keys(DOWN, ENTER)  # relationship: Head
    keys(ENTER)  # no disability
    keys(SPACE)  # needs: Food
    keys(Qt.Key.Key_S, ctrl=True)

    assert page.entry.members_saved == 1
    keys("Moussa", ENTER, "Diallo", ENTER, "2015-11-30", ENTER)
    keys(RIGHT, SPACE, ENTER)  # sex: Male
    keys(DOWN, DOWN, DOWN)  # relationship: Child
    keys(Qt.Key.Key_S, ctrl=True, shift=True)  # save this member and finish the household

    assert page.entry.form.name == "household" and page.entry.parent_guid is None
    queries = workspace_of(window).session.queries
    create, *adds = [s.event for s in queries.events()]
    assert (create.type, [a.type for a in adds]) == ("create-group",
                                                     ["add-member", "add-member"])
    household = queries.entity(create.entity_guid)
    assert household is not None
    assert {k: household.data[k] for k in ("name", "address", "dwelling", "monthlyIncome",
                                           "phone")} == {
        "name": "Diallo household", "address": "12 Market Road", "dwelling": "house",
        "monthlyIncome": 250, "phone": "+254 700 123 456"}
    awa, moussa = (queries.entity(g) for g in household.member_ids)
    assert awa is not None and moussa is not None
    assert {k: awa.data.get(k) for k in ("givenName", "dateOfBirth", "sex", "relationship",
                                        "needs")} == {
        "givenName": "Awa", "dateOfBirth": "1990-05-04", "sex": "female",
        "relationship": "head",
        "needs": {"food": True, "shelter": False, "health": False, "education": False}}
    assert (moussa.name, moussa.data["sex"], moussa.data["relationship"]) == (
        "Moussa Diallo", "male", "child")
    correlation = {s.event.metadata["correlationId"] for s in queries.events()
                   if s.event.metadata}
    assert len(correlation) == 1
    assert workspace_of(window).drafts.all() == []
