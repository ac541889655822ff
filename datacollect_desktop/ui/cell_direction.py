"""Text that keeps its own direction in right-to-left layouts: table cells, the timeline's
labels."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QStyledItemDelegate, QStyleOptionViewItem

FIRST_STRONG_ISOLATE = "\u2068"
POP_DIRECTIONAL_ISOLATE = "\u2069"


def isolated(text: str) -> str:
    """`text` as one unit that goes the way its first letter goes (digits alone left to right),
    whatever the direction of what surrounds it."""
    return FIRST_STRONG_ISOLATE + text + POP_DIRECTIONAL_ISOLATE


def align_leading(label: QLabel) -> None:
    """Start `label`'s text at the leading edge of its layout (the right in Arabic).

    A label aligns its text by the text's own direction, so a number or a name in Latin
    letters beside an Arabic label would sit at the far left, away from it.
    """
    edge = (Qt.AlignmentFlag.AlignRight if label.isRightToLeft()
            else Qt.AlignmentFlag.AlignLeft)
    label.setAlignment(edge | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)


class IsolatingDelegate(QStyledItemDelegate):
    """Lays each cell's text out as one unit that takes its own direction.

    In a right-to-left table Qt treats every cell as an Arabic paragraph, which reorders the
    parts of a value written left to right: "+254 797 917 672" reads "672 917 797 254+" and
    "19 Clinic Avenue" reads "Clinic Avenue 19". Isolated, the text goes the way its first
    letter goes (digits alone left to right) while the cell keeps the table's alignment. Only
    the drawing changes: the model's text stays as it is for copying and searching.
    """

    def initStyleOption(self, option: QStyleOptionViewItem,
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        if option.direction == Qt.LayoutDirection.RightToLeft and option.text:
            option.text = isolated(option.text)


def isolate_cells(view: QAbstractItemView) -> None:
    """Give `view` cells that keep their text's direction (column delegates still apply)."""
    view.setItemDelegate(IsolatingDelegate(view))
