"""As of T, on any history: events with random stamps, made on two devices and synced in
random orders, so canonical order and time disagree. Every reading (the registry, one
record, `entities --at`, the timeline) equals a from-scratch replay of the events stamped by
T, and two devices that exchanged everything agree."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from datacollect_desktop.app.history import AsOfService, PastRow
from datacollect_desktop.app.timeline import TimelineService
from datacollect_desktop.domain.entities import Entity
from datacollect_desktop.domain.forms import AppConfig
from datacollect_desktop.storage.profile import Profile, Session
from tests.as_of_reference import living, replayed
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.strategies import GUIDS, event_docs
from tests.unit.app.test_timeline import check_every_step
from tests.unit.sync.memory_log import MemoryLog, pull_some, push_some, sync_fully

NO_FORMS = AppConfig("test", "test", "1", "", ())
# Few stamps, so that ties are common; some moments fall between them, before or after all.
STAMPS = [f"2024-05-01T10:00:{s:02d}.{ms:03d}Z" for s in range(4) for ms in (0, 500)]
MOMENTS = st.sampled_from([*STAMPS, "2024-05-01T09:59:59.999Z", "2024-05-01T10:00:00.250Z",
                           "2024-05-01T10:00:02.999Z", "2024-05-02T00:00:00.000Z"])

steps = st.lists(st.one_of(
    st.tuples(st.just("make"), st.integers(0, 1), event_docs(), st.sampled_from(STAMPS)),
    st.tuples(st.just("push"), st.integers(0, 1), st.integers(1, 4)),
    st.tuples(st.just("pull"), st.integers(0, 1), st.integers(1, 3)),
), max_size=30)


def rows_of(entities: list[Entity]) -> list[PastRow]:
    # A household counts its members living then, as the records list does.
    alive = {e.guid for e in entities}
    return [PastRow(e.guid, e.type, e.name, e.data.get("entityName"), e.last_updated,
                    sum(m in alive for m in e.member_ids)) for e in entities]


def check_as_of(session: Session, moment: str) -> None:
    expected = replayed(session, moment)
    service = AsOfService(session)
    assert service.registry(moment).rows == rows_of(living(expected))
    assert service.entities(moment) == living(expected)
    for guid in GUIDS:
        assert service.entity(guid, moment) == expected.get(guid)


def play(devices: list[Session], log: MemoryLog, script: list[tuple[Any, ...]]) -> None:
    for n, (action, who, *rest) in enumerate(script):
        session = devices[who]
        if action == "make":
            doc, stamp = rest
            session.store.submit([{**doc, "guid": f"e{n:03d}", "timestamp": stamp,
                                   "userId": f"u{who}", "syncLevel": 0}])
        elif action == "push":
            push_some(session, log, rest[0])
        else:
            pull_some(session, log, rest[0], 2)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture,
                                 HealthCheck.too_slow])
@given(script=steps, moments=st.lists(MOMENTS, min_size=1, max_size=3))
def test_as_of_any_moment_is_the_replay_of_the_events_stamped_by_then(
        tmp_path_factory: pytest.TempPathFactory, script: list[tuple[Any, ...]],
        moments: list[str]) -> None:
    root = tmp_path_factory.mktemp("asof")
    devices = [Profile(root / name).create(PASSPHRASE, FAST_KDF)[0] for name in "ab"]
    log = MemoryLog()
    try:
        play(devices, log, script)
        for session in devices:  # mid-way: some events positioned, some pending
            for moment in moments:
                check_as_of(session, moment)
        for session in (*devices, devices[0]):
            sync_fully(session, log)
        for moment in moments:
            for session in devices:
                check_as_of(session, moment)
            assert (AsOfService(devices[0]).entities(moment)
                    == AsOfService(devices[1]).entities(moment))
        for session in devices:
            for guid in GUIDS:
                timeline = TimelineService(session).timeline(guid, NO_FORMS)
                if timeline is not None:
                    check_every_step(session, timeline)
    finally:
        for session in devices:
            session.close()
