"""Applying pulled pages: canonical order, rebase of pending events, exactness against rebuild."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from datacollect_desktop.domain.projection import replay
from datacollect_desktop.domain.registry import EventTypeRegistry
from datacollect_desktop.storage.browse import rebuild_search_index
from datacollect_desktop.storage.pages import PulledEvent
from datacollect_desktop.storage.profile import Profile, Session
from datacollect_desktop.storage.remote import RemoteChanged
from datacollect_desktop.storage.replica import DivergentEvent
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.factories import wire
from tests.strategies import event_docs
from tests.unit.storage.test_projection_writer import hits
from tests.unit.storage.test_store import table_dump
from tests.unit.sync.memory_log import MemoryLog, pull_some, push_some, replica, sync_fully


def open_devices(root: Path, count: int) -> list[Session]:
    return [Profile(root / f"device-{n}").create(PASSPHRASE, FAST_KDF)[0] for n in range(count)]


def entity_docs(session: Session) -> dict[str, Any]:
    return {e.guid: e.to_doc() for e in session.queries.entities()}


def canonical_events(session: Session) -> list[Any]:
    by_guid = {s.event.guid: s for s in session.queries.events()}
    return [by_guid[g] for g in replica(session).canonical_guids()]


def assert_incremental_equals_rebuild(session: Session) -> None:
    before, found = table_dump(session), hits(session)
    session.store.rebuild()
    assert table_dump(session) == before
    # The search finds what it found before the rebuild, and what an index of every entity
    # filled afresh finds: rebases and the rebuild's new rowids leave nothing stale behind.
    assert hits(session) == found
    rebuild_search_index(session.db)
    assert hits(session) == found
    expected = replay([s.event for s in canonical_events(session)], EventTypeRegistry())
    assert entity_docs(session) == {g: e.to_doc() for g, e in expected.items()}


operation = st.one_of(
    st.tuples(st.just("submit"), st.integers(0, 2), event_docs()),
    st.tuples(st.just("submit"), st.integers(0, 2), event_docs()),
    st.tuples(st.just("push"), st.integers(0, 2), st.integers(1, 4)),
    st.tuples(st.just("pull"), st.integers(0, 2), st.integers(1, 3), st.integers(1, 4)),
)


def run_program(root: Path, program: list[tuple[Any, ...]]) -> None:
    """Three devices follow `program`, then sync fully: each equals its own rebuild before and
    after, and all end with the same server-order log and the same entities."""
    devices = open_devices(root, 3)
    log = MemoryLog()
    try:
        for step, op in enumerate(program):
            device = devices[op[1]]
            if op[0] == "submit":
                doc = {**op[2], "guid": f"g{step}", "userId": f"u{op[1]}", "syncLevel": 0,
                       "timestamp": f"2024-05-01T10:{step // 60:02d}:{step % 60:02d}.000Z"}
                device.store.submit([doc])
            elif op[0] == "push":
                push_some(device, log, op[2])
            else:
                pull_some(device, log, op[2], op[3])
        for device in devices:
            assert_incremental_equals_rebuild(device)
        for device in devices:
            sync_fully(device, log)
        for device in devices:
            sync_fully(device, log)
            assert_incremental_equals_rebuild(device)
        first = devices[0]
        for other in devices[1:]:
            assert replica(other).canonical_guids() == replica(first).canonical_guids()
            assert entity_docs(other) == entity_docs(first)
    finally:
        for device in devices:
            device.close()


programs = st.lists(operation, min_size=5, max_size=40)
_SETTINGS = {"deadline": None, "suppress_health_check": [HealthCheck.function_scoped_fixture,
                                                         HealthCheck.too_slow]}


@settings(max_examples=40, **_SETTINGS)  # type: ignore[arg-type]
@given(program=programs)
def test_devices_syncing_in_any_order_converge_and_match_their_rebuild(
        tmp_path_factory: pytest.TempPathFactory, program: list[tuple[Any, ...]]) -> None:
    run_program(tmp_path_factory.mktemp("devices"), program)


@pytest.mark.slow
@pytest.mark.timeout(1800)
@settings(max_examples=400, **_SETTINGS)  # type: ignore[arg-type]
@given(program=programs)
def test_devices_converge_and_match_their_rebuild_over_many_programs(
        tmp_path_factory: pytest.TempPathFactory, program: list[tuple[Any, ...]]) -> None:
    run_program(tmp_path_factory.mktemp("devices"), program)


def test_time_travel_follows_canonical_order_after_a_rebase(session: Session) -> None:
    log = MemoryLog()
    other = Profile(session.directory.parent / "other").create(PASSPHRASE, FAST_KDF)[0]
    try:
        session.store.submit([wire("p1", "create-individual", {"name": "Ana", "age": 1})])
        sync_fully(session, log)
        sync_fully(other, log)
        session.store.submit([wire("p1", "update-individual", {"age": 2})])  # pending here
        other.store.submit([wire("p1", "update-individual", {"age": 3, "note": "x"})])
        sync_fully(other, log)
        pull_some(session, log, 10, 10)  # the remote edit goes before the pending one
        ordered = canonical_events(session)
        assert [s.event.data.get("age") for s in ordered] == [1, 3, 2]
        for rank, stored in enumerate(ordered):
            expected = replay([s.event for s in ordered[:rank + 1]], EventTypeRegistry())
            assert {e.guid: e.to_doc() for e in session.queries.entities(at_seq=stored.seq)} \
                == {g: e.to_doc() for g, e in expected.items()}
        person = session.queries.entity("p1")
        assert person is not None and person.data == {"name": "Ana", "age": 2, "note": "x"}
        conflicts = replica(session).conflicts()
        assert [(c["entityGuid"], c["field"], c["base"], c["remote"], c["local"])
                for c in conflicts] == [("p1", "age", "1", "3", "2")]
    finally:
        other.close()


def test_a_later_edit_of_the_field_closes_the_conflict(session: Session) -> None:
    log = MemoryLog()
    other = Profile(session.directory.parent / "other").create(PASSPHRASE, FAST_KDF)[0]
    try:
        session.store.submit([wire("p1", "create-individual", {"name": "Ana"})])
        sync_fully(session, log)
        sync_fully(other, log)
        session.store.submit([wire("p1", "update-individual", {"name": "Ana Maria"})])
        other.store.submit([wire("p1", "update-individual", {"name": "Anna"})])
        sync_fully(other, log)
        pull_some(session, log, 10, 10)
        assert len(replica(session).conflicts()) == 1
        session.store.submit([wire("p1", "update-individual", {"name": "Ana María"})])
        assert replica(session).conflicts() == []
        assert len(replica(session).conflicts(open_only=False)) == 1
    finally:
        other.close()


def test_own_events_coming_back_in_order_are_positioned_without_reprojection(
        session: Session) -> None:
    session.store.submit([wire(f"p{n}", "create-individual", {"name": f"P{n}"})
                          for n in range(6)])
    log = MemoryLog()
    push_some(session, log, 6)
    before = table_dump(session)
    pull_some(session, log, 10, 4)
    after = table_dump(session)
    assert {k: v for k, v in after.items() if k != "events"} == {
        k: v for k, v in before.items() if k != "events"}
    levels = session.db.execute_sql(
        "SELECT server_pos, sync_level FROM events ORDER BY seq").fetchall()
    assert levels == [(n + 1, 1) for n in range(6)]


def test_pulling_a_page_again_changes_nothing(session: Session) -> None:
    log = MemoryLog()
    log.push([w.encode() for w in (
        '{"guid":"r1","entityGuid":"p1","type":"create-individual","data":{"name":"A"},'
        '"timestamp":"2024-05-01T10:00:00.000Z","userId":"u","syncLevel":0}',)])
    events, _ = log.page(0, 10)
    rep = replica(session)
    rep.remote.bind("memory://log", "cfg")
    first = rep.apply_page(events)
    before = table_dump(session)
    again = rep.apply_page(events)
    assert (first.new, again.new, again.repeated) == (1, 0, 1)
    assert table_dump(session) == before


def test_other_content_under_a_known_guid_stops_the_page(session: Session) -> None:
    session.store.submit([wire("p1", "create-individual", {"name": "Ana"}, guid="g1")])
    doc = wire("p1", "create-individual", {"name": "Eve"}, guid="g1")
    rep = replica(session)
    rep.remote.bind("memory://log", "cfg")
    before = table_dump(session)
    with pytest.raises(DivergentEvent):
        rep.apply_page([PulledEvent.from_wire(doc)], remote={"cursor": "1"})
    assert table_dump(session) == before
    state = rep.remote.get()
    assert state is not None and state.cursor is None


def test_a_profile_that_holds_one_servers_order_refuses_another(session: Session) -> None:
    remote = replica(session).remote
    remote.bind("http://a.example/", "cfg")
    assert remote.bind("http://b.example", "cfg").server_url == "http://b.example"  # nothing yet
    log = MemoryLog()
    session.store.submit([wire("p1", "create-individual", {"name": "Ana"})])
    push_some(session, log, 1)
    pull_some(session, log, 1, 10)
    with pytest.raises(RemoteChanged, match=r"syncs with http://b\.example"):
        remote.bind("http://a.example", "cfg")
    with pytest.raises(RemoteChanged):
        remote.bind("http://b.example", "another-app")
    assert remote.bind("http://b.example", "cfg").cursor == "1"


def test_a_rebased_record_is_still_found_by_its_words(session: Session) -> None:
    """A rebase takes a record back to its state before the pending edits: the search index
    follows it, even when no edit after the rebase changes its words."""
    log = MemoryLog()
    other = Profile(session.directory.parent / "other").create(PASSPHRASE, FAST_KDF)[0]
    try:
        session.store.submit([wire("p1", "create-individual", {"name": "Ana", "age": 1})])
        sync_fully(session, log)
        sync_fully(other, log)
        session.store.submit([wire("p1", "update-individual", {"age": 2})])  # pending here
        other.store.submit([wire("p1", "update-individual", {"age": 3})])
        sync_fully(other, log)
        pull_some(session, log, 10, 10)  # rewinds the pending edit, then replays it
        assert hits(session)["ana"] == ["p1"]
        assert_incremental_equals_rebuild(session)
    finally:
        other.close()
