"""A photo from the laptop's camera, where Qt Multimedia is installed and a camera exists.

PySide6-Essentials has no QtMultimedia: there, and on a laptop without a camera, the file
field shows no camera button and photos are added from files."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from types import ModuleType
from typing import Any

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from datacollect_desktop.ui.attachment_view import encode

JPEG_QUALITY = 90


def _optional(name: str) -> ModuleType | None:
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


def _multimedia() -> tuple[ModuleType, ModuleType] | None:
    media = _optional("PySide6.QtMultimedia")
    widgets = _optional("PySide6.QtMultimediaWidgets")
    return (media, widgets) if media is not None and widgets is not None else None


def camera_available() -> bool:
    """Whether a photo can be taken here: Qt Multimedia importable and a camera present."""
    modules = _multimedia()
    if modules is None:
        return False
    try:
        return bool(modules[0].QMediaDevices.videoInputs())
    except (RuntimeError, AttributeError):
        return False


def jpeg_bytes(image: QImage) -> bytes:
    return encode(image, b"jpeg", JPEG_QUALITY)


class CameraDialog(QDialog):  # pragma: no cover - needs Qt Multimedia and a camera
    """The camera's picture live; "Take the photo" keeps one frame as a JPEG."""

    def __init__(self, modules: tuple[ModuleType, ModuleType], taken: Callable[[bytes], Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        media, media_widgets = modules
        self.setWindowTitle(self.tr("Take a photo"))
        self.taken = taken
        self.camera = media.QCamera(media.QMediaDevices.defaultVideoInput(), self)
        self.capture = media.QImageCapture(self)
        self.session = media.QMediaCaptureSession(self)
        self.session.setCamera(self.camera)
        self.session.setImageCapture(self.capture)
        self.preview = media_widgets.QVideoWidget(self)
        self.preview.setMinimumSize(480, 360)
        self.session.setVideoOutput(self.preview)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.shoot = self.buttons.addButton(self.tr("Take the photo"),
                                            QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)
        self.shoot.clicked.connect(self.capture.capture)
        self.capture.imageCaptured.connect(self._captured)
        self.capture.errorOccurred.connect(
            lambda _id, _error, text: self.status.setText(text))
        self.camera.errorOccurred.connect(lambda _error, text: self.status.setText(text))
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.camera.start()

    def _captured(self, _id: int, image: QImage) -> None:
        self.camera.stop()
        self.accept()
        self.taken(jpeg_bytes(image))

    def done(self, result: int) -> None:
        self.camera.stop()
        super().done(result)


def capture_photo(parent: QWidget, taken: Callable[[bytes], Any]) -> QDialog | None:
    """Open the camera; `taken` receives the photo's JPEG bytes."""
    modules = _multimedia()
    if modules is None or not camera_available():
        return None
    dialog = CameraDialog(modules, taken, parent)  # pragma: no cover - needs a camera
    dialog.open()  # pragma: no cover
    return dialog  # pragma: no cover
