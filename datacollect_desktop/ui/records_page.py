"""The record list: search as you type, filter by form, sort, households with their members."""

from __future__ import annotations

import threading
from collections.abc import Iterable

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from datacollect_desktop.app.browse import SEARCH_COUNT_CAP, ListFilter, count_is_capped
from datacollect_desktop.app.workspace import Workspace
from datacollect_desktop.domain.vocabulary import SyncLevel
from datacollect_desktop.ui.badges import BADGE_PADDING, BadgeDelegate, level_text
from datacollect_desktop.ui.cell_direction import isolate_cells
from datacollect_desktop.ui.empty_state import EmptyState
from datacollect_desktop.ui.entity_model import GUID_ROLE, SYNC_COLUMN, EntityTreeModel
from datacollect_desktop.ui.export_dialog import RecordExport
from datacollect_desktop.ui.form_language import display_config
from datacollect_desktop.ui.person_facts import PersonFacts
from datacollect_desktop.ui.style import text_width
from datacollect_desktop.ui.worker import Worker

SEARCH_DELAY_MS = 150
ORDERS = ("recent", "oldest", "name", "name_desc")
#: The widest of the household and sex columns, in average characters; longer texts are
#: cut there (the whole in the cell's tooltip).
HOUSEHOLD_CHARACTERS = 24
SEX_CHARACTERS = 10


