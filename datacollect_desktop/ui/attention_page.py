"""Needs attention: events the store kept but could not apply, events the server refused,
changes that conflict with the server's, and people who may be registered twice."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from datacollect_desktop.app.browse import ConflictRow
from datacollect_desktop.app.workspace import Workspace
from datacollect_desktop.ui.audit_text import action_text
from datacollect_desktop.ui.cell_direction import isolate_cells
from datacollect_desktop.ui.empty_state import EmptyState
from datacollect_desktop.ui.field_text import display_value, local_time
from datacollect_desktop.ui.form_language import form_translator
from datacollect_desktop.ui.messages import translated
from datacollect_desktop.ui.table_fit import cap_to_rows

GUID_ROLE = Qt.ItemDataRole.UserRole + 1

#: The fewest rows a list makes room for (its empty state's sentence) and the most it shows
#: before it scrolls.
_LIST_ROWS = (2, 10)


def _table(parent: QWidget, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    isolate_cells(table)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class AttentionPage(QWidget):
    """Each problem with its reason; Enter or a double click opens the record concerned."""

    open_requested = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        title = QLabel(self.tr("Needs attention"), self)
        title.setObjectName("pageTitle")
        events_box = QGroupBox(self.tr("Changes that were not applied or were refused"), self)
        self.events = _table(self, [self.tr("When"), self.tr("Record"), self.tr("Change"),
                                    self.tr("Reason"), self.tr("What you can do")])
        self.events.setAccessibleName(events_box.title())
        # The reason and what to do are sentences: they share the width and wrap.
        for column in (3, 4):
            self.events.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.Stretch)
        self.events.setWordWrap(True)
        self.events.itemActivated.connect(self._open)
        QVBoxLayout(events_box).addWidget(self.events)
        conflicts_box = QGroupBox(self.tr("Changed here and on the server"), self)
        self.conflicts = _table(self, [self.tr("Record"), self.tr("Field"),
                                       self.tr("On this device"), self.tr("On the server"),
                                       self.tr("Reason")])
        self.conflicts.setAccessibleName(conflicts_box.title())
        self.conflicts.itemActivated.connect(self._open)
        QVBoxLayout(conflicts_box).addWidget(self.conflicts)
        duplicates_box = QGroupBox(self.tr("Possible duplicates"), self)
        self.duplicates = _table(self, [self.tr("Person"), self.tr("May be the same as"),
                                        self.tr("Similarity")])
        self.duplicates.setAccessibleName(duplicates_box.title())
        self.duplicates.itemActivated.connect(self._open)
        QVBoxLayout(duplicates_box).addWidget(self.duplicates)
        self.summary = QLabel(self)
        self.summary.setObjectName("entryContext")
        self.summary.setWordWrap(True)
        # Each sentence lives as a child of its list's viewport.
        self.notes = [
            EmptyState(self.events, self.tr("Nothing to look at: every change was applied "
                                            "and accepted.")),
            EmptyState(self.conflicts, self.tr("No field was changed both here and on the "
                                               "server.")),
            EmptyState(self.duplicates, self.tr("No possible duplicates."))]
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.summary)
        # Each list as tall as its rows (up to a screenful): the space left stays below.
        layout.addWidget(events_box)
        layout.addWidget(conflicts_box)
        layout.addWidget(duplicates_box)
        layout.addStretch(1)

    def _fit_tables(self) -> None:
        for table, note in zip((self.events, self.conflicts, self.duplicates), self.notes,
                               strict=True):
            cap_to_rows(table, *_LIST_ROWS, note)

    def refresh(self) -> None:
        problems = self.workspace.browse.attention()
        refusals = {r.guid: r for r in self.workspace.browse.refusals()}
        self.events.setRowCount(len(problems))
        for row, problem in enumerate(problems):
            refusal = refusals.get(problem.guid)
            # The stored reason names records by id and times in UTC: the cell says it in
            # words, the tooltip keeps it as stored.
            technical = problem.sync_error or problem.flag or ""
            reason = (self.tr("Refused by the server: {0}").format(problem.sync_error)
                      if problem.sync_error else self.tr("Kept but not applied: {0}").format(
                          translated(self.workspace.browse.flag_words(technical))))
            advice = (translated(refusal.advice) if refusal is not None else
                      self.tr("Open the record to see its history; the change is kept.")
                      if not problem.sync_error else "")
            cells = [local_time(problem.timestamp), problem.entity_name or problem.entity_guid,
                     action_text(problem.type), reason, advice]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(GUID_ROLE, problem.entity_guid)
                if column == 3:
                    item.setToolTip(text if problem.sync_error else f"{text}\n\n{technical}")
                elif column == 4:
                    item.setToolTip(text)
                self.events.setItem(row, column, item)
        self.events.resizeRowsToContents()
        conflicts = self.workspace.browse.conflicts()
        self.conflicts.setRowCount(len(conflicts))
        for row, conflict in enumerate(conflicts):
            for column, text in enumerate(self._conflict_cells(conflict)):
                item = QTableWidgetItem(text)
                item.setData(GUID_ROLE, conflict.entity_guid)
                item.setToolTip(text)
                self.conflicts.setItem(row, column, item)
        pairs = self.workspace.browse.open_duplicates()
        self.duplicates.setRowCount(len(pairs))
        for row, pair in enumerate(pairs):
            pair_cells = [(pair.first.name or "?", pair.first.guid),
                     (pair.second.name or "?", pair.second.guid),
                     (f"{pair.score:.0%}", pair.first.guid)]
            for column, (text, guid) in enumerate(pair_cells):
                item = QTableWidgetItem(text)
                item.setData(GUID_ROLE, guid)
                self.duplicates.setItem(row, column, item)
        self._fit_tables()
        self.summary.setText(self.tr("{0}, {1} and {2}.").format(
            self.tr("%n change(s) kept but not applied", "", len(problems)),
            self.tr("%n conflict(s)", "", len(conflicts)),
            self.tr("%n possible duplicate(s)", "", len(pairs))) + (" " + (
                self.tr("%n change was refused by the server and waits on this laptop.", "",
                        len(refusals)) if len(refusals) == 1 else
                self.tr("%n changes were refused by the server and wait on this laptop.", "",
                        len(refusals))) if refusals else ""))

    def _conflict_cells(self, conflict: ConflictRow) -> list[str]:
        record = conflict.entity_name or conflict.entity_guid
        if conflict.kind == "guid":
            local, remote = conflict.local or {}, conflict.remote or {}
            return [record, self.tr("(the whole change)"), str(local.get("type", "")),
                    str(remote.get("type", "")),
                    self.tr("The server holds a different change under the id of this "
                            "device's change; this device's change was not sent.")]
        form_text = form_translator(self.workspace.config)
        label = form_text(conflict.component.label) if conflict.component else conflict.field
        return [record, label, display_value(conflict.component, conflict.local, form_text),
                display_value(conflict.component, conflict.remote, form_text),
                self.tr("Both changed it from {0}; this device's value stands because it "
                        "reaches the server later. Edit the record to settle it.").format(
                            display_value(conflict.component, conflict.base, form_text)
                            or self.tr("(empty)"))]

    def _open(self, item: QTableWidgetItem) -> None:
        guid = item.data(GUID_ROLE)
        if isinstance(guid, str):
            self.open_requested.emit(guid)

    def showEvent(self, event: object) -> None:
        self.refresh()
        super().showEvent(event)  # type: ignore[arg-type]
