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


def test_a_panels_fields_line_up_with_the_forms_other_fields(qtbot: QtBot) -> None:
    """The household's Contact panel drew its phone and e-mail boxes 9 pixels in from the
    boxes above it, and 9 short of their right edge."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QLineEdit

    config = AppConfig.from_json({"entityForms": [{"name": "household", "formio": {
        "components": [
            {"type": "textfield", "key": "name", "label": "Household name"},
            {"type": "panel", "key": "contact", "title": "Contact", "label": "Contact",
             "components": [{"type": "textfield", "key": "phone", "label": "Phone"}]}]}}]})
    form = config.form("household")
    assert form is not None
    view = FormView(form.components)
    qtbot.addWidget(view)
    view.resize(900, 400)
    view.show()
    qtbot.waitExposed(view)
    boxes = sorted(view.findChildren(QLineEdit), key=lambda box: box.mapTo(view, QPoint()).y())
    assert len(boxes) == 2
    edges = [(box.mapTo(view, QPoint()).x(), box.mapTo(view, QPoint()).x() + box.width())
             for box in boxes]
    assert edges[0] == edges[1]


def test_a_latin_name_typed_in_arabic_starts_at_the_labels_side(qtbot: QtBot,
                                                              qapp: QApplication) -> None:
    """In Arabic "Oumar" sat at the far left of a 600-pixel box, away from its label on the
    right."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLineEdit

    from datacollect_desktop.ui.language import install_language

    assert FORM is not None
    assert install_language(qapp, "ar")
    try:
        view = FormView(FORM.components)
        qtbot.addWidget(view)
        box = view.findChild(QLineEdit)
        assert box is not None and box.isRightToLeft()
        assert box.alignment() & Qt.AlignmentFlag.AlignRight
        assert box.alignment() & Qt.AlignmentFlag.AlignAbsolute
    finally:
        install_language(qapp, "en")
    latin = FormView(FORM.components)
    qtbot.addWidget(latin)
    box = latin.findChild(QLineEdit)
    assert box is not None and not box.alignment() & Qt.AlignmentFlag.AlignAbsolute
