"""Details of the forms and the date editors: ISO dates left to right in Arabic, digits typed
into a date field kept, arrows that point the way the language reads, choices made with the
arrow keys, a problems line that follows the fixes, the registry as of now shown at once."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import QDate, QDateTime, QLocale, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QFormLayout, QLabel, QMenuBar
from pytestqt.qtbot import QtBot

from datacollect_desktop.domain.forms import AppConfig
from datacollect_desktop.ui.as_of_page import AsOfPage
from datacollect_desktop.ui.audit_filters import AuditFilterBar
from datacollect_desktop.ui.audit_text import FieldLabels
from datacollect_desktop.ui.cell_direction import align_leading
from datacollect_desktop.ui.field_text import field_label
from datacollect_desktop.ui.forms.choice_fields import RadioEditor
from datacollect_desktop.ui.forms.date_field import DateEditor
from datacollect_desktop.ui.forms.form_view import FormView
from datacollect_desktop.ui.language import install_language
from datacollect_desktop.ui.main_window import MainWindow
from datacollect_desktop.ui.shortcuts_dialog import ShortcutsDialog
from datacollect_desktop.ui.style import style_sheet
from datacollect_desktop.ui.timeline_slider import TimelineSlider
from tests.gui.conftest import Keys, workspace_of

Use = Callable[[str], None]
ENTER = Qt.Key.Key_Return
FORM = AppConfig.from_json({"entityForms": [{"name": "person", "formio": {"components": [
    {"type": "datetime", "key": "born", "label": "Date of birth", "enableTime": False},
    {"type": "datetime", "key": "seen", "label": "Seen", "enableTime": True},
    {"type": "day", "key": "day", "label": "Day", "dayFirst": True},
    {"type": "radio", "key": "sex", "label": "Sex", "values": [
        {"value": "female", "label": "Female"}, {"value": "male", "label": "Male"}]},
    {"type": "textfield", "key": "note", "label": "Note"},
]}}]}).form("person")


@pytest.fixture
def language(qapp: QApplication) -> Iterator[Use]:
    """Switch the application's language for one test; English again afterwards."""

    def use(code: str) -> None:
        assert install_language(qapp, code)

    yield use
    install_language(qapp, "en")


@pytest.fixture
def view(qtbot: QtBot) -> FormView:
    assert FORM is not None
    form = FormView(FORM.components)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    return form


# -- dates ----------------------------------------------------------------------------------

def test_date_editors_read_the_iso_way_left_to_right_in_arabic(qtbot: QtBot, window: MainWindow,
                                                                language: Use) -> None:
    language("ar")
    assert window.view is not None
    as_of = window.view.supervision.as_of
    labels = FieldLabels(workspace_of(window).config)
    bar = AuditFilterBar(labels)
    page = AsOfPage(workspace_of(window), as_of.service, labels, as_of.reader,
                    as_of.long_jobs, as_of.stopping)
    for widget in (bar, page):
        qtbot.addWidget(widget)
        assert widget.isRightToLeft()
    moment = QDateTime(QDate(2026, 12, 3), datetime(2026, 12, 3, 11, 19).time())
    page.moment.setDateTime(moment)
    bar.date_from.setDate(QDate(2026, 12, 3))
    edits: list[tuple[QDateTimeEdit, str]] = [(page.moment, "2026-12-03 11:19"),
                                              (bar.date_from, "2026-12-03"),
                                              (bar.date_to, QDate.currentDate().toString(
                                                  "yyyy-MM-dd"))]
    for edit, iso in edits:
        assert edit.text() == iso and edit.lineEdit().text() == iso
        assert edit.layoutDirection() == Qt.LayoutDirection.LeftToRight
        assert edit.calendarWidget().isRightToLeft()  # the month itself reads as Arabic does
    assert QLocale().toString(12) == "12"


