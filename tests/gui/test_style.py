"""Text follows the person's font size: titles and widths grow with the system font, and
Qt scales the rest for the screen's DPI."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from datacollect_desktop.domain.forms import AppConfig
from datacollect_desktop.ui.forms.form_view import FormView
from datacollect_desktop.ui.style import style_sheet

FORM = AppConfig.from_json({"entityForms": [{"name": "person", "formio": {"components": [
    {"type": "textfield", "key": "name", "label": "Name"}]}}]}).form("person")


def test_titles_are_sized_from_the_system_font() -> None:
    points = QFont()
    points.setPointSizeF(12)
    assert "font-size: 24.0pt" in style_sheet(points)
    pixels = QFont()
    pixels.setPixelSize(20)
    assert "font-size: 40px" in style_sheet(pixels)


def test_form_labels_widen_with_a_larger_system_font(qtbot: QtBot, qapp: QApplication) -> None:
    assert FORM is not None
    normal = FormView(FORM.components)
    qtbot.addWidget(normal)
    original = qapp.font()
    larger = QFont(original)
    larger.setPointSizeF(original.pointSizeF() * 2)
    qapp.setFont(larger)
    try:
        large = FormView(FORM.components)
        qtbot.addWidget(large)
    finally:
        qapp.setFont(original)
    before, after = normal.rows["name"].label.width(), large.rows["name"].label.width()
    assert after > 1.6 * before
