"""The window's look: Fusion with a light palette and a few named accents.

Text sizes are relative to the system font (the person's font size setting), and widths that
hold text are counted in characters of it (`text_width`); Qt scales everything for the
screen's DPI on its own.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QApplication, QHBoxLayout, QWidget

from datacollect_desktop.ui.icons import ICONS

# Sizes as multiples of the system font's size.
TITLE_SCALE = 2.0
SECTION_SCALE = 1.1
NAVIGATION_SCALE = 1.2
# Space between the parts of a page, in pixels (Qt scales them for the screen's DPI).
SPACING = 8
#: The widest a form's fields get, in average characters of the font (about 670 px at the
#: usual 9 pt): a name box the size of a name, whatever the window's size.
FIELD_CHARACTERS = 110
#: A form's whole column: the labels (`forms.field_row.LABEL_CHARACTERS`), the fields and
#: the frame of a group of fields.
FORM_COLUMN_CHARACTERS = 30 + FIELD_CHARACTERS + 4

STYLE_SHEET = """
QLabel#pageTitle { font-size: @title; font-weight: 600; color: #1a2b3c; }
QLabel#entryContext, QLabel#hint, QLabel#countLabel { color: #55606b; }
QLabel#fieldError, QLabel#formProblems, QLabel#syncProblem { color: #b3261e; }
QLabel#fieldWarning { color: #6d4c00; background: #fff4d6; border-left: 3px solid #e0a100;
                      padding: 2px 6px; }
QLabel#formProblems { background: #fdecea; border: 1px solid #f5c2bd; border-radius: 4px;
                      padding: 6px; }
QLabel#unsupportedNote { color: #55606b; background: #f3f4f6; border: 1px dashed #c4c9cf;
                         border-radius: 4px; padding: 6px; font-style: italic; }
*[invalid="true"] { border: 1px solid #b3261e; border-radius: 3px; }
QAbstractSpinBox[invalid="true"]::up-arrow { image: url("@spin_up"); width: 8px; height: 5px; }
QAbstractSpinBox[invalid="true"]::down-arrow { image: url("@spin_down"); width: 8px;
                                               height: 5px; }
QFrame#draftNotice { background: #e8f1fb; border-bottom: 1px solid #b6cde6; }
QFrame#duplicateBanner { background: #fff8e1; border: 1px solid #f0c36d; border-radius: 4px; }
QFrame#duplicateBanner[insist="true"] { background: #ffecb3; border: 2px solid #e0a100; }
QFrame#card { background: white; border: 1px solid #d7dce1; border-radius: 8px; padding: 18px; }
QLabel#emptyState { color: #55606b; font-size: @section; padding: 24px; }
QGroupBox { font-weight: 600; font-size: @section; border: none;
            border-top: 1px solid #d7dce1; margin-top: 1.6em; padding-top: 6px; }
QGroupBox::title { subcontrol-origin: margin; subcontrol-position: top left; padding: 0 3px; }
QGroupBox * { font-weight: normal; font-size: @body; }
QListWidget#navigation::item:focus { border: 2px solid #ffb300; }
QPlainTextEdit, QTextEdit { border: 1px solid #aab2bb; border-radius: 3px; padding: 1px; }
QPlainTextEdit[invalid="true"], QTextEdit[invalid="true"] { border: 1px solid #b3261e; }
QPlainTextEdit:focus, QTextEdit:focus { border: 2px solid #1565c0; padding: 0px; }
QTableView, QTreeView { border: 1px solid #aab2bb; padding: 1px; }
QTableView:focus, QTreeView:focus { border: 2px solid #1565c0; padding: 0px; }
QCheckBox:focus, QRadioButton:focus { color: #0d47a1; }
QPushButton#primary { background: #1565c0; color: white; border: 1px solid #0d47a1;
                      border-radius: 4px; padding: 6px 14px; font-weight: 600; }
QPushButton#primary:focus { border: 2px solid #ffb300; }
QPushButton { padding: 4px 12px; border: 1px solid #aab2bb; border-radius: 4px;
              background: #f7f8fa; }
QPushButton:hover { background: #eef1f4; }
QPushButton:pressed { background: #e1e6eb; }
QPushButton:disabled { color: #8a949e; background: #f1f2f4; border-color: #d3d8dd; }
QPushButton:focus { border: 2px solid #1565c0; }
QPushButton:flat { border: 1px solid transparent; background: transparent; }
QPushButton:flat:focus { border: 2px solid #1565c0; }
QPushButton#primary:disabled { background: #90a4ae; }
QPushButton#danger { color: #b3261e; }
QPushButton#danger:disabled { color: #8a949e; }
QListWidget#navigation { background: #263238; color: #eceff1; border: none; font-size: @nav;
                         padding-top: 8px; }
QListWidget#navigation::item { padding: 10px 8px; }
QListWidget#navigation::item:selected { background: #37474f; color: white;
                                        border-left: 4px solid #42a5f5; }
QListWidget#navigation[rightToLeft="true"]::item:selected { border-left: none;
                                                            border-right: 4px solid #42a5f5; }
QProgressBar[strength="too_short"]::chunk, QProgressBar[strength="weak"]::chunk {
    background: #c62828; }
QProgressBar[strength="fair"]::chunk { background: #f9a825; }
QProgressBar[strength="strong"]::chunk { background: #2e7d32; }
"""


def _scaled(font: QFont, factor: float) -> str:
    if font.pointSizeF() > 0:
        return f"{font.pointSizeF() * factor:.1f}pt"
    return f"{round(max(font.pixelSize(), 1) * factor)}px"  # a font set in pixels


def style_sheet(font: QFont) -> str:
    """The style sheet with its text sizes worked out from `font`, the system font."""
    return (STYLE_SHEET.replace("@title", _scaled(font, TITLE_SCALE))
            .replace("@section", _scaled(font, SECTION_SCALE))
            .replace("@nav", _scaled(font, NAVIGATION_SCALE))
            .replace("@body", _scaled(font, 1.0))
            # A spin box whose frame the sheet draws (the red one of an error) draws its
            # arrows only from images.
            .replace("@spin_up", (ICONS / "spin_up.svg").as_posix())
            .replace("@spin_down", (ICONS / "spin_down.svg").as_posix()))


def apply_style(app: QApplication) -> None:
    """Fusion and the style sheet. Each change re-polishes every widget alive, so an
    application that has them already is left as it is."""
    sheet = style_sheet(app.font())
    if app.property(_APPLIED) == sheet:
        return
    app.setStyle("Fusion")
    app.setStyleSheet(sheet)
    app.setProperty(_APPLIED, sheet)


_APPLIED = "datacollectStyleSheet"  # the sheet `apply_style` last set


def text_width(widget: QWidget, characters: float) -> int:
    """A width holding about `characters` average characters of `widget`'s font."""
    return round(QFontMetricsF(widget.font()).averageCharWidth() * characters)


def field_width(widget: QWidget) -> int:
    """The widest a form field gets (`FIELD_CHARACTERS` of `widget`'s font)."""
    return text_width(widget, FIELD_CHARACTERS)


def readable_column(page: QWidget, content: QWidget, characters: float) -> QHBoxLayout:
    """Lays `content` out on `page` at most `characters` wide, at the start of the line (the
    left, or the right in a right-to-left language), the rest of the width left empty."""
    content.setMaximumWidth(text_width(content, characters))
    row = QHBoxLayout(page)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(content, 1)
    row.addStretch(0)
    return row
