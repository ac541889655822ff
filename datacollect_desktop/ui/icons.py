"""The app's icons: small SVG files in `resources/icons`."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from datacollect_desktop.app.app_config import RESOURCES

ICONS = RESOURCES / "icons"


@cache
def icon(name: str) -> QIcon:
    """`resources/icons/<name>.svg` as an icon (an empty icon if the file is missing)."""
    path = ICONS / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()
