"""What every screen must agree with: a from-scratch domain replay of a laptop's events."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from datacollect_desktop.domain.entities import Entity
from datacollect_desktop.domain.events import Event
from datacollect_desktop.domain.projection import replay
from datacollect_desktop.domain.registry import EventTypeRegistry


def replayed(events: Iterable[Event]) -> dict[str, Entity]:
    """The state of `events` replayed in the order given (canonical order)."""
    return replay(events, EventTypeRegistry())


def as_of(events: list[Event], moment: str) -> dict[str, Entity]:
    """Issue 13's one definition of "as of T": replay, in canonical order, exactly the events
    stamped at or before T."""
    return replayed(e for e in events if e.timestamp <= moment)


def docs(state: dict[str, Entity]) -> dict[str, dict[str, Any]]:
    return {guid: entity.to_doc() for guid, entity in state.items()}


def living(state: dict[str, Entity]) -> dict[str, Entity]:
    return {guid: entity for guid, entity in state.items() if not entity.deleted}


def registry_rows(state: dict[str, Entity]) -> dict[str, tuple[str | None, int]]:
    """What a list of the living records shows: name and, for households, how many of its
    members are living (as the records list counts them)."""
    alive = living(state)
    return {guid: (e.name, sum(m in alive for m in e.member_ids) if e.type == "group" else 0)
            for guid, e in alive.items()}


def households(state: dict[str, Entity]) -> dict[str, tuple[str | None, list[str | None]]]:
    """Each living household's name with the names of its living members, sorted."""
    alive = living(state)
    return {guid: (e.name, sorted((alive[m].name for m in e.member_ids if m in alive),
                                  key=str))
            for guid, e in alive.items() if e.type == "group"}


def late_events(events: list[Event], arrival: list[str]) -> set[str]:
    """Events that reached a laptop after an event, among `events`, stamped later."""
    position = {guid: n for n, guid in enumerate(arrival)}
    ordered = sorted(events, key=lambda e: position[e.guid])
    late: set[str] = set()
    latest = ""
    for event in ordered:
        if event.timestamp < latest:
            late.add(event.guid)
        latest = max(latest, event.timestamp)
    return late
