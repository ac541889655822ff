"""The forms in the window's language, from the translations the app config carries: the
register page, the record's screen and the history labels, while the data stays English."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFormLayout, QGroupBox, QLabel
from pytestqt.qtbot import QtBot

from datacollect_desktop.app.gate import ProfileGate
from datacollect_desktop.domain.forms import AppConfig
from datacollect_desktop.ui.audit_text import FieldLabels
from datacollect_desktop.ui.forms.choice_fields import CheckListEditor, ComboEditor, RadioEditor
from datacollect_desktop.ui.forms.editgrid import EditGridEditor
from datacollect_desktop.ui.forms.form_view import FormView
from datacollect_desktop.ui.forms.text_fields import TextEditor
from datacollect_desktop.ui.language import install_language
from datacollect_desktop.ui.main_window import MainWindow
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.gui.conftest import Keys, open_window, unlock, workspace_of

Use = Callable[[str], None]


@pytest.fixture
def language(qapp: QApplication) -> Iterator[Use]:
    """Switch the application's language for one test; English again afterwards."""

    def use(code: str) -> None:
        assert install_language(qapp, code)

    yield use
    install_language(qapp, "en")


def opened(qtbot: QtBot, profile: Path) -> MainWindow:
    window = open_window(qtbot, profile)
    unlock(qtbot, window)
    return window


def form_of(window: MainWindow) -> FormView:
    page = window.view.register if window.view else None
    assert page is not None and page.form_view is not None
    return page.form_view


def label(view: FormView, key: str) -> str:
    return view.rows[key].label.text().split(" <span", 1)[0]


def combo_items(view: FormView, key: str) -> list[tuple[str, Any]]:
    editor = view.editors[key]
    assert isinstance(editor, ComboEditor)
    return [(editor.combo.itemText(i), editor.combo.itemData(i))
            for i in range(editor.combo.count())]


def test_the_register_page_in_french_shows_the_configs_translations(
        qtbot: QtBot, created_profile: Path, language: Use, keys: Keys) -> None:
    language("fr")
    window = opened(qtbot, created_profile)
    page = window.view.register if window.view else None
    assert page is not None
    assert page.title.text() == "Nouveau : Ménage"
    view = form_of(window)
    assert [label(view, k) for k in ("name", "address", "dwelling", "monthlyIncome",
                                     "phone", "email")] == [
        "Nom du ménage", "Adresse", "Type de logement", "Revenu mensuel", "Téléphone",
        "Adresse e-mail"]
    assert combo_items(view, "dwelling") == [
        ("", None), ("Maison", "house"), ("Appartement", "apartment"),
        ("Abri ou tente", "shelter"), ("Autre", "other")]
    assert "Coordonnées" in [box.title() for box in view.findChildren(QGroupBox)]

    view.focus_field("monthlyIncome")
    keys("-40")
    keys(Qt.Key.Key_S, ctrl=True)
    assert view.rows["name"].error.text() == "Nom du ménage est obligatoire."
    assert view.rows["monthlyIncome"].error.text() == "Revenu mensuel doit être au moins 0."
    assert workspace_of(window).session.queries.size() == 0


def test_the_member_form_in_arabic_shows_translated_labels_choices_and_messages(
        qtbot: QtBot, created_profile: Path, language: Use, keys: Keys) -> None:
    language("ar")
    window = opened(qtbot, created_profile)
    page = window.view.register if window.view else None
    assert page is not None
    assert page.title.text() == "جديد: \u2068الأسرة\u2069"
    assert [page.chooser.itemText(i) for i in range(page.chooser.count())] == ["الأسرة"]
    view = form_of(window)
    assert label(view, "name") == "اسم الأسرة"
    keys(Qt.Key.Key_S, ctrl=True)
    assert view.rows["name"].error.text() == "\u200f\u2068اسم الأسرة\u2069 مطلوب."

    keys("Bello")  # QTest types Latin letters only
    keys(Qt.Key.Key_S, ctrl=True)
    assert page.title.text() == "جديد: \u2068فرد من الأسرة\u2069"
    member = form_of(window)
    assert label(member, "givenName") == "الاسم الأول"
    sex = member.editors["sex"]
    assert isinstance(sex, RadioEditor)
    assert [b.text() for b in sex.buttons] == ["أنثى", "ذكر", "آخر / أفضّل عدم الإجابة"]
    needs = member.editors["needs"]
    assert isinstance(needs, CheckListEditor)
    assert [b.text() for b in needs.boxes] == ["الغذاء", "المأوى", "الرعاية الصحية", "التعليم"]
    assert combo_items(member, "relationship")[1] == ("رب الأسرة", "head")
    keys(Qt.Key.Key_S, ctrl=True)
    assert member.rows["givenName"].error.text() == "\u200f\u2068الاسم الأول\u2069 مطلوب."


