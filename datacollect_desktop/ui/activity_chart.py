"""Events per day by user as stacked bars, painted with QPainter (the Qt build has no charts)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from datacollect_desktop.app.audit import Activity

PALETTE = ["#1565c0", "#2e7d32", "#ef6c00", "#6a1b9a", "#00838f", "#ad1457", "#5d4037",
           "#9e9d24", "#283593", "#c62828"]


def user_color(position: int) -> QColor:
    return QColor(PALETTE[position % len(PALETTE)])


class ActivityChart(QWidget):
    """One bar per day, one colour per user, with a legend; empty days stay visible."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.activity = Activity([], [], {})
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Activity chart"))
        self.setMinimumHeight(self.fontMetrics().height() * 8)

    def sizeHint(self) -> QSize:
        return QSize(600, self.fontMetrics().height() * 9)

    def set_activity(self, activity: Activity) -> None:
        self.activity = activity
        busiest = max((self.day_total(d) for d in activity.days), default=0)
        self.setAccessibleDescription(self.tr(
            "{0} events over {1} days by {2} users; at most {3} in a day.").format(
            activity.total, len(activity.days), len(activity.users), busiest))
        self.update()

    def day_total(self, day: str) -> int:
        return sum(self.activity.counts.get((day, user), 0) for user in self.activity.users)

    def _place(self, rect: QRectF) -> QRectF:
        """`rect`, laid out left to right, where it goes in this widget's direction: in a
        right-to-left layout days run from right to left, like the timeline's slider."""
        if not self.isRightToLeft():
            return rect
        return QRectF(self.width() - rect.right(), rect.top(), rect.width(), rect.height())

    def _start(self) -> Qt.AlignmentFlag:
        """Where text starts in this widget's direction."""
        return Qt.AlignmentFlag.AlignRight if self.isRightToLeft() else Qt.AlignmentFlag.AlignLeft

    def _end(self) -> Qt.AlignmentFlag:
        return Qt.AlignmentFlag.AlignLeft if self.isRightToLeft() else Qt.AlignmentFlag.AlignRight

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        line = metrics.height()
        activity = self.activity
        area = QRectF(self.rect()).adjusted(line * 3, line * 0.5, -line * 0.5, -line * 2.6)
        painter.fillRect(self.rect(), QColor("white"))
        if not activity.days:
            painter.setPen(QColor("#55606b"))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                             self.tr("No activity for these filters."))
            return
        busiest = max(1, max(self.day_total(day) for day in activity.days))
        painter.setPen(QPen(QColor("#c4c9cf")))
        axis = self._place(QRectF(area.left(), area.bottom(), area.width(), 0))
        painter.drawLine(axis.topLeft(), axis.topRight())
        painter.setPen(QColor("#55606b"))
        for y, count in ((area.top(), busiest), (area.bottom(), 0)):
            painter.drawText(self._place(QRectF(0, y - line / 2, area.left() - 4, line)),
                             self._end(), str(count))
        slot = area.width() / len(activity.days)
        bar = max(1.0, slot * 0.8)
        for position, day in enumerate(activity.days):
            bottom = area.bottom()
            x = area.left() + position * slot + (slot - bar) / 2
            for number, user in enumerate(activity.users):
                count = activity.counts.get((day, user), 0)
                if not count:
                    continue
                height = area.height() * count / busiest
                painter.fillRect(self._place(QRectF(x, bottom - height, bar, height)),
                                 user_color(number))
                bottom -= height
        self._day_labels(painter, area, slot)
        self._legend(painter, area.bottom() + line * 1.4)

    def _day_labels(self, painter: QPainter, area: QRectF, slot: float) -> None:
        days = self.activity.days
        width = self.fontMetrics().horizontalAdvance("0000-00-00") * 1.4
        every = max(1, int(width // max(slot, 1.0)) + 1)
        painter.setPen(QColor("#55606b"))
        line = self.fontMetrics().height()
        for position in range(0, len(days), every):
            center = area.left() + (position + 0.5) * slot
            painter.drawText(self._place(QRectF(center - width / 2, area.bottom() + 2, width,
                                                line)),
                             Qt.AlignmentFlag.AlignHCenter, days[position][5:])

    def _legend(self, painter: QPainter, top: float) -> None:
        metrics = self.fontMetrics()
        line = metrics.height()
        x = float(line * 3)
        for number, person in enumerate(self.activity.users):
            user = self.activity.name(person)
            painter.fillRect(self._place(QRectF(x, top + line * 0.2, line * 0.7, line * 0.7)),
                             user_color(number))
            x += line
            painter.setPen(QColor("#1a2b3c"))
            painter.drawText(self._place(QRectF(x, top, metrics.horizontalAdvance(user) + 4,
                                                line)), self._start(), user)
            x += metrics.horizontalAdvance(user) + line
