"""Audit history: every change with who, when and what, filtered, charted and exported."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QItemSelection, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from datacollect_desktop.app.audit import Activity, AuditEntry, AuditFilter, AuditService
from datacollect_desktop.app.errors import as_known
from datacollect_desktop.ui.activity_chart import ActivityChart
from datacollect_desktop.ui.attachment_view import (
    NO_ATTACHMENTS,
    AttachmentAccess,
    attachment_icon,
    choose_and_open,
    references,
    state_text,
)
from datacollect_desktop.ui.audit_filters import AuditFilterBar
from datacollect_desktop.ui.audit_model import AuditModel, note_text
from datacollect_desktop.ui.audit_text import FieldLabels
from datacollect_desktop.ui.cell_direction import isolate_cells
from datacollect_desktop.ui.event_text import audit_entry_words
from datacollect_desktop.ui.messages import error_text
from datacollect_desktop.ui.progress_relay import ProgressRelay
from datacollect_desktop.ui.row_selection import select_row
from datacollect_desktop.ui.style import text_width
from datacollect_desktop.ui.worker import Worker

#: The page's width, in characters, from which the diff sits beside the entries.
SIDE_BY_SIDE_CHARACTERS = 190
DIFF_THUMBNAIL = 40


class AuditPage(QWidget):
    """Filters on top, the activity chart, the entries and the selected entry's diff."""

    open_requested = Signal(str)
    timeline_requested = Signal(str)
    proof_requested = Signal(int)
    message = Signal(str)

    def __init__(self, service: AuditService, labels: FieldLabels, reader: Worker,
                 long_jobs: Worker, stopping: threading.Event,
                 parent: QWidget | None = None, *,
                 attachments: AttachmentAccess = NO_ATTACHMENTS) -> None:
        super().__init__(parent)
        self.service = service
        self.attachments = attachments
        self.labels = labels
        self.reader = reader
        self.long_jobs = long_jobs
        self.stopping = stopping
        self.chart_generation = 0
        self.model = AuditModel(service, reader, labels, self)
        self.model.count_changed.connect(self._counted)
        self.model.failed.connect(self._failed)

        title = QLabel(self.tr("Audit history"), self)
        title.setObjectName("pageTitle")
        self.count = QLabel(self)
        self.count.setObjectName("countLabel")
        self.filters = AuditFilterBar(labels, self)
        self.filters.changed.connect(self.apply_filter)
        self.filters.done.connect(self.focus_entries)
        self.filters.export_requested.connect(self._choose_export_file)
        self.chart = ActivityChart(self)
        self._table()
        self._diff_pane()
        self.export_status = QLabel(self)
        self.export_status.setObjectName("hint")

        heading = QHBoxLayout()
        heading.addWidget(title, 1)
        heading.addWidget(self.count)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.view)
        split.addWidget(self.diff_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        self.split = split
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(self.filters)
        layout.addWidget(self.chart)
        layout.addWidget(split, 1)
        layout.addWidget(self.export_status)
        QShortcut(QKeySequence("Ctrl+F"), self, self.filters.search.setFocus)
        self.shown_size: int | None = None

    def resizeEvent(self, event: QResizeEvent) -> None:
        # The entries' columns and the diff do not fit side by side on a narrow window: the
        # diff then goes below the list, which keeps its full width.
        wide = self.width() >= text_width(self, SIDE_BY_SIDE_CHARACTERS)
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.split.orientation() != orientation:
            self.split.setOrientation(orientation)
            self.split.setStretchFactor(0, 3 if wide else 2)
            self.split.setStretchFactor(1, 2 if wide else 1)
        super().resizeEvent(event)

    # -- building -----------------------------------------------------------------------

    def _table(self) -> None:
        self.view = QTableView(self)
        isolate_cells(self.view)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Audit entries"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        metrics = self.fontMetrics()
        header.resizeSection(0, metrics.horizontalAdvance("0000-00-00 00:00") + 16)
        for column, chars in ((1, 13), (2, 22), (3, 22)):
            header.resizeSection(column, metrics.averageCharWidth() * chars)
        # The changes and the note share what is left, so every column stays in sight at
        # 1024 wide (the whole of a long one in its tooltip and in the diff below).
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().selectionChanged.connect(self._selected)
        self.view.activated.connect(lambda _index: self._open())

    def _diff_pane(self) -> None:
        self.diff_box = QWidget(self)
        self.diff_title = QLabel(self.tr("Select an entry to see what it changed."),
                                 self.diff_box)
        self.diff_title.setWordWrap(True)
        self.diff = QTableWidget(0, 3, self.diff_box)
        isolate_cells(self.diff)
        self.diff.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Before"),
                                             self.tr("After")])
        self.diff.setAccessibleName(self.tr("Changes of the selected entry"))
        self.diff.verticalHeader().hide()
        self.diff.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.diff.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # A photo before or after shows as a thumbnail; Enter or a double click opens it.
        self.diff.setIconSize(QSize(DIFF_THUMBNAIL, DIFF_THUMBNAIL))
        self.diff.cellActivated.connect(self._open_attachment)
        self.open_button = QPushButton(self.tr("Open record"), self.diff_box)
        self.open_button.setAccessibleName(self.tr("Open the record of the selected entry"))
        self.open_button.clicked.connect(self._open)
        self.timeline_button = QPushButton(self.tr("Timeline"), self.diff_box)
        self.timeline_button.setAccessibleName(self.tr("Timeline of the selected record"))
        self.timeline_button.clicked.connect(self._timeline)
        self.proof_button = QPushButton(self.tr("Inclusion proof"), self.diff_box)
        self.proof_button.setAccessibleName(self.tr("Inclusion proof of the selected event"))
        self.proof_button.clicked.connect(self._proof)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.timeline_button, self.proof_button):
            button.setEnabled(False)
            buttons.addWidget(button)
        layout = QVBoxLayout(self.diff_box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.diff_title)
        layout.addWidget(self.diff, 1)
        layout.addLayout(buttons)

    # -- filtering ----------------------------------------------------------------------

    def apply_filter(self) -> None:
        """Show the entries the filters select, their count and their chart."""
        self.filters.timer.stop()
        spec = self.filters.current()
        self.model.set_filter(spec)
        self.chart_generation += 1
        generation = self.chart_generation
        self.reader.submit(lambda: self._chart_job(generation, spec),
                           lambda activity: self._charted(generation, activity), self._failed)

    def _chart_job(self, generation: int, spec: AuditFilter) -> Activity | None:
        return self.service.activity(spec) if generation == self.chart_generation else None

    def _charted(self, generation: int, activity: Activity | None) -> None:
        if generation == self.chart_generation and activity is not None:
            self.chart.set_activity(activity)

    def refresh(self) -> None:
        """Reload the filter choices and the entries (new events may have arrived)."""
        self.reader.submit(self.service.log_size, self._sized, self._failed)
        self.reader.submit(self.service.choices, self.filters.fill_choices, self._failed)
        self.apply_filter()

    def _sized(self, size: int) -> None:
        self.shown_size = size

    def _refresh_if_grown(self, size: int) -> None:
        if size != self.shown_size:
            self.refresh()

    def _counted(self, total: int | None) -> None:
        self.count.setText(self.tr("Counting…") if total is None else
                           self.tr("1 entry") if total == 1 else
                           self.tr("{0} entries").format(f"{total:,}"))

    def _failed(self, error: object) -> None:
        if isinstance(error, BaseException):
            self.reader.unhandled.emit(error)

    # -- the selected entry -------------------------------------------------------------

    def selected_entry(self) -> AuditEntry | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.entry(rows[0].row()) if rows else None

    def _selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        entry = self.selected_entry()
        for button in (self.open_button, self.timeline_button, self.proof_button):
            button.setEnabled(entry is not None)
        self.diff.setRowCount(0)
        if entry is None:
            return
        lines = [self.tr("{0} · {1} · {2}").format(
            audit_entry_words(entry, self.labels), entry.entity_name or entry.entity_guid,
            entry.user_name or entry.user_id)]
        if entry.flag:
            lines.append(self.tr("Kept but not applied: {0}").format(note_text(entry)))
            self.diff_title.setToolTip(entry.flag)
        else:
            self.diff_title.setToolTip("")
        if entry.reason:
            lines.append(self.tr("Reason: {0}").format(entry.reason))
        self.diff_title.setText("\n".join(lines))
        self.diff.setRowCount(len(entry.changes))
        for row, change in enumerate(entry.changes):
            key = change["field"]
            cells = [self.labels.label(entry.form, key),
                     self.labels.value(entry.form, key, change["before"]),
                     self.labels.value(entry.form, key, change["after"])]
            for column, text in enumerate(cells):
                attached = references(change["before" if column == 1 else "after"]
                                      ) if column else []
                missing = [state_text(self.attachments, ref) for ref in attached]
                text += "".join(f" · {words}" for words in dict.fromkeys(missing) if words)
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if attached:
                    item.setIcon(attachment_icon(self.attachments, attached[0],
                                                 DIFF_THUMBNAIL))
                    item.setData(Qt.ItemDataRole.UserRole, attached)
                    self.diff.setRowHeight(row, DIFF_THUMBNAIL + 8)
                self.diff.setItem(row, column, item)

    def _open_attachment(self, row: int, column: int) -> None:
        item = self.diff.item(row, column)
        attached = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if attached:
            choose_and_open(self.diff, self.attachments, attached)

    def _open(self) -> None:
        entry = self.selected_entry()
        if entry is not None:
            self.open_requested.emit(entry.entity_guid)

    def _timeline(self) -> None:
        entry = self.selected_entry()
        if entry is not None:
            self.timeline_requested.emit(entry.entity_guid)

    def _proof(self) -> None:
        entry = self.selected_entry()
        if entry is not None:
            self.proof_requested.emit(entry.seq)

    # -- export -------------------------------------------------------------------------

    def _choose_export_file(self) -> None:
        dialog = QFileDialog(self, self.tr("Export the audit entries"), "audit.csv",
                             self.tr("CSV files (*.csv)"))
        dialog.setObjectName("auditExportDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("csv")
        dialog.fileSelected.connect(lambda name: self.export_to(Path(name)))
        dialog.open()

    def export_to(self, path: Path) -> None:
        """Write the filtered entries to `path` in the background."""
        spec = self.filters.current()
        relay = ProgressRelay(self, self.stopping)
        relay.progressed.connect(lambda done, _total: self.export_status.setText(
            self.tr("Exporting… {0} entries written").format(f"{done:,}")))
        button = self.filters.export_button
        button.setEnabled(False)
        self.export_status.setText(self.tr("Exporting…"))

        def done(count: int) -> None:
            button.setEnabled(True)
            text = self.tr("{0} entries exported to {1}.").format(f"{count:,}", str(path))
            self.export_status.setText(text)
            self.message.emit(text)

        def failed(error: BaseException) -> None:
            button.setEnabled(True)
            known = as_known(error)
            if known is not None:
                reason = error_text(known)
            elif isinstance(error, OSError):  # a folder that cannot be written to
                reason = error.strerror or str(error)
            else:
                self.export_status.clear()
                self.long_jobs.unhandled.emit(error)
                return
            text = self.tr("The export failed: {0}").format(reason)
            self.export_status.setText(text)
            self.message.emit(text)

        self.long_jobs.submit(lambda: self.service.export_csv(spec, path,
                                                             lambda n: relay(n, 0)),
                              done, failed)

    def focus_entries(self) -> None:
        """Apply what was typed and move to the entries (Enter in a filter field)."""
        if self.filters.timer.isActive():
            self.apply_filter()
        self.view.setFocus()
        if self.model.rowCount() and not self.view.currentIndex().isValid():
            select_row(self.view, 0)

    def focus_first(self) -> None:
        self.filters.search.setFocus()

    def showEvent(self, event: object) -> None:
        """Reload only when events arrived since: coming back from a record or a timeline
        keeps the place in the list."""
        self.reader.submit(self.service.log_size, self._refresh_if_grown, self._failed)
        super().showEvent(event)  # type: ignore[arg-type]
