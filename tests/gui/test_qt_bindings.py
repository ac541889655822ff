"""The Qt bindings in use keep Python's reference counts right (PySide6 6.12.0 does not)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot


def test_a_million_nulls_from_qt_do_not_wear_out_none_or_false(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    for _ in range(1_000_000):
        widget.parentWidget()
        widget.isVisible()
        QApplication.focusWidget()
    assert widget.parentWidget() is None


def test_calls_that_return_none_keep_its_reference_count() -> None:
    # A fresh interpreter, so nothing else of ours or of pytest moves the count meanwhile.
    probe = textwrap.dedent("""
        import sys
        from PySide6.QtCore import QObject
        o = QObject()
        before = sys.getrefcount(None)
        for _ in range(1000):
            o.property("unset")
        print(before - sys.getrefcount(None))
    """)
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          timeout=60)
    lost = int(done.stdout.split()[0])
    assert lost < 50, f"PySide6 lost {lost} references to None in 1000 calls: pin another release"
