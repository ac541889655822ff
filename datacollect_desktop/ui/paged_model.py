"""Qt models that load their rows a page at a time in the background, and the column headers
every table model shows."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from datacollect_desktop.ui.worker import Worker

PAGE = 200
Index = QModelIndex | QPersistentModelIndex
_NO_PARENT = QModelIndex()
Row = TypeVar("Row")
Spec = TypeVar("Spec")


class ColumnHeaders:
    """For a Qt model (listed before the Qt class): `headers` names the columns, shown across
    the top of the view."""

    headers: list[str]

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The tooltip holds a heading shortened to a narrow column.
        if (orientation == Qt.Orientation.Horizontal
                and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
                and 0 <= section < len(self.headers)):
            return self.headers[section]
        return None


class PagedModel(ColumnHeaders, QAbstractItemModel, Generic[Spec, Row]):
    """Top-level rows matching `spec`, fetched on `worker` a page (PAGE rows) at a time as the
    view scrolls; the total is counted in the background too (it scans more).

    A subclass says how to ask for a page (`_page_job`) and the count (`_count_job`), and how
    it holds the rows (`_clear`, `_loaded`, `_extend`). As given here the rows are a flat list
    (a table); a tree overrides `index` and `parent`. A new filter or a refresh starts again
    from the first page; answers to an older one are dropped.
    """

    count_changed = Signal(object)  # the total, an int, once counted
    loading_changed = Signal(bool)
    failed = Signal(object)

    def __init__(self, worker: Worker, spec: Spec, parent: Any = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.spec = spec
        self.headers: list[str] = []  # set by the subclass, translated
        self.more = False
        self.loading = False
        self.total: int | None = None
        self.generation = 0

    # -- what a subclass provides -------------------------------------------------------

    def _page_job(self, spec: Spec, size: int) -> Callable[[], list[Row]]:
        """The worker's job for the next `size` rows after those loaded (made on this
        thread, so it may look at what is loaded)."""
        raise NotImplementedError

    def _count_job(self, spec: Spec) -> Callable[[], int]:
        raise NotImplementedError

    def _clear(self) -> None:
        """Forget every loaded row (inside a model reset)."""
        raise NotImplementedError

    def _loaded(self) -> int:
        """How many top-level rows are loaded."""
        raise NotImplementedError

    def _extend(self, rows: list[Row]) -> None:
        """Append a page of rows (inside `beginInsertRows`)."""
        raise NotImplementedError

    # -- loading ------------------------------------------------------------------------

    def set_filter(self, spec: Spec) -> None:
        """Show what `spec` selects, from its first page."""
        self.spec = spec
        self.refresh()

    def refresh(self) -> None:
        """Start again from the first page; count in the background."""
        self.beginResetModel()
        self.generation += 1
        self._clear()
        self.more = True
        self.loading = False
        self.total = None
        self.endResetModel()
        self._fetch()
        generation, spec = self.generation, self.spec
        self.worker.submit(self._unless_stale(generation, self._count_job(spec)),
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
        generation = self.generation
        self.worker.submit(self._unless_stale(generation, self._page_job(self.spec, PAGE + 1)),
                           lambda rows: self._arrived(generation, rows), self._page_failed)

    def _arrived(self, generation: int, rows: list[Row] | None) -> None:
        if generation != self.generation or rows is None:
            return
        self.more = len(rows) > PAGE
        rows = rows[:PAGE]
        if rows:
            first = self._loaded()
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._extend(rows)
            self.endInsertRows()
        self._set_loading(False)

    def _page_failed(self, error: BaseException) -> None:
        self.more = False
        self._set_loading(False)
        self.failed.emit(error)

    def _set_loading(self, loading: bool) -> None:
        self.loading = loading
        self.loading_changed.emit(loading)

    # -- Qt model (a flat table unless overridden) --------------------------------------

    def index(self, row: int, column: int, parent: Index = _NO_PARENT) -> QModelIndex:
        if parent.isValid() or not 0 <= row < self._loaded() or not (
                0 <= column < len(self.headers)):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, index: Index = _NO_PARENT) -> QModelIndex:  # type: ignore[override]
        return QModelIndex()

    def rowCount(self, parent: Index = _NO_PARENT) -> int:
        return 0 if parent.isValid() else self._loaded()

    def columnCount(self, parent: Index = _NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self.more and not self.loading

    def fetchMore(self, parent: Index) -> None:
        if not parent.isValid():
            self._fetch()
