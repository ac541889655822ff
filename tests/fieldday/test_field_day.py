"""The field day, checked on every laptop: what the windows made reached the server and
every device, and each supervisor screen shows a replay of the same events."""

from __future__ import annotations

import contextlib
import io
import json
import re
from typing import Any

import httpx
import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from datacollect_desktop.app.clock import parse_stamp
from datacollect_desktop.cli import main as cli_main
from datacollect_desktop.cli.commands import PASSPHRASE_ENV
from datacollect_desktop.domain.events import SyncLevel
from datacollect_desktop.storage.audit_browse import AuditEntry
from datacollect_desktop.ui.audit_page import AuditPage
from tests.conftest import PASSPHRASE
from tests.fieldday.conftest import FieldDay
from tests.fieldday.journey import Device
from tests.fieldday.reference import (
    as_of,
    docs,
    households,
    late_events,
    living,
    registry_rows,
    replayed,
)

pytestmark = pytest.mark.fieldday


def test_every_event_made_in_the_windows_reached_the_server_and_every_laptop(
        field_day: FieldDay) -> None:
    made = {d.account.name: set(d.levels()) for d in field_day.devices}
    everything = set().union(*made.values())
    for device in field_day.devices:
        refused = device.replica().rejected()
        assert refused == [], f"{device.account.name}: refused by the server: {refused[:3]}"
        levels = device.levels()
        assert set(levels) == everything, f"{device.account.name} lacks events"
        not_sent = [g for g, level in levels.items() if level != SyncLevel.REMOTE]
        assert not_sent == [], f"{device.account.name}: {len(not_sent)} events not REMOTE"
        assert sum(s.rejected for s in device.summaries) == 0
        bar = device.window.sync_bar
        assert bar.counts.text().startswith("Not sent: 0"), bar.counts.text()
        assert not bar.problem.isVisible(), bar.problem.text()
    orders = {d.account.name: d.replica().canonical_guids() for d in field_day.devices}
    assert len({tuple(o) for o in orders.values()}) == 1, "the laptops' orders differ"


def test_every_laptop_shows_the_replay_of_the_same_events(field_day: FieldDay) -> None:
    states = {}
    for device in field_day.devices:
        shown = {e.guid: e.to_doc() for e in device.workspace.session.queries.entities()}
        assert shown == docs(replayed(device.canonical_events())), device.account.name
        states[device.account.name] = shown
    first = next(iter(states.values()))
    for name, state in states.items():
        assert state == first, f"{name}'s records differ from {field_day.amina.account.name}'s"
    guids = field_day.guids
    # The journey itself: the members are there, the deleted one is gone, the edit stands.
    achieng = first[guids["achieng"]]
    assert {guids["halima"], guids["otieno"]} <= set(achieng.get("memberIds", []))
    assert first[guids["zawadi"]].get("deleted") is True
    assert len(first[guids["mwangi"]].get("memberIds", [])) == 2


def records_shown(qtbot: QtBot, device: Device) -> dict[str, tuple[str, list[str]]]:
    """The Records list: each household row with the member rows under it."""
    device.focus()
    view = device.view
    view.nav.setFocus()
    device.type(Qt.Key.Key_2, ctrl=True)
    assert view.current_page() == "records"
    view.records.refresh()
    model = view.records.model
    qtbot.waitUntil(lambda: not getattr(model, "loading", False) and model.rowCount() > 0)
    qtbot.wait(100)
    shown: dict[str, tuple[str, list[str]]] = {}
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        guid = model.guid_at(index)
        assert guid is not None
        view.records.view.expand(index)
        qtbot.waitUntil(lambda index=index: model.rowCount(index) > 0 or not model.hasChildren(
            index), timeout=10_000)
        qtbot.wait(50)
        members = sorted(str(model.index(r, 0, index).data())
                         for r in range(model.rowCount(index)))
        shown[guid] = (str(index.data()), members)
    return shown


