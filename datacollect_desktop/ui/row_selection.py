"""Selecting a table's row from code, in either reading direction."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView


def select_row(view: QAbstractItemView, row: int) -> None:
    """Make row `row` of `view` (which selects whole rows) current and selected.

    `QTableView.selectRow` selects nothing when the layout is right to left, as in Arabic: it
    looks for the first column just past the viewport's edge. Making the row current selects
    it in both directions.
    """
    view.setCurrentIndex(view.model().index(row, 0))
