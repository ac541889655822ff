"""The registry as of a moment (historical, read-only, computed in the background), and the
supervisor's screens within reach of the keyboard and of screen readers."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from datacollect_desktop.app.clock import utc_stamp
from datacollect_desktop.app.entry import EntryFlow
from datacollect_desktop.app.workspace import Workspace
from datacollect_desktop.storage.profile import Profile
from datacollect_desktop.ui.as_of_page import GUID_ROLE, AsOfPage
from datacollect_desktop.ui.main_window import MainWindow
from datacollect_desktop.ui.supervision import SUPERVISOR_NAVIGATION
from tests.as_of_reference import living, replayed
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.factories import wire
from tests.gui.conftest import Keys, workspace_of
from tests.unit.sync.memory_log import MemoryLog, pull_some, sync_fully

START = datetime(2024, 5, 1, 8, tzinfo=UTC)


def hour(n: int) -> str:
    return utc_stamp(START + timedelta(hours=n))


def fill(window: MainWindow) -> None:
    events = [wire(f"p{n}", "create-individual", {"givenName": f"Person {n}",
                                                  "familyName": "Diallo",
                                                  "entityName": "individual"},
                   timestamp=hour(n)) for n in range(10)]
    events += [wire("p2", "update-individual", {"givenName": "Renamed"}, timestamp=hour(12)),
               wire("p3", "delete-entity", {"reason": "twice"}, timestamp=hour(13))]
    workspace_of(window).session.store.submit(events)


def test_the_registry_as_of_a_moment_is_shown_read_only(qtbot: QtBot, window: MainWindow,
                                                        keys: Keys) -> None:
    fill(window)
    assert window.view is not None
    window.view.nav.setFocus()
    keys(Qt.Key.Key_6, ctrl=True)
    page = window.view.supervision.as_of
    assert isinstance(page, AsOfPage) and page.moment.hasFocus()
    page.moment.setDateTime(QDateTime((START + timedelta(hours=12, minutes=30)).astimezone()))
    keys(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.past is not None)
    past = page.past
    assert past is not None and past.counted == 11
    expected = living(replayed(workspace_of(window).session, past.moment))
    shown = [page.model.index(r, 0).data() for r in range(page.model.rowCount())]
    assert shown == [e.name for e in expected] and len(shown) == 10
    assert "Renamed Diallo" in shown and "Person 3 Diallo" in shown  # deleted later
    assert "Historical view, read-only" in page.banner.text()
    row = shown.index("Renamed Diallo")
    page.table.selectRow(row)
    qtbot.waitUntil(page.open_button.isEnabled)
    assert page.model.index(row, 0).data(GUID_ROLE) == "p2"
    assert "Renamed Diallo" in page.detail_title.text()
    # Nothing on the page changes a record: it only shows and opens the current one.
    assert {b.text() for b in page.findChildren(QPushButton)} == {
        "Show the registry then", "Open the record as it is now"}
    assert page.table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    # Earlier: before the rename, and nobody yet at all before the first registration.
    page.moment.setDateTime(QDateTime((START + timedelta(hours=4, minutes=30)).astimezone()))
    page.show_button.click()
    qtbot.waitUntil(lambda: page.past is not None and page.past.counted == 5)
    assert page.model.rowCount() == 5
    page.moment.setDateTime(QDateTime((START - timedelta(days=1)).astimezone()))
    page.show_button.click()
    qtbot.waitUntil(lambda: page.past is not None and page.past.counted == 0)
    assert page.model.rowCount() == 0 and "no record existed" in page.banner.text()


def test_a_household_whose_members_were_synced_late_has_them_as_of_their_stamps(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    """Another device, offline, added two members (06:21, 06:22) to a household registered
    here (06:20); this device edited it at 06:39 and synced first. As of 06:30 the household
    already had both members, in the list and in the record then."""
    here = workspace_of(window)
    other_session = Profile(tmp_path / "other").create(PASSPHRASE, FAST_KDF)[0]
    there = Workspace(other_session)
    log = MemoryLog()
    try:
        flow, other = EntryFlow(here), EntryFlow(there)
        stamp_at(here, 20)
        guid = flow.save(flow.start(), HOUSEHOLD).entity_guid
        sync_fully(here.session, log)
        sync_fully(other_session, log)
        stamp_at(there, 21)
        shared = other_session.queries.entity(guid)
        assert shared is not None
        saved = other.save(other.add_member(shared), MEMBER)
        stamp_at(there, 22)
        other.save(saved.next, {**MEMBER, "givenName": "Moussa", "sex": "male"})
        stamp_at(here, 39)
        mine = here.session.queries.entity(guid)
        assert mine is not None
        flow.save(flow.edit(mine), {**HOUSEHOLD, "monthlyIncome": 300})
        sync_fully(here.session, log)
        sync_fully(other_session, log)
        pull_some(here.session, log, 10, 10)
    finally:
        other_session.close()
    assert window.view is not None
    window.view.show_page("as_of")
    page = window.view.supervision.as_of
    moment = datetime(2026, 3, 2, 6, 30, tzinfo=UTC)
    page.moment.setDateTime(QDateTime(moment.astimezone()))
    page.show_button.click()
    qtbot.waitUntil(lambda: page.past is not None)
    assert page.past is not None
    expected = living(replayed(here.session, page.past.moment))
    names = [page.model.index(r, 0).data() for r in range(page.model.rowCount())]
    assert names == [e.name for e in expected]
    row = names.index("Diallo household")
    assert page.model.index(row, 2).data() == "2"
    page.table.selectRow(row)
    qtbot.waitUntil(lambda: page.detail_fields.rowCount() > 0 and page.open_button.isEnabled())
    texts = [page.detail_fields.itemAt(i).widget().text()  # type: ignore[union-attr]
             for i in range(page.detail_fields.count())
             if page.detail_fields.itemAt(i).widget() is not None]
    assert "Awa Diallo, Moussa Diallo" in texts
    assert "Historical view, read-only" in page.banner.text()


HOUSEHOLD = {"name": "Diallo household", "dwelling": "house", "monthlyIncome": 120}
MEMBER = {"givenName": "Awa", "familyName": "Diallo", "dateOfBirth": "1990-05-04",
          "sex": "female"}


def stamp_at(workspace: Workspace, minute: int) -> None:
    """The workspace's own event factory stamps its next events 06:`minute`."""
    workspace.events.clock = lambda: f"2026-03-02T06:{minute:02d}:00.000Z"


INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView,
               QAbstractSlider, QPlainTextEdit)


def parts_of_a_control(widget: QWidget) -> bool:
    """Widgets Qt builds inside a control: a spin box's editor, a line edit's clear button,
    a view's scroll bars."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, INTERACTIVE):
            return True
        if parent.inherits("QAbstractScrollArea") and isinstance(widget, QAbstractSlider):
            return True
        parent = parent.parentWidget()
    return False


def test_every_control_of_the_supervisor_screens_has_an_accessible_name(
        qtbot: QtBot, window: MainWindow) -> None:
    fill(window)
    assert window.view is not None
    pages = window.view.supervision.pages
    for name in (*SUPERVISOR_NAVIGATION, "timeline"):
        window.view.show_page(name)
        qtbot.wait(20)
        unnamed = [w for w in pages[name].findChildren(QWidget)
                   if isinstance(w, INTERACTIVE) and not parts_of_a_control(w)
                   and not w.accessibleName()]
        assert unnamed == [], (name, [type(w).__name__ + ":" + w.objectName()
                                      for w in unnamed])


def test_each_supervisor_screen_has_its_shortcut(qtbot: QtBot, window: MainWindow,
                                                 keys: Keys) -> None:
    assert window.view is not None
    for number, name in enumerate(SUPERVISOR_NAVIGATION, start=5):
        window.view.nav.setFocus()
        keys(getattr(Qt.Key, f"Key_{number}"), ctrl=True)
        assert window.view.current_page() == name
