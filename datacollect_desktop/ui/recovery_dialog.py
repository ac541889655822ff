"""The recovery key, shown once: the person confirms they stored it before going on."""

from __future__ import annotations

from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class RecoveryKeyDialog(QDialog):
    """Cannot be closed until "I have stored it" is ticked."""

    def __init__(self, recovery_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your recovery key"))
        explain = QLabel(self.tr(
            "If you forget your passphrase, this key is the only way to open your records. "
            "Write it down or print it and keep it apart from this laptop. It is shown only "
            "this once."), self)
        explain.setWordWrap(True)
        self.key = QLineEdit(recovery_key, self)
        self.key.setReadOnly(True)
        self.key.setAccessibleName(self.tr("Recovery key"))
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.key.setFont(font)
        self.key.setMinimumWidth(self.key.fontMetrics().horizontalAdvance(recovery_key) + 24)
        copy = QPushButton(self.tr("Copy"), self)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(recovery_key))
        self.stored = QCheckBox(self.tr("I have stored the recovery key somewhere safe"), self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        self.continue_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.continue_button.setText(self.tr("Continue"))
        self.continue_button.setEnabled(False)
        self.stored.toggled.connect(lambda ticked: self.continue_button.setEnabled(ticked))
        self.buttons.accepted.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(self.key, 1)
        row.addWidget(copy)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(row)
        layout.addWidget(self.stored)
        layout.addWidget(self.buttons)

    def reject(self) -> None:
        if self.stored.isChecked():
            super().reject()

    def accept(self) -> None:
        if self.stored.isChecked():
            super().accept()
