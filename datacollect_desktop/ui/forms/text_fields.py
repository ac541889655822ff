"""Text, multi-line text and number editors."""

from __future__ import annotations

import math
import re
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QValidator, QWheelEvent
from PySide6.QtWidgets import QDoubleSpinBox, QLineEdit, QPlainTextEdit, QWidget

from datacollect_desktop.domain.forms import Component
from datacollect_desktop.ui.forms.base import FieldEditor

_PARTIAL_NUMBER = re.compile(r"-?[0-9]*([.,][0-9]*)?")


class TextEditor(FieldEditor):
    """textfield, email, phoneNumber, and selects whose choices come from elsewhere."""

    def __init__(self, component: Component, parent: QWidget | None = None) -> None:
        super().__init__(component, parent)
        self.line = QLineEdit(self)
        placeholder = component.raw.get("placeholder")
        if isinstance(placeholder, str):
            self.line.setPlaceholderText(placeholder)
        if component.type == "email":
            self.line.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly)
        elif component.type == "phoneNumber":
            self.line.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        if self.line.isRightToLeft():
            # A name in Latin letters starts at the label's side, as Arabic text does (by
            # its own direction it would sit at the far left of the box).
            self.line.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
                                   | Qt.AlignmentFlag.AlignVCenter)
        self.line.textChanged.connect(self.changed)
        self.line.editingFinished.connect(self.committed)
        self.row_layout.addWidget(self.line)
        self.setFocusProxy(self.line)

    def value(self) -> Any:
        text = self.line.text()
        return text if text.strip() else None

    def set_value(self, value: Any) -> None:
        self.line.setText("" if value is None else str(value))

    def focus_widgets(self) -> list[QWidget]:
        return [self.line]


class AreaEditor(FieldEditor):
    """textarea: several lines; Tab still moves to the next field."""

    def __init__(self, component: Component, parent: QWidget | None = None) -> None:
        super().__init__(component, parent)
        self.area = QPlainTextEdit(self)
        self.area.setTabChangesFocus(True)
        self.area.setFixedHeight(self.area.fontMetrics().lineSpacing() * 4 + 12)
        self.area.textChanged.connect(self.changed)
        self.row_layout.addWidget(self.area)
        self.setFocusProxy(self.area)

    def value(self) -> Any:
        text = self.area.toPlainText()
        return text if text.strip() else None

    def set_value(self, value: Any) -> None:
        self.area.setPlainText("" if value is None else str(value))

    def focus_widgets(self) -> list[QWidget]:
        return [self.area]

    def moves_on_enter(self) -> bool:
        return False

    def focusOutEvent(self, event: Any) -> None:
        super().focusOutEvent(event)
        self.committed.emit()


class BlankableSpinBox(QDoubleSpinBox):
    """A spin box that may be empty: its lowest value stands for "nothing entered"."""

    BLANK = -1e15

    def __init__(self, decimals: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDecimals(decimals)
        self.setRange(self.BLANK, 1e15)
        self.setValue(self.BLANK)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setButtonSymbols(QDoubleSpinBox.ButtonSymbols.UpDownArrows)

    def is_blank(self) -> bool:
        return self.value() <= self.BLANK

    def textFromValue(self, value: float) -> str:
        if value <= self.BLANK:
            return ""
        text = f"{value:.{self.decimals()}f}"
        return text.rstrip("0").rstrip(".") if "." in text else text

    def valueFromText(self, text: str) -> float:
        cleaned = text.strip().replace(",", ".")
        if cleaned in ("", "-", ".", "-."):
            return self.BLANK
        try:
            return float(cleaned)
        except ValueError:
            return self.BLANK

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        cleaned = text.strip()
        if _PARTIAL_NUMBER.fullmatch(cleaned) is None:
            return QValidator.State.Invalid, text, pos
        if cleaned in ("", "-", ".", "-.", ",") or cleaned.endswith((".", ",")):
            state = QValidator.State.Acceptable if not cleaned else QValidator.State.Intermediate
            return state, text, pos
        return QValidator.State.Acceptable, text, pos

    def fixup(self, text: str) -> str:
        return text

    def stepBy(self, steps: int) -> None:
        if self.is_blank():
            self.setValue(0)
        super().stepBy(steps)

    def wheelEvent(self, event: QWheelEvent) -> None:
        # Scrolling the form must not change numbers under the pointer by accident.
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class NumberEditor(FieldEditor):
    """number: a spin box; limits come from the domain validator's messages, not clamping."""

    def __init__(self, component: Component, parent: QWidget | None = None) -> None:
        super().__init__(component, parent)
        limit = component.raw.get("decimalLimit")
        integer = component.raw.get("validate", {}).get("integer") is True if isinstance(
            component.raw.get("validate"), dict) else False
        decimals = 0 if integer else (limit if isinstance(limit, int) and 0 <= limit <= 8 else 6)
        self.spin = BlankableSpinBox(decimals, self)
        self.spin.valueChanged.connect(self.changed)
        self.spin.editingFinished.connect(self.committed)
        self.row_layout.addWidget(self.spin)
        self.row_layout.addStretch(1)
        self.setFocusProxy(self.spin)

    def value(self) -> Any:
        if self.spin.is_blank():
            return None
        number = self.spin.value()
        if math.isfinite(number) and number.is_integer():
            return int(number)
        return number

    def set_value(self, value: Any) -> None:
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.spin.setValue(BlankableSpinBox.BLANK)
        else:
            self.spin.setValue(float(value))

    def focus_widgets(self) -> list[QWidget]:
        return [self.spin]
