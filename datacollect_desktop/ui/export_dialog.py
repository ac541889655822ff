"""The records' "Export…": what to export (format, forms, labels or raw values, now or as
of a moment), then where, then the export in the background with its progress."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QDateTime, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from datacollect_desktop.app.clock import utc_stamp
from datacollect_desktop.app.errors import as_known
from datacollect_desktop.app.exports import ExportRequest, ExportService, ExportSummary
from datacollect_desktop.domain.forms import AppConfig
from datacollect_desktop.ui.date_editors import ISO_MINUTE, iso_editor
from datacollect_desktop.ui.form_language import display_config, form_translator
from datacollect_desktop.ui.messages import error_text
from datacollect_desktop.ui.progress_relay import ProgressRelay
from datacollect_desktop.ui.worker import Worker

SUFFIXES = {"xlsx": "xlsx", "csv": "zip"}


class ExportDialog(QDialog):
    """Asks what to export; `request()` is the answer once accepted."""

    def __init__(self, config: AppConfig, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export records"))
        self.format = QComboBox(self)
        for code, text in (("xlsx", self.tr("Excel workbook (.xlsx), a sheet per form")),
                           ("csv", self.tr("CSV files in a .zip, a file per form"))):
            self.format.addItem(text, code)
        self.forms = QListWidget(self)
        self.forms.setAccessibleName(self.tr("Forms"))
        for form in display_config(config).entity_forms:
            item = QListWidgetItem(form.title, self.forms)
            item.setData(Qt.ItemDataRole.UserRole, form.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        self.forms.setMaximumHeight(self.forms.sizeHintForRow(0) * 5 + 8)
        self.labels = QRadioButton(self.tr("Labels, as the forms show them"), self)
        self.raw = QRadioButton(self.tr("Stored values and field keys"), self)
        self.labels.setChecked(True)
        values = QButtonGroup(self)
        values.addButton(self.labels)
        values.addButton(self.raw)
        self.now = QRadioButton(self.tr("Now"), self)
        self.then = QRadioButton(self.tr("As of"), self)
        self.now.setChecked(True)
        when = QButtonGroup(self)
        when.addButton(self.now)
        when.addButton(self.then)
        self.moment = QDateTimeEdit(QDateTime.currentDateTime(), self)
        self.moment.setCalendarPopup(True)
        iso_editor(self.moment, ISO_MINUTE)
        self.moment.setAccessibleName(self.tr("Date and time to export the records as of"))
        self.moment.setEnabled(False)
        self.then.toggled.connect(self.moment.setEnabled)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.forms.itemChanged.connect(self._checked)

        value_row = QVBoxLayout()
        value_row.addWidget(self.labels)
        value_row.addWidget(self.raw)
        when_row = QHBoxLayout()
        when_row.addWidget(self.now)
        when_row.addWidget(self.then)
        when_row.addWidget(self.moment, 1)
        rows = QFormLayout()
        rows.addRow(self.tr("Format"), self.format)
        rows.addRow(self.tr("Forms"), self.forms)
        rows.addRow(self.tr("Values"), value_row)
        rows.addRow(self.tr("Records"), when_row)
        layout = QVBoxLayout(self)
        layout.addLayout(rows)
        layout.addWidget(self.buttons)

    def _checked(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(self.chosen_forms()))

    def chosen_forms(self) -> tuple[str, ...]:
        items = (self.forms.item(i) for i in range(self.forms.count()))
        return tuple(str(item.data(Qt.ItemDataRole.UserRole)) for item in items
                     if item.checkState() == Qt.CheckState.Checked)

    def request(self) -> ExportRequest:
        at = None
        if self.then.isChecked():
            chosen = self.moment.dateTime().toPython()
            assert isinstance(chosen, datetime)
            at = utc_stamp(chosen.astimezone())  # the laptop's local time, in UTC
        return ExportRequest(str(self.format.currentData()), at, self.chosen_forms(),
                             self.labels.isChecked())


class RecordExport(QObject):
    """Runs exports on the window's long-jobs thread; tells progress and the outcome."""

    status = Signal(str)
    finished = Signal(str)  # what the window says when it is done (or failed)
    running = Signal(bool)

    def __init__(self, service: ExportService, config: Callable[[], AppConfig],
                 long_jobs: Worker, stopping: threading.Event, parent: QWidget) -> None:
        super().__init__(parent)
        self.service = service
        self.config = config  # the config in use when an export starts
        self.long_jobs = long_jobs
        self.stopping = stopping
        self.page = parent

    def choose(self) -> None:
        """Ask what to export, then where (the platform's save dialog), then export."""
        dialog = ExportDialog(self.config(), self.page)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._where(dialog.request()))
        dialog.open()

    def _where(self, request: ExportRequest) -> None:
        suffix = SUFFIXES[request.format]
        suggested = f"records.{suffix}"
        name, _ = QFileDialog.getSaveFileName(
            self.page, self.tr("Export records"), suggested,
            self.tr("Excel workbooks (*.xlsx)") if suffix == "xlsx"
            else self.tr("Zip files (*.zip)"))
        if name:
            path = Path(name)
            self.export_to(request, path if path.suffix else path.with_suffix(f".{suffix}"))

    def export_to(self, request: ExportRequest, path: Path) -> None:
        relay = ProgressRelay(self, self.stopping)
        relay.progressed.connect(lambda done, total: self.status.emit(
            self.tr("Exporting… {0} of {1} records").format(f"{done:,}", f"{total:,}")))
        translate = form_translator(self.config()) if request.labels else None
        self.running.emit(True)
        self.status.emit(self.tr("Exporting…"))

        def done(summary: ExportSummary) -> None:
            self.running.emit(False)
            count = sum(summary.counts.values())
            text = self.tr("%n record(s) exported to {0}.", "", count).format(str(path))
            self.status.emit(text)
            self.finished.emit(text)

        def failed(error: BaseException) -> None:
            self.running.emit(False)
            known = as_known(error)
            if known is None:
                self.status.emit("")
                self.long_jobs.unhandled.emit(error)
                return
            text = self.tr("The export failed: {0}").format(error_text(known))
            self.status.emit(text)
            self.finished.emit(text)

        self.long_jobs.submit(lambda: self.service.export(request, path, translate, relay),
                              done, failed)
