"""The question before a record is deleted: are you sure, and why (the reason is kept)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from datacollect_desktop.domain.errors import KnownError
from datacollect_desktop.ui.messages import translated
from datacollect_desktop.ui.style import text_width


class DeleteDialog(QDialog):
    """Window-modal; Delete hands the typed reason to `on_delete`, which may refuse it with a
    `KnownError` (the rule lives with the registrar): the dialog then says why and stays."""

    def __init__(self, parent: QWidget, question: str, detail: str,
                 on_delete: Callable[[str], None]) -> None:
        super().__init__(parent)
        self.setObjectName("deleteConfirmation")
        self.setWindowTitle(self.tr("Delete this record?"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.on_delete = on_delete
        heading = QLabel(question, self)
        heading.setWordWrap(True)
        heading.setObjectName("dialogQuestion")
        note = QLabel(detail, self)
        note.setWordWrap(True)
        note.setObjectName("hint")
        prompt = QLabel(self.tr("Reason (kept in the history):"), self)
        self.reason = QLineEdit(self)
        self.reason.setAccessibleName(self.tr("Reason for deleting"))
        self.reason.setPlaceholderText(self.tr("For example: registered twice, moved away"))
        prompt.setBuddy(self.reason)
        self.refusal = QLabel(self)
        self.refusal.setObjectName("fieldError")
        self.refusal.setWordWrap(True)
        self.refusal.hide()
        buttons = QDialogButtonBox(self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setObjectName("danger")
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button.setText(self.tr("Cancel"))
        self.delete_button.setAutoDefault(False)
        self.delete_button.clicked.connect(self._delete)
        self.cancel_button.clicked.connect(self.reject)
        self.reason.returnPressed.connect(self._delete)
        self.reason.textChanged.connect(self.refusal.hide)
        # Wide enough that the wrapped sentences get the height they need, never cut.
        self.setMinimumWidth(text_width(self, 60))
        layout = QVBoxLayout(self)
        for widget in (heading, note, prompt, self.reason, self.refusal):
            layout.addWidget(widget)
        layout.addWidget(buttons)
        self.reason.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.adjustSize()  # wrapped sentences get their height at the dialog's width

    def _delete(self) -> None:
        try:
            self.on_delete(self.reason.text())
        except KnownError as refused:
            self.refusal.setText(translated(refused.message))
            self.refusal.show()
            self.adjustSize()  # room for the sentence, never cut
            self.reason.setFocus()
            return
        self.accept()
