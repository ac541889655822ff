"""The registry as of a moment (historical, read-only, computed in the background), and the
supervisor's screens within reach of the keyboard and of screen readers."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

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
from datacollect_desktop.ui.as_of_page import GUID_ROLE, AsOfPage
from datacollect_desktop.ui.main_window import MainWindow
from datacollect_desktop.ui.supervision import SUPERVISOR_NAVIGATION
from tests.as_of_reference import living, replayed
from tests.factories import wire
from tests.gui.conftest import Keys, workspace_of

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
