"""Keyboard shortcuts (F1): the menus' shortcuts, read from the menus, and those of the screens."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMenu,
    QMenuBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from datacollect_desktop.ui.style import text_width


def menu_shortcuts(menus: QMenuBar) -> list[tuple[str, str]]:
    """(keys, command) of every menu command that has a shortcut."""
    found = []
    for menu in menus.findChildren(QMenu):
        for action in menu.actions():
            if not action.shortcut().isEmpty():
                name = action.text().replace("&", "").removesuffix("…").strip()
                found.append((action.shortcut().toString(), name))
    return found


class ShortcutsDialog(QDialog):
    """A table of keys and what they do, in the person's language and keyboard's names."""

    def __init__(self, menus: QMenuBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        intro = QLabel(self.tr("Everything can be done from the keyboard."), self)
        rows = [*self.screen_shortcuts(), *menu_shortcuts(menus)]
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, (keys, what) in enumerate(rows):
            shown = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
            self.table.setItem(row, 0, QTableWidgetItem(shown))
            self.table.setItem(row, 1, QTableWidgetItem(what))
        self.keys = [QKeySequence(keys) for keys, _ in rows]
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        # Rows fit their text at the width the table gets on screen: measured before, at
        # the narrow width of a table not yet laid out, most texts would wrap to two or
        # three lines, some rows three times the height of others.
        self.table.horizontalHeader().sectionResized.connect(self._fit_rows)
        # Wide enough for the longest line, so that every row is one line high.
        metrics = self.table.fontMetrics()
        shown_keys = [self.table.item(row, 0) for row in range(len(rows))]
        wanted = (max((metrics.horizontalAdvance(item.text())
                       for item in shown_keys if item is not None), default=0)
                  + max((metrics.horizontalAdvance(what) for _, what in rows), default=0)
                  + text_width(self, 20))  # the cells' margins, the frame and scroll bar
        room = self.screen().availableGeometry().width() * 9 // 10
        self.resize(max(text_width(self, 80), min(wanted, room)), text_width(self, 70))

    def _fit_rows(self, *_: object) -> None:
        self.table.resizeRowsToContents()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_rows()  # the columns have their widths on screen only now

    def screen_shortcuts(self) -> list[tuple[str, str]]:
        """(keys, what they do) on the screens; the menus' own are read from the menus."""
        return [
            ("Ctrl+1", self.tr("Go to Register")),
            ("Ctrl+2", self.tr("Go to Records")),
            ("Ctrl+3", self.tr("Go to Drafts")),
            ("Ctrl+4", self.tr("Go to Needs attention")),
            ("Ctrl+5", self.tr("Go to Audit history")),
            ("Ctrl+6", self.tr("Go to Registry as of")),
            ("Ctrl+7", self.tr("Go to Integrity")),
            ("Ctrl+8", self.tr("Go to Conflicts")),
            ("Ctrl+9", self.tr("Go to Duplicates")),
            ("Ctrl+S", self.tr("Save the form; in a household, go on to the next member")),
            ("Ctrl+Shift+S", self.tr("Finish the household, or cancel an edit")),
            ("Tab", self.tr("Next field (Shift+Tab: the one before)")),
            ("Return", self.tr("Next field; on the last one, the Save button")),
            ("Return", self.tr("In the audit filters, show the entries; in the date of "
                               "Registry as of, show the registry then")),
            ("Enter", self.tr("The number pad's Enter does what Return does")),
            ("Alt+Down", self.tr("Open the calendar of a date field (F4 too)")),
            ("Ctrl+F", self.tr("Search the records, or the audit history on its screen")),
            ("Ctrl+E", self.tr("Edit the record on screen")),
            ("Ctrl+T", self.tr("Timeline of the record on screen")),
            ("Del", self.tr("Delete the record on screen (it asks first, and for a reason)")),
            ("Home", self.tr("On a timeline, the first event (End: the last; the arrow keys "
                             "and Page Up/Down step through the events)")),
            ("Esc", self.tr("Back to the list from a record; from a timeline, back to where "
                            "it was opened")),
        ]