def register_through_the_widgets(qtbot: QtBot, window: MainWindow, keys: Keys) -> str:
    """A household and one member typed and clicked in, the same in every language."""
    view = form_of(window)
    view.focus_field("name")
    keys("Bello")
    view.focus_field("dwelling")
    keys(Qt.Key.Key_Down, Qt.Key.Key_Down)  # the second choice
    view.focus_field("monthlyIncome")
    keys("1200")
    view.focus_field("phone")
    keys("+221 77 123 45 67")
    keys(Qt.Key.Key_S, ctrl=True)
    page = window.view.register if window.view else None
    assert page is not None and page.entry.parent_guid is not None
    household = page.entry.parent_guid
    member = form_of(window)
    member.focus_field("givenName")
    keys("Awa")
    member.focus_field("familyName")
    keys("Bello")
    sex = member.editors["sex"]
    assert isinstance(sex, RadioEditor)
    qtbot.mouseClick(sex.buttons[1], Qt.MouseButton.LeftButton)
    member.focus_field("relationship")
    keys(Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Down)
    disability = member.editors["disability"]
    disability.focus_widgets()[0].setFocus()
    keys(Qt.Key.Key_Space)
    needs = member.editors["needs"]
    assert isinstance(needs, CheckListEditor)
    for box in (needs.boxes[0], needs.boxes[2]):
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    keys(Qt.Key.Key_S, ctrl=True)
    return household


def stored(window: MainWindow) -> list[tuple[str, dict[str, Any]]]:
    """Each stored event's type and form data, without the ids that differ per profile."""
    events = workspace_of(window).session.queries.events()
    return [(e.event.type, {k: v for k, v in e.event.data.items()
                            if k not in ("guid", "parentGuid", "memberIds", "members")})
            for e in events]


def test_a_record_saved_in_french_stores_the_same_data_as_in_english(
        qtbot: QtBot, tmp_path: Path, created_profile: Path, language: Use,
        keys: Keys) -> None:
    english = opened(qtbot, created_profile)
    register_through_the_widgets(qtbot, english, keys)
    in_english = stored(english)
    english.close()

    second = tmp_path / "second"
    workspace, _ = ProfileGate(second, FAST_KDF).create("Awa Diallo", PASSPHRASE, PASSPHRASE)
    workspace.close()
    language("fr")
    french = opened(qtbot, second)
    household = register_through_the_widgets(qtbot, french, keys)
    assert stored(french) == in_english
    kinds = [kind for kind, _ in in_english]
    assert kinds[0] == "create-group" and len(kinds) >= 2
    data = dict(in_english[0][1])
    assert data["dwelling"] == "apartment" and data["monthlyIncome"] == 1200

    # The record's screen shows the French labels and choices of the same English data.
    view = french.view
    assert view is not None
    view.open_record(household)
    fields = view.detail.fields
    assert isinstance(fields, QFormLayout)
    shown = {}
    for row in range(fields.rowCount()):
        name = fields.itemAt(row, QFormLayout.ItemRole.LabelRole)
        value = fields.itemAt(row, QFormLayout.ItemRole.FieldRole)
        if name is not None and value is not None:
            label_widget, value_widget = name.widget(), value.widget()
            assert isinstance(label_widget, QLabel) and isinstance(value_widget, QLabel)
            shown[label_widget.text()] = value_widget.text()
    assert shown["Type de logement :"] == "Appartement"  # French puts a space before ":"
    assert shown["Nom du ménage :"] == "Bello"
    # History and audit name the fields as the form does in French.
    labels = FieldLabels(workspace_of(french).config)
    assert labels.label("individual", "sex") == "Sexe"
    assert labels.value("individual", "sex", "male") == "Masculin"
    assert labels.value("individual", "needs", {"food": True, "health": True}) == (
        "Alimentation, Soins de santé")
    assert labels.form_title("individual") == "Membre du ménage"


def test_descriptions_tooltips_placeholders_grids_and_custom_messages_are_translated(
        qtbot: QtBot) -> None:
    config = AppConfig.from_json({
        "id": "app", "name": "App", "version": "1", "entityForms": [{
            "name": "f", "title": "Survey", "formio": {"components": [
                {"type": "textfield", "key": "phone", "label": "Phone", "input": True,
                 "description": "With the area code", "placeholder": "Phone number",
                 "tooltip": "Ask for a number that answers",
                 "validate": {"pattern": "[0-9]+",
                              "customMessage": "Digits only, please"}},
                {"type": "editgrid", "key": "children", "label": "Children", "input": True,
                 "addAnother": "Add a child", "components": [
                     {"type": "textfield", "key": "childName", "label": "Name",
                      "input": True, "validate": {"required": True}}]}]}}],
        "i18n": {"es": {"With the area code": "Con el prefijo",
                        "Phone number": "Número de teléfono",
                        "Ask for a number that answers": "Pida un número que conteste",
                        "Digits only, please": "Solo cifras, por favor",
                        "Add a child": "Añadir un hijo", "Name": "Nombre",
                        "Phone": "Teléfono", "Children": "Hijos"}}})
    form = config.form("f")
    assert form is not None
    view = FormView(form.components, translate=config.translator("es-MX"))
    qtbot.addWidget(view)
    row = view.rows["phone"]
    assert [n.text() for n in row.findChildren(QLabel, "hint")] == ["Con el prefijo"]
    assert row.label.toolTip() == "Pida un número que conteste"
    editor = view.editors["phone"]
    assert isinstance(editor, TextEditor)
    assert editor.line.placeholderText() == "Número de teléfono"
    qtbot.keyClicks(editor.line, "abc")
    assert view.check_field("phone") == "Solo cifras, por favor"
    grid = view.editors["children"]
    assert isinstance(grid, EditGridEditor)
    assert grid.add_button.text() == "Añadir un hijo"
    inner = grid.add_row({})
    assert label(inner, "childName") == "Nombre"
    assert view.values() == {"phone": "abc", "children": [{}]}
