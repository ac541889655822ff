"""The audit trail as a lazy Qt table: pages fetched in the background as the view scrolls,
each starting where the last ended, so a million entries scroll like a hundred."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from datacollect_desktop.app.audit import AuditEntry, AuditFilter, AuditService
from datacollect_desktop.ui.audit_text import FieldLabels
from datacollect_desktop.ui.event_text import audit_entry_words
from datacollect_desktop.ui.field_text import local_time
from datacollect_desktop.ui.messages import translated
from datacollect_desktop.ui.paged_model import PagedModel
from datacollect_desktop.ui.worker import Worker

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


def note_text(entry: AuditEntry) -> str:
    """The entry's note: why its event was not applied, or why its record was deleted."""
    if entry.flag:
        return translated(entry.flag_words or entry.flag)
    return entry.reason or ""


class AuditModel(PagedModel[AuditFilter, AuditEntry]):
    """Entries matching `spec`, newest first; counts arrive separately (they scan more)."""

    def __init__(self, service: AuditService, worker: Worker, labels: FieldLabels,
                 parent: Any = None) -> None:
        super().__init__(worker, AuditFilter(), parent)
        self.service = service
        self.labels = labels
        self.entries: list[AuditEntry] = []
        self.headers = [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Record"),
                        self.tr("Changes"), self.tr("Note")]

    # -- loading ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Start again from the newest entry; count in the background."""
        super().refresh()
        self.count_changed.emit(None)  # the page shows the count as not known yet

    def _page_job(self, spec: AuditFilter, size: int) -> Callable[[], list[AuditEntry]]:
        after = self.entries[-1].key if self.entries else None  # where the last page ended
        return lambda: self.service.page(spec, after, size)

    def _count_job(self, spec: AuditFilter) -> Callable[[], int]:
        return lambda: self.service.count(spec)

    def _clear(self) -> None:
        self.entries = []

    def _loaded(self) -> int:
        return len(self.entries)

    def _extend(self, rows: list[AuditEntry]) -> None:
        self.entries.extend(rows)

    def entry(self, row: int) -> AuditEntry | None:
        return self.entries[row] if 0 <= row < len(self.entries) else None

    # -- Qt model -----------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.entry(index.row()) if index.isValid() else None
        if entry is None:
            return None
        if role == ENTRY_ROLE:
            return entry
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self._text(entry, index.column())
            # A flag in words; its tooltip keeps it as stored, ids and UTC time.
            return f"{text}\n\n{entry.flag}" if index.column() == 5 and entry.flag else text
        if role == Qt.ItemDataRole.ForegroundRole and entry.flag:
            return QColor("#b3261e")
        return None

    def _text(self, entry: AuditEntry, column: int) -> str:
        if column == 0:
            return local_time(entry.timestamp)
        if column == 1:
            return entry.user_name or entry.user_id
        if column == 2:
            return audit_entry_words(entry, self.labels)
        if column == 3:
            return entry.entity_name or entry.entity_guid
        if column == 4:
            return self.labels.change_summary(entry.form, entry.changes)
        return note_text(entry)
