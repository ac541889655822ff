"""The Help menu: keyboard shortcuts (F1), diagnostics for support, and About."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu

from datacollect_desktop.app.diagnostics import profile_statistics, write_diagnostics
from datacollect_desktop.app.errors import LOG_NAME, as_known, default_log_dir
from datacollect_desktop.app.preferences import PreferenceFile
from datacollect_desktop.ui.about_dialog import AboutDialog, Locations, environment
from datacollect_desktop.ui.language import installed_language
from datacollect_desktop.ui.messages import error_text
from datacollect_desktop.ui.shortcuts_dialog import ShortcutsDialog

if TYPE_CHECKING:
    from datacollect_desktop.ui.main_window import MainWindow


class HelpMenu(QObject):
    """Builds the menu on `window`'s menu bar and answers its commands."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.menu: QMenu = window.menuBar().addMenu(self.tr("&Help"))
        self.shortcuts_action = QAction(self.tr("&Keyboard shortcuts"), window)
        self.shortcuts_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.diagnostics_action = QAction(self.tr("Export &diagnostics…"), window)
        self.diagnostics_action.triggered.connect(self.ask_diagnostics_file)
        self.about_action = QAction(self.tr("&About DataCollect Desktop"), window)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        self.menu.addAction(self.shortcuts_action)
        self.menu.addSeparator()
        self.menu.addAction(self.diagnostics_action)
        self.menu.addAction(self.about_action)

    def locations(self) -> Locations:
        log_file = self.window.errors.log_path or default_log_dir() / LOG_NAME
        return Locations(self.window.gate.directory, log_file, PreferenceFile().path)

    def show_shortcuts(self) -> ShortcutsDialog:
        dialog = ShortcutsDialog(self.window.menuBar(), self.window)
        dialog.setObjectName("shortcutsDialog")
        dialog.open()
        return dialog

    def show_about(self) -> AboutDialog:
        dialog = AboutDialog(self.locations(), self.window)
        dialog.setObjectName("aboutDialog")
        dialog.open()
        return dialog

    def ask_diagnostics_file(self) -> None:
        suggested = Path.home() / time.strftime("datacollect-diagnostics-%Y%m%d-%H%M.zip")
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export diagnostics"),
                                              str(suggested), self.tr("Zip files (*.zip)"))
        if path:
            self.export_diagnostics(Path(path))

    def export_diagnostics(self, target: Path) -> None:
        """Write the bundle on the worker thread; the status line says where it went."""
        locations = self.locations()
        facts = environment(locations, installed_language())
        workspace = self.window.workspace
        facts["profile"] = "unlocked" if workspace is not None else "locked"

        def write() -> Path:
            stats = profile_statistics(workspace) if workspace is not None else None
            return write_diagnostics(target, log_dir=locations.log_file.parent,
                                     environment=facts, stats=stats)

        def written(path: Path) -> None:
            self.window.show_message(self.tr("Diagnostics saved to {0}. They hold the log and "
                                             "counts, no names or answers.").format(path))

        def failed(error: BaseException) -> None:
            known = as_known(error)
            if known is not None:
                reason = error_text(known)
            elif isinstance(error, OSError):  # a folder that cannot be written to
                reason = error.strerror or str(error)
            else:
                self.window.errors.report(error, "exporting diagnostics")
                return
            self.window.show_message(self.tr("The diagnostics were not saved: {0}").format(
                reason))

        self.window.worker.submit(write, written, failed)
