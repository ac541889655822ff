"""Parts of the integrity screen: an event's inclusion proof, checked, and what this laptop
knows of the sync server's signed log."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from datacollect_desktop.app.errors import as_known
from datacollect_desktop.app.integrity import IntegrityService, ProofCheck, ServerTrust
from datacollect_desktop.ui.field_text import local_time
from datacollect_desktop.ui.messages import error_text, translated
from datacollect_desktop.ui.worker import Worker

GOOD = "color: #1b5e20; font-weight: 600;"
BAD = "color: #b3261e; font-weight: 600;"


def _code_box(parent: QWidget, name: str, lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setReadOnly(True)
    box.setAccessibleName(name)
    box.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    box.setMaximumHeight(box.fontMetrics().height() * lines + 12)
    return box


class ProofPanel(QGroupBox):
    """Pick an event by number; its RFC 9162 inclusion proof is shown and checked."""

    def __init__(self, service: IntegrityService, reader: Worker,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Inclusion proof of an event"))
        self.service = service
        self.reader = reader
        self.seq = QSpinBox(self)
        self.seq.setAccessibleName(self.tr("Event number"))
        self.seq.setRange(1, 1)
        self.show_button = QPushButton(self.tr("Show the proof"), self)
        self.show_button.setAccessibleName(self.tr("Show the inclusion proof of that event"))
        self.show_button.clicked.connect(lambda: self.show_proof(self.seq.value()))
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setAccessibleName(self.tr("Proof result"))
        self.text = _code_box(self, self.tr("Inclusion proof"), 12)
        self.text.setPlaceholderText(self.tr(
            "Type an event's number and press \"{0}\": the hashes that lead from that event "
            "to the root hash appear here, checked.").format(self.show_button.text()))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Event number:"), self))
        row.addWidget(self.seq)
        row.addWidget(self.show_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.result)
        layout.addWidget(self.text)
        self.check: ProofCheck | None = None

    def set_size(self, size: int) -> None:
        self.seq.setRange(1 if size else 0, size)
        self.setEnabled(size > 0)

    def show_proof(self, seq: int) -> None:
        """Fetch and check event `seq`'s proof in the background."""
        self.seq.setValue(seq)
        self.result.setText(self.tr("Checking…"))
        self.reader.submit(lambda: self.service.proof(seq), self._shown, self._failed)

    def _shown(self, check: ProofCheck) -> None:
        self.check = check
        if check.verified:
            self.result.setStyleSheet(GOOD)
            self.result.setText(self.tr(
                "✓ Verified: event {0} is leaf {1} of the tree of {2} events, and the proof "
                "leads from its content to the root.").format(
                check.seq, check.leaf_index, f"{check.tree_size:,}"))
        else:
            self.result.setStyleSheet(BAD)
            self.result.setText(self.tr(
                "✗ Does not verify: the event as stored now does not lead to the root. It "
                "was altered after it was written."))
        lines = [self.tr("Event: {0}").format(check.guid),
                 self.tr("Leaf index: {0}   Tree size: {1}").format(check.leaf_index,
                                                                   check.tree_size),
                 self.tr("Leaf hash of the event now: {0}").format(check.leaf_hash),
                 self.tr("Leaf hash in the tree:      {0}").format(check.stored_leaf_hash),
                 self.tr("Audit path (%n hash(es)):", "", len(check.audit_path))]
        lines.extend(f"  {n + 1:>2}. {digest}" for n, digest in enumerate(check.audit_path))
        lines.append(self.tr("Root hash: {0}").format(check.root_hash))
        self.text.setPlainText("\n".join(lines))

    def _failed(self, error: BaseException) -> None:
        known = as_known(error)
        if known is None:
            self.reader.unhandled.emit(error)
            return
        self.result.setStyleSheet(BAD)
        self.result.setText(error_text(known))


class ServerPanel(QGroupBox):
    """The last checkpoint the sync server signed, the key pinned on the first sync, and
    whether the server's log kept extending the one seen before."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The sync server's signed log"))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.server = QLabel(self)
        self.checkpoint = QLabel(self)
        self.checkpoint.setWordWrap(True)
        self.key = QLabel(self)
        self.key.setWordWrap(True)
        self.fingerprint = QLabel(self)
        self.fingerprint.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.fingerprint.setWordWrap(True)
        self.signature = QLabel(self)
        self.consistency = QLabel(self)
        self.consistency.setWordWrap(True)
        self.note = _code_box(self, self.tr("Signed checkpoint"), 6)
        self.form = QFormLayout()
        self.form.addRow(self.tr("Server:"), self.server)
        self.form.addRow(self.tr("Last checkpoint:"), self.checkpoint)
        self.form.addRow(self.tr("Pinned key:"), self.key)
        self.form.addRow(self.tr("Key fingerprint (SHA-256):"), self.fingerprint)
        self.form.addRow(self.tr("Signature:"), self.signature)
        self.form.addRow(self.tr("Consistency:"), self.consistency)
        self.form.addRow(self.tr("Signed note:"), self.note)
        for label in (self.server, self.checkpoint, self.key, self.fingerprint):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(self.form)

    def show_trust(self, trust: ServerTrust | None) -> None:
        details = trust is not None and trust.checkpoint_size is not None
        for row in range(self.form.rowCount()):
            self.form.setRowVisible(row, details)
        if trust is None:
            self.summary.setText(self.tr("This laptop has not synced yet: no server "
                                         "checkpoint to show."))
            return
        if trust.notice is not None:  # a stock server: nothing signed to show, say so
            self.summary.setText(translated(trust.notice))
            return
        if trust.checkpoint_size is None:
            self.summary.setText(self.tr("No checkpoint was received from {0} yet.").format(
                trust.server_url))
            return
        self.summary.setText(self.tr("Last successful sync: {0}").format(
            local_time(trust.last_success) if trust.last_success else self.tr("never")))
        self.server.setText(trust.server_url)
        self.checkpoint.setText(self.tr("{0} events, root {1}").format(
            f"{trust.checkpoint_size:,}", trust.checkpoint_root or ""))
        self.key.setText(self.tr("{0} (key id {1})").format(trust.key_name or "?",
                                                           trust.key_id or "?"))
        self.fingerprint.setText(trust.fingerprint or "")
        ok = trust.signature_ok is True
        self.signature.setStyleSheet(GOOD if ok else BAD)
        self.signature.setText(self.tr("✓ Valid, by the pinned key") if ok else
                               self.tr("✗ Does not verify with the pinned key"))
        self.consistency.setStyleSheet(BAD if trust.consistency_problem else GOOD)
        if trust.consistency_problem:
            self.consistency.setText(self.tr("✗ Did not hold ({0}): {1}").format(
                local_time(trust.consistency_at or ""), trust.consistency_problem))
        elif trust.consistency_to is not None:
            self.consistency.setText(self.tr(
                "✓ Held: the log of {0} events extends the {1} seen before (checked {2}).")
                .format(f"{trust.consistency_to:,}", f"{trust.consistency_from or 0:,}",
                        local_time(trust.consistency_at or "")))
        else:
            self.consistency.setStyleSheet("")
            self.consistency.setText(self.tr("Not checked yet: this is the first checkpoint "
                                             "seen; the next one will be checked against it."))
        self.note.setPlainText(trust.note or "")
