"""Sync-level badges: Local (only on this laptop), Synced (on the server), External."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from datacollect_desktop.domain.vocabulary import SyncLevel

COLORS = {
    SyncLevel.LOCAL: QColor("#b26a00"),
    SyncLevel.REMOTE: QColor("#2e7d32"),
    SyncLevel.EXTERNAL: QColor("#1565c0"),
}
#: The model role that carries a cell's `SyncLevel` for the delegate.
LEVEL_ROLE = Qt.ItemDataRole.UserRole + 7
#: A badge's width beyond its text: its rounded ends and the cell's margins.
BADGE_PADDING = 28


def level_text(level: SyncLevel) -> str:
    return {
        SyncLevel.LOCAL: QCoreApplication.translate("badges", "Local"),
        SyncLevel.REMOTE: QCoreApplication.translate("badges", "Synced"),
        SyncLevel.EXTERNAL: QCoreApplication.translate("badges", "External"),
    }[level]


def level_tooltip(level: SyncLevel) -> str:
    return {
        SyncLevel.LOCAL: QCoreApplication.translate(
            "badges", "Only on this laptop; sent at the next sync."),
        SyncLevel.REMOTE: QCoreApplication.translate("badges", "Stored on the sync server."),
        SyncLevel.EXTERNAL: QCoreApplication.translate(
            "badges", "Came from or went to an external system."),
    }[level]


class BadgeDelegate(QStyledItemDelegate):
    """Paints the cell's level (LEVEL_ROLE) as a coloured pill with its name."""

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        metrics = option.fontMetrics
        widest = max(metrics.horizontalAdvance(level_text(level)) for level in SyncLevel)
        return QSize(widest + BADGE_PADDING, metrics.height() + 10)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        level = index.data(LEVEL_ROLE)
        if not isinstance(level, int):
            super().paint(painter, option, index)
            return
        level = SyncLevel(level)
        style = option.widget.style() if option.widget is not None else None
        if style is not None and option.state & QStyle.StateFlag.State_Selected:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter,
                                option.widget)
        metrics = option.fontMetrics
        # The pill stays inside its cell: a narrow column shortens the word, never lets the
        # pill run under the next column or the scroll bar.
        room = max(option.rect.width() - 8, 0)
        text = metrics.elidedText(level_text(level), Qt.TextElideMode.ElideRight,
                                  max(room - 16, 0))
        width = min(metrics.horizontalAdvance(text) + 16, room)
        height = metrics.height() + 4
        # The pill starts where the text of the column starts: at the right in Arabic.
        left = (option.rect.right() - 4 - width
                if option.direction == Qt.LayoutDirection.RightToLeft else option.rect.x() + 4)
        rect = QRectF(left, option.rect.center().y() - height / 2 + 1, width, height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        color = COLORS[level]
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(QColor("white"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()
