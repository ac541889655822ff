"""One record's history as a timeline: its events in time order, and the record as of each.

Steps are ordered by timestamp, ties in canonical order. A step shows the record as of its
event (`domain/as_of.py`: the events stamped before it, and those sharing its stamp up to it
in canonical order, replayed in canonical order), so the last step of a stamp is exactly
`entity --at` that stamp. An event placed in canonical order after one of the record's
events stamped later is marked as entered late. The states are computed once, so scrubbing
the timeline afterwards is a list lookup.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from datacollect_desktop.app.registration import form_of
from datacollect_desktop.domain.as_of import Fold, stamp_key
from datacollect_desktop.domain.audit import field_changes
from datacollect_desktop.domain.entities import Entity
from datacollect_desktop.domain.events import Event
from datacollect_desktop.domain.forms import AppConfig, EntityForm
from datacollect_desktop.domain.registry import EventTypeRegistry
from datacollect_desktop.domain.vocabulary import RECORD_FIELD_PREFIXES
from datacollect_desktop.storage.history import RegistryHistory
from datacollect_desktop.storage.profile import Session


@dataclass(frozen=True, slots=True)
class TimelineStep:
    """The record as of one of its events, and the fields that differ from the step before.

    `applied` and `flag` are the event's outcome as of itself (an update stamped before the
    record's creation is not applied then). `late`: the event came, in canonical order,
    after one of the record's events stamped later; `device` is the device that made it
    (`metadata.deviceId`), when known."""

    seq: int
    event_guid: str
    type: str
    timestamp: str
    user_id: str
    applied: bool
    flag: str | None
    state: Entity | None
    changed: frozenset[str]
    late: bool = False
    device: str | None = None
    # Fields this event set to a value the record no longer has as of it: a change of the
    # same field that entered late (stamped before it, placed after it) stands instead.
    overridden: Mapping[str, Any] = field(default_factory=dict)


def values_set(event: Event, guid: str) -> dict[str, Any]:
    """The fields a registration or an edit of `guid` sets, as the event carries them."""
    if event.entity_guid != guid or not event.type.startswith(RECORD_FIELD_PREFIXES):
        return {}
    return {key: value for key, value in event.data.items()
            if key not in ("members", "entityName", "parentGuid")}


def overridden_values(event: Event, guid: str, state: Entity | None) -> dict[str, Any]:
    """What `event` set that `state` (the record as of the event) shows otherwise."""
    if state is None:
        return {}
    return {key: value for key, value in values_set(event, guid).items()
            if state.data.get(key) != value}


@dataclass(frozen=True)
class Timeline:
    """Every step of one record's history, oldest first."""

    guid: str
    form: EntityForm | None
    steps: list[TimelineStep]

    @property
    def name(self) -> str | None:
        for step in reversed(self.steps):
            if step.state is not None:
                return step.state.name
        return None


def device_of(event: Event) -> str | None:
    device = (event.metadata or {}).get("deviceId")
    return device if isinstance(device, str) and device else None


def _entered_late(events: list[tuple[tuple[str, int], int]]) -> set[int]:
    """The ranks of the (stamp key, rank) events placed after one stamped later."""
    late: set[int] = set()
    latest: tuple[str, int] | None = None
    for key, rank in sorted(events, key=lambda pair: pair[1]):
        if latest is not None and latest > key:
            late.add(rank)
        latest = key if latest is None else max(latest, key)
    return late


class _Replay:
    """The record's component replayed through growing sets of counted events, in canonical
    order. Events counted later but ranked earlier (entered late) are replayed from the last
    checkpoint before them, not from the start."""

    EVERY = 32

    def __init__(self, registry: EventTypeRegistry) -> None:
        self.registry = registry
        self.counted: list[tuple[int, Event]] = []
        self.fold = Fold(registry, lambda _guid: None)
        # (number of counted events folded, the fold's state then)
        self.checkpoints: list[tuple[int, dict[str, Entity], dict[str, str | None]]] = [
            (0, {}, {})]

    def count(self, more: list[tuple[int, Event]]) -> Fold:
        more = sorted(more, key=lambda pair: pair[0])
        if not more:
            return self.fold
        start = bisect.bisect_left([rank for rank, _ in self.counted], more[0][0])
        self.counted = sorted(self.counted + more, key=lambda pair: pair[0])
        if start < len(self.counted) - len(more):  # some land before events already folded
            while self.checkpoints[-1][0] > start:
                self.checkpoints.pop()
            done, changed, flags = self.checkpoints[-1]
            self.fold = Fold(self.registry, lambda _guid: None, dict(changed), dict(flags))
        else:
            done = start
        for n in range(done, len(self.counted)):
            self.fold.apply(self.counted[n][1])
            if (n + 1) % self.EVERY == 0:
                self.checkpoints.append((n + 1, dict(self.fold.changed),
                                         dict(self.fold.flags)))
        return self.fold


class TimelineService:
    """Builds timelines on the caller's thread (the window asks a worker thread)."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def timeline(self, guid: str, config: AppConfig) -> Timeline | None:
        """The record's timeline; None when no event ever concerned it."""
        history = RegistryHistory(self.session.queries)
        own = {stored.seq for stored in self.session.queries.events(guid)}
        if not own:
            return None
        ranked = history.component(guid)
        in_time = sorted(((stamp_key(s.event.timestamp), rank, s) for rank, s in ranked),
                         key=lambda item: (item[0], item[1]))
        replay = _Replay(self.session.registry)
        steps: list[TimelineStep] = []
        state: Entity | None = None
        waiting: list[tuple[int, Event]] = []
        late = _entered_late([(key, rank) for key, rank, s in in_time if s.seq in own])
        for _key, rank, stored in in_time:
            waiting.append((rank, stored.event))
            if stored.seq not in own:
                continue
            fold = replay.count(waiting)
            waiting = []
            before, state = state, fold.changed.get(guid)
            changed = frozenset(c["field"] for c in field_changes(before, state)) if (
                state is not None and state != before) else frozenset()
            flag = fold.flags.get(stored.event.guid)
            event = stored.event
            overridden = overridden_values(event, guid, state) if flag is None else {}
            steps.append(TimelineStep(stored.seq, event.guid, event.type, event.timestamp,
                                      event.user_id, flag is None, flag, state, changed,
                                      rank in late, device_of(event), overridden))
        latest = next((s.state for s in reversed(steps) if s.state is not None), None)
        return Timeline(guid, form_of(config, latest) if latest is not None else None, steps)
