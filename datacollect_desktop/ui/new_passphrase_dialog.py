"""A new passphrase, asked right after an unlock with the recovery key: the old one is
forgotten, so the dialog cannot be skipped."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from datacollect_desktop.ui.dialogs import grow_to_fit
from datacollect_desktop.ui.gate_pages import NewPassphraseFields
from datacollect_desktop.ui.messages import translated


class NewPassphraseDialog(QDialog):
    """The new passphrase twice, with the first run's strength hint; `submitted` carries
    both, and the window calls `failed` with the reason or `accept` once it is set. Escape
    and the close button do nothing."""

    submitted = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose a new passphrase"))
        explain = QLabel(self.tr(
            "You opened the profile with its recovery key. Choose a new passphrase now: you "
            "will type it to unlock from now on. The recovery key keeps working."), self)
        explain.setWordWrap(True)
        self.fields = NewPassphraseFields(self)
        self.error = QLabel(self)
        self.error.setObjectName("formProblems")
        self.error.setWordWrap(True)
        self.error.hide()
        self.set_button = QPushButton(self.tr("Set the passphrase and continue"), self)
        self.set_button.setObjectName("primary")
        # Enter is handled by the fields (the first moves on, the second submits); a default
        # button would submit from the first field as well.
        self.set_button.setAutoDefault(False)
        self.set_button.clicked.connect(self._submit)
        self.fields.confirmation.returnPressed.connect(self._submit)
        self._to_fix: QLineEdit | None = None
        for line in (self.fields.passphrase, self.fields.confirmation):
            line.textChanged.connect(self._edited)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields.add_rows(form)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.set_button)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.fields.passphrase.setFocus()

    def reject(self) -> None:
        """The old passphrase is forgotten: a new one must be set before going on."""

    def _submit(self) -> None:
        if not self.set_button.isEnabled():
            return
        self.error.hide()
        self._to_fix = None
        self._set_busy(True)
        self.submitted.emit(self.fields.passphrase.text(), self.fields.confirmation.text())

    def failed(self, message: str) -> None:
        """Show why the passphrase was not set (a `Message` in the person's language) and
        put the cursor in the field to fix."""
        self._set_busy(False)
        self.error.setText(translated(message))
        self.error.show()
        grow_to_fit(self)  # the error line never squeezes the fields
        field = self.fields.field_to_fix()
        self._to_fix = field
        field.selectAll()
        field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _edited(self) -> None:
        if self._to_fix is not None and not self.fields.wrong(self._to_fix):
            self.error.hide()
            self._to_fix = None

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.fields.passphrase, self.fields.confirmation, self.set_button):
            widget.setEnabled(not busy)
