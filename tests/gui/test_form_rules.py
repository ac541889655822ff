"""Validation messages from the domain validator, conditional fields, unsupported components."""

from __future__ import annotations

import json
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from datacollect_desktop.app import registration
from datacollect_desktop.app.app_config import BUNDLED_CONFIG
from datacollect_desktop.domain.forms import (
    AppConfig,
    EntityForm,
    FieldError,
    kept_data,
    validate_form_data,
)
from datacollect_desktop.ui.forms.form_view import FormView
from datacollect_desktop.ui.main_window import MainWindow
from tests.gui.conftest import Keys, workspace_of


def test_invalid_fields_show_their_messages_and_nothing_is_saved(
        qtbot: QtBot, window: MainWindow, keys: Keys) -> None:
    page = window.view.register if window.view else None
    assert page is not None and page.form_view is not None
    page.form_view.focus_field("monthlyIncome")
    keys("-40")
    page.form_view.focus_field("phone")
    keys("call me")
    keys(Qt.Key.Key_S, ctrl=True)

    rows = page.form_view.rows
    assert rows["name"].error.text() == "Household name is required."
    assert rows["monthlyIncome"].error.text() == "Monthly income must be at least 0."
    assert rows["phone"].error.text() == "Phone does not match the expected format."
    assert all(rows[k].error.isVisible() for k in ("name", "monthlyIncome", "phone"))
    assert "Nothing was saved: 3 fields need attention." in page.problems.text()
    assert QApplication.focusWidget() is page.form_view.editors["name"].focus_widgets()[0]
    assert workspace_of(window).session.queries.size() == 0

    keys("Bello household")
    assert not rows["name"].error.isVisible()  # fixed: the message goes as you type


def test_the_status_bar_drops_nothing_was_saved_once_every_field_is_fixed(
        qtbot: QtBot, window: MainWindow, keys: Keys) -> None:
    page = window.view.register if window.view else None
    assert page is not None and page.form_view is not None
    keys(Qt.Key.Key_S, ctrl=True)  # the name is required
    bar = window.statusBar()
    assert bar.currentMessage() == "Nothing was saved: 1 field needs attention."
    page.form_view.focus_field("name")
    keys("Bello household")
    assert page.problems.isHidden()
    assert bar.currentMessage() == ""


def test_a_newer_message_stays_when_the_problems_are_fixed(
        qtbot: QtBot, window: MainWindow, keys: Keys) -> None:
    page = window.view.register if window.view else None
    assert page is not None and page.form_view is not None
    keys(Qt.Key.Key_S, ctrl=True)
    window.show_message("Synced 3 changes.")
    page.form_view.focus_field("name")
    keys("Bello household")
    assert window.statusBar().currentMessage() == "Synced 3 changes."


def test_leaving_a_field_checks_it_at_once(qtbot: QtBot, window: MainWindow,
                                           keys: Keys) -> None:
    page = window.view.register if window.view else None
    assert page is not None and page.form_view is not None
    page.form_view.focus_field("email")
    keys("not-an-address")
    keys(Qt.Key.Key_Tab)
    assert page.form_view.rows["email"].error.text() == "E-mail is not a valid e-mail address."


def test_choosing_other_dwelling_shows_the_describe_field_and_only_then_keeps_it(
        qtbot: QtBot, window: MainWindow, keys: Keys) -> None:
    page = window.view.register if window.view else None
    assert page is not None and page.form_view is not None
    view = page.form_view
    assert not view.is_shown("dwellingOther")
    view.focus_field("dwelling")
    for _ in range(4):
        keys(Qt.Key.Key_Down)  # House, Apartment, Shelter, Other
    assert view.is_shown("dwellingOther")
    keys(Qt.Key.Key_Return)
    assert QApplication.focusWidget() is view.editors["dwellingOther"].focus_widgets()[0]
    keys("A boat")
    assert view.values()["dwellingOther"] == "A boat"
    view.focus_field("dwelling")
    keys(Qt.Key.Key_Up)
    assert not view.is_shown("dwellingOther")
    assert "dwellingOther" not in view.values()


def test_unsupported_components_are_read_only_notes_and_the_rest_works(
        qtbot: QtBot) -> None:
    doc = json.loads(BUNDLED_CONFIG.read_text())
    components = doc["entityForms"][1]["formio"]["components"]
    components.insert(1, {"type": "survey", "key": "survey", "label": "Survey",
                          "input": True})
    components.insert(2, {"type": "content", "key": "intro",
                          "html": "<p>Ask the <b>head</b> first.</p>", "input": False})
    form = AppConfig.from_json(doc).form("individual")
    assert form is not None
    view = FormView(form.components)
    qtbot.addWidget(view)
    view.show()
    (note,) = view.notes
    assert note.text() == "“Survey” is a survey field, which this app cannot show; " \
                          "it is left out."
    assert any("Ask the" in label.text() for label in view.findChildren(QLabel))
    view.set_values({"givenName": "Ana", "familyName": "Sow"})
    assert view.values() == {"givenName": "Ana", "familyName": "Sow", "disability": False}


