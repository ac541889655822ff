"""The record list as a lazy Qt tree: pages of roots fetched in the background, members on
expand. It never holds more rows than the person has scrolled past."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from datacollect_desktop.app.browse import BrowseService, EntityRow, ListFilter
from datacollect_desktop.domain.entities import GROUP
from datacollect_desktop.domain.vocabulary import SyncLevel
from datacollect_desktop.ui.badges import LEVEL_ROLE
from datacollect_desktop.ui.field_text import local_time
from datacollect_desktop.ui.worker import Worker

PAGE = 200
GUID_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
# Column sorts, both ways, in the storage layer's names.
_NO_PARENT = QModelIndex()
SORTS = {0: ("name", "name_desc"), 3: ("oldest", "recent")}


class _Node:
    __slots__ = ("children", "loaded", "parent", "position", "row")

    def __init__(self, row: EntityRow | None, parent: _Node | None, position: int = 0) -> None:
        self.row = row
        self.parent = parent
        self.position = position
        self.children: list[_Node] = []
        self.loaded = False


class EntityTreeModel(QAbstractItemModel):
    """Roots page in through `worker`; a household's members load when it is expanded."""

    count_changed = Signal(int)
    loading_changed = Signal(bool)
    failed = Signal(object)

    def __init__(self, browse: BrowseService, worker: Worker, form_titles: dict[str, str],
                 parent: Any = None) -> None:
        super().__init__(parent)
        self.browse = browse
        self.worker = worker
        self.form_titles = form_titles
        self.spec = ListFilter()
        self.root = _Node(None, None)
        self.more = False
        self.loading = False
        self.generation = 0
        self.total: int | None = None
        self.headers = [self.tr("Name"), self.tr("Form"), self.tr("Members"),
                        self.tr("Last change"), self.tr("Sync")]

    # -- loading ------------------------------------------------------------------------

    def set_filter(self, spec: ListFilter) -> None:
        """Show what `spec` selects, from its first page."""
        self.spec = spec
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self.generation += 1
        self.root = _Node(None, None)
        self.more = True
        self.loading = False
        self.total = None
        self.endResetModel()
        self._fetch_roots()
        generation, spec = self.generation, self.spec
        self.worker.submit(lambda: self._unless_stale(generation, lambda: self.browse.count(spec)),
                           lambda total: self._counted(generation, total), self.failed.emit)

    def _unless_stale(self, generation: int, job: Callable[[], Any]) -> Any:
        """Run on the worker: skip work for a filter that was replaced while it waited."""
        return job() if generation == self.generation else None

    def _counted(self, generation: int, total: int | None) -> None:
        if generation == self.generation and total is not None:
            self.total = total
            self.count_changed.emit(total)

    def _fetch_roots(self) -> None:
        if self.loading or not self.more:
            return
        self._set_loading(True)
        generation, spec, offset = self.generation, self.spec, len(self.root.children)
        self.worker.submit(
            lambda: self._unless_stale(generation, lambda: self.browse.page(spec, offset,
                                                                            PAGE + 1)),
            lambda rows: self._roots_arrived(generation, rows), self._page_failed)

    def _roots_arrived(self, generation: int, rows: list[EntityRow] | None) -> None:
        if generation != self.generation or rows is None:
            return
        self.more = len(rows) > PAGE
        rows = rows[:PAGE]
        first = len(self.root.children)
        if rows:
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self.root.children.extend(
                _Node(row, self.root, first + n) for n, row in enumerate(rows))
            self.endInsertRows()
        self._set_loading(False)

    def _page_failed(self, error: BaseException) -> None:
        self.more = False
        self._set_loading(False)
        self.failed.emit(error)

    def _set_loading(self, loading: bool) -> None:
        self.loading = loading
        self.loading_changed.emit(loading)

    def guid_at(self, index: Index) -> str | None:
        node = self._node(index)
        return node.row.guid if node is not None and node.row is not None else None

    def row_of(self, guid: str) -> int | None:
        """The top-level row showing `guid`, if it is loaded."""
        for position, node in enumerate(self.root.children):
            if node.row is not None and node.row.guid == guid:
                return position
        return None

    # -- Qt model -----------------------------------------------------------------------

    def _node(self, index: Index) -> _Node | None:
        if not index.isValid():
            return self.root
        node = index.internalPointer()
        return node if isinstance(node, _Node) else None

    def index(self, row: int, column: int, parent: Index = _NO_PARENT) -> QModelIndex:
        node = self._node(parent)
        if node is None or not 0 <= row < len(node.children):
            return QModelIndex()
        return self.createIndex(row, column, node.children[row])

    def parent(self, index: Index = _NO_PARENT) -> QModelIndex:  # type: ignore[override]
        node = self._node(index)
        if node is None or node.parent is None or node.parent is self.root:
            return QModelIndex()
        return self.createIndex(node.parent.position, 0, node.parent)

    def rowCount(self, parent: Index = _NO_PARENT) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        node = self._node(parent)
        return len(node.children) if node is not None else 0

    def columnCount(self, parent: Index = _NO_PARENT) -> int:
        return len(self.headers)

    def hasChildren(self, parent: Index = _NO_PARENT) -> bool:
        node = self._node(parent)
        if node is None:
            return False
        if node is self.root:
            return bool(node.children) or self.more
        if parent.column() != 0 or node.row is None:
            return False
        return node.row.type == GROUP and node.row.member_count > 0

    def canFetchMore(self, parent: Index) -> bool:
        node = self._node(parent)
        if node is self.root:
            return self.more and not self.loading
        return node is not None and node.row is not None and not node.loaded and (
            node.row.member_count > 0)

    def fetchMore(self, parent: Index) -> None:
        node = self._node(parent)
        if node is self.root:
            self._fetch_roots()
            return
        if node is None or node.row is None or node.loaded:
            return
        node.loaded = True
        members = self.browse.members(node.row.guid)  # a handful of rows, by primary key
        if members:
            self.beginInsertRows(parent, 0, len(members) - 1)
            node.children = [_Node(row, node, n) for n, row in enumerate(members)]
            self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self._node(index)
        if node is None or node.row is None:
            return None
        row, column = node.row, index.column()
        if role == GUID_ROLE:
            return row.guid
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == LEVEL_ROLE and column == 4:
            return int(SyncLevel.LOCAL) if row.pending else int(SyncLevel.REMOTE)
        if role == Qt.ItemDataRole.FontRole and column == 0 and row.type == GROUP:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column == 0 and not row.name:
            return QColor("#777777")
        return None

    def _text(self, row: EntityRow, column: int) -> str:
        if column == 0:
            return row.name or self.tr("(no name)")
        if column == 1:
            return self.form_titles.get(row.form or "", row.form or row.type)
        if column == 2:
            return str(row.member_count) if row.type == GROUP else ""
        if column == 3:
            return local_time(row.last_updated)
        return ""
