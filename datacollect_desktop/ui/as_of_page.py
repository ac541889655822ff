"""The registry as of a date and time: every record as it was then, read-only."""

from __future__ import annotations

import threading
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDateTime,
    QItemSelection,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from datacollect_desktop.app.clock import utc_stamp
from datacollect_desktop.app.history import AsOfService, PastDetail, PastRegistry, PastRow
from datacollect_desktop.app.workspace import Workspace
from datacollect_desktop.ui.audit_text import FieldLabels
from datacollect_desktop.ui.cell_direction import align_leading, isolate_cells
from datacollect_desktop.ui.date_editors import ISO_MINUTE, iso_editor
from datacollect_desktop.ui.field_text import display_value, field_label, local_time
from datacollect_desktop.ui.form_language import form_translator
from datacollect_desktop.ui.paged_model import ColumnHeaders
from datacollect_desktop.ui.progress_relay import ProgressRelay
from datacollect_desktop.ui.worker import Worker

GUID_ROLE = Qt.ItemDataRole.UserRole + 1
_NO_PARENT = QModelIndex()
Index = QModelIndex | QPersistentModelIndex


class PastModel(ColumnHeaders, QAbstractTableModel):
    """The records of a past registry (only the rows on screen are ever drawn)."""

    def __init__(self, labels: FieldLabels, parent: Any = None) -> None:
        super().__init__(parent)
        self.labels = labels
        self.rows: list[PastRow] = []
        self.headers = [self.tr("Name"), self.tr("Form"), self.tr("Members"),
                        self.tr("Last change then")]

    def set_rows(self, rows: list[PastRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = _NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == GUID_ROLE:
            return row.guid
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return row.name or self.tr("(no name)")
        if column == 1:
            return self.labels.form_title(row.form) or row.type
        if column == 2:
            return str(row.member_count) if row.type == "group" else ""
        return local_time(row.last_updated)


class AsOfPage(QWidget):
    """Pick a moment, see the registry as it was: computed in the background with progress."""

    open_requested = Signal(str)
    message = Signal(str)

    def __init__(self, workspace: Workspace, service: AsOfService, labels: FieldLabels,
                 reader: Worker, long_jobs: Worker, stopping: threading.Event,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.service = service
        self.labels = labels
        self.reader = reader
        self.long_jobs = long_jobs
        self.stopping = stopping
        self.past: PastRegistry | None = None
        self.shown_guid: str | None = None
        self.generation = 0
        title = QLabel(self.tr("Registry as of a moment"), self)
        title.setObjectName("pageTitle")
        self.opened_at = QDateTime.currentDateTime()
        self.moment = QDateTimeEdit(self.opened_at, self)
        self.moment.setCalendarPopup(True)
        iso_editor(self.moment, ISO_MINUTE)
        self.moment.setAccessibleName(self.tr("Date and time to look back to"))
        self.show_button = QPushButton(self.tr("Show the registry then"), self)
        self.show_button.setAccessibleName(self.tr("Show the registry as of that moment"))
        self.show_button.clicked.connect(self.show_moment)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):  # Enter in the date shows it too
            QShortcut(QKeySequence(key), self.moment, self.show_moment,
                      context=Qt.ShortcutContext.WidgetShortcut)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.hide()
        self.banner = QLabel(self)
        self.banner.setObjectName("historicalBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("QLabel#historicalBanner { background: #e3f2fd; border: "
                                  "1px solid #90caf9; border-radius: 4px; padding: 6px; }")
        self.banner.setText(self.tr("Choose a date and time to see the registry as it was "
                                    "then. Historical views are read-only."))
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter by name"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Filter by name"))
        self.model = PastModel(labels, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(0)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView(self)
        isolate_cells(self.table)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Records as they were"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        # Names take the room left once the counts and times fit, header words included
        # (longer in French than in English).
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(1, self.fontMetrics().averageCharWidth() * 22)
        for column in (2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.detail_box = QGroupBox(self.tr("The record then (read-only)"), self)
        self.detail_title = QLabel(self.detail_box)
        self.detail_title.setWordWrap(True)
        self.detail_fields = QFormLayout()
        detail_layout = QVBoxLayout(self.detail_box)
        detail_layout.addWidget(self.detail_title)
        detail_layout.addLayout(self.detail_fields)
        detail_layout.addStretch(1)
        self.open_button = QPushButton(self.tr("Open the record as it is now"), self.detail_box)
        self.open_button.setAccessibleName(self.tr("Open the record as it is now"))
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self._open)
        detail_layout.addWidget(self.open_button)

        bar = QHBoxLayout()
        self.moment_label = QLabel(self.tr("As of"), self)
        self.moment_label.setBuddy(self.moment)
        bar.addWidget(self.moment_label)
        bar.addWidget(self.moment)
        bar.addWidget(self.show_button)
        bar.addWidget(self.progress, 1)
        bar.addStretch(1)  # the label, its date and the button stay together
        split = QSplitter(Qt.Orientation.Horizontal, self)
        left = QWidget(split)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filter)
        left_layout.addWidget(self.table, 1)
        split.addWidget(left)
        split.addWidget(self.detail_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self.split = split
        self.split_shared = False  # the first showing shares the width three to two
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(bar)
        layout.addWidget(self.banner)
        layout.addWidget(split, 1)
        self._clear_detail()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.split_shared:
            # From the panes' own sizes, a record's long lines (Arabic) got a fifth.
            self.split_shared = True
            self.split.setSizes([3 * self.split.width() // 5, 2 * self.split.width() // 5])
        if self.generation == 0:
            # The date starts at now: the registry now shows at once, unless the person
            # asks for another moment first.
            QTimer.singleShot(0, self._show_first)

    def _show_first(self) -> None:
        if self.generation == 0:
            if self.moment.dateTime() == self.opened_at:  # not changed yet: now, then
                self.moment.setDateTime(QDateTime.currentDateTime())
            self.show_moment()

    def show_moment(self) -> None:
        """Compute the registry as of the chosen moment in the background."""
        chosen = self.moment.dateTime().toPython()
        assert isinstance(chosen, datetime)
        moment = utc_stamp(chosen.astimezone())  # the laptop's local time, in UTC
        self.generation += 1
        generation = self.generation
        relay = ProgressRelay(self, self.stopping)
        relay.progressed.connect(lambda done, total: self._progressed(generation, done, total))
        self.progress.setRange(0, 0)
        self.progress.show()
        self.show_button.setEnabled(False)
        self.banner.setText(self.tr("Working out the registry as of {0}…").format(
            local_time(moment)))
        self.long_jobs.submit(lambda: self.service.registry(moment, relay),
                              lambda past: self._shown(generation, past), self._failed)

    def _progressed(self, generation: int, done: int, total: int) -> None:
        if generation == self.generation:
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(done)

    def _shown(self, generation: int, past: PastRegistry) -> None:
        if generation != self.generation:
            return
        self.past = past
        self.progress.hide()
        self.show_button.setEnabled(True)
        self.model.set_rows(past.rows)
        self._clear_detail()
        if not past.rows:
            self.banner.setText(self.tr("Historical view, read-only: no record existed on "
                                        "{0}.").format(local_time(past.moment)))
            return
        self.banner.setText(self.tr(
            "Historical view, read-only: the registry as of {0}, replaying the {1} of {2} "
            "events stamped then or earlier. %n record(s) lived then.", "",
            len(past.rows)).format(local_time(past.moment), f"{past.counted:,}",
                                   f"{past.size:,}"))

    def _failed(self, error: BaseException) -> None:
        self.progress.hide()
        self.show_button.setEnabled(True)
        self.long_jobs.unhandled.emit(error)

    def _selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        past = self.past
        if not rows or past is None:
            self._clear_detail()
            return
        guid = rows[0].data(GUID_ROLE)
        generation = self.generation
        config = self.workspace.config
        self.reader.submit(lambda: self.service.detail(guid, past.moment, config),
                           lambda detail: self._detail(generation, detail),
                           self.reader.unhandled.emit)

    def _clear_detail(self) -> None:
        while self.detail_fields.rowCount():
            self.detail_fields.removeRow(0)
        self.detail_title.setText(self.tr("Select a record to see it as it was."))
        self.open_button.setEnabled(False)
        self.shown_guid = None

    def _detail(self, generation: int, detail: PastDetail | None) -> None:
        if generation != self.generation or detail is None:
            return
        self._clear_detail()
        entity = detail.entity
        self.shown_guid = entity.guid
        self.open_button.setEnabled(True)
        self.detail_title.setText(self.tr("{0} · version {1} · last change {2}").format(
            entity.name or self.tr("(no name)"), entity.version,
            local_time(entity.last_updated)))
        form_text = form_translator(self.workspace.config)
        for item in detail.fields:
            value = QLabel(display_value(item.component, item.value, form_text),
                           self.detail_box)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            align_leading(value)
            self.detail_fields.addRow(field_label(form_text(item.label)), value)
        if detail.members:
            names = ", ".join(name or guid for guid, name in detail.members)
            members = QLabel(names, self.detail_box)
            members.setWordWrap(True)
            self.detail_fields.addRow(self.tr("Members then:"), members)

    def _open(self) -> None:
        if self.shown_guid is not None:
            self.open_requested.emit(self.shown_guid)

    def focus_first(self) -> None:
        self.moment.setFocus()
