"""Child process for the crash test: unlock, type into the household form, report when the
autosave has written the draft, type a little more, then wait to be killed."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from datacollect_desktop.ui.main_window import MainWindow
from tests.conftest import FAST_KDF, PASSPHRASE


def wait_for(app: QApplication, condition: object, seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            sys.exit("timed out")
        app.processEvents()
        time.sleep(0.01)


def main() -> None:
    app = QApplication(sys.argv[:1])
    window = MainWindow(Path(sys.argv[1]), kdf=FAST_KDF)
    window.show()
    QTest.keyClicks(window.unlock_page.passphrase, PASSPHRASE)
    QTest.keyClick(window.unlock_page.passphrase, Qt.Key.Key_Return)
    wait_for(app, lambda: window.view is not None)
    assert window.view is not None
    page = window.view.register
    assert page.form_view is not None
    field = page.form_view.editors["name"].focus_widgets()[0]
    QTest.keyClicks(field, "Mensah household")
    page.form_view.focus_field("monthlyIncome")
    QTest.keyClicks(QApplication.focusWidget(), "75")
    print("typed", flush=True)
    wait_for(app, lambda: page.keeper.stored)  # only the autosave timer writes it here
    print("draft-saved", flush=True)
    page.form_view.focus_field("phone")
    QTest.keyClicks(QApplication.focusWidget(), "+254 7")
    print("typed-more", flush=True)
    while True:
        app.processEvents()
        time.sleep(0.01)


if __name__ == "__main__":
    main()
