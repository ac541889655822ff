"""Screenshots of the supervisor's screens (called by screenshots.py, on its demo profile)."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QApplication, QWidget

from datacollect_desktop.app.workspace import Workspace
from datacollect_desktop.storage.database import write_transaction
from datacollect_desktop.ui.row_selection import select_row
from datacollect_desktop.ui.workspace_view import WorkspaceView
from scripts.screenshot_sync import MemoryServer, other_device

Settle = Callable[..., None]
Shoot = Callable[[QWidget, Path, str], None]


def make_conflict(workspace: Workspace, directory: Path) -> None:
    """Sync with an in-memory server, then change one person's relationship and phone here
    and on another laptop: the next sync flags both fields."""
    server = MemoryServer()
    session = workspace.session
    other = other_device(directory)
    try:
        server.hold_synced(session)
        server.sync(session)
        server.sync(other)
        queries = session.queries
        person = next(e for e in queries.entities() if e.type == "individual"
                      and e.data.get("relationship") == "head" and not e.deleted)
        mine = workspace.events.event("update-individual", person.guid,
                                      {"relationship": "spouse", "disability": True},
                                      form_name="individual", correlation_id="screenshot")
        theirs = workspace.events.event("update-individual", person.guid,
                                        {"relationship": "parent", "disability": False},
                                        form_name="individual", correlation_id="other")
        session.store.submit([mine])
        other.store.submit([replace(theirs, user_id="kofi.mensah")])
        server.sync(other)
        server.sync(session)
    finally:
        other.close()


def shots(app: QApplication, window: QWidget, view: WorkspaceView, workspace: Workspace,
          out: Path, settle: Settle, shoot: Shoot) -> None:
    supervision = view.supervision
    other = Path(tempfile.mkdtemp(prefix="dc-screens-other-"))
    try:
        make_conflict(workspace, other / "profile")
    finally:
        shutil.rmtree(other, ignore_errors=True)
    view.refresh_counts()

    rich = next(workspace.session.queries.events()).event.entity_guid
    view.show_page("audit")
    audit = supervision.audit
    settle(app, lambda: audit.model.rowCount() > 10 and audit.model.total is not None
           and bool(audit.chart.activity.days))
    for row in range(audit.model.rowCount()):
        entry = audit.model.entry(row)
        if entry is not None and len(entry.changes) >= 2 and entry.entity_guid == rich:
            select_row(audit.view, row)
            break
    else:
        select_row(audit.view, 1)
    settle(app)
    shoot(window, out, "audit")

    supervision.show_timeline(rich, "audit")
    timeline = supervision.timeline
    settle(app, lambda: timeline.timeline is not None)
    steps = timeline.timeline.steps if timeline.timeline else []
    middle = next((n for n in range(len(steps) // 2, len(steps))
                   if len(steps[n].changed) >= 1 and steps[n].type == "update-group"),
                  len(steps) // 2)
    timeline.slider.set_position(middle)
    settle(app)
    shoot(window, out, "timeline")

    view.show_page("as_of")
    as_of = supervision.as_of
    as_of.moment.setDateTime(QDateTime((datetime.now() - timedelta(days=12)).replace(
        second=0, microsecond=0)))
    as_of.show_moment()
    settle(app, lambda: as_of.past is not None)
    select_row(as_of.table, 2)
    settle(app, lambda: as_of.open_button.isEnabled())
    shoot(window, out, "as-of")

    view.show_page("integrity")
    integrity = supervision.integrity
    integrity.verify_now()
    settle(app, lambda: not integrity.verifying and integrity.status is not None
           and integrity.status.last is not None, seconds=60)
    integrity.show_proof(max(1, (integrity.status.tree_size if integrity.status else 1) // 3))
    settle(app, lambda: integrity.proof.check is not None)
    shoot(window, out, "integrity")

    view.show_page("conflicts")
    settle(app, lambda: supervision.conflicts.table.rowCount() > 0)
    shoot(window, out, "conflicts")

    view.show_page("duplicates")
    settle(app, lambda: supervision.duplicates.side.rowCount() > 0)
    shoot(window, out, "duplicates")

    # Last, as it leaves the profile damaged: an event altered behind the app's back.
    with write_transaction(workspace.session.db) as conn:
        seq, body = conn.execute(
            "SELECT seq, body FROM events WHERE type = 'update-group' AND "
            "CAST(body AS TEXT) LIKE '%monthlyIncome%' ORDER BY seq LIMIT 1 OFFSET 2").fetchone()
        text = bytes(body).decode()
        forged = text.replace('"monthlyIncome":', '"monthlyIncome":1', 1)
        conn.execute("UPDATE events SET body = ? WHERE seq = ?", (forged.encode(), seq))
    view.show_page("integrity")
    integrity.verify_now()
    settle(app, lambda: not integrity.verifying and integrity.alarm.isVisible(), seconds=60)
    select_row(integrity.problems, 0)
    settle(app, lambda: integrity.proof.check is not None and integrity.proof.check.seq == seq)
    shoot(window, out, "integrity-alarm")
