"""The registration screen saves only what was typed and waits for the person's decisions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from datacollect_desktop.app.entry import EntryFlow
from datacollect_desktop.domain.entities import Entity
from datacollect_desktop.ui.main_window import MainWindow
from tests.gui.conftest import Keys, workspace_of

ENTER = Qt.Key.Key_Return


def _household_with(window: MainWindow, given: str, family: str, born: str) -> Entity:
    """A household with one member, registered through the app's own entry flow."""
    workspace = workspace_of(window)
    flow = EntryFlow(workspace)
    member = flow.save(flow.start(), {"name": f"{family} household"}).next
    flow.save(member, {"givenName": given, "familyName": family, "dateOfBirth": born})
    household = workspace.session.queries.entity(member.parent_guid or "")
    assert household is not None
    return household


def test_finishing_a_household_from_an_untouched_member_form_saves_nothing_and_keeps_no_draft(
        qtbot: QtBot, window: MainWindow, keys: Keys) -> None:
    page = window.view.register if window.view else None
    assert page is not None
    keys("Traore household")
    keys(Qt.Key.Key_S, ctrl=True)
    assert page.entry.form.name == "individual"  # the first member's form, untouched
    page.flush_draft()  # the autosave timer fires on the blank member form

    keys(Qt.Key.Key_S, ctrl=True, shift=True)

    workspace = workspace_of(window)
    assert page.entry.form.name == "household" and page.entry.parent_guid is None
    assert page.problems.isHidden()
    assert "registered with 0 member" in window.statusBar().currentMessage()
    assert workspace.drafts.all() == []
    assert [s.event.type for s in workspace.session.queries.events()] == ["create-group"]


def test_opening_a_record_for_editing_and_leaving_it_untouched_keeps_no_draft(
        qtbot: QtBot, window: MainWindow) -> None:
    household = _household_with(window, "Fanta", "Keita", "1979-02-03")
    view = window.view
    assert view is not None
    view.register.start_edit(household)
    view.register.flush_draft()
    assert workspace_of(window).drafts.all() == []


def _type_a_likely_duplicate(qtbot: QtBot, window: MainWindow, keys: Keys) -> None:
    household = _household_with(window, "Mariam", "Ouédraogo", "1987-04-12")
    assert window.view is not None
    window.view.add_member(household)
    keys("Mariame", ENTER, "Ouedraogo", ENTER, "1987-04-12")
    qtbot.waitUntil(window.view.register.banner.isVisible)


def test_a_change_after_the_duplicate_warning_keeps_it_and_asks_again_before_saving(
        qtbot: QtBot, window: MainWindow, keys: Keys) -> None:
    _type_a_likely_duplicate(qtbot, window, keys)
    assert window.view is not None
    page = window.view.register
    queries = workspace_of(window).session.queries
    size = queries.size()
    keys(Qt.Key.Key_S, ctrl=True)
    assert queries.size() == size and page.banner.property("insist") is True

    keys(ENTER, Qt.Key.Key_Space)  # the date is committed, then sex: Female
    qtbot.wait(400)  # the resemblance is checked again after the typing pauses
    assert page.banner.isVisible()  # still the same resemblance: the warning stays
    keys(Qt.Key.Key_S, ctrl=True)
    assert queries.size() == size  # the change asks again: nothing saved yet
    assert page.banner.isVisible() and page.banner.property("insist") is True

    keys(Qt.Key.Key_S, ctrl=True)  # right after the warning: the person chose to save
    assert queries.size() == size + 1


def test_it_is_a_different_person_lets_the_next_save_go_ahead(
        qtbot: QtBot, window: MainWindow, keys: Keys) -> None:
    _type_a_likely_duplicate(qtbot, window, keys)
    assert window.view is not None
    page = window.view.register
    queries = workspace_of(window).session.queries
    size = queries.size()
    page.banner.dismiss_button.click()
    assert page.banner.isHidden()
    page.save()
    assert queries.size() == size + 1


def test_a_pair_with_a_deleted_person_is_no_longer_offered_as_a_duplicate(
        qtbot: QtBot, window: MainWindow) -> None:
    workspace = workspace_of(window)
    first = _household_with(window, "Ali", "Sow", "2001-01-01")
    second = _household_with(window, "Ali", "Sow", "2001-01-01")
    assert len(workspace.browse.open_duplicates()) == 1
    person = workspace.session.queries.entity(second.member_ids[0])
    assert person is not None
    view = window.view
    assert view is not None
    view.open_record(person.guid)
    view.detail._delete(person, "registered twice")  # what the confirmed Delete… does
    assert not view.detail.delete_button.isEnabled()

    assert workspace.browse.open_duplicates() == []
    assert [m.guid for m in workspace.duplicates.similar_people(
        {"givenName": "Ali", "familyName": "Sow", "dateOfBirth": "2001-01-01"})] == [
        first.member_ids[0]]
    page = view.supervision.pages["duplicates"]
    page.refresh()  # type: ignore[attr-defined]
    assert page.list.rowCount() == 0  # type: ignore[attr-defined]
    assert not page.keep_second_button.isEnabled()  # type: ignore[attr-defined]