def test_digits_typed_into_a_date_get_their_dashes(qtbot: QtBot, view: FormView) -> None:
    born = view.editors["born"]
    assert isinstance(born, DateEditor)
    born.line.setFocus()
    typed = []
    for digit in "20300501":
        qtbot.keyClicks(born.line, digit)
        typed.append(born.line.text())
    assert typed == ["2", "20", "203", "2030", "2030-0", "2030-05", "2030-05-0", "2030-05-01"]
    assert born.value() == "2030-05-01" and born.line.cursorPosition() == 10
    qtbot.keyClicks(born.line, "7")  # a whole date holds no more digits
    assert born.line.text() == "2030-05-01"
    for _ in range(4):
        qtbot.keyClick(born.line, Qt.Key.Key_Backspace)
    assert born.line.text() == "2030-0"
    born.line.clear()
    qtbot.keyClicks(born.line, "2030-5-1")  # dashes typed too, a short month filled in
    assert born.line.text() == "2030-05-1"
    seen = view.editors["seen"]
    assert isinstance(seen, DateEditor)
    qtbot.keyClicks(seen.line, "203005011030")
    assert seen.line.text() == "2030-05-01 10:30"
    day = view.editors["day"]
    assert isinstance(day, DateEditor)
    qtbot.keyClicks(day.line, "5/1/2030")
    assert day.line.text() == "05/01/2030"


@pytest.mark.parametrize("pasted", ["20300501", "2030/05/01", "2030.05.01", " 2030-05-01"])
def test_a_pasted_date_is_kept_in_the_date_shape(qtbot: QtBot, view: FormView,
                                                pasted: str) -> None:
    born = view.editors["born"]
    assert isinstance(born, DateEditor)
    QApplication.clipboard().setText(pasted)
    born.line.setFocus()
    born.line.paste()
    assert born.line.text() == "2030-05-01"


# -- right to left --------------------------------------------------------------------------

@pytest.mark.parametrize("code", ["en", "ar"])
def test_the_first_and_last_buttons_point_where_previous_and_next_do(
        qtbot: QtBot, language: Use, code: str) -> None:
    language(code)
    slider = TimelineSlider()
    qtbot.addWidget(slider)
    slider.show()
    slider.set_labels([("10:00", "amina"), ("10:01", "kofi"), ("10:02", "amina")])
    slider.set_position(1)
    toward_start = "▶" if code == "ar" else "◀"  # the first event's side: right in Arabic
    assert toward_start in slider.previous_button.text()
    assert ("⇥" if code == "ar" else "⇤") in slider.first_button.text()
    assert ("⇤" if code == "ar" else "⇥") in slider.last_button.text()
    # On screen, First sits at the side its arrow points to.
    first_x = slider.first_button.mapTo(slider, slider.first_button.rect().center()).x()
    last_x = slider.last_button.mapTo(slider, slider.last_button.rect().center()).x()
    assert (first_x > last_x) == (code == "ar")
    slider.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    assert "⇤" in slider.first_button.text() and "◀" in slider.previous_button.text()


def test_a_change_points_from_the_old_value_to_the_new_in_arabic_too(
        window: MainWindow, language: Use) -> None:
    labels = FieldLabels(workspace_of(window).config)
    change = [{"field": "dateOfBirth", "before": None, "after": "2032-03-03"}]
    assert labels.change_summary("individual", change) == "Date of birth: — → 2032-03-03"
    language("ar")
    summary = labels.change_summary("individual", change)
    # Read from the right: the label, the old value, then the arrow to the new one.
    assert "→" not in summary
    old, new = summary.index("—"), summary.index("2032-03-03")
    assert old < summary.index("←") < new
    assert summary[old - 1] == "\u2068" and summary[new - 1] == "\u2068"  # each isolated


def test_values_start_beside_their_labels_and_labels_take_the_french_colon(
        qtbot: QtBot, language: Use) -> None:
    assert field_label("Monthly income") == "Monthly income:"
    language("fr")
    assert field_label("Revenu mensuel") == "Revenu mensuel :"
    language("ar")
    value = QLabel("300")
    align_leading(value)
    assert value.alignment() & Qt.AlignmentFlag.AlignRight
    assert value.alignment() & Qt.AlignmentFlag.AlignAbsolute  # whatever "300"'s direction
    form = QLabel()
    layout = QFormLayout(form)
    layout.addRow(field_label("الدخل"), value)
    qtbot.addWidget(form)
    form.resize(500, 60)
    form.show()
    qtbot.waitExposed(form)
    text_right = value.mapTo(form, value.rect().topRight()).x()
    assert text_right > form.width() // 2  # by its label, at the right


