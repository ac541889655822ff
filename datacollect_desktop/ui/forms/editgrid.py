"""editgrid: a list of rows, each a small form of its own, with add and remove buttons."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from datacollect_desktop.domain.forms import Component, FieldError, Visibility
from datacollect_desktop.ui.forms.base import FieldEditor

if TYPE_CHECKING:  # a row is a form of its own: the form hands the grid its own class
    from datacollect_desktop.ui.forms.form_view import FormView

RowView = Callable[..., "FormView"]


class EditGridEditor(FieldEditor):
    """The value is a list of row dicts; errors keyed `key[2].field` go to row 3's field."""

    rows_changed = Signal()

    def __init__(self, component: Component, row_view: RowView,
                 parent: QWidget | None = None) -> None:
        super().__init__(component, parent)
        self.row_view = row_view
        self.box = QVBoxLayout()
        self.box.setContentsMargins(0, 0, 0, 0)
        self.rows: list[tuple[QGroupBox, FormView, QPushButton]] = []
        self._outer: Callable[[], Visibility | None] = lambda: None
        add_text = component.raw.get("addAnother")
        self.add_button = QPushButton(
            add_text if isinstance(add_text, str) and add_text else self.tr("Add a row"), self)
        self.add_button.clicked.connect(self._add_clicked)
        self.box.addWidget(self.add_button)
        holder = QWidget(self)
        holder.setLayout(self.box)
        self.row_layout.addWidget(holder)

    def _add_clicked(self) -> None:
        view = self.add_row({})
        view.focus_first()

    def add_row(self, values: dict[str, Any]) -> FormView:
        frame = QGroupBox(self.tr("Row {0}").format(len(self.rows) + 1), self)
        layout = QVBoxLayout(frame)
        view = self.row_view(self.component.children, frame, scope=self._row_scope)
        view.set_values(values)
        view.changed.connect(self.changed)
        remove = QPushButton(self.tr("Remove this row"), frame)
        remove.clicked.connect(lambda: self._remove(frame))
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(remove)
        layout.addWidget(view)
        layout.addLayout(bar)
        self.box.insertWidget(len(self.rows), frame)
        self.rows.append((frame, view, remove))
        self.rows_changed.emit()
        self.changed.emit()
        return view

    def _remove(self, frame: QGroupBox) -> None:
        self.rows = [row for row in self.rows if row[0] is not frame]
        frame.deleteLater()
        for index, (box, _, _) in enumerate(self.rows):
            box.setTitle(self.tr("Row {0}").format(index + 1))
        self.rows_changed.emit()
        self.changed.emit()
        self.add_button.setFocus()

    def watch_outer(self, outer: Callable[[], Visibility | None]) -> None:
        """`outer` gives what shows in the form around the grid; rows' conditions may watch
        its fields."""
        self._outer = outer

    def _row_scope(self, row: Mapping[str, Any]) -> Visibility:
        outer = self._outer()
        if outer is None:
            return Visibility(self.component.children, row)
        return outer.for_row(self.component, row)

    def refresh_rows(self) -> None:
        for _, view, _ in self.rows:
            view.refresh_visibility()

    def value(self) -> Any:
        """Every row's fields as typed; the form around the grid applies `kept_data`, which
        judges a row's conditions with the fields outside the grid too."""
        rows = [view.raw_values() for _, view, _ in self.rows]
        return rows or None

    def set_value(self, value: Any) -> None:
        for frame, _, _ in self.rows:
            frame.deleteLater()
        self.rows = []
        for row in value if isinstance(value, list) else []:
            self.add_row(row if isinstance(row, dict) else {})

    def show_row_errors(self, errors: Sequence[FieldError]) -> list[FieldError]:
        """Show `key[i].field` errors in their rows; returns those about the grid itself."""
        own: list[FieldError] = []
        by_row: dict[int, list[FieldError]] = {}
        prefix = self.component.key + "["
        for error in errors:
            index_text, _, rest = error.key[len(prefix):].partition("].")
            if (error.key.startswith(prefix) and rest and index_text.isdigit()
                    and int(index_text) < len(self.rows)):
                by_row.setdefault(int(index_text), []).append(
                    FieldError(rest, error.label, error.message))
            else:
                own.append(error)
        for index, row_errors in by_row.items():
            own.extend(self.rows[index][1].show_errors(row_errors))
        return own

    def error_count(self) -> int:
        """How many fields of the rows show an error."""
        return sum(view.error_count() for _, view, _ in self.rows)

    def clear_row_errors(self) -> None:
        for _, view, _ in self.rows:
            view.clear_errors()

    def focus_widgets(self) -> list[QWidget]:
        widgets: list[QWidget] = []
        for _, view, remove in self.rows:
            widgets.extend(view.focus_widgets())
            widgets.append(remove)
        widgets.append(self.add_button)
        return widgets
