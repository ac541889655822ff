"""Replay is deterministic: any history replays to the same state, byte for byte."""

from __future__ import annotations

import json

from hypothesis import given, settings

from datacollect_desktop.domain.events import event_from_wire
from datacollect_desktop.domain.projection import project, replay, replay_entity
from datacollect_desktop.domain.registry import EventTypeRegistry
from tests.strategies import histories


def dump(state: dict) -> str:  # type: ignore[type-arg]
    return json.dumps({g: e.to_doc() for g, e in sorted(state.items())}, sort_keys=True)


@settings(max_examples=200, deadline=None)
@given(histories())
def test_any_history_replays_to_identical_state(docs: list[dict]) -> None:  # type: ignore[type-arg]
    events = [event_from_wire(d) for d in docs]
    assert dump(replay(events, EventTypeRegistry())) == dump(replay(events, EventTypeRegistry()))


@settings(max_examples=200, deadline=None)
@given(histories())
def test_each_entity_replays_alone_from_its_applied_events(docs: list[dict]) -> None:  # type: ignore[type-arg]
    registry = EventTypeRegistry()
    events = [event_from_wire(d) for d in docs]
    state: dict = {}  # type: ignore[type-arg]
    applied = []
    for evt in events:
        outcome = project(evt, state.get, registry, strict=False)
        if outcome.applied:
            applied.append(evt)
        for _, after in outcome.changes:
            state[after.guid] = after
    for guid, entity in state.items():
        alone = replay_entity(guid, None, applied, registry)
        assert alone == entity


@settings(max_examples=100, deadline=None)
@given(histories())
def test_versions_count_the_events_applied_to_each_entity(docs: list[dict]) -> None:  # type: ignore[type-arg]
    registry = EventTypeRegistry()
    state: dict = {}  # type: ignore[type-arg]
    counts: dict[str, int] = {}
    for evt in (event_from_wire(d) for d in docs):
        outcome = project(evt, state.get, registry, strict=False)
        for _, after in outcome.changes:
            state[after.guid] = after
            counts[after.guid] = counts.get(after.guid, 0) + 1
    assert {g: e.version for g, e in state.items()} == counts
