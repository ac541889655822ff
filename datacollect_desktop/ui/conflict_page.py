"""Conflicts: fields changed both here and on the server, side by side, settled by picking a
value for each; the resolution is a new event, and the conflicts leave the list."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from datacollect_desktop.app.browse import ConflictRow
from datacollect_desktop.app.errors import as_known
from datacollect_desktop.app.resolution import Pick, Resolver
from datacollect_desktop.app.workspace import Workspace
from datacollect_desktop.ui.cell_direction import isolate_cells
from datacollect_desktop.ui.empty_state import EmptyState
from datacollect_desktop.ui.field_text import display_value
from datacollect_desktop.ui.form_language import form_translator
from datacollect_desktop.ui.messages import error_text
from datacollect_desktop.ui.row_selection import select_row

GUID_ROLE = Qt.ItemDataRole.UserRole + 1


class ConflictPage(QWidget):
    """Lists open conflicts; the selected record's conflicts are shown side by side."""

    open_requested = Signal(str)
    message = Signal(str)
    changed = Signal()

    def __init__(self, workspace: Workspace, resolver: Resolver,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.resolver = resolver
        self.conflicts: list[ConflictRow] = []
        self.choices: list[tuple[ConflictRow, QButtonGroup]] = []
        self.entity_guid: str | None = None
        title = QLabel(self.tr("Conflicts"), self)
        title.setObjectName("pageTitle")
        self.summary = QLabel(self)
        self.summary.setObjectName("entryContext")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 5, self)
        isolate_cells(self.table)
        self.table.setHorizontalHeaderLabels([
            self.tr("Record"), self.tr("Field"), self.tr("Both started from"),
            self.tr("On this device"), self.tr("On the server")])
        self.table.setAccessibleName(self.tr("Open conflicts"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.empty = EmptyState(self.table, self.tr(
            "No conflicts: no field was changed both here and on the server. They show "
            "here after a sync, for you to choose which value stays."))
        self.table.itemSelectionChanged.connect(self._selected)
        self.panel = QGroupBox(self)
        self.panel_text = QLabel(self.panel)
        self.panel_text.setWordWrap(True)
        self.grid = QGridLayout()
        self.resolve_button = QPushButton(self.tr("Record the resolution"), self.panel)
        self.resolve_button.setObjectName("primary")
        self.resolve_button.setAccessibleName(self.tr("Record the values picked"))
        self.resolve_button.clicked.connect(self.resolve)
        self.open_button = QPushButton(self.tr("Open record"), self.panel)
        self.open_button.setAccessibleName(self.tr("Open the record"))
        self.open_button.clicked.connect(self._open)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.resolve_button)
        panel_layout = QVBoxLayout(self.panel)
        panel_layout.addWidget(self.panel_text)
        panel_layout.addLayout(self.grid)
        panel_layout.addStretch(1)
        panel_layout.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(self.panel)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        self._show_panel(None)

    def refresh(self) -> None:
        self.conflicts = self.workspace.browse.conflicts()
        keep = self.entity_guid
        self.table.setRowCount(len(self.conflicts))
        for row, conflict in enumerate(self.conflicts):
            for column, text in enumerate(self._cells(conflict)):
                item = QTableWidgetItem(text)
                item.setData(GUID_ROLE, conflict.entity_guid)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.summary.setText(self.tr(
            "%n field(s) were changed both on this device and on the server from the same "
            "value. This device's value stands until you pick; the resolution is recorded as "
            "a new change.", "", len(self.conflicts)) if self.conflicts else
            self.tr("No conflicts: every change agrees with the server's."))
        rows = [n for n, c in enumerate(self.conflicts) if c.entity_guid == keep] or [0]
        self.table.blockSignals(True)
        self.table.clearSelection()
        if self.conflicts:
            select_row(self.table, rows[0])
        self.table.blockSignals(False)
        self._selected()

    def _cells(self, conflict: ConflictRow) -> list[str]:
        record = conflict.entity_name or conflict.entity_guid
        if conflict.kind == "guid":
            return [record, self.tr("(the whole change)"), "",
                    str((conflict.local or {}).get("type", "")),
                    str((conflict.remote or {}).get("type", ""))]
        return [record, self._label(conflict), self._value(conflict, conflict.base),
                self._value(conflict, conflict.local), self._value(conflict, conflict.remote)]

    def _label(self, conflict: ConflictRow) -> str:
        if conflict.component is None:
            return conflict.field
        return form_translator(self.workspace.config)(conflict.component.label)

    def _value(self, conflict: ConflictRow, value: object) -> str:
        return display_value(conflict.component, value,
                             form_translator(self.workspace.config)) or self.tr("(empty)")

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        self._show_panel(self.conflicts[rows[0].row()].entity_guid if rows else None)

    def _show_panel(self, guid: str | None) -> None:
        """The conflicts of record `guid` side by side, a choice per field."""
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()  # type: ignore[union-attr]
        self.choices = []
        self.entity_guid = guid
        mine = [c for c in self.conflicts if c.entity_guid == guid]
        self.panel.setTitle(self.tr("Side by side: {0}").format(
            mine[0].entity_name or guid) if mine else self.tr("Side by side"))
        fields = [c for c in mine if c.kind == "field"]
        self.resolve_button.setEnabled(bool(fields))
        self.open_button.setEnabled(bool(mine))
        if not mine:
            self.panel_text.setText(self.tr("Select a conflict to settle it."))
            return
        if not fields:
            self.panel_text.setText(self.tr(
                "The server holds a different change under the id of this device's change, "
                "so this device's change was not sent and cannot be merged. Compare them "
                "below; re-enter this device's data as a new change if it is still needed."))
            self._guid_details(mine)
            return
        self.panel_text.setText(self.tr("Pick the value to keep for each field, then record "
                                        "the resolution."))
        for column, text in enumerate((self.tr("Field"), self.tr("This device"),
                                       self.tr("The server"))):
            header = QLabel(text, self.panel)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            self.grid.addWidget(header, 0, column)
        for row, conflict in enumerate(fields, start=1):
            label = self._label(conflict)
            self.grid.addWidget(QLabel(label, self.panel), row, 0)
            group = QButtonGroup(self.panel)
            for column, (value, whose) in enumerate(
                    ((conflict.local, self.tr("this device")),
                     (conflict.remote, self.tr("the server"))), start=1):
                button = QRadioButton(self._value(conflict, value), self.panel)
                button.setAccessibleName(self.tr("{0}: keep {1}'s value").format(label, whose))
                group.addButton(button, column)
                self.grid.addWidget(button, row, column)
            group.button(1).setChecked(True)
            self.choices.append((conflict, group))

    def _guid_details(self, conflicts: list[ConflictRow]) -> None:
        for row, conflict in enumerate(conflicts):
            for column, value in enumerate((conflict.local, conflict.remote)):
                text = QLabel(json.dumps((value or {}).get("data", {}), ensure_ascii=False,
                                         indent=1), self.panel)
                text.setWordWrap(True)
                text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.grid.addWidget(text, row, column)

    def pick(self, field: str, server: bool) -> None:
        """Choose the server's value (or this device's) for a field of the shown record."""
        for conflict, group in self.choices:
            if conflict.field == field:
                group.button(2 if server else 1).setChecked(True)

    def resolve(self) -> None:
        """Record one update of the record with the values picked."""
        guid = self.entity_guid
        if guid is None or not self.choices:
            return
        picks = [Pick(conflict, conflict.remote if group.checkedId() == 2 else conflict.local)
                 for conflict, group in self.choices]
        try:
            self.resolver.resolve_conflicts(guid, picks)
        except Exception as exc:
            known = as_known(exc)
            if known is None:
                raise
            self.message.emit(error_text(known))
            return
        self.message.emit(self.tr("The resolution was recorded."))
        self.entity_guid = None
        self.refresh()
        self.changed.emit()

    def _open(self) -> None:
        if self.entity_guid is not None:
            self.open_requested.emit(self.entity_guid)

    def focus_first(self) -> None:
        self.table.setFocus()

    def showEvent(self, event: object) -> None:
        self.refresh()
        super().showEvent(event)  # type: ignore[arg-type]
