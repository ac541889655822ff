"""Start the application window (a first window until the field-worker GUI lands)."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from datacollect_desktop import __version__


def run_gui(args: argparse.Namespace) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle(f"DataCollect Desktop {__version__}")
    label = QLabel(
        "DataCollect Desktop\n\nThe registration screens are not built yet. Use the "
        "`datacollect-desktop` commands (init, submit, entities, verify...) meanwhile."
    )
    label.setMargin(24)
    window.setCentralWidget(label)
    window.resize(640, 360)
    window.show()
    if args.smoke:
        QTimer.singleShot(200, app.quit)
    return int(app.exec())
