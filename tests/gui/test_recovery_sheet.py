"""The recovery key dialog prints the key and saves it to a file only its owner can read,
never into the profile's folder; the key never reaches the log."""

from __future__ import annotations

import itertools
import logging
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from datacollect_desktop.ui.recovery_dialog import RecoveryKeyDialog

KEY = "ABCDE-FGHIJ-KLMNO-PQRST-UVWXY-Z2345"


@pytest.fixture
def dialog(qtbot: QtBot, tmp_path: Path) -> RecoveryKeyDialog:
    shown = RecoveryKeyDialog(KEY, profile_name="Awa Diallo", profile_dir=tmp_path / "profile")
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def test_save_writes_the_key_and_what_it_is_for_readable_by_its_owner_only(
        dialog: RecoveryKeyDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    target = tmp_path / "usb" / "key.txt"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(target), "")))
    with caplog.at_level(logging.DEBUG):
        dialog.save_button.click()
    text = target.read_text(encoding="utf-8")
    lines = text.splitlines()
    assert lines[0] == "DataCollect Desktop: recovery key"
    assert "Profile of: Awa Diallo" in lines
    assert KEY in lines
    assert "Whoever holds this key can open every record" in text
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in target.parent.iterdir()] == ["key.txt"]  # no temporary left
    assert "Whoever has this file can open your records" in dialog.status.text()
    assert KEY not in caplog.text


def test_save_refuses_the_profiles_own_folder(
        dialog: RecoveryKeyDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    inside = tmp_path / "profile" / "key.txt"
    inside.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(inside), "")))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda parent, title, text: warnings.append(text)))
    dialog.save_button.click()
    assert not inside.exists()
    assert warnings and "profile's own folder" in warnings[0]


def test_a_cancelled_save_writes_nothing(
        dialog: RecoveryKeyDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: ("", "")))
    dialog.save_button.click()
    assert dialog.status.isHidden()


def test_print_lays_the_key_out_on_a_page(
        dialog: RecoveryKeyDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pdf = tmp_path / "sheet.pdf"

    def accept_into_pdf(self: QPrintDialog) -> int:
        printer = self.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(pdf))
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(QPrintDialog, "exec", accept_into_pdf)
    dialog.print_button.click()
    assert pdf.read_bytes().startswith(b"%PDF")
    assert pdf.stat().st_size > 1_000
    assert "Sent to the printer" in dialog.status.text()


def test_print_and_save_are_reached_by_keyboard(
        qtbot: QtBot, dialog: RecoveryKeyDialog) -> None:
    dialog.key.setFocus()
    order = []
    for _ in range(4):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        order.append(dialog.focusWidget())
    assert order[1:] == [dialog.print_button, dialog.save_button, dialog.stored]


def test_the_dialog_grows_to_show_the_saved_line_whole(
        dialog: RecoveryKeyDialog, qtbot: QtBot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """After Save the "Saved as …" line appears under the buttons: the dialog grows so that
    every text keeps the height its wrapped lines need, and none overlaps the next."""
    target = tmp_path / "a-rather-long-folder-name-on-the-usb-stick" / "datacollect-key.txt"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(target), "")))
    dialog.save_button.click()
    assert dialog.status.isVisible()

    def nothing_clipped() -> bool:
        labels = [label for label in dialog.findChildren(QLabel) if label.isVisible()]
        return all(label.height() >= label.heightForWidth(label.width()) for label in labels)

    qtbot.waitUntil(nothing_clipped, timeout=2_000)
    boxes = sorted((w.geometry() for w in dialog.findChildren(QWidget)
                    if w.isVisible() and w.parentWidget() is dialog
                    and not isinstance(w, QDialogButtonBox)),
                   key=lambda rect: rect.top())
    for upper, lower in itertools.pairwise(boxes):
        if upper.left() < lower.right() and lower.left() < upper.right():  # one column
            assert upper.bottom() < lower.top()


def test_the_printed_sheet_reads_right_to_left_in_arabic(qtbot: QtBot, qapp: object,
                                                         tmp_path: Path) -> None:
    """The Arabic sheet's heading, which starts with the app's Latin name, was laid out left
    to right, at the other edge of the page from the lines below it."""
    from PySide6.QtWidgets import QApplication

    from datacollect_desktop.ui.language import install_language

    assert isinstance(qapp, QApplication)
    assert install_language(qapp, "ar")
    try:
        shown = RecoveryKeyDialog(KEY, profile_name="Awa Diallo",
                                  profile_dir=tmp_path / "profile")
        qtbot.addWidget(shown)
        document = shown.sheet_document()
        block = document.firstBlock()
        assert block.text().startswith("DataCollect Desktop")
        directions = []
        while block.isValid():
            if block.text().strip():
                directions.append(block.textDirection())
            block = block.next()
        assert directions and all(d == Qt.LayoutDirection.RightToLeft for d in directions)
    finally:
        install_language(qapp, "en")