def test_records_list_every_living_household_with_its_members_on_every_laptop(
        qtbot: QtBot, field_day: FieldDay) -> None:
    lists = {}
    for device in (field_day.sara, field_day.amina, field_day.baraka):
        shown = records_shown(qtbot, device)
        assert shown == households(replayed(device.canonical_events())), device.account.name
        lists[device.account.name] = shown
    first = lists[field_day.sara.account.name]
    for name, shown in lists.items():
        assert shown == first, f"{name}'s Records differ from the supervisor's"


def all_audit_entries(qtbot: QtBot, page: AuditPage) -> list[AuditEntry]:
    model = page.model
    qtbot.waitUntil(lambda: not model.loading, timeout=20_000)
    while model.more:
        page.view.scrollToBottom()
        model.fetchMore(page.view.rootIndex())
        qtbot.waitUntil(lambda: not model.loading, timeout=20_000)
    return list(model.entries)


def test_the_audit_filtered_by_person_shows_each_field_worker_once_with_all_their_work(
        qtbot: QtBot, field_day: FieldDay) -> None:
    sara = field_day.sara
    sara.focus()
    sara.view.nav.setFocus()
    sara.type(Qt.Key.Key_5, ctrl=True)
    page = sara.view.supervision.audit
    assert isinstance(page, AuditPage)
    combo = page.filters.user
    qtbot.waitUntil(lambda: combo.count() > 1, timeout=20_000)
    qtbot.wait(200)
    people = [(combo.itemText(i), combo.itemData(i)) for i in range(1, combo.count())]
    workers = (field_day.amina, field_day.baraka)
    assert len(people) == len(workers), f"the user filter offers {people}"
    events = sara.canonical_events()
    for worker in workers:
        device_id = worker.workspace.device_id
        theirs = {e.guid for e in events if (e.metadata or {}).get("deviceId") == device_id}
        assert theirs
        (index,) = [i for i in range(1, combo.count()) if worker.account.name in
                    combo.itemText(i) or worker.account.email in combo.itemText(i)]
        combo.setCurrentIndex(index)
        qtbot.waitUntil(lambda index=index: page.model.spec.user == combo.itemData(index))
        entries = all_audit_entries(qtbot, page)
        assert {e.event_guid for e in entries} == theirs, worker.account.name
    combo.setCurrentIndex(0)
    qtbot.waitUntil(lambda: page.model.spec.user is None)
    # The chart is counted in the background: wait for the one of the unfiltered entries.
    qtbot.waitUntil(lambda: len(page.chart.activity.users) == len(workers), timeout=20_000)


def test_the_timeline_runs_forward_in_time_and_marks_what_entered_late(
        qtbot: QtBot, field_day: FieldDay) -> None:
    sara = field_day.sara
    events = sara.canonical_events()
    arrival = sara.arrival()
    for name in ("achieng", "otieno", "mwangi"):
        guid = field_day.guids[name]
        assert sara.workspace.session.queries.entity(guid) is not None, (
            f"{name} is not on the supervisor's laptop")
        sara.focus()
        sara.view.open_record(guid)
        sara.view.detail.setFocus()
        sara.type(Qt.Key.Key_T, ctrl=True)
        page = sara.view.supervision.timeline
        qtbot.waitUntil(lambda page=page, guid=guid: page.timeline is not None
                        and page.timeline.guid == guid, timeout=20_000)
        assert page.timeline is not None
        steps = page.timeline.steps
        own = [e for e in events if guid in touched(e)]
        assert sorted(s.event_guid for s in steps) == sorted(e.guid for e in own)
        stamps = [s.timestamp for s in steps]
        assert stamps == sorted(stamps), f"{name}: the ticks jump in time: {stamps}"
        for step in steps:
            if stamps.count(step.timestamp) == 1:
                then = as_of(events, step.timestamp).get(guid)
                shown = step.state.to_doc() if step.state is not None else None
                assert shown == (then.to_doc() if then is not None else None), (name, step)
        late_here = late_events(own, arrival)
        late_anywhere = late_events(events, arrival)
        for position, step in enumerate(steps):
            page.slider.set_position(position)
            qtbot.wait(20)
            text = shown_text(page)
            marked = LATE.search(text) is not None
            if step.event_guid in late_here:
                assert marked, f"{name}: {step.type} at {step.timestamp} not marked late"
            elif step.event_guid not in late_anywhere:
                assert not marked, f"{name}: {step.type} marked late: {text}"
    assert late_events(events, arrival), "the journey made no late event on Sara's laptop"


