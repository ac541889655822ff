"""Attachments on screen: what the window may do with them, their thumbnails, and opening one
(a viewer for images, "Save as" for documents), with "Not downloaded yet" said honestly."""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSize, Qt, Signal
from PySide6.QtGui import QCursor, QIcon, QImage, QImageReader, QImageWriter, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QScrollArea,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from datacollect_desktop.domain.attachments import AttachmentRef
from datacollect_desktop.domain.errors import KnownError
from datacollect_desktop.ui.dialogs import tell
from datacollect_desktop.ui.messages import error_text

translate = QCoreApplication.translate

THUMBNAIL_SIDE = 96
DEFAULT_IMAGE_MAX_SIDE = 1600
_CACHE_SIZE = 256

#: store(data, name, media_type) -> the reference dict an event's field holds.
Store = Callable[[bytes, str, str], dict[str, Any]]
#: read(digest) -> the bytes; raises `KnownError` when they are not on this laptop.
Read = Callable[[str], bytes]


def _not_here(_digest: str) -> bytes:
    raise KnownError("This attachment is not on this laptop yet.")


def _nowhere(_data: bytes, _name: str, _media_type: str) -> dict[str, Any]:
    raise KnownError("Attachments cannot be added here.")


@dataclass(frozen=True)
class AttachmentAccess:
    """What the window may do with attachments: store new bytes, read stored ones, tell
    whether they are held (`"held"`) or referenced but not downloaded yet (`"missing"`)."""

    store: Store = _nowhere
    read: Read = _not_here
    state: Callable[[str], str] = lambda _digest: "held"
    image_max_side: int = DEFAULT_IMAGE_MAX_SIDE
    #: fetch(digests) asks the sync thread to download them now; False when downloads come
    #: only with the next sync (no server, or the settings download everything at each sync).
    fetch: Callable[[list[str]], bool] = lambda _digests: False


NO_ATTACHMENTS = AttachmentAccess()


def reference(value: object) -> dict[str, Any] | None:
    """`value` when it is an attachment reference (`{"attachment": "sha256:…", …}`)."""
    ref = AttachmentRef.parse(value)
    return ref.to_json() if ref is not None else None


def references(value: object) -> list[dict[str, Any]]:
    """The references a field's value holds: a file field's list, or a signature's one."""
    one = reference(value)
    if one is not None:
        return [one]
    if isinstance(value, list):
        return [ref for ref in (reference(v) for v in value) if ref is not None]
    return []


def is_image(ref: dict[str, Any]) -> bool:
    return str(ref.get("mediaType") or "").startswith("image/")


def size_text(size: object) -> str:
    """A byte count as a person reads it: 820 bytes, 14 KB, 2.3 MB."""
    if not isinstance(size, int) or isinstance(size, bool) or size < 0:
        return ""
    if size < 1000:
        return translate("attachment_view", "{0} bytes").format(size)
    if size < 1_000_000:
        return translate("attachment_view", "{0} KB").format(math.ceil(size / 1000))
    return translate("attachment_view", "{0} MB").format(f"{size / 1_000_000:.1f}")


def describe(ref: dict[str, Any]) -> str:
    """"photo.jpg · 240 KB · image/jpeg"."""
    parts = [str(ref.get("name") or translate("attachment_view", "(no name)")),
             size_text(ref.get("size")), str(ref.get("mediaType") or "")]
    return " · ".join(p for p in parts if p)


# -- images -------------------------------------------------------------------------------

def image_reader(data: bytes) -> tuple[QImageReader, QBuffer]:
    """A reader over `data` (keep the buffer alive as long as the reader)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)  # a photo taken upright shows upright
    return reader, buffer


def decode(data: bytes, longest_side: int | None = None) -> QImage:
    """The image in `data`, at most `longest_side` pixels on its longest side (a null
    image when it cannot be read)."""
    reader, _buffer = image_reader(data)
    size = reader.size()
    if longest_side and size.isValid() and max(size.width(), size.height()) > longest_side:
        reader.setScaledSize(size.scaled(longest_side, longest_side,
                                         Qt.AspectRatioMode.KeepAspectRatio))
    return reader.read()


def encode(image: QImage, kind: bytes, quality: int = -1) -> bytes:
    """`image` written in format `kind` (b"jpeg", b"png")."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(kind))
    writer.setQuality(quality)
    writer.write(image)
    return bytes(buffer.data().data())


_thumbnails: OrderedDict[tuple[str, int], QPixmap | None] = OrderedDict()


def thumbnail(access: AttachmentAccess, ref: dict[str, Any],
              side: int = THUMBNAIL_SIDE) -> QPixmap | None:
    """A small picture of an image attachment; None for a document, an image that is not
    on this laptop yet, or one that cannot be read. Kept for the next time it is shown."""
    digest = ref["attachment"]
    key = (digest, side)
    if key in _thumbnails:
        _thumbnails.move_to_end(key)
        return _thumbnails[key]
    if not is_image(ref) or access.state(digest) != "held":
        return None
    try:
        image = decode(access.read(digest), side)
    except KnownError:
        return None
    pixmap = None if image.isNull() else QPixmap.fromImage(image)
    _thumbnails[key] = pixmap
    while len(_thumbnails) > _CACHE_SIZE:
        _thumbnails.popitem(last=False)
    return pixmap


def remember_thumbnail(ref: dict[str, Any], image: QImage, side: int = THUMBNAIL_SIDE) -> None:
    """Keep the thumbnail of an image just imported (no need to read it back)."""
    if not image.isNull():
        small = image.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
        _thumbnails[(ref["attachment"], side)] = QPixmap.fromImage(small)


