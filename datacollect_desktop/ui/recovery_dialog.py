"""The recovery key, shown once: the person prints it, saves it or writes it down, and
confirms they stored it before going on."""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from PySide6.QtGui import QFont, QGuiApplication, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from datacollect_desktop.app.recovery_sheet import save_recovery_sheet
from datacollect_desktop.domain.errors import KnownError
from datacollect_desktop.ui.dialogs import grow_to_fit


class RecoveryKeyDialog(QDialog):
    """Cannot be closed until "I have stored it" is ticked."""

    def __init__(self, recovery_key: str, parent: QWidget | None = None, *,
                 profile_name: str = "", profile_dir: Path | None = None) -> None:
        super().__init__(parent)
        self.recovery_key = recovery_key
        self.profile_name = profile_name
        self.profile_dir = profile_dir
        self.setWindowTitle(self.tr("Your recovery key"))
        explain = QLabel(self.tr(
            "If you forget your passphrase, this key is the only way to open your records. "
            "Print it, save it to a USB stick or write it down, and keep it apart from this "
            "laptop. It is shown only this once."), self)
        explain.setWordWrap(True)
        self.key = QLineEdit(recovery_key, self)
        self.key.setReadOnly(True)
        self.key.setAccessibleName(self.tr("Recovery key"))
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.key.setFont(font)
        self.key.setMinimumWidth(self.key.fontMetrics().horizontalAdvance(recovery_key) + 24)
        copy = QPushButton(self.tr("&Copy"), self)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(recovery_key))
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.clicked.connect(self._print)
        self.save_button = QPushButton(self.tr("&Save to a file…"), self)
        self.save_button.clicked.connect(self._save)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setObjectName("entryContext")
        self.status.hide()
        self.stored = QCheckBox(self.tr("&I have stored the recovery key somewhere safe"), self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        self.continue_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.continue_button.setText(self.tr("Continue"))
        self.continue_button.setEnabled(False)
        self.stored.toggled.connect(lambda ticked: self.continue_button.setEnabled(ticked))
        self.buttons.accepted.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(self.key, 1)
        row.addWidget(copy)
        actions = QHBoxLayout()
        actions.addWidget(self.print_button)
        actions.addWidget(self.save_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(row)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        layout.addWidget(self.stored)
        layout.addWidget(self.buttons)
        for first, second in ((self.key, copy), (copy, self.print_button),
                              (self.print_button, self.save_button),
                              (self.save_button, self.stored),
                              (self.stored, self.continue_button)):
            QWidget.setTabOrder(first, second)

    def reject(self) -> None:
        if self.stored.isChecked():
            super().reject()

    def accept(self) -> None:
        if self.stored.isChecked():
            super().accept()

    # -- the sheet --------------------------------------------------------------------

    def _sheet(self) -> tuple[str, list[str], str]:
        """The printed page's and the saved file's title, facts and advice, in the window's
        language."""
        facts = [self.tr("Profile of: {0}").format(self.profile_name)] if self.profile_name else []
        facts.append(self.tr("Made on: {0}").format(date.today().isoformat()))
        advice = self.tr(
            "This key opens the profile if its passphrase is forgotten: on the unlock screen "
            "choose \"Forgot it? Use the recovery key\" and type it. Whoever holds this key "
            "can open every record of the profile: keep it apart from the laptop, somewhere "
            "safe.")
        return self.tr("DataCollect Desktop: recovery key"), facts, advice

    def sheet_text(self) -> str:
        title, facts, advice = self._sheet()
        return "\n".join([title, *facts, "", self.recovery_key, "", advice]) + "\n"

    def sheet_document(self) -> QTextDocument:
        """The sheet as a page: the key large, in groups, in a fixed-width font; every line
        in the window's direction (an Arabic heading starting with the app's Latin name
        would otherwise run left to right, at the other edge of the page)."""
        title, facts, advice = self._sheet()
        spaced = "&nbsp;&nbsp;".join(html.escape(part) for part in self.recovery_key.split("-"))
        way = "rtl" if self.isRightToLeft() else "ltr"
        page = (f"<h1 dir='{way}'>{html.escape(title)}</h1>"
                + "".join(f"<p dir='{way}'>{html.escape(fact)}</p>" for fact in facts)
                + f"<p dir='{way}' style='font-family: monospace; font-size: xx-large'>"
                + f"<b>{spaced}</b></p><p dir='{way}'>{html.escape(advice)}</p>")
        document = QTextDocument(self)
        document.setHtml(page)
        return document

    def print_sheet(self, printer: QPrinter) -> None:
        """Lay the sheet out on one page."""
        self.sheet_document().print_(printer)

    def _print(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the recovery key"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_sheet(printer)
        self._say(self.tr("Sent to the printer. Keep the page apart from this laptop."))

    def _save(self) -> None:
        start = str(Path.home() / "datacollect-recovery-key.txt")
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the recovery key"), start, self.tr("Text files (*.txt)"))
        if not chosen:
            return
        try:
            saved = save_recovery_sheet(self.sheet_text(), Path(chosen), self.profile_dir)
        except KnownError as error:
            QMessageBox.warning(self, self.tr("Not saved"), str(error))
            return
        self._say(self.tr("Saved as {0}. Whoever has this file can open your records with "
                          "it: move it to a USB stick or a place apart from this laptop.")
                  .format(saved))

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.show()
        self.fit()

    def fit(self) -> None:
        """Grow to the height the wrapped texts need (see `grow_to_fit`)."""
        grow_to_fit(self)
