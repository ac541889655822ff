"""Soft warnings: a birth date in the future or more than 120 years ago is shown under the
field, apart from the errors, and the person can still save."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from pytestqt.qtbot import QtBot

from datacollect_desktop.app.entry import EntryFlow
from datacollect_desktop.domain.forms import form_warnings
from datacollect_desktop.ui.main_window import MainWindow
from tests.gui.conftest import Keys, workspace_of

ENTER = Qt.Key.Key_Return


def test_a_birth_date_in_the_future_is_a_warning_and_the_person_is_still_saved(
        qtbot: QtBot, window: MainWindow, keys: Keys) -> None:
    page = window.view.register if window.view else None
    assert page is not None
    keys("Diallo household", Qt.Key.Key_S, ctrl=True)
    assert page.entry.form.name == "individual" and page.form_view is not None
    keys("Awa", ENTER, "Diallo", ENTER, f"{date.today().year + 5}-05-04", ENTER)
    row = page.form_view.rows["dateOfBirth"]
    assert row.warning.isVisible()
    assert row.warning.text() == "Date of birth is in the future. Check it; you can still save."
    assert not row.error.isVisible()
    warning_colour = row.warning.palette().color(QPalette.ColorRole.WindowText)
    row.show_error("Date of birth is required.")  # how an error looks, beside it
    assert row.error.palette().color(QPalette.ColorRole.WindowText) != warning_colour
    row.show_error(None)

    keys(Qt.Key.Key_S, ctrl=True)
    assert page.entry.members_saved == 1
    queries = workspace_of(window).session.queries
    assert [s.event.type for s in queries.events()] == ["create-group", "add-member"]


def test_an_age_over_120_is_a_warning_that_goes_once_the_date_is_fixed(
        qtbot: QtBot, window: MainWindow, keys: Keys) -> None:
    page = window.view.register if window.view else None
    assert page is not None
    keys("Sow household", Qt.Key.Key_S, ctrl=True)
    assert page.form_view is not None
    page.form_view.focus_field("dateOfBirth")
    keys(f"{date.today().year - 130}-01-01", ENTER)
    row = page.form_view.rows["dateOfBirth"]
    assert row.warning.isVisible()
    assert row.warning.text().startswith("Date of birth makes this person 130 years old.")
    page.form_view.focus_field("dateOfBirth")
    keys(Qt.Key.Key_A, ctrl=True)
    keys("1990-01-01")
    assert not row.warning.isVisible()  # fixed: the warning goes as you type


def test_the_same_warnings_come_from_the_domain_for_any_caller(window: MainWindow) -> None:
    workspace = workspace_of(window)
    flow = EntryFlow(workspace)
    household = flow.save(flow.start(), {"name": "Bello household"})
    member_form = household.next.form
    today = date(2026, 12, 3)
    data = {"givenName": "Ada", "familyName": "Bello", "dateOfBirth": "2031-01-01"}
    (warning,) = form_warnings(member_form.components, data, today)
    assert (warning.key, warning.message.template) == (
        "dateOfBirth", "{label} is in the future. Check it; you can still save.")
    assert form_warnings(member_form.components, {**data, "dateOfBirth": "1906-12-03"},
                         today) == []
    assert workspace.registrar.check(member_form, data) == []  # no error: it saves
