"""Audit history: every change with who, when and what, filtered, charted and exported."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QDate, QItemSelection, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from datacollect_desktop.app.audit import (
    Activity,
    AuditChoices,
    AuditEntry,
    AuditFilter,
    AuditService,
    local_day_bounds,
)
from datacollect_desktop.ui.activity_chart import ActivityChart
from datacollect_desktop.ui.audit_model import AuditModel
from datacollect_desktop.ui.audit_text import FieldLabels, action_text
from datacollect_desktop.ui.progress_relay import ProgressRelay
from datacollect_desktop.ui.worker import Worker

FILTER_DELAY_MS = 200


class AuditPage(QWidget):
    """Filters on top, the activity chart, the entries and the selected entry's diff."""

    open_requested = Signal(str)
    timeline_requested = Signal(str)
    proof_requested = Signal(int)
    message = Signal(str)

    def __init__(self, service: AuditService, labels: FieldLabels, reader: Worker,
                 long_jobs: Worker, stopping: threading.Event,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
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
        self._filters()
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
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addLayout(self.filter_grid)
        layout.addWidget(self.chart)
        layout.addWidget(split, 1)
        layout.addWidget(self.export_status)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(FILTER_DELAY_MS)
        self.timer.timeout.connect(self.apply_filter)
        QShortcut(QKeySequence("Ctrl+F"), self, self.search.setFocus)
        self.shown_size: int | None = None

    # -- building -----------------------------------------------------------------------

    def _filters(self) -> None:
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Records whose name or fields hold these words"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search records"))
        self.user = self._combo(self.tr("User"), self.tr("All users"))
        self.action = self._combo(self.tr("Action"), self.tr("All actions"))
        self.form = self._combo(self.tr("Form"), self.tr("All forms"))
        self.record = QLineEdit(self)
        self.record.setPlaceholderText(self.tr("Record id"))
        self.record.setClearButtonEnabled(True)
        self.record.setAccessibleName(self.tr("Record id"))
        self.use_from = QCheckBox(self.tr("From"), self)
        self.use_from.setAccessibleName(self.tr("Filter from a date"))
        self.date_from = self._date(self.tr("First day"))
        self.use_to = QCheckBox(self.tr("To"), self)
        self.use_to.setAccessibleName(self.tr("Filter up to a date"))
        self.date_to = self._date(self.tr("Last day"))
        self.clear_button = QPushButton(self.tr("Clear filters"), self)
        self.clear_button.setAccessibleName(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear_filters)
        self.export_button = QPushButton(self.tr("Export CSV…"), self)
        self.export_button.setAccessibleName(self.tr("Export the filtered entries as CSV"))
        self.export_button.clicked.connect(self._choose_export_file)
        self.search.textChanged.connect(self._changed)
        self.record.textChanged.connect(self._changed)
        for line in (self.search, self.record):
            line.returnPressed.connect(self.focus_entries)
        for combo in (self.user, self.action, self.form):
            combo.currentIndexChanged.connect(self._changed)
        for box in (self.use_from, self.use_to):
            box.toggled.connect(self._changed)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self._changed)
        self.use_from.toggled.connect(self.date_from.setEnabled)
        self.use_to.toggled.connect(self.date_to.setEnabled)
        grid = QGridLayout()
        grid.addWidget(self.search, 0, 0, 1, 3)
        grid.addWidget(self.user, 0, 3)
        grid.addWidget(self.action, 0, 4)
        grid.addWidget(self.form, 0, 5)
        grid.addWidget(self.record, 1, 0)
        dates = QHBoxLayout()
        for widget in (self.use_from, self.date_from, self.use_to, self.date_to):
            dates.addWidget(widget)
        grid.addLayout(dates, 1, 1, 1, 3)
        grid.addWidget(self.clear_button, 1, 4)
        grid.addWidget(self.export_button, 1, 5)
        grid.setColumnStretch(0, 2)
        self.filter_grid = grid

    def _combo(self, name: str, everything: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        combo.addItem(everything, None)
        return combo

    def _date(self, name: str) -> QDateEdit:
        edit = QDateEdit(QDate.currentDate(), self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setAccessibleName(name)
        edit.setEnabled(False)
        return edit

    def _table(self) -> None:
        self.view = QTableView(self)
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
        for column, chars in ((1, 13), (2, 18), (3, 22), (4, 40)):
            header.resizeSection(column, metrics.averageCharWidth() * chars)
        self.view.selectionModel().selectionChanged.connect(self._selected)
        self.view.activated.connect(lambda _index: self._open())

    def _diff_pane(self) -> None:
        self.diff_box = QWidget(self)
        self.diff_title = QLabel(self.tr("Select an entry to see what it changed."),
                                 self.diff_box)
        self.diff_title.setWordWrap(True)
        self.diff = QTableWidget(0, 3, self.diff_box)
        self.diff.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Before"),
                                             self.tr("After")])
        self.diff.setAccessibleName(self.tr("Changes of the selected entry"))
        self.diff.verticalHeader().hide()
        self.diff.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.diff.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
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

    def current_filter(self) -> AuditFilter:
        first = self.date_from.date().toPython() if self.use_from.isChecked() else None
        last = self.date_to.date().toPython() if self.use_to.isChecked() else None
        since, until = local_day_bounds(first, last)  # type: ignore[arg-type]
        return AuditFilter(user=self.user.currentData(), action=self.action.currentData(),
                           form=self.form.currentData(), entity=self.record.text().strip() or None,
                           since=since, until=until, text=self.search.text())

    def _changed(self) -> None:
        self.timer.start()

    def apply_filter(self) -> None:
        """Show the entries the filters select, their count and their chart."""
        self.timer.stop()
        spec = self.current_filter()
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

    def clear_filters(self) -> None:
        for widget in (self.search, self.record):
            widget.clear()
        for combo in (self.user, self.action, self.form):
            combo.setCurrentIndex(0)
        self.use_from.setChecked(False)
        self.use_to.setChecked(False)
        self.apply_filter()

    def show_record(self, guid: str) -> None:
        """Every entry of one record."""
        self.clear_filters()
        self.record.setText(guid)
        self.apply_filter()

    def refresh(self) -> None:
        """Reload the filter choices and the entries (new events may have arrived)."""
        self.reader.submit(self.service.log_size, self._sized, self._failed)
        self.reader.submit(self.service.choices, self._fill_choices, self._failed)
        self.apply_filter()

    def _sized(self, size: int) -> None:
        self.shown_size = size

    def _refresh_if_grown(self, size: int) -> None:
        if size != self.shown_size:
            self.refresh()

    def _fill_choices(self, choices: AuditChoices) -> None:
        for combo, values, text in ((self.user, choices.users, str),
                                    (self.action, choices.actions, action_text),
                                    (self.form, choices.forms, self.labels.form_title)):
            current = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for value in values:
                combo.addItem(text(value), value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    def _counted(self, total: int | None) -> None:
        self.count.setText(self.tr("Counting…") if total is None else
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
        self.diff_title.setText(self.tr("{0} · {1} · {2}").format(
            action_text(entry.action), entry.entity_name or entry.entity_guid, entry.user_id))
        if entry.flag:
            self.diff_title.setText(self.diff_title.text() + "\n" + self.tr(
                "Kept but not applied: {0}").format(entry.flag))
        self.diff.setRowCount(len(entry.changes))
        for row, change in enumerate(entry.changes):
            key = change["field"]
            cells = [self.labels.label(entry.form, key),
                     self.labels.value(entry.form, key, change["before"]),
                     self.labels.value(entry.form, key, change["after"])]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.diff.setItem(row, column, item)

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
        spec = self.current_filter()
        relay = ProgressRelay(self, self.stopping)
        relay.progressed.connect(lambda done, _total: self.export_status.setText(
            self.tr("Exporting… {0} entries written").format(f"{done:,}")))
        self.export_button.setEnabled(False)
        self.export_status.setText(self.tr("Exporting…"))

        def done(count: int) -> None:
            self.export_button.setEnabled(True)
            text = self.tr("{0} entries exported to {1}.").format(f"{count:,}", str(path))
            self.export_status.setText(text)
            self.message.emit(text)

        def failed(error: BaseException) -> None:
            self.export_button.setEnabled(True)
            text = self.tr("The export failed: {0}").format(str(error))
            self.export_status.setText(text)
            self.message.emit(text)

        self.long_jobs.submit(lambda: self.service.export_csv(spec, path,
                                                             lambda n: relay(n, 0)),
                              done, failed)

    def focus_entries(self) -> None:
        """Apply what was typed and move to the entries (Enter in a filter field)."""
        if self.timer.isActive():
            self.apply_filter()
        self.view.setFocus()
        if self.model.rowCount() and not self.view.currentIndex().isValid():
            self.view.selectRow(0)

    def focus_first(self) -> None:
        self.search.setFocus()

    def showEvent(self, event: object) -> None:
        """Reload only when events arrived since: coming back from a record or a timeline
        keeps the place in the list."""
        self.reader.submit(self.service.log_size, self._refresh_if_grown, self._failed)
        super().showEvent(event)  # type: ignore[arg-type]
