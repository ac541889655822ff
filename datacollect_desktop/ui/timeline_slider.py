"""A slider over a record's events: ticks labelled with time and user, step buttons, and the
slider's own keys (arrows, Page Up/Down, Home/End)."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QSlider,
    QStyle,
    QStyleOptionSlider,
    QVBoxLayout,
    QWidget,
)

from datacollect_desktop.ui.cell_direction import isolated

PLAIN = QColor("#55606b")
LATE = QColor("#b45309")  # an event entered late: its label stands out, in words too
MARK = "⚑"


class _Ruler(QWidget):
    """The tick labels under the slider, as many as fit without overlapping."""

    def __init__(self, slider: QSlider, parent: QWidget) -> None:
        super().__init__(parent)
        self.slider = slider
        self.labels: list[tuple[str, str]] = []
        self.marked: frozenset[int] = frozenset()
        self.widest = 0

    def sizeHint(self) -> QSize:
        return QSize(200, self.fontMetrics().height() * 2 + 4)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def set_labels(self, labels: list[tuple[str, str]],
                   marked: frozenset[int] = frozenset()) -> None:
        self.labels = [(f"{MARK} {a}", b) if i in marked else (a, b)
                       for i, (a, b) in enumerate(labels)]
        self.marked = marked
        self._measure()
        self.update()

    def _measure(self) -> None:
        """The widest label, measured once: painting happens at every step of a scrub."""
        metrics = self.fontMetrics()
        self.widest = max((max(metrics.horizontalAdvance(a), metrics.horizontalAdvance(b))
                           for a, b in self.labels), default=0)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._measure()
        super().changeEvent(event)

    def label_width(self) -> int:
        return self.widest + self.fontMetrics().averageCharWidth() * 2

    def centers(self) -> tuple[float, float]:
        """The x of the first and of the last tick, in this widget's coordinates: right to
        left when the slider is (Qt mirrors it in right-to-left layouts, so time runs the way
        the language reads)."""
        option = QStyleOptionSlider()
        self.slider.initStyleOption(option)
        style = self.slider.style()
        groove = style.subControlRect(QStyle.ComplexControl.CC_Slider, option,
                                      QStyle.SubControl.SC_SliderGroove, self.slider)
        handle = style.subControlRect(QStyle.ComplexControl.CC_Slider, option,
                                      QStyle.SubControl.SC_SliderHandle, self.slider)
        offset = self.slider.x() - self.x()
        left = groove.left() + handle.width() / 2 + offset
        right = groove.right() - handle.width() / 2 + offset
        return (right, left) if self.slider.isRightToLeft() else (left, right)

    def spacing(self) -> int:
        """Label every `spacing()`-th event, so neighbouring labels never overlap."""
        count = len(self.labels)
        if count < 2:
            return 1
        first, last = self.centers()
        step = max(abs(last - first) / (count - 1), 0.1)
        return max(1, math.ceil(self.label_width() / step))

    def placed(self) -> list[tuple[int, float]]:
        """(position, x) of the labels drawn: every `spacing()`-th event and the last, each
        kept inside the widget, none closer than a label's width to another."""
        count = len(self.labels)
        if not count:
            return []
        first, last = self.centers()
        width = self.label_width()

        def at(position: int) -> float:
            x = first if count == 1 else first + (last - first) * position / (count - 1)
            return min(max(x, width / 2), self.width() - width / 2)

        end = at(count - 1)  # the last label always gets its room
        chosen: list[tuple[int, float]] = []
        for position in range(0, count - 1, self.spacing()):
            x = at(position)
            if abs(x - end) < width or (chosen and abs(x - chosen[-1][1]) < width):
                continue
            chosen.append((position, x))
        chosen.append((count - 1, end))
        return chosen

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.labels:
            return
        painter = QPainter(self)
        width = self.label_width()
        line = self.fontMetrics().height()
        for position, x in self.placed():
            self._draw(painter, x, width, line, position)

    def _draw(self, painter: QPainter, x: float, width: float, line: float,
              position: int) -> None:
        label = self.labels[position]
        painter.setPen(LATE if position in self.marked else PLAIN)
        x = min(max(x, width / 2), self.width() - width / 2)
        box = QRectF(x - width / 2, 0, width, line)
        # A time reads "2024-05-01 10:00" in Arabic too, as in the tables.
        painter.drawText(box, Qt.AlignmentFlag.AlignHCenter, isolated(label[0]))
        painter.drawText(box.translated(0, line), Qt.AlignmentFlag.AlignHCenter,
                         isolated(label[1]))


class TimelineSlider(QWidget):
    """Positions 0 to n-1, one per event; `position_changed` on every move."""

    position_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setAccessibleName(self.tr("Position in the record's history"))
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setPageStep(10)
        self.slider.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.ruler = _Ruler(self.slider, self)
        self.first_button = self._button(self.tr("First event"))
        self.previous_button = self._button(self.tr("Previous event"))
        self.next_button = self._button(self.tr("Next event"))
        self.last_button = self._button(self.tr("Last event"))
        self._arrows()
        self.first_button.clicked.connect(lambda: self.set_position(0))
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.last_button.clicked.connect(lambda: self.set_position(self.slider.maximum()))
        self.slider.valueChanged.connect(self._moved)
        buttons = QHBoxLayout()
        for button in (self.first_button, self.previous_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.next_button, self.last_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.slider)
        layout.addWidget(self.ruler)
        layout.addLayout(buttons)
        self.set_labels([])

    def _button(self, name: str) -> QPushButton:
        button = QPushButton(self)
        button.setAccessibleName(name)
        button.setAutoRepeat(True)
        return button

    def _arrows(self) -> None:
        """The buttons' arrows point to the end they go to: the first event is on the left
        in English, on the right in Arabic. (Characters that Unicode does not mirror, unlike
        « and », so no text engine turns them round.)"""
        back, forward = ("▶", "◀") if self.isRightToLeft() else ("◀", "▶")
        start, end = ("⇥", "⇤") if self.isRightToLeft() else ("⇤", "⇥")
        first, previous = self.tr("First"), self.tr("Previous")
        following, last = self.tr("Next"), self.tr("Last")
        self.first_button.setText(f"{start} {first}")
        self.previous_button.setText(f"{back} {previous}")
        self.next_button.setText(f"{following} {forward}")
        self.last_button.setText(f"{last} {end}")

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._arrows()

    def set_labels(self, labels: list[tuple[str, str]],
                   marked: frozenset[int] = frozenset()) -> None:
        """One (time, user) label per event, oldest first; the slider goes to the last.
        The labels of `marked` positions (events entered late) carry a flag and a colour."""
        self.slider.blockSignals(True)
        self.slider.setRange(0, max(0, len(labels) - 1))
        self.slider.setValue(self.slider.maximum())
        self.slider.blockSignals(False)
        self.ruler.set_labels(labels, marked)
        self.slider.setTickInterval(self.ruler.spacing())
        self.setEnabled(bool(labels))
        self._buttons()

    def position(self) -> int:
        return self.slider.value()

    def set_position(self, position: int) -> None:
        self.slider.setValue(position)

    def step(self, delta: int) -> None:
        self.slider.setValue(self.slider.value() + delta)

    def _moved(self, position: int) -> None:
        self._buttons()
        self.position_changed.emit(position)

    def _buttons(self) -> None:
        at, last = self.slider.value(), self.slider.maximum()
        self.first_button.setEnabled(at > 0)
        self.previous_button.setEnabled(at > 0)
        self.next_button.setEnabled(at < last)
        self.last_button.setEnabled(at < last)

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self.slider.setTickInterval(self.ruler.spacing())