LATE = re.compile(r"\blate\b", re.IGNORECASE)


def shown_text(page: QWidget) -> str:
    """Every visible label and tooltip of a page: where a mark could be shown."""
    parts = [w.text() for w in page.findChildren(QLabel) if w.isVisible()]
    parts += [w.toolTip() for w in page.findChildren(QWidget) if w.isVisible()]
    return " | ".join(parts)


def touched(event: Any) -> set[str]:
    """The entities an event changes (a household event also changes its members)."""
    guids = {event.entity_guid}
    for member in (event.data or {}).get("members", []) or []:
        if isinstance(member, dict) and "guid" in member:
            guids.add(member["guid"])
    return guids


def registry_then(qtbot: QtBot, device: Device, moment: str) -> tuple[dict[str, Any], str]:
    """The Registry as of screen at `moment`: its rows and its banner."""
    device.focus()
    device.view.nav.setFocus()
    device.type(Qt.Key.Key_6, ctrl=True)
    page = device.view.supervision.as_of
    page.moment.setDateTime(QDateTime(parse_stamp(moment).astimezone()))
    before = page.past
    page.show_button.click()
    qtbot.waitUntil(lambda: page.past is not None and page.past is not before
                    and page.show_button.isEnabled(), timeout=30_000)
    assert page.past is not None
    return ({row.guid: (row.name, row.member_count) for row in page.past.rows},
            page.banner.text())


def test_the_registry_as_of_each_moment_is_the_replay_of_what_was_stamped_by_then(
        qtbot: QtBot, field_day: FieldDay) -> None:
    for device in field_day.devices:
        events = device.canonical_events()
        for label, moment in field_day.moments.items():
            expected = registry_rows(as_of(events, moment))
            rows, banner = registry_then(qtbot, device, moment)
            assert rows == expected, f"{device.account.name}, as of {label}: {banner}"
            assert ("no record existed" in banner) == (not expected), banner
    events = field_day.sara.canonical_events()
    between = registry_rows(as_of(events, field_day.moments["offline edits"]))
    assert between[field_day.guids["mwangi"]][1] == 2  # households keep their members


def cli(*args: str, monkeypatch: pytest.MonkeyPatch) -> tuple[int, Any]:
    """`datacollect-desktop ARGS` in this process; its exit code and JSON output."""
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        try:
            code = cli_main(list(args))
        except SystemExit as exc:  # argparse refuses an unknown command or flag
            code = int(exc.code or 0)
    text = out.getvalue()
    return code, json.loads(text) if text.strip() else None


def test_entities_at_a_time_agrees_with_entity_at_and_the_registry_screen_on_every_laptop(
        field_day: FieldDay, monkeypatch: pytest.MonkeyPatch) -> None:
    for device in field_day.devices:
        directory = str(device.directory)
        events = device.canonical_events()
        for label, moment in field_day.moments.items():
            expected = docs(as_of(events, moment))
            code, listed = cli("--data-dir", directory, "entities", "--at", moment,
                               monkeypatch=monkeypatch)
            assert code == 0, f"`entities --at` exited {code} ({label})"
            by_guid = {doc["guid"]: doc for doc in listed}
            alive = {g: d for g, d in by_guid.items() if not d.get("deleted")}
            assert alive == docs(living(as_of(events, moment))), (device.account.name, label)
            for guid, doc in by_guid.items():
                assert doc == expected[guid]
            for guid, doc in expected.items():
                code, one = cli("--data-dir", directory, "entity", guid, "--at", moment,
                                monkeypatch=monkeypatch)
                assert (code, one) == (0, doc), (device.account.name, label, guid)


