"""Known errors in plain words; bugs logged with their traceback."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import QMainWindow, QMessageBox
from pytestqt.qtbot import QtBot

from datacollect_desktop.app.errors import configure_logging, log
from datacollect_desktop.storage.errors import StorageFull
from datacollect_desktop.ui.errors import ErrorPresenter
from datacollect_desktop.ui.worker import Worker


def raise_bug() -> None:
    raise ZeroDivisionError("a bug in the code")


def test_a_known_error_goes_to_the_status_line(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    presenter = ErrorPresenter(window, window.statusBar().showMessage)
    presenter.report(StorageFull("The disk is full. Nothing was lost."))
    assert window.statusBar().currentMessage() == "The disk is full. Nothing was lost."
    assert window.findChild(QMessageBox) is None


def test_a_bug_is_logged_with_its_traceback_and_shown_as_something_went_wrong(
        qtbot: QtBot, tmp_path: Path) -> None:
    path = configure_logging(tmp_path)
    window = QMainWindow()
    qtbot.addWidget(window)
    presenter = ErrorPresenter(window, window.statusBar().showMessage, path)
    worker = Worker("test", window)
    worker.unhandled.connect(presenter.report)
    try:
        worker.submit(raise_bug)
        qtbot.waitUntil(lambda: window.findChild(QMessageBox, "message") is not None)
    finally:
        worker.stop()
        for handler in list(log.handlers):
            if getattr(handler, "baseFilename", None) == str(path):
                handler.close()
                log.removeHandler(handler)
    box = window.findChild(QMessageBox, "message")
    assert isinstance(box, QMessageBox)
    assert box.text().startswith("Something went wrong; details are in the log.")
    text = path.read_text()
    assert "Traceback" in text and "ZeroDivisionError: a bug in the code" in text
    assert "raise_bug" in text
    assert logging.getLogger("datacollect_desktop").level == logging.INFO
