"""The window's calculated fields and filtered choice lists, on a real form."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtWidgets import QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

from datacollect_desktop.domain.forms import AppConfig
from datacollect_desktop.domain.forms.calculations import calculate
from datacollect_desktop.domain.forms.logic import FormContext
from datacollect_desktop.ui.forms.form_view import FormView

FIXTURE = Path(__file__).parents[1] / "fixtures" / "expressions-config.json"
CONFIG = AppConfig.from_json(FIXTURE.read_text(encoding="utf-8"))
PERSON = CONFIG.form("person")
assert PERSON is not None


def view(qtbot: QtBot) -> FormView:
    assert PERSON is not None
    form_view = FormView(PERSON.components)
    qtbot.addWidget(form_view)
    form_view.show()
    return form_view


def test_a_calculated_field_is_read_only_and_follows_what_is_typed(qtbot: QtBot) -> None:
    assert PERSON is not None
    form_view = view(qtbot)
    name = form_view.editors["givenName"].focus_widgets()[0]
    greeting = form_view.editors["greeting"].focus_widgets()[0]
    assert isinstance(greeting, QLineEdit) and greeting.isReadOnly()
    qtbot.keyClicks(name, "An")
    assert form_view.editors["greeting"].value() == "Hello An"
    qtbot.keyClicks(name, "a")
    assert form_view.editors["greeting"].value() == "Hello Ana"
    form_view.editors["dateOfBirth"].set_value("2010-05-01")
    # The same value a submission stores: the domain's calculation for today's event.
    today = datetime.now(UTC).date()
    stored = calculate(PERSON, {"givenName": "Ana", "dateOfBirth": "2010-05-01"},
                       FormContext(today))
    assert form_view.values()["ageYears"] == stored["ageYears"]
    assert form_view.values()["greeting"] == stored["greeting"] == "Hello Ana"
    qtbot.keyClicks(greeting, "typed over")  # read-only: typing changes nothing
    assert form_view.values()["greeting"] == "Hello Ana"


def test_a_cascading_select_offers_matching_choices_and_clears_one_that_no_longer_fits(
        qtbot: QtBot) -> None:
    form_view = view(qtbot)
    district = form_view.editors["district"].focus_widgets()[0]
    assert isinstance(district, QComboBox)

    def offered() -> list[str]:
        return [district.itemText(i) for i in range(1, district.count())]

    assert offered() == []  # no region yet: no district fits
    form_view.editors["region"].set_value("north")
    assert offered() == ["North A", "North B"]
    form_view.editors["district"].set_value("nb")
    assert form_view.values()["district"] == "nb"
    form_view.editors["region"].set_value("south")
    assert offered() == ["South A"]
    assert form_view.editors["district"].value() is None
    assert "district" not in form_view.values()
