"""An imported XLSForm in the window: rendered in French from the translations its
`label::French (fr)` columns gave, and imported from Settings to become the forms in use."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from datacollect_desktop.app.xlsform import imported_config, read_xlsform
from datacollect_desktop.domain.forms import AppConfig, validate_form_data
from datacollect_desktop.ui.forms.choice_fields import CheckListEditor
from datacollect_desktop.ui.forms.editgrid import EditGridEditor
from datacollect_desktop.ui.forms.form_view import FormView
from datacollect_desktop.ui.language import install_language
from datacollect_desktop.ui.main_window import MainWindow
from tests.gui.conftest import workspace_of
from tests.xlsforms import household_workbook, write_workbook


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    assert install_language(qapp, "fr")
    yield
    install_language(qapp, "en")


def label(view: FormView, key: str) -> str:
    return view.rows[key].label.text().split(" <span", 1)[0]


def test_the_imported_household_form_renders_in_french(
        qtbot: QtBot, tmp_path: Path, french: None) -> None:
    config = AppConfig.from_json(imported_config(
        read_xlsform(household_workbook(tmp_path / "household.xlsx"))))
    form = config.form("household")
    assert form is not None
    view = FormView(form.components, translate=config.translator("fr"))
    qtbot.addWidget(view)
    view.show()
    assert label(view, "hh_name") == "Nom du ménage"
    assert [n.text() for n in view.rows["hh_name"].findChildren(QLabel, "hint")] == [
        "Nom de famille du chef"]
    assert label(view, "hh_size") == "Taille du ménage"
    region = view.editors["region"].focus_widgets()[0]
    district = view.editors["district"].focus_widgets()[0]
    assert isinstance(region, QComboBox) and isinstance(district, QComboBox)
    assert [region.itemText(i) for i in range(1, region.count())] == ["Nord", "Sud"]
    view.editors["region"].set_value("north")  # the cascade, with French choice labels
    assert [district.itemText(i) for i in range(1, district.count())] == ["Nord A", "Nord B"]
    crops = view.editors["crops"]
    assert isinstance(crops, CheckListEditor)
    assert [box.text() for box in crops.boxes] == ["Riz", "Maïs"]
    view.editors["hh_size"].set_value(40)
    # The constraint is checked over the whole form on saving; its message is shown in French.
    errors = validate_form_data(form, view.values())
    assert [e.key for e in errors] == ["hh_name", "hh_size"]
    view.show_errors(errors)
    assert view.rows["hh_size"].error.text() == "Entre 1 et 30 personnes"
    grid = view.editors["members"]
    assert isinstance(grid, EditGridEditor)
    inner = grid.add_row({})
    assert label(inner, "member_name") == "Nom"
    assert label(inner, "member_age") == "Âge"
    # The calculation runs as the person types: the head's age opens the contact panel.
    assert not view.is_shown("phone")  # no age yet: the contact group is not relevant
    view.editors["head_dob"].set_value("1980-01-15")
    assert view.values()["head_age"] >= 44
    assert view.is_shown("phone")
    assert view.rows["phone"].isVisibleTo(view)
    assert view.values()["region"] == "north"  # values stay as the workbook names them


def test_settings_imports_an_xlsform_shows_the_report_and_uses_it(
        qtbot: QtBot, window: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    workbook = write_workbook(tmp_path / "visit.xlsx", [
        {"type": "text", "name": "visitor", "label": "Visitor"},
        {"type": "barcode", "name": "card", "label": "Card"}],
        settings={"form_title": "Home visit", "form_id": "visit", "version": "7"})
    out = tmp_path / "visit.json"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(workbook), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    dialog = window.open_settings()
    assert dialog is not None
    dialog.import_button.click()
    assert out.is_file()
    assert dialog.config_path.text() == str(out)
    assert dialog.source_buttons["file"].isChecked()
    report = dialog.config_hint.text()
    assert "Home visit" in report and "1 of 2 rows" in report
    assert "Row 3 (card): the question type 'barcode' is not supported" in report
    with qtbot.waitSignal(dialog.accepted):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    config = workspace_of(window).config
    assert config.form("visit") is not None and config.version == "7"


def test_settings_tells_why_a_file_cannot_be_imported(
        window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = tmp_path / "fake.xlsx"
    fake.write_text("not a workbook")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(fake), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "fake.json"), ""))
    dialog = window.open_settings()
    assert dialog is not None
    dialog.import_button.click()
    assert "cannot be read" in dialog.config_hint.text()
    assert not (tmp_path / "fake.json").exists()
    assert dialog.source_buttons["bundled"].isChecked()


def test_a_household_registered_with_the_imported_form_stores_its_calculations(
        qtbot: QtBot, window: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    workbook = household_workbook(tmp_path / "household.xlsx")
    out = tmp_path / "household.json"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(workbook), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    dialog = window.open_settings()
    assert dialog is not None
    dialog.import_button.click()
    with qtbot.waitSignal(dialog.accepted):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert window.view is not None
    page = window.view.register
    view = page.form_view  # nothing was typed yet: the new form is the one shown
    assert view is not None and "hh_name" in view.editors
    view.editors["hh_name"].set_value("Okello")
    view.editors["head_dob"].set_value("1980-01-15")
    view.editors["region"].set_value("north")
    view.editors["district"].set_value("na")
    view.editors["hh_size"].set_value(2)
    before = len(list(workspace_of(window).session.queries.events()))
    page.save_button.click()
    # Stored with the calculations the form computes (admission refuses any other value).
    qtbot.waitUntil(lambda: len(list(workspace_of(window).session.queries.events())) > before)
    data = dict(list(workspace_of(window).session.queries.events())[-1].event.data)
    assert data["hh_name"] == "Okello" and data["member_count"] == 0
    assert data["head_age"] >= 44
