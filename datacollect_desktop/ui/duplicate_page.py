"""Possible duplicates: two people side by side, kept both or merged by keeping one; each
decision is a `resolve-duplicate` event, and the pair leaves the list."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from datacollect_desktop.app.browse import DuplicatePair, EntityDetail
from datacollect_desktop.app.errors import as_known
from datacollect_desktop.app.resolution import Resolver
from datacollect_desktop.app.workspace import Workspace
from datacollect_desktop.ui.cell_direction import isolate_cells
from datacollect_desktop.ui.dialogs import ask
from datacollect_desktop.ui.empty_state import EmptyState
from datacollect_desktop.ui.field_text import display_value, local_time
from datacollect_desktop.ui.form_language import form_translator
from datacollect_desktop.ui.messages import error_text
from datacollect_desktop.ui.row_selection import select_row

DIFFERENT = QColor("#fff3c4")


def _table(parent: QWidget, headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    isolate_cells(table)
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(name)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return table


class DuplicatePage(QWidget):
    """The open pairs; the selected pair's two records field by field."""

    open_requested = Signal(str)
    message = Signal(str)
    changed = Signal()

    def __init__(self, workspace: Workspace, resolver: Resolver,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.resolver = resolver
        self.pairs: list[DuplicatePair] = []
        self.pair: DuplicatePair | None = None
        title = QLabel(self.tr("Possible duplicates"), self)
        title.setObjectName("pageTitle")
        self.summary = QLabel(self)
        self.summary.setObjectName("entryContext")
        self.summary.setWordWrap(True)
        self.list = _table(self, [self.tr("Person"), self.tr("May be the same as"),
                                  self.tr("Similarity")], self.tr("Possible duplicate pairs"))
        self.list.itemSelectionChanged.connect(self._selected)
        self.side = _table(self, [self.tr("Field"), self.tr("First"), self.tr("Second")],
                           self.tr("The two records side by side"))
        self.empty = EmptyState(self.list, self.tr(
            "No possible duplicates: no two people share a birth date and a similar name."))
        self.keep_both_button = self._button(self.tr("Keep both"),
                                             self.tr("Keep both: they are different people"),
                                             self.keep_both)
        self.keep_first_button = self._button(
            self.tr("Keep the first, delete the second"),
            self.tr("Keep the first record and delete the second"),
            lambda: self.confirm_keep(first=True))
        self.keep_second_button = self._button(
            self.tr("Keep the second, delete the first"),
            self.tr("Keep the second record and delete the first"),
            lambda: self.confirm_keep(first=False))
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_both_button)
        buttons.addStretch(1)
        buttons.addWidget(self.keep_first_button)
        buttons.addWidget(self.keep_second_button)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.side, 1)
        lower_layout.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.list)
        split.addWidget(lower)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        self._show_pair(None)

    def _button(self, text: str, name: str, action: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        button.clicked.connect(action)
        return button

    def refresh(self) -> None:
        self.pairs = self.workspace.browse.open_duplicates()
        self.list.setRowCount(len(self.pairs))
        for row, pair in enumerate(self.pairs):
            cells = [pair.first.name or "?", pair.second.name or "?", format(pair.score, ".0%")]
            for column, text in enumerate(cells):
                self.list.setItem(row, column, QTableWidgetItem(text))
        self.summary.setText(self.tr(
            "%n pair(s) of people registered on the same birth date with similar names. "
            "Compare them and decide; every decision is kept in the history.", "",
            len(self.pairs)) if self.pairs else self.tr("No possible duplicates."))
        self.list.blockSignals(True)
        self.list.clearSelection()
        if self.pairs:
            select_row(self.list, 0)
        self.list.blockSignals(False)
        self._selected()

    def _selected(self) -> None:
        rows = self.list.selectionModel().selectedRows()
        self._show_pair(self.pairs[rows[0].row()] if rows else None)

    def _show_pair(self, pair: DuplicatePair | None) -> None:
        self.pair = pair
        for button in (self.keep_both_button, self.keep_first_button, self.keep_second_button):
            button.setEnabled(pair is not None)
        self.side.setRowCount(0)
        if pair is None:
            return
        browse = self.workspace.browse
        first, second = browse.detail(pair.first.guid), browse.detail(pair.second.guid)
        if first is None or second is None:
            return
        rows = self._rows(first, second)
        self.side.setRowCount(len(rows))
        for row, (label, left, right) in enumerate(rows):
            for column, text in enumerate((label, left, right)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if left != right:
                    item.setBackground(DIFFERENT)
                self.side.setItem(row, column, item)

    def _rows(self, first: EntityDetail, second: EntityDetail) -> list[tuple[str, str, str]]:
        values: dict[str, list[str]] = {}
        labels: dict[str, str] = {}
        form_text = form_translator(self.workspace.config)
        for side, detail in enumerate((first, second)):
            for item in detail.fields:
                labels.setdefault(item.key, form_text(item.label))
                values.setdefault(item.key, ["", ""])[side] = display_value(
                    item.component, item.value, form_text)
        rows = [(labels[key], left, right) for key, (left, right) in values.items()]
        household = [", ".join(g.name or "?" for g in d.groups) for d in (first, second)]
        rows.append((self.tr("Household"), household[0], household[1]))
        rows.append((self.tr("Registered"), local_time(first.events[0].timestamp),
                     local_time(second.events[0].timestamp)))
        people = self.workspace.people.snapshot()
        rows.append((self.tr("By"), people.name(first.events[0].user_id),
                     people.name(second.events[0].user_id)))
        return rows

    def keep_both(self) -> None:
        pair = self.pair
        if pair is not None:
            self._decide(lambda: self.resolver.keep_both(pair.first.guid, pair.second.guid),
                         self.tr("Both records were kept; the pair was settled."))

    def confirm_keep(self, *, first: bool) -> None:
        """Ask first: the other record is deleted (its history stays)."""
        pair = self.pair
        if pair is None:
            return
        keep, drop = (pair.first, pair.second) if first else (pair.second, pair.first)
        ask(self, self.tr("Delete the duplicate?"),
            self.tr("Keep {0} and delete {1}?").format(keep.name or "?", drop.name or "?"),
            self.tr("Delete the duplicate"), lambda: self.keep(keep.guid, drop.guid),
            detail=self.tr("The deleted record's history is kept."))

    def keep(self, keep: str, drop: str) -> None:
        self._decide(lambda: self.resolver.keep_one(keep, drop),
                     self.tr("The duplicate was deleted; the pair was settled."))

    def _decide(self, action: Callable[[], object], done: str) -> None:
        try:
            action()
        except Exception as exc:
            known = as_known(exc)
            if known is None:
                raise
            self.message.emit(error_text(known))
            return
        self.message.emit(done)
        self.refresh()
        self.changed.emit()

    def focus_first(self) -> None:
        self.list.setFocus()

    def showEvent(self, event: object) -> None:
        self.refresh()
        super().showEvent(event)  # type: ignore[arg-type]
