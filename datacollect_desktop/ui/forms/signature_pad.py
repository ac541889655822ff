"""The signature component: a pad drawn on with the mouse, a pen or a finger, and Clear.

The value is one reference to a PNG of the drawing. The PNG is stored when the value is
asked for after a change (the draft kept every few seconds, the save), so a signature in a
draft survives a crash; a draft or a record opened again shows the stored picture, and
drawing on goes on over it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTabletEvent,
    QTouchEvent,
    QTransform,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from datacollect_desktop.domain.errors import KnownError
from datacollect_desktop.domain.forms import Component
from datacollect_desktop.ui.attachment_view import AttachmentAccess, decode, encode, reference
from datacollect_desktop.ui.forms.base import FieldEditor
from datacollect_desktop.ui.messages import error_text

#: The stored picture's size: wide enough for a signature, small enough to stay a few KB.
PICTURE = QSize(600, 200)
PEN_WIDTH = 3.0
SIGNATURE_NAME = "signature.png"  # the stored file's name (data, not translated)
INK = QColor("#1a1a2e")
#: A signature is several strokes: the form hears of it once the pen rests this long.
SETTLE_MS = 1000

Stroke = list[QPointF]  # points in the picture's coordinates


class SignaturePad(QWidget):
    """The drawing surface. Strokes are kept in the picture's coordinates, so the pad may
    be any size on screen."""

    stroke_finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.strokes: list[Stroke] = []
        self.background: QImage | None = None  # a signature stored earlier
        self._drawing = False
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self.setMinimumSize(PICTURE.width() // 2, PICTURE.height() // 2)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to Clear: the pad is for a pen

    def sizeHint(self) -> QSize:
        return PICTURE

    def is_empty(self) -> bool:
        return not self.strokes and self.background is None

    def clear(self) -> None:
        self.strokes = []
        self.background = None
        self.update()

    # -- coordinates --------------------------------------------------------------------

    def _scale(self) -> float:
        return min(self.width() / PICTURE.width(), self.height() / PICTURE.height()) or 1.0

    def _offset(self) -> QPointF:
        scale = self._scale()
        return QPointF((self.width() - PICTURE.width() * scale) / 2,
                       (self.height() - PICTURE.height() * scale) / 2)

    def to_picture(self, point: QPointF) -> QPointF:
        scale = self._scale()
        offset = self._offset()
        x = (point.x() - offset.x()) / scale
        y = (point.y() - offset.y()) / scale
        return QPointF(min(max(x, 0.0), PICTURE.width()), min(max(y, 0.0), PICTURE.height()))

    # -- input: mouse, pen, touch ---------------------------------------------------------

    def _begin(self, point: QPointF) -> None:
        self._drawing = True
        self.strokes.append([self.to_picture(point)])
        self.update()

    def _extend(self, point: QPointF) -> None:
        if self._drawing and self.strokes:
            self.strokes[-1].append(self.to_picture(point))
            self.update()

    def _end(self) -> None:
        if self._drawing:
            self._drawing = False
            self.stroke_finished.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._extend(event.position())
            self._end()

    def tabletEvent(self, event: QTabletEvent) -> None:
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QEvent.Type.TabletMove:
            self._extend(event.position())
        elif kind == QEvent.Type.TabletRelease:
            self._end()
        event.accept()  # no synthesized mouse events: the pen draws once

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd,
                    QEvent.Type.TouchCancel):
            assert isinstance(event, QTouchEvent)
            points = event.points()
            if points:
                position = points[0].position()
                if kind == QEvent.Type.TouchBegin:
                    self._begin(position)
                elif kind == QEvent.Type.TouchUpdate:
                    self._extend(position)
                else:
                    self._extend(position)
                    self._end()
            event.accept()
            return True
        return super().event(event)

    # -- drawing --------------------------------------------------------------------------

    def draw(self, painter: QPainter) -> None:
        """The signature in the picture's coordinates."""
        if self.background is not None:
            painter.drawImage(QRectF(0, 0, PICTURE.width(), PICTURE.height()), self.background)
        pen = QPen(INK, PEN_WIDTH, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                   Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        for stroke in self.strokes:
            if len(stroke) == 1:
                painter.drawPoint(stroke[0])
                continue
            path = QPainterPath(stroke[0])
            for point in stroke[1:]:
                path.lineTo(point)
            painter.drawPath(path)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        painter.setPen(QPen(QColor("#9aa0a6"), 1))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        offset, scale = self._offset(), self._scale()
        # Picture coordinates, scaled to the pad, then moved to its centre.
        painter.setTransform(QTransform.fromScale(scale, scale)
                             * QTransform.fromTranslate(offset.x(), offset.y()))
        # The line to sign on.
        painter.setPen(QPen(QColor("#c7cbd1"), 1, Qt.PenStyle.DashLine))
        baseline = PICTURE.height() * 0.78
        painter.drawLine(QPointF(24, baseline), QPointF(PICTURE.width() - 24, baseline))
        self.draw(painter)
        painter.end()

    def png(self) -> bytes:
        """The drawing as a PNG of `PICTURE`'s size, on white."""
        image = QImage(PICTURE, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.draw(painter)
        painter.end()
        return encode(image, b"png")


def sign_here() -> str:
    return QCoreApplication.translate("SignatureEditor", "Sign above with the mouse, a pen "
                                      "or a finger.")


class SignatureEditor(FieldEditor):
    """signature: the pad, a Clear button reachable by keyboard, and a line for problems."""

    problem = Signal(str)

    def __init__(self, component: Component, access: AttachmentAccess,
                 parent: QWidget | None = None) -> None:
        super().__init__(component, parent)
        self.access = access
        self.stored: dict[str, Any] | None = None  # the reference of what the pad shows
        self.dirty = False
        self.pad = SignaturePad(self)
        self.pad.setAccessibleName(component.label)
        self.pad.setAccessibleDescription(self.tr("Sign here with the mouse, a pen or a "
                                                  "finger."))
        self.pad.stroke_finished.connect(self._drawn)
        self.settle = QTimer(self)
        self.settle.setSingleShot(True)
        self.settle.setInterval(SETTLE_MS)
        self.settle.timeout.connect(self._settled)
        self.clear_button = QPushButton(self.tr("Clear"), self)
        self.clear_button.clicked.connect(self.clear)
        self.note = QLabel(sign_here(), self)
        self.note.setObjectName("hint")
        self.note.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.note, 1)
        bar.addWidget(self.clear_button)
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.pad)
        column.addLayout(bar)
        self.row_layout.addLayout(column, 1)
        self.setFocusProxy(self.clear_button)

    def _drawn(self) -> None:
        self.dirty = True  # the next value() stores the drawing as it is then
        self.settle.start()

    def _settled(self) -> None:
        self.changed.emit()
        self.committed.emit()

    def clear(self) -> None:
        had = not self.pad.is_empty()
        self.settle.stop()
        self.note.setText(sign_here())
        self.pad.clear()
        self.stored = None
        self.dirty = False
        if had:
            self.changed.emit()
            self.committed.emit()

    def value(self) -> Any:
        """The reference of the drawing; drawn since last asked, it is stored now."""
        if self.dirty and not self.pad.is_empty():
            try:
                self.stored = self.access.store(self.pad.png(), SIGNATURE_NAME,
                                                "image/png")
                self.dirty = False
            except KnownError as exc:
                self.problem.emit(error_text(exc))
        return dict(self.stored) if self.stored is not None else None

    def set_value(self, value: Any) -> None:
        ref = reference(value)
        self.settle.stop()
        self.note.setText(sign_here())
        self.pad.clear()
        self.stored = ref
        self.dirty = False
        if ref is not None and self.access.state(ref["attachment"]) == "held":
            try:
                picture = decode(self.access.read(ref["attachment"]))
            except KnownError:
                picture = QImage()
            self.pad.background = None if picture.isNull() else picture
        if ref is not None and self.pad.background is None:
            self.note.setText(self.tr("The signature is not on this laptop yet."))
        self.pad.update()

    def focus_widgets(self) -> list[QWidget]:
        return [self.clear_button]
