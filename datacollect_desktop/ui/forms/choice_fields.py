"""Choice editors: combo box, radio buttons, check lists and a single checkbox."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QRadioButton,
    QWidget,
)

from datacollect_desktop.domain.forms import Component
from datacollect_desktop.domain.forms.jsvalues import js_string
from datacollect_desktop.ui.forms.base import FieldEditor

# More choices than this are laid out in two columns.
_ONE_COLUMN = 5
_ONE_ROW = 4
_KEYPAD = Qt.KeyboardModifier.KeypadModifier
_ARROWS = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down)


class ComboEditor(FieldEditor):
    """select (one choice): a combo box with an empty first entry for "not answered"."""

    def __init__(self, component: Component, parent: QWidget | None = None) -> None:
        super().__init__(component, parent)
        self.combo = QComboBox(self)
        self.combo.addItem("", None)
        for option in component.options:
            self.combo.addItem(option.label, option.value)
        self.combo.setMinimumContentsLength(16)
        self.combo.currentIndexChanged.connect(self.changed)
        self.combo.activated.connect(self.committed)
        self.row_layout.addWidget(self.combo)
        self.row_layout.addStretch(1)
        self.setFocusProxy(self.combo)

    def value(self) -> Any:
        return self.combo.currentData()

    def set_value(self, value: Any) -> None:
        index = self.combo.findData(None if value is None else js_string(value))
        self.combo.setCurrentIndex(max(index, 0))

    def offer(self, values: set[str]) -> None:
        """Show only the choices in `values` (a filtered list); a choice no longer offered
        is cleared."""
        current = self.combo.currentData()
        wanted = [o for o in self.component.options if o.value in values]
        shown = [self.combo.itemData(i) for i in range(1, self.combo.count())]
        if shown == [o.value for o in wanted]:
            return
        self.combo.blockSignals(True)
        try:
            self.combo.clear()
            self.combo.addItem("", None)
            for option in wanted:
                self.combo.addItem(option.label, option.value)
            self.combo.setCurrentIndex(max(self.combo.findData(current), 0)
                                       if current in values else 0)
        finally:
            self.combo.blockSignals(False)
        if self.combo.currentData() != current:
            self.changed.emit()

    def focus_widgets(self) -> list[QWidget]:
        return [self.combo]


class RadioEditor(FieldEditor):
    """radio: one button per choice; Tab enters the group once, arrows and Space choose."""

    def __init__(self, component: Component, parent: QWidget | None = None) -> None:
        super().__init__(component, parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        count = len(component.options)
        # A few choices read best side by side; longer lists go in columns.
        rows = 1 if count <= _ONE_ROW else _rows(count)
        self.buttons: list[QRadioButton] = []
        for index, option in enumerate(component.options):
            button = QRadioButton(option.label, self)
            button.setProperty("choice", option.value)
            self.group.addButton(button, index)
            button.installEventFilter(self)
            grid.addWidget(button, index % rows, index // rows)
            self.buttons.append(button)
        self.row_layout.addLayout(grid)
        self.row_layout.addStretch(1)
        self.group.buttonToggled.connect(self._toggled)
        if self.buttons:
            self.setFocusProxy(self.buttons[0])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Qt's arrows move and choose only from a chosen button; with none chosen yet they
        # would only move, and the field stay empty. Choosing the focused button first, the
        # arrow then moves on and chooses the one it lands on, as it does later.
        if (event.type() == QEvent.Type.KeyPress and isinstance(watched, QRadioButton)
                and watched in self.buttons and self.group.checkedButton() is None):
            assert isinstance(event, QKeyEvent)
            if event.key() in _ARROWS and not event.modifiers() & ~_KEYPAD:
                watched.click()
        return super().eventFilter(watched, event)

    def _toggled(self, _button: object, checked: bool) -> None:
        if checked:
            self.changed.emit()
            self.committed.emit()

    def value(self) -> Any:
        button = self.group.checkedButton()
        return None if button is None else button.property("choice")

    def set_value(self, value: Any) -> None:
        wanted = None if value is None else js_string(value)
        self.group.setExclusive(False)  # so that no button may be checked
        for button in self.buttons:
            button.setChecked(button.property("choice") == wanted)
        self.group.setExclusive(True)
        self.changed.emit()

    def offer(self, values: set[str]) -> None:
        """Show only the choices in `values`; a chosen one no longer offered is cleared."""
        for button in self.buttons:
            button.setVisible(button.property("choice") in values)
        if self.value() is not None and self.value() not in values:
            self.set_value(None)

    def focus_widgets(self) -> list[QWidget]:
        return list(self.buttons)


class CheckListEditor(FieldEditor):
    """selectboxes (a dict of ticked choices) and multiple selects (a list of choices)."""

    def __init__(self, component: Component, parent: QWidget | None = None) -> None:
        super().__init__(component, parent)
        self.as_list = component.type == "select"
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        rows = _rows(len(component.options))
        self.boxes: list[QCheckBox] = []
        for index, option in enumerate(component.options):
            box = QCheckBox(option.label, self)
            box.setProperty("choice", option.value)
            box.toggled.connect(self.changed)
            box.toggled.connect(self.committed)
            grid.addWidget(box, index % rows, index // rows)
            self.boxes.append(box)
        self.row_layout.addLayout(grid)
        self.row_layout.addStretch(1)
        if self.boxes:
            self.setFocusProxy(self.boxes[0])

    def value(self) -> Any:
        if self.as_list:
            chosen = [str(b.property("choice")) for b in self.boxes if b.isChecked()]
            return chosen or None
        ticks = {str(b.property("choice")): b.isChecked() for b in self.boxes}
        return ticks if any(ticks.values()) else None

    def set_value(self, value: Any) -> None:
        if isinstance(value, dict):
            chosen = {k for k, ticked in value.items() if ticked is True}
        elif isinstance(value, list):
            chosen = {js_string(v) for v in value}
        else:
            chosen = set()
        for box in self.boxes:
            box.setChecked(box.property("choice") in chosen)

    def offer(self, values: set[str]) -> None:
        """Show only the choices in `values`; ticks on the others are taken off."""
        for box in self.boxes:
            offered = box.property("choice") in values
            box.setVisible(offered)
            if not offered and box.isChecked():
                box.setChecked(False)

    def focus_widgets(self) -> list[QWidget]:
        return list(self.boxes)


class CheckboxEditor(FieldEditor):
    """checkbox: ticked or not; its label is on the box itself."""

    def __init__(self, component: Component, parent: QWidget | None = None) -> None:
        super().__init__(component, parent)
        text = component.label + (" *" if component.required else "")
        self.box = QCheckBox(text, self)
        self.box.toggled.connect(self.changed)
        self.box.toggled.connect(self.committed)
        self.row_layout.addWidget(self.box)
        self.row_layout.addStretch(1)
        self.setFocusProxy(self.box)

    def value(self) -> Any:
        return self.box.isChecked()

    def set_value(self, value: Any) -> None:
        self.box.setChecked(value is True)

    def focus_widgets(self) -> list[QWidget]:
        return [self.box]


def _rows(count: int) -> int:
    return count if count <= _ONE_COLUMN else (count + 1) // 2
