"""The Help menu: keyboard shortcuts (F1), diagnostics for support, and About."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu

from datacollect_desktop.app.diagnostics import profile_statistics, write_diagnostics
from datacollect_desktop.app.errors import LOG_NAME, as_known, default_log_dir
from datacollect_desktop.app.gate import ProfileGate
from datacollect_desktop.app.preferences import PreferenceFile
from datacollect_desktop.app.workspace import Workspace
from datacollect_desktop.ui.about_dialog import AboutDialog, Locations, environment
from datacollect_desktop.ui.errors import ErrorPresenter
from datacollect_desktop.ui.language import installed_language
from datacollect_desktop.ui.messages import error_text
from datacollect_desktop.ui.shortcuts_dialog import ShortcutsDialog
from datacollect_desktop.ui.worker import Worker


class HelpHost(Protocol):
    """What the Help menu's commands read of the window they are on, when they run."""

    @property
    def gate(self) -> ProfileGate: ...

    @property
    def errors(self) -> ErrorPresenter: ...

    @property
    def workspace(self) -> Workspace | None: ...

    @property
    def worker(self) -> Worker: ...

    def show_message(self, text: str) -> None: ...


class HelpMenu(QObject):
    """Builds the menu on `window`'s menu bar and answers its commands; `host` (the same
    window) gives the profile, the log, the workspace and the worker thread."""

    def __init__(self, window: QMainWindow, host: HelpHost) -> None:
        super().__init__(window)
        self.window = window
        self.host = host
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
        log_file = self.host.errors.log_path or default_log_dir() / LOG_NAME
        return Locations(self.host.gate.directory, log_file, PreferenceFile().path)

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
        workspace = self.host.workspace
        facts["profile"] = "unlocked" if workspace is not None else "locked"

        def write() -> Path:
            stats = profile_statistics(workspace) if workspace is not None else None
            return write_diagnostics(target, log_dir=locations.log_file.parent,
                                     environment=facts, stats=stats)

        def written(path: Path) -> None:
            self.host.show_message(self.tr("Diagnostics saved to {0}. They hold the log and "
                                             "counts, no names or answers.").format(path))

        def failed(error: BaseException) -> None:
            known = as_known(error)
            if known is not None:
                reason = error_text(known)
            elif isinstance(error, OSError):  # a folder that cannot be written to
                reason = error.strerror or str(error)
            else:
                self.host.errors.report(error, "exporting diagnostics")
                return
            self.host.show_message(self.tr("The diagnostics were not saved: {0}").format(
                reason))

        self.host.worker.submit(write, written, failed)
