"""After unlocking, a notice says that unfinished registrations from an earlier session are
waiting, and leads to them; it never shows for a form started in this session."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from datacollect_desktop.ui.main_window import MainWindow
from tests.gui.conftest import Keys, unlock


def type_a_household_and_lock(qtbot: QtBot, window: MainWindow, keys: Keys) -> None:
    view = window.view
    assert view is not None
    view.show_page("register")
    keys("Mensah household")
    assert not view.draft_notice.isVisible()  # a form of this session is not announced
    keys(Qt.Key.Key_L, ctrl=True)  # locking keeps the draft
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.unlock_page)


def test_drafts_left_by_an_earlier_session_are_announced_after_unlocking(
        qtbot: QtBot, window: MainWindow, keys: Keys) -> None:
    assert window.view is not None
    assert not window.view.draft_notice.isVisible()  # no drafts: no notice
    type_a_household_and_lock(qtbot, window, keys)
    unlock(qtbot, window)
    view = window.view
    assert view is not None
    notice = view.draft_notice
    qtbot.waitUntil(notice.isVisible)
    assert notice.text.text() == (
        "1 unfinished registration from an earlier session waiting in Drafts.")
    notice.open_button.click()
    assert view.current_page() == "drafts"
    assert view.drafts.table.rowCount() == 1
    assert not notice.isVisible()


def test_the_notice_goes_when_its_drafts_are_done_or_when_told_not_now(
        qtbot: QtBot, window: MainWindow, keys: Keys) -> None:
    type_a_household_and_lock(qtbot, window, keys)
    unlock(qtbot, window)
    view = window.view
    assert view is not None
    qtbot.waitUntil(view.draft_notice.isVisible)
    for draft in view.workspace.drafts.all():  # finished elsewhere: on the drafts page
        view.workspace.drafts.discard(draft.id)
    view.show_page("records")
    assert not view.draft_notice.isVisible()

    type_a_household_and_lock(qtbot, window, keys)
    unlock(qtbot, window)
    view = window.view
    assert view is not None
    qtbot.waitUntil(view.draft_notice.isVisible)
    view.draft_notice.later.click()
    assert not view.draft_notice.isVisible()
