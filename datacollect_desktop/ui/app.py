"""Start the application window (or, with `--smoke`, a scripted tour of every screen)."""

from __future__ import annotations

import argparse
import logging
import platform
import sys

from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QApplication

from datacollect_desktop import __version__
from datacollect_desktop.app.core_dumps import disable_core_dumps
from datacollect_desktop.app.errors import configure_logging
from datacollect_desktop.app.preferences import PreferenceFile
from datacollect_desktop.app.profiles import default_data_dir
from datacollect_desktop.ui.language import choose_language, install_language
from datacollect_desktop.ui.main_window import MainWindow
from datacollect_desktop.ui.style import apply_style
from datacollect_desktop.ui.sync_bridge import SyncBridge

log = logging.getLogger("datacollect_desktop.ui")


def application() -> QApplication:
    """The QApplication, created once, with the app's name and style.

    Qt 6 scales for the screen's DPI on its own (fractional factors passed through), and the
    style sizes its text from the system font, so both follow the person's settings.
    """
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName("DataCollect Desktop")
    app.setOrganizationName("DataCollect")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("datacollect-desktop")
    apply_style(app)
    return app


def run_gui(args: argparse.Namespace) -> int:
    disable_core_dumps()  # also when the window is started without the command line
    app = application()
    log_path = configure_logging()
    language = choose_language(args.language or PreferenceFile().load().language)
    loaded = install_language(app, language)
    log.info("DataCollect Desktop %s starting: Python %s, Qt %s, %s, language %s%s",
             __version__, platform.python_version(), qVersion(), platform.platform(),
             language, "" if loaded else " (its translations are missing)")
    if args.smoke:
        from datacollect_desktop.ui.smoke import run_smoke

        return run_smoke(app, args.data_dir, log_path, language if loaded else None)
    window = MainWindow(args.data_dir or default_data_dir(), log_path=log_path,
                        sync=SyncBridge.for_workspace)
    window.errors.install()
    window.show()
    return int(app.exec())
