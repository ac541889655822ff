"""Start the application window (or, with `--smoke`, a scripted tour of every screen)."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtWidgets import QApplication

from datacollect_desktop.app.errors import configure_logging
from datacollect_desktop.storage.profile import default_data_dir
from datacollect_desktop.ui.main_window import MainWindow
from datacollect_desktop.ui.style import apply_style
from datacollect_desktop.ui.sync_bridge import SyncBridge


def application() -> QApplication:
    """The QApplication, created once, with the app's name and style."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName("DataCollect Desktop")
    app.setOrganizationName("DataCollect")
    apply_style(app)
    return app


def run_gui(args: argparse.Namespace) -> int:
    app = application()
    log_path = configure_logging()
    if args.smoke:
        from datacollect_desktop.ui.smoke import run_smoke

        return run_smoke(app, args.data_dir, log_path)
    window = MainWindow(args.data_dir or default_data_dir(), log_path=log_path,
                        sync=SyncBridge.for_workspace)
    window.errors.install()
    window.show()
    return int(app.exec())
