"""The supervisor's screens of one unlocked profile, their services and their worker threads.

Supervisor queries read a lot (counts and charts over a million audit entries, timelines,
whole registries as of a moment, full verification), so they run on two threads of their
own: one for what the screens wait on, one for long jobs (verification, export, the registry
as of a moment). Each thread has its own database connection, closed by `shutdown`.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from datacollect_desktop.app.audit import AuditService
from datacollect_desktop.app.history import AsOfService
from datacollect_desktop.app.integrity import IntegrityService
from datacollect_desktop.app.resolution import Resolver
from datacollect_desktop.app.timeline import TimelineService
from datacollect_desktop.app.workspace import Workspace
from datacollect_desktop.ui.as_of_page import AsOfPage
from datacollect_desktop.ui.attachment_access import workspace_access
from datacollect_desktop.ui.audit_page import AuditPage
from datacollect_desktop.ui.audit_text import FieldLabels
from datacollect_desktop.ui.conflict_page import ConflictPage
from datacollect_desktop.ui.duplicate_page import DuplicatePage
from datacollect_desktop.ui.integrity_page import IntegrityPage
from datacollect_desktop.ui.timeline_page import TimelinePage
from datacollect_desktop.ui.worker import Worker

#: The supervisor's entries of the navigation, in order.
SUPERVISOR_NAVIGATION = ("audit", "as_of", "integrity", "conflicts", "duplicates")


def navigation_labels() -> dict[str, str]:
    """The navigation's words for the supervisor's screens, in the window's language."""
    translate = QCoreApplication.translate
    return {"audit": translate("supervision", "Audit history"),
            "as_of": translate("supervision", "Registry as of…"),
            "integrity": translate("supervision", "Integrity"),
            "conflicts": translate("supervision", "Conflicts"),
            "duplicates": translate("supervision", "Duplicates")}


class SupervisorViews(QObject):
    """Builds the supervisor's pages; `pages` maps navigation names (and "timeline")."""

    open_record = Signal(str)
    show_page = Signal(str)
    message = Signal(str)
    #: A resolution was recorded: lists and counts elsewhere are out of date.
    changed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget) -> None:
        super().__init__(parent)
        session = workspace.session
        self.workspace = workspace
        self.reader = Worker("datacollect-supervisor", self)
        self.long_jobs = Worker("datacollect-supervisor-long", self)
        self.stopping = threading.Event()
        labels = FieldLabels(workspace.config, workspace.browse.name_of)
        resolver = Resolver(session, workspace.events)
        self.audit = AuditPage(AuditService(session), labels, self.reader, self.long_jobs,
                               self.stopping, parent, attachments=workspace_access(workspace))
        self.timeline = TimelinePage(workspace, TimelineService(session), labels, self.reader,
                                     parent)
        self.as_of = AsOfPage(workspace, AsOfService(session), labels, self.reader,
                              self.long_jobs, self.stopping, parent)
        self.integrity = IntegrityPage(IntegrityService(session), self.reader, self.long_jobs,
                                       self.stopping, parent, workspace.people.name)
        self.conflicts = ConflictPage(workspace, resolver, parent)
        self.duplicates = DuplicatePage(workspace, resolver, parent)
        self.pages: dict[str, QWidget] = {
            "audit": self.audit, "as_of": self.as_of, "integrity": self.integrity,
            "conflicts": self.conflicts, "duplicates": self.duplicates,
            "timeline": self.timeline}
        self.came_from = "audit"
        for page in (self.audit, self.timeline, self.as_of, self.integrity, self.conflicts,
                     self.duplicates):
            page.open_requested.connect(self.open_record)
            page.message.connect(self.message)
        for page in (self.conflicts, self.duplicates):
            page.changed.connect(self.changed)
        self.audit.timeline_requested.connect(lambda guid: self.show_timeline(guid, "audit"))
        self.audit.proof_requested.connect(self._show_proof)
        self.timeline.back_requested.connect(lambda: self.show_page.emit(self.came_from))

    def show_timeline(self, guid: str, came_from: str) -> None:
        """Open record `guid`'s timeline; Back returns to page `came_from`."""
        self.came_from = came_from
        self.timeline.show_entity(guid)
        self.show_page.emit("timeline")

    def _show_proof(self, seq: int) -> None:
        self.show_page.emit("integrity")
        self.integrity.show_proof(seq)

    def focus(self, name: str) -> None:
        page = self.pages[name]
        focus_first = getattr(page, "focus_first", None)
        if callable(focus_first):
            focus_first()

    def shutdown(self) -> None:
        """Stop both threads, closing each one's connection (before the profile closes); a
        long job under way stops at its next progress report."""
        self.stopping.set()
        self.audit.filters.timer.stop()  # a late tick would query a closed profile
        db = self.workspace.session.db
        for worker in (self.reader, self.long_jobs):
            worker.stop(db.close)
