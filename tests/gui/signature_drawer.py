"""Child process for the crash test of a signature: unlock, sign the household form's
consent pad, report the reference when the autosave has written the draft, then wait to be
killed."""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from datacollect_desktop.ui.forms.signature_pad import SignatureEditor
from datacollect_desktop.ui.main_window import MainWindow
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.gui.attachment_profile import draw_signature
from tests.gui.draft_typist import wait_for


def main() -> None:
    app = QApplication(sys.argv[:1])
    window = MainWindow(Path(sys.argv[1]), kdf=FAST_KDF)
    window.resize(1200, 900)
    window.show()
    QTest.keyClicks(window.unlock_page.passphrase, PASSPHRASE)
    QTest.keyClick(window.unlock_page.passphrase, Qt.Key.Key_Return)
    wait_for(app, lambda: window.view is not None)
    assert window.view is not None
    page = window.view.register
    assert page.form_view is not None
    QTest.keyClicks(page.form_view.editors["name"].focus_widgets()[0], "Owusu household")
    editor = page.form_view.editors["consent"]
    assert isinstance(editor, SignatureEditor)
    QTest.qWaitForWindowExposed(window)
    draw_signature(editor.pad)
    wait_for(app, lambda: page.keeper.stored and not page.keeper.dirty
             and page.keeper.data.get("consent") is not None)
    print(json.dumps(page.keeper.data["consent"]), flush=True)
    while True:
        app.processEvents()
        time.sleep(0.01)


if __name__ == "__main__":
    main()
