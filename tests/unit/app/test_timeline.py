"""A record's timeline: the state at every step is exactly `entity --at-seq` at that event,
and the changed fields are exactly those that differ from the step before."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from datacollect_desktop.app.timeline import Timeline, TimelineService
from datacollect_desktop.domain.audit import field_changes
from datacollect_desktop.domain.forms import AppConfig
from datacollect_desktop.storage.profile import Profile, Session
from tests.as_of_reference import instant, replayed
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.factories import wire
from tests.strategies import GUIDS, histories
from tests.unit.sync.memory_log import MemoryLog, pull_some, sync_fully

NO_FORMS = AppConfig("test", "test", "1", "", ())


def check_every_step(session: Session, timeline: Timeline) -> None:
    """Each step is the record as of its event (a from-scratch replay of the events stamped
    before it, and of those sharing its stamp up to it in canonical order), in time order."""
    previous = None
    stamps = [instant(step.timestamp) for step in timeline.steps]
    assert stamps == sorted(stamps)
    for step in timeline.steps:
        expected = replayed(session, step.timestamp, through=step.event_guid).get(
            timeline.guid)
        assert step.state == expected
        changes = field_changes(previous, expected) if expected is not None else []
        assert step.changed == {c["field"] for c in changes}
        previous = expected


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(docs=histories(40))
def test_every_step_of_any_history_is_the_state_at_that_event(
        tmp_path_factory: pytest.TempPathFactory, docs: list[dict[str, object]]) -> None:
    session, _ = Profile(tmp_path_factory.mktemp("t") / "p").create(PASSPHRASE, FAST_KDF)
    try:
        session.store.submit(docs)
        service = TimelineService(session)
        for guid in GUIDS:
            timeline = service.timeline(guid, NO_FORMS)
            if timeline is None:
                assert not any(s.event.entity_guid == guid for s in session.queries.events())
                continue
            check_every_step(session, timeline)
    finally:
        session.close()


def test_steps_follow_time_and_mark_the_event_entered_late(session: Session,
                                                          tmp_path: Path) -> None:
    """Pulled events go before this device's pending ones in canonical order; the timeline
    still runs in time, and this device's pending edit, stamped before the pulled one but
    placed after it, is marked as entered late. (Changed by issue 13: steps used to follow
    canonical order.)"""
    log = MemoryLog()
    other = Profile(tmp_path / "other").create(PASSPHRASE, FAST_KDF)[0]
    try:
        session.store.submit([wire("p1", "create-individual", {"name": "Ana", "age": 1})])
        sync_fully(session, log)
        sync_fully(other, log)
        session.store.submit([wire("p1", "update-individual", {"age": 2},
                                   metadata={"deviceId": "laptop-7"})])
        other.store.submit([wire("p1", "update-individual", {"age": 3, "town": "Kisumu"})])
        sync_fully(other, log)
        pull_some(session, log, 10, 10)
    finally:
        other.close()
    timeline = TimelineService(session).timeline("p1", NO_FORMS)
    assert timeline is not None
    assert [s.seq for s in timeline.steps] == [1, 2, 3]
    check_every_step(session, timeline)
    assert [s.changed for s in timeline.steps][1:] == [{"age"}, {"town"}]
    assert [(s.late, s.device) for s in timeline.steps] == [
        (False, None), (True, "laptop-7"), (False, None)]
    # The other laptop's age is not what the record shows as of its edit: the edit entered
    # late (dated before it, placed after it) stands, and the step says what it had set.
    assert [s.overridden for s in timeline.steps] == [{}, {}, {"age": 3}]


def test_a_flagged_event_is_a_step_that_changes_nothing(session: Session) -> None:
    session.store.submit([
        wire("p1", "create-individual", {"name": "Ana"}),
        wire("p1", "delete-entity", {"reason": "twice"}),
        wire("p1", "update-individual", {"name": "Eve"}),
    ])
    timeline = TimelineService(session).timeline("p1", NO_FORMS)
    assert timeline is not None and timeline.name == "Ana"
    last = timeline.steps[-1]
    assert not last.applied and last.flag and last.changed == frozenset()
    assert timeline.steps[1].changed == {"deleted"}
    check_every_step(session, timeline)


def test_a_record_no_event_concerns_has_no_timeline(session: Session) -> None:
    assert TimelineService(session).timeline("nobody", NO_FORMS) is None


def test_a_long_history_with_edits_entered_late_is_in_time_at_every_step(
        session: Session) -> None:
    """Every tenth edit was made earlier (an offline device) and entered later: each step is
    still the record as of its event, however far back the late edit lands."""
    docs = [wire("p1", "create-individual", {"name": "Ana", "visits": 0}, second=0)]
    for n in range(1, 120):
        back = 3 if n % 20 else 45  # now and then, further back than many steps
        second = n * 10 - (back * 10 + 5 if n % 10 == 0 else 0)
        docs.append(wire("p1", "update-individual", {"visits": n, f"f{n % 4}": n},
                         second=max(second, 1)))
    session.store.submit(docs)
    timeline = TimelineService(session).timeline("p1", NO_FORMS)
    assert timeline is not None and len(timeline.steps) == 120
    check_every_step(session, timeline)
    assert sum(step.late for step in timeline.steps) == 11
