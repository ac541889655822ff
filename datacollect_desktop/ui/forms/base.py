"""The editor every form field uses: a value in, a value out, a signal when it changes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from datacollect_desktop.domain.forms import Component


class FieldEditor(QWidget):
    """Holds one component's value. `value()` is None when nothing is entered."""

    changed = Signal()
    #: The person left the field (or picked a choice): time for its inline check.
    committed = Signal()

    def __init__(self, component: Component, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.component = component
        self.row_layout = QHBoxLayout(self)
        self.row_layout.setContentsMargins(0, 0, 0, 0)

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def focus_widgets(self) -> list[QWidget]:
        """The widgets Tab visits, in order."""
        return [self]

    def moves_on_enter(self) -> bool:
        """Whether Enter goes to the next field (not in multi-line text)."""
        return True

    def set_invalid(self, invalid: bool) -> None:
        """Mark the field's widgets for the style sheet (a red border when invalid)."""
        for widget in self.focus_widgets():
            widget.setProperty("invalid", invalid)
            widget.style().unpolish(widget)
            widget.style().polish(widget)