def test_integrity_verifies_on_every_laptop_without_alarm(
        qtbot: QtBot, field_day: FieldDay) -> None:
    for device in field_day.devices:
        device.focus()
        device.view.nav.setFocus()
        device.type(Qt.Key.Key_7, ctrl=True)
        page = device.view.supervision.integrity
        qtbot.waitUntil(lambda page=page: page.status is not None, timeout=20_000)
        before = page.status.last if page.status else None
        page.verify_button.setFocus()
        device.type(Qt.Key.Key_Space)
        qtbot.waitUntil(lambda page=page, before=before: not page.verifying
                        and page.status is not None and page.status.last is not None
                        and page.status.last is not before, timeout=60_000)
        assert page.status is not None and page.status.last is not None
        assert page.status.last.ok, device.account.name
        assert page.status.last.tree_size == len(device.levels())
        assert not page.alarm.isVisible()


def conflict_rows(qtbot: QtBot, device: Device, guid: str) -> list[Any]:
    device.focus()
    device.view.nav.setFocus()
    device.type(Qt.Key.Key_8, ctrl=True)
    page = device.view.supervision.conflicts
    page.refresh()
    qtbot.wait(50)
    return [c for c in page.conflicts if c.entity_guid == guid and c.field == "familyName"]


def test_the_concurrent_edit_of_one_field_shows_up_once_as_a_conflict(
        qtbot: QtBot, field_day: FieldDay) -> None:
    guid = field_day.guids["otieno"]
    assert {"baraka", "amina"} <= set(field_day.edits), f"edits not made: {field_day.stumbles}"
    mine, theirs = field_day.edits["baraka"], field_day.edits["amina"]
    (conflict,) = conflict_rows(qtbot, field_day.baraka, guid)
    assert (conflict.local, conflict.remote) == (mine.data["familyName"],
                                                 theirs.data["familyName"])
    assert (conflict.local_event, conflict.remote_event) == (mine.guid, theirs.guid)
    # The supervisor's screen never lists it twice.
    assert len(conflict_rows(qtbot, field_day.sara, guid)) <= 1


def test_the_journey_goes_through_as_a_field_worker_does_it(field_day: FieldDay) -> None:
    assert field_day.stumbles == []


def account_ids(field_day: FieldDay) -> dict[str, str]:
    """Each account's id, as the server's sign-in answers it."""
    ids = {}
    for device in field_day.devices:
        account = device.account
        answer = httpx.post(f"{field_day.server.base_url}/api/users/login",
                            json={"email": account.email, "password": account.password},
                            timeout=30.0)
        assert answer.status_code == 200, answer.text
        ids[account.email] = str(answer.json()["userId"])
    return ids


def test_every_event_names_its_maker_by_a_stable_person_id_never_by_a_name(
        field_day: FieldDay) -> None:
    ids = account_ids(field_day)
    words = {d.account.name for d in field_day.devices} | set(ids)
    events = field_day.sara.canonical_events()
    assert [e.user_id for e in events if e.user_id in words] == []
    # Once signed in, a laptop signs events with the server account's id.
    assert {e.user_id for e in events
            if (e.metadata or {}).get("deviceId") == field_day.baraka.workspace.device_id} == {
        ids[field_day.baraka.account.email]}
    for name in ("amina", "delete"):
        assert name in field_day.edits, f"edit not made: {field_day.stumbles}"
        assert field_day.edits[name].user_id == ids[field_day.amina.account.email]


def test_every_by_label_shows_the_person(qtbot: QtBot, field_day: FieldDay) -> None:
    sara = field_day.sara
    workers = (field_day.amina.account, field_day.baraka.account)
    words = {a.name for a in workers} | {a.email for a in workers}
    guid = field_day.guids["otieno"]
    assert sara.workspace.session.queries.entity(guid) is not None, "Otieno is not there"
    sara.focus()
    sara.view.open_record(guid)
    history = sara.view.detail.history
    who = {history.item(row, 2).text() for row in range(history.rowCount())}
    # Amina registered Otieno before signing in and corrected him after: one person.
    assert len(who) == len(workers) and who <= words, f"Otieno's history says 'by' {who}"
