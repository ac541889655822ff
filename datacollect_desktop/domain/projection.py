"""Projection: applying one event to current state, and replaying whole histories."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from datacollect_desktop.domain.appliers import duplicate_pairs
from datacollect_desktop.domain.entities import Entity
from datacollect_desktop.domain.errors import ApplyError, InvalidEvent, UnknownEventType
from datacollect_desktop.domain.events import Event
from datacollect_desktop.domain.registry import EventTypeRegistry
from datacollect_desktop.domain.vocabulary import EventType

Lookup = Callable[[str], Entity | None]

#: The flag of a kept event whose type this device does not know (yet): the same words
#: whatever types it knows, so the flag can be found, and goes once a config declares it.
UNKNOWN_TYPE_FLAG = "unknown event type {type!r}: made with a newer or other config"
UNKNOWN_TYPE_PREFIX = "unknown event type "


def unknown_type_flag(event_type: str) -> str:
    return UNKNOWN_TYPE_FLAG.format(type=event_type)


@dataclass(frozen=True, slots=True)
class Outcome:
    """What one event did. A flagged event stays in the log but changed nothing."""

    applied: bool
    flag: str | None
    changes: tuple[tuple[Entity | None, Entity], ...]
    touched: tuple[str, ...]
    resolved: tuple[tuple[str, str], ...]


def project(
    event: Event, lookup: Lookup, registry: EventTypeRegistry, *, strict: bool
) -> Outcome:
    """Apply `event` to the state seen through `lookup`, all or nothing.

    `strict` (a local submission) raises `InvalidEvent` for unknown types and malformed data,
    so they are refused before being stored. Replay is never strict: an event already in
    the log is kept and flagged instead. Either way, an event that cannot apply to the current
    state (a missing group, a deleted entity) is flagged, never lost and never half applied.
    """
    touched = [event.entity_guid]
    try:
        applier = registry.applier(event.type)
        current = registry.upcast(event)
        effects = applier.effects(current)
        resolved = (tuple(duplicate_pairs(current))
                    if event.type == EventType.RESOLVE_DUPLICATE else ())
    except InvalidEvent as exc:
        if strict:
            raise
        flag = unknown_type_flag(event.type) if isinstance(exc, UnknownEventType) else str(exc)
        return Outcome(False, flag, (), (event.entity_guid,), ())
    touched.extend(e.guid for e in effects)
    for pair in resolved:
        touched.extend(pair)
    touched_unique = tuple(dict.fromkeys(touched))
    changes: list[tuple[Entity | None, Entity]] = []
    try:
        for effect in effects:
            prior = lookup(effect.guid)
            if prior is not None and prior.deleted:
                raise ApplyError(
                    f"entity {effect.guid} was deleted on {prior.last_updated}; "
                    "this event is kept in the history but not applied"
                )
            changes.append((prior, effect.transition(prior)))
    except ApplyError as exc:
        return Outcome(False, str(exc), (), touched_unique, ())
    return Outcome(True, None, tuple(changes), touched_unique, resolved)


def replay(events: Iterable[Event], registry: EventTypeRegistry) -> dict[str, Entity]:
    """Replay events in order from nothing; the reference for rebuilds and determinism."""
    state: dict[str, Entity] = {}
    for event in events:
        outcome = project(event, state.get, registry, strict=False)
        for _, after in outcome.changes:
            state[after.guid] = after
    return state


def replay_entity(
    guid: str, base: Entity | None, applied_events: Iterable[Event], registry: EventTypeRegistry
) -> Entity | None:
    """Replay one entity from `base` through events that were applied in the full log.

    Each effect depends only on its own entity's prior state, so this gives exactly the state
    a full replay gives for `guid`.
    """
    entity = base
    for event in applied_events:
        current = registry.upcast(event)
        for effect in registry.applier(current.type).effects(current):
            if effect.guid == guid:
                entity = effect.transition(entity)
    return entity
