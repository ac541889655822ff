"""One record's history as a timeline: its state after each of its events, computed once.

The states are replayed with the pure domain appliers from the record's own events in
canonical order, exactly as `Queries.entity(guid, at_seq=...)` reads them, so scrubbing the
timeline afterwards is a list lookup.
"""

from __future__ import annotations

from dataclasses import dataclass

from datacollect_desktop.app.registration import form_of
from datacollect_desktop.domain.audit import field_changes
from datacollect_desktop.domain.entities import Entity
from datacollect_desktop.domain.forms import AppConfig, EntityForm
from datacollect_desktop.storage.profile import Session


@dataclass(frozen=True, slots=True)
class TimelineStep:
    """The record right after one of its events, and the fields that event changed."""

    seq: int
    event_guid: str
    type: str
    timestamp: str
    user_id: str
    applied: bool
    flag: str | None
    state: Entity | None
    changed: frozenset[str]


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


class TimelineService:
    """Builds timelines on the caller's thread (the window asks a worker thread)."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def timeline(self, guid: str, config: AppConfig) -> Timeline | None:
        """The record's timeline; None when no event ever concerned it."""
        registry = self.session.registry
        steps: list[TimelineStep] = []
        state: Entity | None = None
        for stored in self.session.queries.events(guid):
            before = state
            if stored.applied:
                event = registry.upcast(stored.event)
                for effect in registry.applier(event.type).effects(event):
                    if effect.guid == guid:
                        state = effect.transition(state)
            changed = frozenset(c["field"] for c in field_changes(before, state)) if (
                state is not None and state is not before) else frozenset()
            event = stored.event
            steps.append(TimelineStep(stored.seq, event.guid, event.type, event.timestamp,
                                      event.user_id, stored.applied, stored.flag, state,
                                      changed))
        if not steps:
            return None
        latest = next((s.state for s in reversed(steps) if s.state is not None), None)
        return Timeline(guid, form_of(config, latest) if latest is not None else None, steps)
