"""Integrity status: the local tree, full verification with progress, and an alarm that names
every event failing verification; proofs and the server's checkpoint in `integrity_panels`."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from datacollect_desktop.app.integrity import (
    IntegrityService,
    IntegrityStatus,
    Problem,
    Verification,
)
from datacollect_desktop.ui.audit_text import action_text
from datacollect_desktop.ui.cell_direction import isolate_cells
from datacollect_desktop.ui.field_text import local_time
from datacollect_desktop.ui.integrity_panels import ProofPanel, ServerPanel
from datacollect_desktop.ui.messages import translated
from datacollect_desktop.ui.progress_relay import ProgressRelay
from datacollect_desktop.ui.style import text_width
from datacollect_desktop.ui.worker import Worker

GUID_ROLE = Qt.ItemDataRole.UserRole + 1
SEQ_ROLE = Qt.ItemDataRole.UserRole + 2
ALARM_STYLE = ("QFrame#integrityAlarm { background: #fdecea; border: 2px solid #b3261e; "
               "border-radius: 6px; } QFrame#integrityAlarm QLabel { color: #7f1d1d; }")


class IntegrityPage(QWidget):
    """Shows `IntegrityStatus`; "Verify now" runs on its own worker thread."""

    open_requested = Signal(str)
    message = Signal(str)

    def __init__(self, service: IntegrityService, reader: Worker, long_jobs: Worker,
                 stopping: threading.Event, parent: QWidget | None = None,
                 name_of: Callable[[str], str] | None = None) -> None:
        super().__init__(parent)
        self.service = service
        # Who made a change, by the name every screen shows (an id nobody knows as it is).
        self.name_of: Callable[[str], str] = name_of or (lambda user_id: user_id)
        self.reader = reader
        self.long_jobs = long_jobs
        self.stopping = stopping
        self.status: IntegrityStatus | None = None
        self.verifying = False
        self.refocus = False
        title = QLabel(self.tr("Integrity"), self)
        title.setObjectName("pageTitle")
        self.explain = QLabel(self.tr(
            "Every change made on this laptop or received by sync is kept as a numbered "
            "event that is never rewritten. The root hash is a fingerprint of all of them "
            "together: changing any event, even by one character, changes it, and "
            "verification then names the event. An inclusion proof shows that one event is "
            "in the log exactly as it was written; the sync server's signed checkpoint "
            "shows that the server's copy of the log only ever grew."), self)
        self.explain.setObjectName("entryContext")
        self.explain.setWordWrap(True)
        self._alarm_box()
        self._status_box()
        self.proof = ProofPanel(service, reader, self)
        self.server = ServerPanel(self)
        body = QWidget(self)
        content = QVBoxLayout(body)
        content.addWidget(self.alarm)
        content.addWidget(self.status_box)
        content.addWidget(self.proof)
        content.addWidget(self.server)
        content.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.explain)
        layout.addWidget(scroll, 1)

    def _alarm_box(self) -> None:
        self.alarm = QFrame(self)
        self.alarm.setObjectName("integrityAlarm")
        self.alarm.setStyleSheet(ALARM_STYLE)
        self.alarm_title = QLabel(self.alarm)
        self.alarm_title.setObjectName("alarmTitle")
        self.alarm_title.setWordWrap(True)
        font = self.alarm_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.alarm_title.setFont(font)
        self.alarm_text = QLabel(self.tr(
            "The records on this laptop no longer match their tamper-evident log: someone or "
            "something changed them behind the application's back. Nothing was repaired or "
            "deleted. Do not sync; tell your supervisor or administrator, and keep this "
            "laptop as it is."), self.alarm)
        self.alarm_text.setWordWrap(True)
        self.alarm_more = QLabel(self.alarm)
        self.problems = QTableWidget(0, 6, self.alarm)
        isolate_cells(self.problems)
        self.problems.setHorizontalHeaderLabels([
            self.tr("Event"), self.tr("Record"), self.tr("Change"), self.tr("By"),
            self.tr("When"), self.tr("What is wrong")])
        self.problems.setAccessibleName(self.tr("Events failing verification"))
        self.problems.verticalHeader().hide()
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Set widths (in characters) rather than fitted ones: an event's id and a user's id
        # wrap or are shortened, and what is wrong keeps the rest of the width.
        header = self.problems.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, characters in enumerate((22, 18, 18, 16, 17)):
            header.resizeSection(column, text_width(self.problems, characters))
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(text_width(self.problems, 6))
        self.problems.setWordWrap(True)
        self.problems.setMinimumHeight(self.fontMetrics().height() * 10)
        self.problems.itemActivated.connect(self._open_problem)
        self.problems.itemSelectionChanged.connect(self._problem_selected)
        layout = QVBoxLayout(self.alarm)
        layout.addWidget(self.alarm_title)
        layout.addWidget(self.alarm_text)
        layout.addWidget(self.problems)
        layout.addWidget(self.alarm_more)
        self.alarm.hide()

    def _status_box(self) -> None:
        self.status_box = QGroupBox(self.tr("This laptop's log"), self)
        self.tree_size = QLabel(self.status_box)
        self.root_hash = QLineEdit(self.status_box)
        self.root_hash.setReadOnly(True)
        self.root_hash.setAccessibleName(self.tr("Root hash"))
        self.copy_button = QPushButton(self.tr("Copy"), self.status_box)
        self.copy_button.setAccessibleName(self.tr("Copy the root hash"))
        self.copy_button.clicked.connect(self.copy_root)
        self.last = QLabel(self.status_box)
        self.last.setWordWrap(True)
        self.verify_button = QPushButton(self.tr("Verify now"), self.status_box)
        self.verify_button.setObjectName("primary")
        self.verify_button.setAccessibleName(self.tr("Verify every event now"))
        self.verify_button.clicked.connect(self.verify_now)
        self.progress = QProgressBar(self.status_box)
        self.progress.setAccessibleName(self.tr("Verification progress"))
        self.progress.hide()
        root_row = QHBoxLayout()
        root_row.addWidget(self.root_hash, 1)
        root_row.addWidget(self.copy_button)
        verify_row = QHBoxLayout()
        verify_row.addWidget(self.verify_button)
        verify_row.addWidget(self.progress, 1)
        # Saved changes found gone on opening the profile (a damaged file): said apart from
        # the tampering alarm, since syncing is what brings them back.
        self.lost = QLabel(self.status_box)
        self.lost.setObjectName("lostEvents")
        self.lost.setWordWrap(True)
        self.lost.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.lost.hide()
        form = QFormLayout(self.status_box)
        form.addRow(self.lost)
        form.addRow(self.tr("Events in the log (tree size):"), self.tree_size)
        form.addRow(self.tr("Root hash:"), root_row)
        form.addRow(self.tr("Last full verification:"), self.last)
        form.addRow(verify_row)

    # -- loading ------------------------------------------------------------------------

    def refresh(self) -> None:
        self.reader.submit(lambda: (self.service.status(), self.service.server()),
                           self._loaded, self.reader.unhandled.emit)

    def _loaded(self, result: tuple[IntegrityStatus, object]) -> None:
        status, server = result
        self.status = status
        self.tree_size.setText(format(status.tree_size, ","))
        self.root_hash.setText(status.root_hash)
        self.root_hash.setCursorPosition(0)
        self.proof.set_size(status.tree_size)
        self.server.show_trust(server)  # type: ignore[arg-type]
        self.lost.setText("\n\n".join(translated(message) for message in status.lost))
        self.lost.setVisible(bool(status.lost))
        self._show_verification(status.last)

    def _show_verification(self, last: Verification | None) -> None:
        if last is None:
            self.last.setText(self.tr("Never. Press Verify now to check every event."))
            self.alarm.hide()
            return
        when = local_time(last.at)
        if last.ok:
            self.last.setText(self.tr("{0}: all {1} events verified; root {2}…").format(
                when, f"{last.tree_size:,}", last.root_hash[:16]))
            self.alarm.hide()
            return
        self.last.setText(self.tr("{0}: FAILED, %n problem(s) found.", "",
                                  last.problem_count).format(when))
        self._show_alarm(last)

    def _show_alarm(self, last: Verification) -> None:
        events = sum(1 for p in last.problems if p.seq is not None)
        self.alarm_title.setText(self.tr(
            "Integrity alarm: %n event(s) failed verification on {0}", "", events).format(
            local_time(last.at)) if events else self.tr(
            "Integrity alarm: the log failed verification on {0}").format(local_time(last.at)))
        self.problems.setRowCount(len(last.problems))
        for row, problem in enumerate(last.problems):
            for column, text in enumerate(self._problem_cells(problem)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setData(GUID_ROLE, problem.entity_guid)
                item.setData(SEQ_ROLE, problem.seq)
                self.problems.setItem(row, column, item)
        self.problems.resizeRowsToContents()
        more = last.problem_count > len(last.problems)
        self.alarm_more.setText(self.tr("Only the first {0} of {1} problems are listed.").format(
            f"{len(last.problems):,}", f"{last.problem_count:,}") if more else "")
        self.alarm_more.setVisible(more)
        self.alarm.show()

    def _problem_cells(self, problem: Problem) -> list[str]:
        if problem.seq is not None:
            event = self.tr("No. {0}\n{1}").format(problem.seq, problem.guid or "?")
        elif problem.level is not None:
            event = self.tr("Tree node {0}/{1}").format(problem.level, problem.index or 0)
        elif problem.tree_size is not None:
            event = self.tr("Checkpoint of {0} events").format(problem.tree_size)
        else:
            event = ""
        record = problem.entity_name or problem.entity_guid or ""
        change = action_text(problem.type) if problem.type else ""
        when = local_time(problem.timestamp) if problem.timestamp else ""
        by = self.name_of(problem.user_id) if problem.user_id else ""
        return [event, record, change, by, when, translated(problem.reason)]

    def _problem_selected(self) -> None:
        """An altered event's proof, shown failing below."""
        items = self.problems.selectedItems()
        seq = items[0].data(SEQ_ROLE) if items else None
        if isinstance(seq, int):
            self.proof.show_proof(seq)

    def _open_problem(self, item: QTableWidgetItem) -> None:
        guid = item.data(GUID_ROLE)
        if isinstance(guid, str):
            self.open_requested.emit(guid)

    # -- actions ------------------------------------------------------------------------

    def copy_root(self) -> None:
        QGuiApplication.clipboard().setText(self.root_hash.text())
        self.message.emit(self.tr("The root hash was copied."))

    def verify_now(self) -> None:
        """Re-hash every event and check the tree in the background, with progress."""
        if self.verifying:
            return
        self.verifying = True
        self.refocus = self.verify_button.hasFocus()  # disabling it moves the focus on
        relay = ProgressRelay(self, self.stopping)
        relay.progressed.connect(self._progressed)
        self.verify_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.long_jobs.submit(lambda: self.service.verify(relay), self._verified,
                              self._verify_failed)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _verified(self, result: Verification) -> None:
        self.verifying = False
        self.verify_button.setEnabled(True)
        if self.refocus:
            self.verify_button.setFocus()
        self.progress.hide()
        self.message.emit(self.tr("Every event verified.") if result.ok else
                          self.tr("Verification FAILED: see Integrity."))
        self.refresh()

    def _verify_failed(self, error: BaseException) -> None:
        self.verifying = False
        self.verify_button.setEnabled(True)
        self.progress.hide()
        self.long_jobs.unhandled.emit(error)

    def show_proof(self, seq: int) -> None:
        self.proof.show_proof(seq)

    def focus_first(self) -> None:
        self.verify_button.setFocus()

    def showEvent(self, event: object) -> None:
        self.refresh()
        super().showEvent(event)  # type: ignore[arg-type]
