"""The timeline slider: at every position the record shown is exactly the record as of that
event, ticks in time order with events entered late marked, and exactly the fields that
event changed are highlighted."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from datacollect_desktop.app.entry import EntryFlow
from datacollect_desktop.app.workspace import Workspace
from datacollect_desktop.domain.audit import field_changes
from datacollect_desktop.domain.entities import Entity
from datacollect_desktop.storage.profile import Profile
from datacollect_desktop.ui.field_text import local_time
from datacollect_desktop.ui.main_window import MainWindow
from datacollect_desktop.ui.timeline_page import CHANGED_ROLE, KEY_ROLE, TimelinePage
from tests.as_of_reference import replayed
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.factories import wire
from tests.gui.conftest import Keys, workspace_of
from tests.unit.sync.memory_log import MemoryLog, pull_some, sync_fully

DWELLINGS = ["house", "apartment", "shelter"]


def history(window: MainWindow) -> None:
    """A household visited forty times by two workers: edits of one or several fields, a
    member joining and leaving, an edit changing nothing, and other records in between."""
    events = [wire("h1", "create-group", {
        "name": "Okafor household", "entityName": "household", "dwelling": "house",
        "members": [{"guid": "m1", "givenName": "Grace", "familyName": "Okafor",
                     "entityName": "individual", "parentGuid": "h1"}]})]
    for n in range(1, 40):
        user = "amina" if n % 3 else "kofi"
        if n == 12:
            events.append(wire("h1", "add-member", {"members": [{
                "guid": "m2", "givenName": "Joy", "familyName": "Okafor",
                "entityName": "individual", "parentGuid": "h1"}]}, user=user))
        elif n == 20:
            events.append(wire("h1", "remove-member", {"memberId": "m2"}, user=user))
        elif n == 25:
            events.append(wire("h1", "update-group", {"dwelling": DWELLINGS[24 % 3]},
                               user=user))
        elif n % 7 == 0:
            events.append(wire("h1", "update-group", {"monthlyIncome": n * 10,
                                                      "phone": f"+254 700 {n:06d}"},
                               user=user))
        else:
            events.append(wire("h1", "update-group", {"dwelling": DWELLINGS[n % 3]}, user=user))
        events.append(wire(f"p{n}", "create-individual", {"name": f"Other {n}"}))
    results = workspace_of(window).session.store.submit(events)
    assert all(r.status == "applied" and not r.flag for r in results)


def shown(page: TimelinePage) -> tuple[dict[str, str], set[str]]:
    model = page.model
    values, highlighted = {}, set()
    for row in range(model.rowCount()):
        key = model.index(row, 0).data(KEY_ROLE)
        values[key] = model.index(row, 1).data()
        if model.index(row, 0).data(CHANGED_ROLE):
            highlighted.add(key)
            assert model.index(row, 2).data() == "changed"
    return values, highlighted


def expected_values(page: TimelinePage, entity: Entity) -> dict[str, str]:
    labels = page.labels
    values = {key: labels.value("household", key, value) for key, value in entity.data.items()}
    values["memberIds"] = labels.value("household", "memberIds", list(entity.member_ids))
    return values


def open_timeline(qtbot: QtBot, window: MainWindow, keys: Keys) -> TimelinePage:
    assert window.view is not None
    view = window.view
    view.open_record("h1")
    keys(Qt.Key.Key_T, ctrl=True)
    page = view.supervision.timeline
    assert view.current_page() == "timeline"
    qtbot.waitUntil(lambda: page.timeline is not None)
    return page


def test_every_position_shows_the_state_at_that_event_with_its_changes_highlighted(
        qtbot: QtBot, window: MainWindow, keys: Keys) -> None:
    history(window)
    page = open_timeline(qtbot, window, keys)
    queries = workspace_of(window).session.queries
    events = list(queries.events("h1"))
    assert len(events) == 40
    assert page.slider.ruler.labels == [(local_time(s.event.timestamp), s.event.user_id)
                                        for s in events]
    assert page.slider.position() == 39 and page.slider.slider.hasFocus()
    keys(Qt.Key.Key_Home)
    previous = None
    for position, stored in enumerate(events):
        if position:
            keys(Qt.Key.Key_Right)
        assert page.slider.position() == position
        state = queries.entity("h1", at_seq=stored.seq)
        assert state is not None
        step = page.current_step()
        assert step is not None and step.state == state
        values, highlighted = shown(page)
        assert values == expected_values(page, state)
        changed = {c["field"] for c in field_changes(previous, state)}
        assert highlighted == changed
        assert f"Event {position + 1} of 40" in page.step_text.text()
        previous = state


def test_step_buttons_and_keys_move_one_event_or_to_either_end(
        qtbot: QtBot, window: MainWindow, keys: Keys) -> None:
    history(window)
    page = open_timeline(qtbot, window, keys)
    slider = page.slider
    assert not slider.next_button.isEnabled() and not slider.last_button.isEnabled()
    slider.previous_button.click()
    assert slider.position() == 38
    slider.first_button.click()
    assert slider.position() == 0 and not slider.previous_button.isEnabled()
    assert shown(page)[1] == {"name", "entityName", "dwelling", "memberIds"}
    slider.next_button.click()
    assert slider.position() == 1
    slider.slider.setFocus()
    keys(Qt.Key.Key_PageUp)
    assert slider.position() == 11
    keys(Qt.Key.Key_PageDown, Qt.Key.Key_Left)
    assert slider.position() == 0
    keys(Qt.Key.Key_End)
    assert slider.position() == 39
    slider.last_button.setFocus()
    assert window.view is not None
    keys(Qt.Key.Key_Escape)
    assert window.view.current_page() == "detail"


def test_a_step_that_changed_nothing_highlights_nothing(
        qtbot: QtBot, window: MainWindow, keys: Keys) -> None:
    history(window)
    page = open_timeline(qtbot, window, keys)
    page.slider.set_position(25)  # the 25th visit set the dwelling it already had
    values, highlighted = shown(page)
    assert highlighted == set() and values["dwelling"] == "House"
    assert "Event 26 of 40" in page.step_text.text()


def test_after_a_sync_the_ticks_run_in_time_and_the_late_edit_is_marked(
        qtbot: QtBot, window: MainWindow, keys: Keys, tmp_path: Path) -> None:
    """This device edits a household at 06:39 and syncs; another, offline meanwhile, had
    edited it at 06:28 and syncs later, so its edit comes after in canonical order."""
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
        stamp_at(there, 28)
        offline = other_session.queries.entity(guid)
        assert offline is not None
        other.save(other.edit(offline), {**HOUSEHOLD, "monthlyIncome": 90})
        stamp_at(here, 39)
        online = here.session.queries.entity(guid)
        assert online is not None
        flow.save(flow.edit(online), {**HOUSEHOLD, "dwelling": "apartment"})
        sync_fully(here.session, log)
        sync_fully(other_session, log)
        pull_some(here.session, log, 10, 10)
    finally:
        other_session.close()
    assert window.view is not None
    window.view.open_record(guid)
    keys(Qt.Key.Key_T, ctrl=True)
    page = window.view.supervision.timeline
    qtbot.waitUntil(lambda: page.timeline is not None)
    times = ["2026-03-02T06:20:00.000Z", "2026-03-02T06:28:00.000Z",
             "2026-03-02T06:39:00.000Z"]
    assert [label[0] for label in page.slider.ruler.labels] == [
        local_time(times[0]), f"⚑ {local_time(times[1])}", local_time(times[2])]
    assert page.slider.ruler.marked == {1}
    keys(Qt.Key.Key_Home)
    for position, moment in enumerate(times):
        if position:
            keys(Qt.Key.Key_Right)
        step = page.current_step()
        assert step is not None and page.slider.position() == position
        assert step.state == replayed(here.session, moment).get(guid)
        assert ("entered late" in page.step_text.text()) == (position == 1)
        assert there.device_id not in page.step_text.text()  # people, not device ids
    values, highlighted = shown(page)
    assert highlighted == {"dwelling"} and values["monthlyIncome"] == "90"


HOUSEHOLD = {"name": "Diallo household", "dwelling": "house", "monthlyIncome": 120}


def stamp_at(workspace: Workspace, minute: int) -> None:
    """The workspace's own event factory stamps its next events 06:`minute`."""
    workspace.events.clock = lambda: f"2026-03-02T06:{minute:02d}:00.000Z"


def test_a_members_timeline_names_the_household_it_belongs_to(
        qtbot: QtBot, window: MainWindow, keys: Keys) -> None:
    workspace = workspace_of(window)
    flow = EntryFlow(workspace)
    member = flow.save(flow.start(), {"name": "Mensah household"}).next
    kofi = flow.save(member, {"givenName": "Kofi", "familyName": "Mensah"}).entity_guid
    assert window.view is not None
    window.view.open_record(kofi)
    keys(Qt.Key.Key_T, ctrl=True)
    page = window.view.supervision.timeline
    qtbot.waitUntil(lambda: page.timeline is not None)
    values, _ = shown(page)
    assert values["parentGuid"] == "Mensah household"  # not the household's id
