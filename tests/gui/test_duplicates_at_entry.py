"""A new person who resembles a registered one is pointed out before saving."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from datacollect_desktop.app.entry import EntryFlow
from datacollect_desktop.ui.main_window import MainWindow
from tests.gui.conftest import Keys, workspace_of


def test_a_likely_duplicate_is_shown_before_saving_and_can_be_opened(
        qtbot: QtBot, window: MainWindow, keys: Keys) -> None:
    workspace = workspace_of(window)
    flow = EntryFlow(workspace)
    member = flow.save(flow.start(), {"name": "Ouédraogo household"}).next
    flow.save(member, {"givenName": "Mariam", "familyName": "Ouédraogo",
                       "dateOfBirth": "1987-04-12"})
    existing = workspace.session.queries.entity(member.parent_guid or "")
    assert existing is not None
    view = window.view
    assert view is not None
    view.add_member(existing)
    page = view.register
    keys("Mariame", Qt.Key.Key_Return, "Ouedraogo", Qt.Key.Key_Return)
    keys("1987-04-12")
    qtbot.waitUntil(page.banner.isVisible)
    assert "Mariam Ouédraogo</b>, born 1987-04-12" in page.banner.text.text()

    size = workspace.session.queries.size()
    keys(Qt.Key.Key_S, ctrl=True)
    assert workspace.session.queries.size() == size  # warned, not saved
    assert page.banner.property("insist") is True
    assert "may already be registered" in window.statusBar().currentMessage()

    page.banner.open_button.click()
    assert view.current_page() == "detail"
    assert view.detail.title.text() == "Mariam Ouédraogo"
    (draft,) = workspace.drafts.all()  # what was typed is kept to come back to
    assert draft.data["givenName"] == "Mariame"


def test_saving_again_after_the_warning_registers_the_person(
        qtbot: QtBot, window: MainWindow, keys: Keys) -> None:
    workspace = workspace_of(window)
    flow = EntryFlow(workspace)
    member = flow.save(flow.start(), {"name": "Sow household"}).next
    flow.save(member, {"givenName": "Ali", "familyName": "Sow", "dateOfBirth": "2001-01-01"})
    household = workspace.session.queries.entity(member.parent_guid or "")
    assert household is not None and window.view is not None
    window.view.add_member(household)
    keys("Ali", Qt.Key.Key_Return, "Sow", Qt.Key.Key_Return)
    keys("2001-01-01")
    keys(Qt.Key.Key_S, ctrl=True)
    keys(Qt.Key.Key_S, ctrl=True)
    refreshed = workspace.session.queries.entity(household.guid)
    assert refreshed is not None and len(refreshed.member_ids) == 2
    assert len(workspace.browse.open_duplicates()) == 1
