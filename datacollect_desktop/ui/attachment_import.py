"""A file chosen for an attachment field, made ready to store: its media type read from its
content, a photo scaled down to the config's longest side (a JPEG stays a JPEG), and an
unreadable or cut-short image refused with a clear message before anything is stored."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QMimeDatabase, Qt
from PySide6.QtGui import QImage

from datacollect_desktop.ui.attachment_view import encode, image_reader

translate = QCoreApplication.translate

JPEG_QUALITY = 85
# The formats an image attachment is kept in; others (BMP, TIFF…) become a JPEG or a PNG.
_KEPT = {b"jpeg": "image/jpeg", b"png": "image/png", b"gif": "image/gif",
         b"webp": "image/webp"}


class ImportRefused(ValueError):
    """The file cannot be attached; the message (translated) says why."""


@dataclass(frozen=True)
class Prepared:
    data: bytes
    name: str
    media_type: str
    image: QImage | None = None  # the picture, for its thumbnail


def media_type_of(name: str, data: bytes) -> str:
    """The media type by content first (a photo named .pdf is a photo), then by name."""
    found = QMimeDatabase().mimeTypeForFileNameAndData(name, QByteArray(data[:4096]))
    return found.name() if found.isValid() else "application/octet-stream"


def _cut_short(kind: bytes, data: bytes) -> bool:
    """Whether an image file stops before its end marker (a copy interrupted)."""
    tail = data.rstrip(b"\0 \r\n")[-16:]
    if kind == b"jpeg":
        return not tail.endswith(b"\xff\xd9")
    if kind == b"png":
        return b"IEND" not in tail
    return False


def _encoded(image: QImage, kind: bytes) -> tuple[bytes, bytes]:
    """The image written as `kind` (JPEG for photos, PNG when it has transparency)."""
    if kind not in (b"jpeg", b"png"):
        kind = b"png" if image.hasAlphaChannel() else b"jpeg"
    return encode(image, kind, JPEG_QUALITY if kind == b"jpeg" else -1), kind


def _renamed(name: str, kind: bytes) -> str:
    extension = ".jpg" if kind == b"jpeg" else "." + kind.decode()
    path = Path(name)
    return name if path.suffix.lower() in ({".jpg", ".jpeg"} if kind == b"jpeg"
                                           else {extension}) else path.stem + extension


def prepare(data: bytes, name: str, max_side: int) -> Prepared:
    """`data` ready to store; raises `ImportRefused` for an empty file or a broken image."""
    if not data:
        raise ImportRefused(translate("attachment_import", "“{0}” is empty.").format(name))
    media_type = media_type_of(name, data)
    if not media_type.startswith("image/"):
        return Prepared(data, name, media_type)
    unreadable = translate("attachment_import",
                           "“{0}” is not a readable image: it may be damaged or cut short. "
                           "Nothing was added.").format(name)
    reader, _buffer = image_reader(data)
    kind = bytes(reader.format().data())
    if not kind:
        if media_type == "image/svg+xml":
            return Prepared(data, name, media_type)  # a drawing, kept as it is
        raise ImportRefused(unreadable)
    if _cut_short(kind, data):
        raise ImportRefused(unreadable)
    image = reader.read()
    if image.isNull():
        raise ImportRefused(unreadable)
    kept = _KEPT.get(kind)
    too_big = max_side > 0 and max(image.width(), image.height()) > max_side
    if kept is not None and not too_big:
        return Prepared(data, name, kept, image)  # the file itself, byte for byte
    if too_big:
        image = image.scaled(max_side, max_side, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    encoded, written = _encoded(image, kind)
    return Prepared(encoded, _renamed(name, written), _KEPT[written], image)
