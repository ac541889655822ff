"""About: the version, and where the app keeps the profile, the log and the preferences."""

from __future__ import annotations

import platform
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from datacollect_desktop import __version__
from datacollect_desktop.ui.icons import icon


@dataclass(frozen=True)
class Locations:
    """Where this installation keeps its files."""

    profile: Path
    log_file: Path
    preferences: Path


def environment(locations: Locations, language: str | None) -> dict[str, str]:
    """The facts the About dialog shows, also written into a diagnostics bundle."""
    return {"version": __version__, "python": platform.python_version(), "qt": qVersion(),
            "platform": platform.platform(), "language": language or "",
            "profileFolder": str(locations.profile), "logFile": str(locations.log_file),
            "preferencesFile": str(locations.preferences)}


class AboutDialog(QDialog):
    """Facts a supporter asks for first, each selectable so it can be copied."""

    def __init__(self, locations: Locations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About DataCollect Desktop"))
        self.locations = locations
        logo = QLabel(self)
        logo.setPixmap(icon("app").pixmap(QSize(48, 48), self.devicePixelRatioF()))
        title = QLabel(self.tr("DataCollect Desktop {0}").format(__version__), self)
        title.setObjectName("pageTitle")
        summary = QLabel(self.tr("Offline-first registration of individuals and households: "
                                 "encrypted on this laptop, tamper-evident, synced when a "
                                 "network is there."), self)
        summary.setWordWrap(True)
        facts = QFormLayout()
        for label, value in (
                (self.tr("Version:"), __version__),
                (self.tr("Built with:"), self.tr("Python {0}, Qt {1}").format(
                    platform.python_version(), qVersion())),
                (self.tr("Profile folder:"), str(locations.profile)),
                (self.tr("Log file:"), str(locations.log_file)),
                (self.tr("Preferences file:"), str(locations.preferences)),
                (self.tr("Licence:"), self.tr("Apache License 2.0"))):
            shown = QLabel(value, self)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
            shown.setWordWrap(True)
            facts.addRow(label, shown)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.open_logs = buttons.addButton(self.tr("Open the log folder"),
                                           QDialogButtonBox.ButtonRole.ActionRole)
        self.open_logs.clicked.connect(self._open_logs)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(logo, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(title, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(summary)
        layout.addLayout(facts)
        layout.addWidget(buttons)

    def _open_logs(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.locations.log_file.parent)))