# -- choices and problems -------------------------------------------------------------------

def test_the_arrow_keys_choose_a_radio_choice_from_none(qtbot: QtBot, view: FormView) -> None:
    sex = view.editors["sex"]
    assert isinstance(sex, RadioEditor) and sex.value() is None
    sex.buttons[0].setFocus()
    qtbot.keyClick(sex.buttons[0], Qt.Key.Key_Right)
    assert sex.value() == "male" and sex.buttons[1].hasFocus()
    qtbot.keyClick(sex.buttons[1], Qt.Key.Key_Left)
    assert sex.value() == "female"
    sex.set_value(None)
    sex.buttons[1].setFocus()
    qtbot.keyClick(sex.buttons[1], Qt.Key.Key_Down)  # already the last: it is chosen
    assert sex.value() == "male"


def test_the_problems_line_follows_the_fixes(qtbot: QtBot, window: MainWindow,
                                             keys: Keys) -> None:
    page = window.view.register if window.view else None
    assert page is not None and page.form_view is not None
    keys(Qt.Key.Key_S, ctrl=True)  # nothing typed: the household's name is needed
    assert page.problems.isVisible()
    assert page.problems.text() == "Nothing was saved: 1 field needs attention."
    keys("Diallo household")
    assert not page.problems.isVisible()
    keys(Qt.Key.Key_S, ctrl=True)
    assert page.entry.form.name == "individual" and page.form_view is not None
    keys(Qt.Key.Key_S, ctrl=True)
    count = page.form_view.error_count()
    assert count >= 2
    assert page.problems.text() == f"Nothing was saved: {count} fields need attention."
    keys("Awa")  # the given name, where the focus went
    assert page.problems.text() == (
        f"Nothing was saved: {count - 1} field{'s' if count > 2 else ''} need"
        f"{'' if count > 2 else 's'} attention.")


def test_a_number_field_keeps_its_arrows_while_it_shows_an_error(qapp: QApplication) -> None:
    """The red frame of an error is drawn by the style sheet, and a spin box whose frame the
    sheet draws shows its arrows only from images: the sheet gives them."""
    sheet = style_sheet(qapp.font())
    for arrow in ("up", "down"):
        found = re.search(r'QAbstractSpinBox\[invalid="true"\]::' + arrow
                          + r'-arrow \{ image: url\("([^"]+)"\)', sheet)
        assert found is not None, arrow
        assert QImage(found.group(1)).width() > 0  # the image is there, and Qt reads it


def test_the_shortcut_rows_are_one_line_high(qtbot: QtBot) -> None:
    menus = QMenuBar()
    qtbot.addWidget(menus)
    menus.addMenu("&Profile").addAction("Lock").setShortcut("Ctrl+L")
    dialog = ShortcutsDialog(menus)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.table
    heights = [table.rowHeight(row) for row in range(table.rowCount())]
    line = min(heights)
    fits = [table.fontMetrics().horizontalAdvance(table.item(row, 1).text())
            < table.columnWidth(1) - 12 for row in range(table.rowCount())]
    assert [h for h, one_line in zip(heights, fits, strict=True) if one_line] == [
        line] * sum(fits)
    assert max(heights) < 2.2 * line  # a text too long for the screen takes two lines


# -- the registry as of ---------------------------------------------------------------------

def test_the_registry_as_of_now_shows_when_the_screen_opens(qtbot: QtBot, window: MainWindow,
                                                            keys: Keys) -> None:
    assert window.view is not None
    window.view.nav.setFocus()
    keys(Qt.Key.Key_6, ctrl=True)
    page = window.view.supervision.as_of
    assert isinstance(page, AsOfPage)
    qtbot.waitUntil(lambda: page.past is not None)
    assert page.past is not None and "Historical view" in page.banner.text()
    assert abs(page.moment.dateTime().secsTo(QDateTime.currentDateTime())) < 60
    label_end = page.moment_label.mapTo(page, page.moment_label.rect().topRight()).x()
    field_start = page.moment.mapTo(page, page.moment.rect().topLeft()).x()
    assert 0 <= field_start - label_end < 20  # "As of" beside its date
    assert page.moment_label.buddy() is page.moment
