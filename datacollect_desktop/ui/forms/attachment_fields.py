"""The file component: photos and documents added from disk (or the camera), shown as
thumbnails or as name, size and type, each removable; the value is a list of references.

A file is checked by the field's own rules (filePattern, fileMaxSize) before it is stored, and
stored at once (so a draft that holds its reference survives a crash); a refusal is shown
under the field like any other validation message, and nothing is stored."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QMimeData, QSize, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from datacollect_desktop.domain.errors import KnownError
from datacollect_desktop.domain.forms import Component
from datacollect_desktop.domain.forms.rules import field_problem
from datacollect_desktop.ui.attachment_import import ImportRefused, Prepared, prepare
from datacollect_desktop.ui.attachment_view import (
    AttachmentAccess,
    attachment_icon,
    describe,
    open_attachment,
    references,
    remember_thumbnail,
    state_text,
)
from datacollect_desktop.ui.forms.base import FieldEditor
from datacollect_desktop.ui.forms.camera import camera_available, capture_photo
from datacollect_desktop.ui.messages import error_text, translated

PREVIEW_SIDE = 72
translate = QCoreApplication.translate


def name_filter(component: Component) -> str:
    """The file dialog's filter from the field's filePattern ("image/*,.pdf")."""
    pattern = component.raw.get("filePattern")
    globs: list[str] = []
    for part in str(pattern or "").split(","):
        part = part.strip().lower()
        if part in ("", "*", "*/*"):
            continue
        if part == "image/*":
            globs += ["*.jpg", "*.jpeg", "*.png", "*.gif", "*.webp", "*.bmp", "*.tif", "*.tiff"]
        elif part == "application/pdf":
            globs.append("*.pdf")
        elif part.startswith("."):
            globs.append("*" + part)
        elif part.startswith("*."):
            globs.append(part)
    if not globs and component.raw.get("image") is True:
        globs = ["*.jpg", "*.jpeg", "*.png", "*.gif", "*.webp"]
    every = translate("FileEditor", "All files (*)")
    if not globs:
        return every
    accepted = translate("FileEditor", "Accepted files ({0})").format(
        " ".join(dict.fromkeys(globs)))
    return f"{accepted};;{every}"


def _dropped_files(data: QMimeData) -> list[Path]:
    return [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()]


class AttachmentItem(QWidget):
    """One attachment of the field: its thumbnail (opens it), its description, Remove."""

    removed = Signal(object)

    def __init__(self, access: AttachmentAccess, ref: dict[str, Any], parent: QWidget) -> None:
        super().__init__(parent)
        self.ref = ref
        self.access = access
        self.preview = QToolButton(self)
        self.preview.setIcon(attachment_icon(access, ref, PREVIEW_SIDE))
        self.preview.setIconSize(QSize(PREVIEW_SIDE, PREVIEW_SIDE))
        self.preview.setAutoRaise(True)
        self.preview.setAccessibleName(self.tr("Open {0}").format(describe(ref)))
        self.preview.setToolTip(self.tr("Open {0}").format(ref.get("name") or ""))
        self.preview.clicked.connect(lambda: open_attachment(self, access, ref))
        state = state_text(access, ref)
        self.text = QLabel(describe(ref) + (f"\n{state}" if state else ""), self)
        self.text.setWordWrap(True)
        self.remove = QPushButton(self.tr("Remove"), self)
        self.remove.setAccessibleName(self.tr("Remove {0}").format(ref.get("name") or ""))
        self.remove.clicked.connect(lambda: self.removed.emit(self))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.remove)


class FileEditor(FieldEditor):
    """file: a list of references, added by "Add a photo…" / "Add a file…" (and "Take a
    photo…" where a camera is available), removed one by one."""

    #: A file was refused (too big, wrong type, unreadable): shown under the field.
    problem = Signal(str)
    #: Items came or went: the form chains Tab through their buttons again.
    rows_changed = Signal()

    def __init__(self, component: Component, access: AttachmentAccess,
                 parent: QWidget | None = None) -> None:
        super().__init__(component, parent)
        self.access = access
        self.items: list[AttachmentItem] = []
        self.multiple = component.multiple or component.raw.get("multiple") is True
        self.images_only = component.raw.get("image") is True
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.choose_files)
        self.camera_button: QPushButton | None = None
        if camera_available():
            self.camera_button = QPushButton(self.tr("Take a photo…"), self)
            self.camera_button.clicked.connect(self.take_photo)
        self.list = QVBoxLayout()
        self.list.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        if self.camera_button is not None:
            buttons.addWidget(self.camera_button)
        buttons.addStretch(1)
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self.list)
        column.addLayout(buttons)
        self.row_layout.addLayout(column, 1)
        self.setFocusProxy(self.add_button)
        self.setAcceptDrops(True)  # files dropped from the desktop are added too
        self._label_buttons()

    def _label_buttons(self) -> None:
        if self.items and not self.multiple:
            text = self.tr("Replace the photo…") if self.images_only else self.tr(
                "Replace the file…")
        else:
            text = self.tr("Add a photo…") if self.images_only else self.tr("Add a file…")
        self.add_button.setText(text)

    # -- adding ---------------------------------------------------------------------------

    def choose_files(self) -> None:
        caption = self.tr("Choose photos or files") if self.multiple else self.tr(
            "Choose a photo or file")
        paths, _ = QFileDialog.getOpenFileNames(self, caption, "", name_filter(self.component))
        self.add_paths([Path(p) for p in paths])

    def take_photo(self) -> None:
        capture_photo(self, lambda data: self.add_data(data, "photo.jpg"))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = _dropped_files(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.add_paths(paths)

    def add_paths(self, paths: list[Path]) -> bool:
        """Check and store each file; stops at the first refused one (shown under the
        field). True when every file was added."""
        if not self.multiple:
            paths = paths[-1:]
        for path in paths:
            try:
                data = path.read_bytes()
            except OSError as exc:
                self._refuse(self.tr("“{0}” could not be read: {1}").format(
                    path.name, exc.strerror or exc))
                return False
            if not self.add_data(data, path.name):
                return False
        return True

    def add_data(self, data: bytes, name: str) -> bool:
        try:
            ready = prepare(data, name, self.access.image_max_side)
        except ImportRefused as exc:
            self._refuse(str(exc))
            return False
        candidate = {"attachment": "sha256:" + hashlib.sha256(ready.data).hexdigest(),
                     "name": ready.name, "mediaType": ready.media_type,
                     "size": len(ready.data)}
        refused = field_problem(self.component, [candidate])
        if refused is not None:
            self._refuse(translated(refused))  # checked before storing: nothing is stored
            return False
        try:
            ref = self.access.store(ready.data, ready.name, ready.media_type)
        except KnownError as exc:
            self._refuse(error_text(exc))
            return False
        self._remember(ref, ready)
        if not self.multiple:
            self._clear_items()
        if all(item.ref["attachment"] != ref["attachment"] for item in self.items):
            self._add_item(ref)
        self._label_buttons()
        self.rows_changed.emit()
        self.changed.emit()
        self.committed.emit()
        return True

    def _remember(self, ref: dict[str, Any], ready: Prepared) -> None:
        if ready.image is not None:
            remember_thumbnail(ref, ready.image, PREVIEW_SIDE)

    def _refuse(self, message: str) -> None:
        self.problem.emit(message)

    # -- the list -------------------------------------------------------------------------

    def _add_item(self, ref: dict[str, Any]) -> None:
        item = AttachmentItem(self.access, ref, self)
        item.removed.connect(self._remove)
        self.list.addWidget(item)
        self.items.append(item)

    def _remove(self, item: AttachmentItem) -> None:
        index = self.items.index(item)
        self.items.remove(item)
        item.hide()
        item.deleteLater()
        self._label_buttons()
        self.rows_changed.emit()
        self.changed.emit()
        self.committed.emit()
        # The keyboard stays near: the next item's Remove, else the Add button.
        if self.items:
            self.items[min(index, len(self.items) - 1)].remove.setFocus()
        else:
            self.add_button.setFocus()

    def _clear_items(self) -> None:
        for item in self.items:
            item.hide()
            item.deleteLater()
        self.items = []

    def value(self) -> Any:
        return [dict(item.ref) for item in self.items] or None

    def set_value(self, value: Any) -> None:
        self._clear_items()
        for ref in references(value):
            self._add_item(ref)
        self._label_buttons()
        self.rows_changed.emit()

    def focus_widgets(self) -> list[QWidget]:
        widgets: list[QWidget] = []
        for item in self.items:
            widgets += [item.preview, item.remove]
        widgets.append(self.add_button)
        if self.camera_button is not None:
            widgets.append(self.camera_button)
        return widgets
