"""A profile whose household form has a photo field, a document field, a signature and a
location, for the attachment tests (and the child process of the crash test)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from datacollect_desktop.app.app_config import BUNDLED_CONFIG
from datacollect_desktop.app.gate import ProfileGate
from datacollect_desktop.ui.attachment_view import encode
from tests.conftest import FAST_KDF, PASSPHRASE

PHOTO_FIELDS: list[dict[str, Any]] = [
    {"type": "file", "key": "photo", "label": "Photo of the dwelling", "image": True,
     "multiple": True, "filePattern": "image/*", "storage": "base64"},
    {"type": "file", "key": "idDocument", "label": "ID document", "filePattern": ".pdf",
     "fileMaxSize": "2KB"},
    {"type": "signature", "key": "consent", "label": "Consent signature"},
    {"type": "location", "key": "home", "label": "Location of the dwelling"},
]


def attachment_config() -> dict[str, Any]:
    """The bundled example with the attachment fields added to the household form."""
    config: dict[str, Any] = json.loads(BUNDLED_CONFIG.read_text(encoding="utf-8"))
    config["version"] = f"{config.get('version', '1')}-attachments"
    household = next(f for f in config["entityForms"] if f["name"] == "household")
    household["formio"]["components"][1:1] = [dict(c) for c in PHOTO_FIELDS]
    config["attachments"] = {"imageMaxSide": 1600, "maxFileSize": "10MB"}
    return config


def make_profile(directory: Path) -> Path:
    """A new profile using `attachment_config`, closed again."""
    workspace, _ = ProfileGate(directory, FAST_KDF).create("Awa Diallo", PASSPHRASE,
                                                           PASSPHRASE)
    try:
        workspace.settings_store.store_config(attachment_config())
    finally:
        workspace.close()
    return directory


def photo_bytes(width: int = 320, height: int = 240) -> bytes:
    """A real JPEG: a blue sky over a green field."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#3b7dd8"))
    for y in range(height // 2, height):
        for x in range(width):
            image.setPixelColor(x, y, QColor(40, 140 + (x * 60) // width, 60))
    return encode(image, b"jpeg", 90)


def draw_signature(pad: QWidget) -> None:
    """Two strokes with the mouse, as a person signs."""
    left = Qt.MouseButton.LeftButton
    none = Qt.KeyboardModifier.NoModifier
    width, height = pad.width(), pad.height()
    for row in (0.45, 0.6):
        start = QPoint(int(width * 0.1), int(height * row))
        QTest.mousePress(pad, left, none, start)
        for step in range(1, 25):
            x = int(width * (0.1 + 0.03 * step))
            y = int(height * (row + (0.12 if step % 4 < 2 else -0.12)))
            QTest.mouseMove(pad, QPoint(x, y))
        QTest.mouseRelease(pad, left, none, QPoint(int(width * 0.82), int(height * row)))