def test_an_editgrid_collects_rows_and_shows_row_errors_in_their_row(qtbot: QtBot) -> None:
    form = AppConfig.from_json({"id": "g", "entityForms": [{"name": "visit", "formio": {
        "components": [{"type": "editgrid", "key": "children", "label": "Children",
                        "input": True, "components": [
                            {"type": "textfield", "key": "name", "label": "Name",
                             "input": True, "validate": {"required": True}},
                            {"type": "number", "key": "age", "label": "Age", "input": True,
                             "validate": {"max": 17}}]}]}}]}).form("visit")
    assert form is not None
    view = FormView(form.components)
    qtbot.addWidget(view)
    view.show()
    grid = view.editors["children"]
    grid.add_button.click()
    grid.add_button.click()
    first, second = (row[1] for row in grid.rows)  # type: ignore[attr-defined]
    first.set_values({"name": "Ana", "age": 4})
    second.set_values({"age": 30})
    assert view.values() == {"children": [{"name": "Ana", "age": 4}, {"age": 30}]}
    errors = validate_form_data(form, view.values())
    assert [e.key for e in errors] == ["children[1].name", "children[1].age"]
    assert view.show_errors(errors) == []
    assert second.rows["name"].error.text() == "Children, row 2: Name is required."
    assert not first.rows["name"].error.isVisible()


MEMBERS_FORM = AppConfig.from_json({"entityForms": [{"name": "f", "formio": {"components": [
    {"type": "textfield", "key": "village", "label": "Village"},
    {"type": "textfield", "key": "nickname", "label": "Nickname"},
    {"type": "editgrid", "key": "members", "label": "Members", "components": [
        {"type": "textfield", "key": "givenName", "label": "Given name"},
        {"type": "number", "key": "age", "label": "Age"},
        {"type": "radio", "key": "school", "label": "In school",
         "values": [{"label": "Yes", "value": "yes"}, {"label": "No", "value": "no"}]},
        {"type": "textfield", "key": "schoolName", "label": "School name",
         "conditional": {"show": True, "when": "school", "eq": "yes"}},
        {"type": "textfield", "key": "villageNote", "label": "Village note",
         "conditional": {"show": True, "when": "village", "eq": "north"}},
    ]},
]}}]}).form("f")


def test_the_form_keeps_exactly_what_the_domain_rule_keeps_in_editgrid_rows(
        qtbot: QtBot) -> None:
    assert MEMBERS_FORM is not None
    data = {"village": "north", "nickname": "", "members": [
        {"givenName": "Ana", "school": "no", "schoolName": "St Paul", "villageNote": "well"},
        {"givenName": "Ben", "age": 9, "school": "yes", "schoolName": "", "villageNote": ""},
        {"givenName": ""},
    ]}
    view = FormView(MEMBERS_FORM.components)
    qtbot.addWidget(view)
    view.show()
    view.set_values(data)
    kept = view.values()
    assert kept == kept_data(MEMBERS_FORM, data)
    assert kept == {"village": "north", "members": [
        {"givenName": "Ana", "school": "no", "villageNote": "well"},
        {"givenName": "Ben", "age": 9, "school": "yes"},
        {},
    ]}
    grid = view.editors["members"]
    first_row = grid.rows[0][1]  # type: ignore[attr-defined]
    assert first_row.is_shown("villageNote")  # a row sees the field outside the grid
    assert not first_row.is_shown("schoolName")

    view.editors["village"].set_value("south")
    assert not first_row.is_shown("villageNote")
    assert view.values() == kept_data(MEMBERS_FORM, view.raw_values())
    assert view.values()["members"][0] == {"givenName": "Ana", "school": "no"}


def test_a_save_from_the_window_checks_the_form_once(
        qtbot: QtBot, window: MainWindow, keys: Keys, monkeypatch: pytest.MonkeyPatch) -> None:
    checks: list[str] = []

    def counted(form: EntityForm, data: Any, **kwargs: Any) -> list[FieldError]:
        checks.append(form.name)
        return validate_form_data(form, data, **kwargs)

    monkeypatch.setattr(registration, "validate_form_data", counted)
    page = window.view.register if window.view else None
    assert page is not None and page.form_view is not None
    keys(Qt.Key.Key_S, ctrl=True)  # a required field is blank: refused, under the field
    assert checks == ["household"]
    assert page.form_view.rows["name"].error.text() == "Household name is required."
    keys("Bello household")
    keys(Qt.Key.Key_S, ctrl=True)
    assert checks == ["household", "household"]  # one check for this save too
    assert page.entry.form.name == "individual"  # saved: the first member's form is up
    assert workspace_of(window).session.queries.size() == 1
