"""The unlocked window's body: navigation on the left, the screens on the right."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from datacollect_desktop.app.drafts import Draft
from datacollect_desktop.app.errors import as_known
from datacollect_desktop.app.workspace import Workspace
from datacollect_desktop.domain.entities import Entity
from datacollect_desktop.ui.attention_page import AttentionPage
from datacollect_desktop.ui.detail_page import DetailPage
from datacollect_desktop.ui.draft_notice import DraftNotice
from datacollect_desktop.ui.drafts_page import DraftsPage
from datacollect_desktop.ui.icons import icon
from datacollect_desktop.ui.messages import error_text
from datacollect_desktop.ui.records_page import RecordsPage
from datacollect_desktop.ui.register_page import RegisterPage
from datacollect_desktop.ui.style import text_width
from datacollect_desktop.ui.supervision import (
    SUPERVISOR_NAVIGATION,
    SupervisorViews,
    navigation_labels,
)
from datacollect_desktop.ui.sync_bar import SyncStatusModel
from datacollect_desktop.ui.worker import Worker

NAVIGATION = ("register", "records", "drafts", "attention", *SUPERVISOR_NAVIGATION)


class WorkspaceView(QWidget):
    """Owns the screens of one unlocked profile and wires them to each other."""

    message = Signal(str)
    withdrawn = Signal(str)  # a message that no longer holds
    #: This window stored events (a save, a delete): counts and lists are out of date.
    changed = Signal()

    def __init__(self, workspace: Workspace, worker: Worker, sync_model: SyncStatusModel,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.worker = worker
        self.sync_model = sync_model
        self.register = RegisterPage(workspace, self)
        self.records = RecordsPage(workspace, worker, self)
        self.drafts = DraftsPage(workspace, self)
        self.attention = AttentionPage(workspace, self)
        self.detail = DetailPage(workspace, self)
        self.pages: dict[str, QWidget] = {
            "register": self.register, "records": self.records, "drafts": self.drafts,
            "attention": self.attention, "detail": self.detail}
        self.supervision = SupervisorViews(workspace, self)
        self.pages.update(self.supervision.pages)
        self.records.use_long_jobs(self.supervision.long_jobs, self.supervision.stopping)
        self.stack = QStackedWidget(self)
        for page in self.pages.values():
            self.stack.addWidget(page)

        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        # The selection's accent sits at the start of the line, on the right in Arabic.
        self.nav.setProperty("rightToLeft", self.nav.isRightToLeft())
        self.nav.setAccessibleName(self.tr("Screens"))
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        labels = {"register": self.tr("Register"), "records": self.tr("Records"),
                  "drafts": self.tr("Drafts"), "attention": self.tr("Needs attention"),
                  **navigation_labels()}
        for number, name in enumerate(NAVIGATION, start=1):
            item = QListWidgetItem(icon(name), labels[name])
            item.setToolTip(self.tr("Ctrl+{0}").format(number))
            self.nav.addItem(item)
            QShortcut(QKeySequence(f"Ctrl+{number}"), self,
                      lambda page=name: self.show_page(page))
        self.nav.ensurePolished()  # the style sheet's font and padding, before measuring
        # Wide enough for the longest label in any language, the selection's accent included.
        self.nav.setFixedWidth(max(text_width(self.nav, 30), self.nav.sizeHintForColumn(0)
                                   + 2 * self.nav.frameWidth() + text_width(self.nav, 2)))
        self.nav.currentRowChanged.connect(self._nav_changed)
        self.draft_notice = DraftNotice(self)
        self.draft_notice.open_drafts.connect(lambda: self.show_page("drafts"))
        self.draft_notice.arm(self._draft_ids())
        screens = QVBoxLayout()
        screens.setContentsMargins(0, 0, 0, 0)
        screens.addWidget(self.draft_notice)
        screens.addWidget(self.stack, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.nav)
        layout.addLayout(screens, 1)

        self.register.saved.connect(self._saved)
        self.register.edited.connect(self.open_record)
        self.register.open_record.connect(self.open_record)
        self.records.open_requested.connect(self.open_record)
        self.attention.open_requested.connect(self.open_record)
        self.drafts.resume_requested.connect(self.resume_draft)
        self.detail.back_requested.connect(lambda: self.show_page("records"))
        self.detail.open_requested.connect(self.open_record)
        self.detail.edit_requested.connect(self.edit_record)
        self.detail.add_member_requested.connect(self.add_member)
        self.detail.deleted.connect(lambda _guid: self._changed())
        self.detail.recorded.connect(lambda _guid: self._changed())
        self.detail.timeline_requested.connect(
            lambda guid: self.supervision.show_timeline(guid, "detail"))
        self.supervision.open_record.connect(self.open_record)
        self.supervision.show_page.connect(self.show_page)
        self.supervision.message.connect(self.message)
        self.supervision.changed.connect(self._changed)
        for job_thread in (self.supervision.reader, self.supervision.long_jobs):
            job_thread.unhandled.connect(self.worker.unhandled)
        for page in (self.register, self.records, self.drafts, self.detail):
            page.message.connect(self.message)
        self.register.withdrawn.connect(self.withdrawn)
        self.records.model.failed.connect(self._failed)
        self.show_page("register")
        self.records.apply_filter()
        self.refresh_counts()

    def _draft_ids(self) -> set[str]:
        return {draft.id for draft in self.workspace.drafts.all()}

    def _recount_drafts(self) -> None:
        if not self.draft_notice.isHidden():
            self.draft_notice.update_drafts(self._draft_ids())

    def current_page(self) -> str:
        widget = self.stack.currentWidget()
        return next(name for name, page in self.pages.items() if page is widget)

    def show_page(self, name: str) -> None:
        page = self.pages[name]
        if name == "drafts":
            self.draft_notice.hide()  # the person is where it pointed
        self._recount_drafts()
        self.stack.setCurrentWidget(page)
        if name in NAVIGATION:
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(NAVIGATION.index(name))
            self.nav.blockSignals(False)
        if name == "register" and self.register.form_view is not None:
            self.register.form_view.focus_first()
        elif name == "records":
            self.records.search.setFocus()
        elif name == "drafts":
            self.drafts.table.setFocus()
        elif name == "attention":
            self.attention.events.setFocus()
        elif name in self.supervision.pages:
            self.supervision.focus(name)

    def _nav_changed(self, row: int) -> None:
        if 0 <= row < len(NAVIGATION):
            self.show_page(NAVIGATION[row])

    def open_record(self, guid: str) -> None:
        self.detail.forget_asked()  # opened again: what is still missing is asked again
        if self.detail.show_record(guid):
            self.show_page("detail")

    def edit_record(self, entity: Entity) -> None:
        self._run_known(lambda: self.register.start_edit(entity))

    def add_member(self, entity: Entity) -> None:
        self._run_known(lambda: self.register.start_member(entity))

    def resume_draft(self, draft: Draft) -> None:
        self._run_known(lambda: self.register.resume(draft))

    def _run_known(self, action: Callable[[], None]) -> None:
        try:
            action()
        except Exception as exc:
            known = as_known(exc)
            if known is None:
                raise
            self.message.emit(error_text(known))
            return
        self.show_page("register")

    def _saved(self, _guid: str) -> None:
        self._changed()

    def _changed(self) -> None:
        self._recount_drafts()
        self.records.refresh()
        self.refresh_counts()
        self.changed.emit()

    def refresh_counts(self) -> None:
        """Events by sync level for the status bar, counted on the worker thread."""
        browse = self.workspace.browse
        self.worker.submit(browse.counts_by_level, self.sync_model.set_counts, self._failed)

    def _failed(self, error: object) -> None:
        if isinstance(error, BaseException):
            self.worker.unhandled.emit(error)

    def flush_drafts(self) -> None:
        self.register.flush_draft()

    def shutdown(self) -> None:
        """Stop every timer before the profile closes (a late tick would reopen it)."""
        self.register.draft_timer.stop()
        self.register.duplicate_timer.stop()
        self.records.timer.stop()
        self.supervision.shutdown()