class RecordsPage(QWidget):
    """Lists records through `EntityTreeModel`; Enter or a double click opens one."""

    open_requested = Signal(str)
    message = Signal(str)

    def __init__(self, workspace: Workspace, worker: Worker,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.worker = worker
        # How many deleted records the last empty list's filter matches.
        self.deleted_matches: tuple[ListFilter | None, int] = (None, 0)
        shown = display_config(workspace.config)  # in the window's language
        titles = {f.name: f.title for f in shown.entity_forms}
        self.model = EntityTreeModel(workspace.browse, worker, titles, PersonFacts(shown), self)
        self.model.count_changed.connect(self._counted)
        self.model.loading_changed.connect(self._loading)

        title = QLabel(self.tr("Records"), self)
        title.setObjectName("pageTitle")
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search names and fields (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search"))
        self.search.textChanged.connect(self._typed)
        self.search.returnPressed.connect(self._focus_list)
        self.search.installEventFilter(self)  # Down goes to the results, as Return does
        self.form_filter = QComboBox(self)
        self.form_filter.setAccessibleName(self.tr("Show"))
        self.form_filter.addItem(self.tr("Households and people"), None)
        for form in display_config(workspace.config).entity_forms:
            self.form_filter.addItem(self.tr("Only: {0}").format(form.title), form.name)
        self.form_filter.currentIndexChanged.connect(self.apply_filter)
        self.order = QComboBox(self)
        self.order.setAccessibleName(self.tr("Sort"))
        for label in (self.tr("Newest first"), self.tr("Oldest first"), self.tr("Name A–Z"),
                      self.tr("Name Z–A")):
            self.order.addItem(label)
        self.order.currentIndexChanged.connect(self.apply_filter)
        self.count = QLabel(self)
        self.count.setObjectName("countLabel")
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.setObjectName("exportRecordsButton")
        self.export_button.setToolTip(self.tr("Write the records to an Excel workbook or to "
                                              "CSV files"))
        self.export_button.setEnabled(False)  # until the window's long-jobs thread is given
        self.export_status = QLabel(self)
        self.export_status.setObjectName("hint")
        self.export_status.setWordWrap(True)
        self.export: RecordExport | None = None

        self.view = QTreeView(self)
        isolate_cells(self.view)
        self.view.setModel(self.model)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setItemDelegateForColumn(SYNC_COLUMN, BadgeDelegate(self.view))
        self.view.setAccessibleName(self.tr("Records"))
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.facts = PersonFacts(shown)
        self.titles = titles
        self.household_width = 0  # the widest household text loaded so far
        self._fit_columns()
        self.model.rowsInserted.connect(self._fit_households)
        self.model.modelReset.connect(self._households_reset)
        self.view.activated.connect(self._activated)
        # Results of a search still loading when the person went to the list: the first one
        # becomes current as soon as it arrives, so Return opens it.
        self.model.rowsInserted.connect(self._first_when_loaded)
        self.model.modelReset.connect(self._first_when_loaded)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.apply_filter)
        QShortcut(QKeySequence("Ctrl+F"), self, self.search.setFocus)

        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.form_filter)
        bar.addWidget(self.order)
        layout = QVBoxLayout(self)
        heading = QHBoxLayout()
        heading.addWidget(title, 1)
        heading.addWidget(self.count)
        heading.addWidget(self.export_button)
        layout.addLayout(heading)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.export_status)
        self.empty = EmptyState(self.view, self._empty_text,
                                lambda: self.model.total is not None)

    def use_long_jobs(self, long_jobs: Worker, stopping: threading.Event) -> None:
        """Exports run on the window's thread for long jobs (stopped with the profile)."""
        self.export = RecordExport(self.workspace.exports, lambda: self.workspace.config, long_jobs,
                                   stopping, self)
        self.export.status.connect(self.export_status.setText)
        self.export.finished.connect(self.message)
        self.export.running.connect(lambda busy: self.export_button.setEnabled(not busy))
        self.export_button.clicked.connect(self.export.choose)
        self.export_button.setEnabled(True)

    # -- column widths ------------------------------------------------------------------
    # Measured from what a column can hold, not from the rows: a page that arrives never
    # makes the view measure every cell. Only the household's names are open-ended; their
    # column grows to the widest of the loaded top rows, up to a limit (a member shown under
    # its household may have its household cut: the row above names it), and the name takes
    # what is left.

    def _cell_width(self, texts: Iterable[str]) -> int:
        metrics = self.view.fontMetrics()
        margin = self.view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None,
                                               self.view) + 1
        widest = max((metrics.horizontalAdvance(text) for text in texts), default=0)
        return widest + 2 * margin + metrics.horizontalAdvance(" ")

    def _fit_columns(self) -> None:
        """Born, Sex, Form, Last change and Sync as wide as the widest text each can show;
        the household as wide as its widest loaded text. A heading longer than its column's
        texts is shortened (the whole in its tooltip): the cells come first."""
        metrics = self.view.fontMetrics()
        digit = max("0123456789", key=metrics.horizontalAdvance)
        date = "0000-00-00".replace("0", digit)
        widths = {
            1: self._cell_width([date]),
            # A long choice ("Other / prefer not to say") is cut, whole in its tooltip.
            2: min(self._cell_width(self.facts.sex_labels()),
                   text_width(self.view, SEX_CHARACTERS)),
            4: self._cell_width([*self.titles.values(), *self.titles]),
            5: self._cell_width([f"{date} {digit}{digit}:{digit}{digit}"]),
            6: max(metrics.horizontalAdvance(level_text(level)) for level in SyncLevel)
            + BADGE_PADDING,
        }
        header = self.view.header()
        for column, width in widths.items():
            header.resizeSection(column, width)
        self._size_households()

    def _size_households(self) -> None:
        least = self._cell_width([self.tr("%n member(s)", "", 99)])
        most = text_width(self.view, HOUSEHOLD_CHARACTERS)
        self.view.header().resizeSection(3, min(max(least, self.household_width), most))

    def _fit_households(self, parent: QModelIndex, first: int, last: int) -> None:
        if parent.isValid():
            return  # members under their household: the row above names it
        texts = [self.model.index(row, 3, parent).data() or "" for row in range(first, last + 1)]
        widest = self._cell_width(texts)
        if widest > self.household_width:
            self.household_width = widest
            self._size_households()

    def _households_reset(self) -> None:
        self.household_width = 0
        self._fit_households(QModelIndex(), 0, self.model.rowCount() - 1)
        self._size_households()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_columns()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        self._fit_columns()  # the style sheet's font is known from the first show
        super().showEvent(event)

    def _empty_text(self) -> str:
        spec, deleted = self.deleted_matches
        if deleted and spec == self.model.spec:
            # Deleted records leave the list; their history stays in the audit.
            if deleted == 1:
                return self.tr("No living record matches; 1 deleted record does — find it "
                               "in the Audit history.")
            return self.tr("No living record matches; %n deleted records do — find them in "
                           "the Audit history.", "", deleted)
        if self.search.text().strip() or self.form_filter.currentData() is not None:
            return self.tr("Nothing matches. Check the spelling, or clear the search and "
                           "the filter.")
        return self.tr("No records yet. Register a household (Ctrl+1), or sync to receive "
                       "the team's records.")

    def current_filter(self) -> ListFilter:
        return ListFilter(self.search.text(), self.form_filter.currentData(),
                          ORDERS[max(self.order.currentIndex(), 0)])

    def apply_filter(self) -> None:
        self.timer.stop()
        self.model.set_filter(self.current_filter())

    def refresh(self) -> None:
        """Reload from the first page (after a save, a sync, a delete)."""
        self.model.refresh()

    def _typed(self) -> None:
        self.timer.start()

    def _counted(self, total: int) -> None:
        if total == 0:
            spec = self.model.spec
            self.worker.submit(lambda: self.workspace.browse.deleted_count(spec),
                               lambda count: self._deleted_counted(spec, count))
        self.empty.refresh()
        if count_is_capped(self.model.spec, total):  # a common word: not counted to the end
            self.count.setText(self.tr("More than {0} found").format(f"{SEARCH_COUNT_CAP:,}"))
        else:
            self.count.setText(self.tr("{0} found").format(f"{total:,}") if self.search.text()
                               else self.tr("1 record") if total == 1
                               else self.tr("{0} records").format(f"{total:,}"))

    def _deleted_counted(self, spec: ListFilter, count: int) -> None:
        self.deleted_matches = (spec, count)
        self.empty.refresh()

    def _loading(self, loading: bool) -> None:
        if loading and self.model.total is None:
            self.count.setText(self.tr("Loading…"))

    def _focus_list(self) -> None:
        self.timer.stop()
        if self.model.spec != self.current_filter():
            self.apply_filter()
        self.view.setFocus()
        if self.model.rowCount() and not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.model.index(0, 0))

    def _first_when_loaded(self) -> None:
        if (self.view.hasFocus() and self.model.rowCount()
                and not self.view.currentIndex().isValid()):
            self.view.setCurrentIndex(self.model.index(0, 0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.search and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Down
                and not event.modifiers()):
            self._focus_list()
            return True
        return super().eventFilter(watched, event)

    def _activated(self, index: QModelIndex) -> None:
        guid = index.data(GUID_ROLE)
        if isinstance(guid, str):
            self.open_requested.emit(guid)