def attachment_icon(access: AttachmentAccess, ref: dict[str, Any],
                    side: int = THUMBNAIL_SIDE) -> QIcon:
    """The thumbnail, else a document's icon, else a question mark for one not here yet."""
    picture = thumbnail(access, ref, side)
    if picture is not None:
        return QIcon(picture)
    missing = access.state(ref["attachment"]) == "missing"
    standard = (QStyle.StandardPixmap.SP_MessageBoxQuestion if missing
                else QStyle.StandardPixmap.SP_FileIcon)
    return QApplication.style().standardIcon(standard)


def state_text(access: AttachmentAccess, ref: dict[str, Any]) -> str:
    """"Not downloaded yet" for an attachment this laptop does not hold, else ""."""
    if access.state(ref["attachment"]) == "missing":
        return translate("attachment_view", "Not downloaded yet")
    return ""


# -- opening --------------------------------------------------------------------------------

class ImageViewer(QDialog):
    """An image attachment at a size that fits the screen; Escape closes."""

    def __init__(self, image: QImage, ref: dict[str, Any], parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.setWindowTitle(str(ref.get("name") or translate("attachment_view", "Photo")))
        screen = (parent.screen() if parent is not None else QApplication.primaryScreen())
        room = screen.availableGeometry().size() * 0.8 if screen is not None else QSize(
            1024, 768)
        self.picture = QLabel(self)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        pixmap = QPixmap.fromImage(image)
        if pixmap.width() > room.width() or pixmap.height() > room.height():
            pixmap = pixmap.scaled(room, Qt.AspectRatioMode.KeepAspectRatio,
                                   Qt.TransformationMode.SmoothTransformation)
        self.picture.setPixmap(pixmap)
        self.picture.setAccessibleName(describe(ref))
        scroll = QScrollArea(self)
        scroll.setWidget(self.picture)
        scroll.setWidgetResizable(True)
        caption = QLabel(describe(ref), self)
        caption.setObjectName("hint")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(caption)
        layout.addWidget(buttons)
        self.resize(pixmap.width() + 48, pixmap.height() + 96)


def save_copy(parent: QWidget, access: AttachmentAccess, ref: dict[str, Any]) -> Path | None:
    """Ask where to save a copy of the attachment's bytes, and write them there."""
    name = str(ref.get("name") or "attachment")
    chosen, _ = QFileDialog.getSaveFileName(
        parent, translate("attachment_view", "Save a copy of {0}").format(name), name)
    if not chosen:
        return None
    try:
        data = access.read(ref["attachment"])
        Path(chosen).write_bytes(data)
    except KnownError as exc:
        tell(parent, translate("attachment_view", "Cannot save the attachment"),
             error_text(exc), warning=True)
        return None
    except OSError as exc:
        tell(parent, translate("attachment_view", "Cannot save the attachment"),
             translate("attachment_view", "{0} could not be written: {1}").format(
                 chosen, exc.strerror or exc), warning=True)
        return None
    return Path(chosen)


def open_attachment(parent: QWidget, access: AttachmentAccess, ref: dict[str, Any]
                    ) -> QDialog | None:
    """Show an image in a viewer, or offer to save a document; one not on this laptop yet
    says so."""
    digest = ref["attachment"]
    if access.state(digest) == "missing":
        name = ref.get("name") or digest
        text = (translate("attachment_view", "{0} is not on this laptop yet: it is being "
                          "downloaded now; open it again in a moment.").format(name)
                if access.fetch([digest]) else
                translate("attachment_view", "{0} is not on this laptop yet: it comes with the "
                          "next sync.").format(name))
        tell(parent, translate("attachment_view", "Not downloaded yet"), text)
        return None
    if is_image(ref):
        try:
            image = decode(access.read(digest))
        except KnownError as exc:
            tell(parent, translate("attachment_view", "Cannot open the attachment"),
                 error_text(exc), warning=True)
            return None
        if not image.isNull():
            viewer = ImageViewer(image, ref, parent)
            viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            viewer.open()
            return viewer
    save_copy(parent, access, ref)
    return None


def choose_and_open(parent: QWidget, access: AttachmentAccess,
                    refs: Sequence[dict[str, Any]]) -> QMenu | None:
    """Open the one attachment, or offer a menu of several to pick the one to open."""
    if len(refs) == 1:
        open_attachment(parent, access, refs[0])
        return None
    menu = QMenu(parent)
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    for ref in refs:
        action = menu.addAction(attachment_icon(access, ref, 32), describe(ref))
        action.triggered.connect(lambda _=False, r=ref: open_attachment(parent, access, r))
    menu.popup(QCursor.pos())
    return menu


class AttachmentStrip(QWidget):
    """A row of attachments as buttons (thumbnail or icon, and the name); activating one
    opens it."""

    opened = Signal(object)

    def __init__(self, access: AttachmentAccess, refs: Sequence[dict[str, Any]],
                 parent: QWidget | None = None, side: int = THUMBNAIL_SIDE) -> None:
        super().__init__(parent)
        self.access = access
        self.buttons: list[QToolButton] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for ref in refs:
            button = QToolButton(self)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            button.setIcon(attachment_icon(access, ref, side))
            button.setIconSize(QSize(side, side))
            state = state_text(access, ref)
            name = str(ref.get("name") or "")
            button.setText(f"{name}\n{state}" if state else name)
            button.setToolTip(describe(ref) + (f"\n{state}" if state else ""))
            button.setAccessibleName(translate("attachment_view", "Open {0}").format(
                describe(ref)))
            button.setAutoRaise(True)
            button.clicked.connect(lambda _=False, r=ref: self.open(r))
            layout.addWidget(button)
            self.buttons.append(button)
        layout.addStretch(1)

    def open(self, ref: dict[str, Any]) -> None:
        self.opened.emit(ref)
        open_attachment(self, self.access, ref)
