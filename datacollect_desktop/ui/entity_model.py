"""The record list as a lazy Qt tree: pages of roots fetched in the background, members on
expand. It never holds more rows than the person has scrolled past."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from datacollect_desktop.app.browse import BrowseService, EntityRow, ListFilter
from datacollect_desktop.domain.entities import GROUP
from datacollect_desktop.domain.vocabulary import SyncLevel
from datacollect_desktop.ui.badges import LEVEL_ROLE
from datacollect_desktop.ui.field_text import local_time
from datacollect_desktop.ui.paged_model import PAGE, PagedModel
from datacollect_desktop.ui.person_facts import PersonFacts
from datacollect_desktop.ui.worker import Worker

__all__ = ["GUID_ROLE", "PAGE", "SYNC_COLUMN", "EntityTreeModel"]

GUID_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
_NO_PARENT = QModelIndex()
SYNC_COLUMN = 6


class _Node:
    __slots__ = ("children", "loaded", "parent", "position", "row")

    def __init__(self, row: EntityRow | None, parent: _Node | None, position: int = 0) -> None:
        self.row = row
        self.parent = parent
        self.position = position
        self.children: list[_Node] = []
        self.loaded = False


class EntityTreeModel(PagedModel[ListFilter, EntityRow]):
    """Roots page in through `worker`; a household's members load when it is expanded."""

    def __init__(self, browse: BrowseService, worker: Worker, form_titles: dict[str, str],
                 facts: PersonFacts, parent: Any = None) -> None:
        super().__init__(worker, ListFilter(), parent)
        self.browse = browse
        self.form_titles = form_titles
        self.facts = facts
        self.root = _Node(None, None)
        # Born, sex and household tell apart people of one name; a household's own row says
        # how many members it has in the household column.
        self.headers = [self.tr("Name"), self.tr("Born"), self.tr("Sex"), self.tr("Household"),
                        self.tr("Form"), self.tr("Last change"), self.tr("Sync")]

    # -- loading ------------------------------------------------------------------------

    def _page_job(self, spec: ListFilter, size: int) -> Callable[[], list[EntityRow]]:
        offset = len(self.root.children)
        return lambda: self.browse.page(spec, offset, size)

    def _count_job(self, spec: ListFilter) -> Callable[[], int]:
        return lambda: self.browse.count(spec)

    def _clear(self) -> None:
        self.root = _Node(None, None)

    def _loaded(self) -> int:
        return len(self.root.children)

    def _extend(self, rows: list[EntityRow]) -> None:
        first = len(self.root.children)
        self.root.children.extend(_Node(row, self.root, first + n) for n, row in enumerate(rows))

    def guid_at(self, index: Index) -> str | None:
        node = self._node(index)
        return node.row.guid if node is not None and node.row is not None else None

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
            self._fetch()
            return
        if node is None or node.row is None or node.loaded:
            return
        node.loaded = True
        members = self.browse.members(node.row.guid)  # a handful of rows, by primary key
        if members:
            self.beginInsertRows(parent, 0, len(members) - 1)
            node.children = [_Node(row, node, n) for n, row in enumerate(members)]
            self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self._node(index)
        if node is None or node.row is None:
            return None
        row, column = node.row, index.column()
        if role == GUID_ROLE:
            return row.guid
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column < SYNC_COLUMN:
            return self._text(row, column) or None  # the whole of a text cut to its column
        if role == LEVEL_ROLE and column == SYNC_COLUMN:
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
            return self.facts.born(row)
        if column == 2:
            return self.facts.sex(row)
        if column == 3:
            if row.type == GROUP:
                return self.tr("%n member(s)", "", row.member_count)
            return row.household or ""
        if column == 4:
            return self.form_titles.get(row.form or "", row.form or row.type)
        if column == 5:
            return local_time(row.last_updated)
        return ""
