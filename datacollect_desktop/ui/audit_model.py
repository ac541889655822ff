"""The audit trail as a lazy Qt table: pages fetched in the background as the view scrolls,
each starting where the last ended, so a million entries scroll like a hundred."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from datacollect_desktop.app.audit import AuditEntry, AuditFilter, AuditService
from datacollect_desktop.ui.audit_text import FieldLabels, action_text
from datacollect_desktop.ui.field_text import local_time
from datacollect_desktop.ui.worker import Worker

PAGE = 200
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
_NO_PARENT = QModelIndex()
Index = QModelIndex | QPersistentModelIndex


class AuditModel(QAbstractTableModel):
    """Entries matching `spec`, newest first; counts arrive separately (they scan more)."""

    count_changed = Signal(object)
    loading_changed = Signal(bool)
    failed = Signal(object)

    def __init__(self, service: AuditService, worker: Worker, labels: FieldLabels,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self.service = service
        self.worker = worker
        self.labels = labels
        self.spec = AuditFilter()
        self.entries: list[AuditEntry] = []
        self.more = False
        self.loading = False
        self.total: int | None = None
        self.generation = 0
        self.headers = [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Record"),
                        self.tr("Changes"), self.tr("Note")]

    # -- loading ------------------------------------------------------------------------

    def set_filter(self, spec: AuditFilter) -> None:
        self.spec = spec
        self.refresh()

    def refresh(self) -> None:
        """Start again from the newest entry; count in the background."""
        self.beginResetModel()
        self.generation += 1
        self.entries = []
        self.more = True
        self.loading = False
        self.total = None
        self.endResetModel()
        self.count_changed.emit(None)
        self._fetch()
        generation, spec = self.generation, self.spec
        self.worker.submit(self._unless_stale(generation, lambda: self.service.count(spec)),
                           lambda total: self._counted(generation, total), self.failed.emit)

    def _unless_stale(self, generation: int, job: Callable[[], Any]) -> Callable[[], Any]:
        """A job that does nothing once its filter was replaced while it waited."""
        return lambda: job() if generation == self.generation else None

    def _counted(self, generation: int, total: int | None) -> None:
        if generation == self.generation and total is not None:
            self.total = total
            self.count_changed.emit(total)

    def _fetch(self) -> None:
        if self.loading or not self.more:
            return
        self._set_loading(True)
        generation, spec = self.generation, self.spec
        after = self.entries[-1].key if self.entries else None
        self.worker.submit(
            self._unless_stale(generation, lambda: self.service.page(spec, after, PAGE + 1)),
            lambda rows: self._arrived(generation, rows), self._page_failed)

    def _arrived(self, generation: int, rows: list[AuditEntry] | None) -> None:
        if generation != self.generation or rows is None:
            return
        self.more = len(rows) > PAGE
        rows = rows[:PAGE]
        if rows:
            first = len(self.entries)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self.entries.extend(rows)
            self.endInsertRows()
        self._set_loading(False)

    def _page_failed(self, error: BaseException) -> None:
        self.more = False
        self._set_loading(False)
        self.failed.emit(error)

    def _set_loading(self, loading: bool) -> None:
        self.loading = loading
        self.loading_changed.emit(loading)

    def entry(self, row: int) -> AuditEntry | None:
        return self.entries[row] if 0 <= row < len(self.entries) else None

    # -- Qt model -----------------------------------------------------------------------

    def rowCount(self, parent: Index = _NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = _NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self.more and not self.loading

    def fetchMore(self, parent: Index) -> None:
        if not parent.isValid():
            self._fetch()

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.entry(index.row()) if index.isValid() else None
        if entry is None:
            return None
        if role == ENTRY_ROLE:
            return entry
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(entry, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and entry.flag:
            return QColor("#b3261e")
        return None

    def _text(self, entry: AuditEntry, column: int) -> str:
        if column == 0:
            return local_time(entry.timestamp)
        if column == 1:
            return entry.user_name or entry.user_id
        if column == 2:
            return action_text(entry.action)
        if column == 3:
            return entry.entity_name or entry.entity_guid
        if column == 4:
            return self.labels.change_summary(entry.form, entry.changes)
        return entry.flag or ""
