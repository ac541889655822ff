"""Tables as tall as their rows: a list of two problems is not a frame around empty space."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTableView


def rows_height(table: QTableView, fewest: int, most: int, note: QLabel | None = None) -> int:
    """The height that shows `table`'s rows, at least `fewest` (room for `note`, the empty
    state, when there are none) and at most `most` (the rest scroll)."""
    model = table.model()
    rows = model.rowCount() if model is not None else 0
    step = table.verticalHeader().defaultSectionSize()
    height = sum(table.rowHeight(row) for row in range(min(rows, most)))
    height += step * max(0, fewest - rows)
    if rows == 0 and note is not None:
        height = max(height, note.heightForWidth(table.viewport().width()))
    bar = table.horizontalScrollBar()
    extra = bar.sizeHint().height() if bar.isVisible() else 0
    header = table.horizontalHeader()
    chrome = (header.sizeHint().height() if not header.isHidden() else 0) + extra
    return chrome + height + 2 * table.frameWidth()


def cap_to_rows(table: QTableView, fewest: int, most: int, note: QLabel | None = None) -> None:
    """No taller than its rows (`rows_height`); the layout may still make it shorter, down
    to `fewest` rows, where a small window has no room."""
    table.setMaximumHeight(rows_height(table, fewest, most, note))
    table.setMinimumHeight(rows_height(table, fewest, fewest, note))
