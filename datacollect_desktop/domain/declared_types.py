"""Event types without code: the applier of a config's `eventTypes`, and Python appliers that
deployments add through the `datacollect_desktop.appliers` entry point group.

`extra_appliers(config)` is every applier beyond the built-in ones, for
`EventTypeRegistry.use_extra`; a plug-in that cannot be loaded is reported, never raised.
"""

from __future__ import annotations

import importlib.metadata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from datacollect_desktop.domain.appliers import Applier, Effect, FunctionApplier
from datacollect_desktop.domain.entities import Entity, display_name
from datacollect_desktop.domain.errors import ApplyError, InvalidEvent
from datacollect_desktop.domain.events import Event
from datacollect_desktop.domain.forms.config import AppConfig, EntityForm
from datacollect_desktop.domain.forms.event_types import DeclaredEventType, source_path
from datacollect_desktop.domain.vocabulary import EventType

ENTRY_POINT_GROUP = "datacollect_desktop.appliers"
_MISSING = object()


def declared_form(config: AppConfig, declared: DeclaredEventType) -> EntityForm | None:
    """The form a declared type's data is filled in and checked with: the entity form it
    names (None if `config` lacks it), or its inline form under a name of its own."""
    if declared.form is not None:
        return config.form(declared.form)
    return EntityForm(f"{declared.type} (event form)", declared.title, None,
                      declared.components or ())


def _value(event: Event, source: str) -> Any:
    """The value `source` names in `event` (`InvalidEvent` when its data lacks it)."""
    envelope = {"timestamp": event.timestamp, "userId": event.user_id, "guid": event.guid,
                "entityGuid": event.entity_guid, "type": event.type}
    if source in envelope:
        return envelope[source]
    value: Any = event.data
    path = source_path(source)
    for part in path[1:]:
        value = value.get(part, _MISSING) if isinstance(value, Mapping) else _MISSING
        if value is _MISSING:
            raise InvalidEvent(f"{event.type} needs {source}")
    return value


class DeclaredApplier:
    """Applies one declared type to its record: `sets`, then `clears`, then `appends`."""

    def __init__(self, declared: DeclaredEventType) -> None:
        self.declared = declared

    def effects(self, event: Event) -> list[Effect]:
        declared = self.declared
        sets = {name: _value(event, source) for name, source in declared.sets}
        appended = [(name, _value(event, source)) for name, source in declared.appends]

        def transition(prior: Entity | None) -> Entity:
            if prior is None:
                raise ApplyError(f"cannot {event.type}: no entity {event.entity_guid} exists")
            form = prior.data.get("entityName")
            if not declared.applies_to_form(form if isinstance(form, str) else None):
                raise ApplyError(f"cannot {event.type}: entity {prior.guid} was made with "
                                 f"form {form!r}, not {' or '.join(declared.applies_to)}")
            data = {**prior.data, **sets}
            for name in declared.clears:
                data.pop(name, None)
            for name, value in appended:
                existing = data.get(name, [])
                if not isinstance(existing, list):
                    raise ApplyError(f"cannot {event.type}: field {name} of entity "
                                     f"{prior.guid} is not a list")
                data[name] = [*existing, value]
            return Entity(prior.guid, prior.type, prior.version + 1, data, event.timestamp,
                          display_name(data) or prior.name, prior.external_id,
                          prior.member_ids, prior.deleted)

        return [Effect(event.entity_guid, transition)]


@dataclass(frozen=True, slots=True)
class PluginProblem:
    """A plug-in applier that was not loaded, and why (for the log and the window)."""

    entry_point: str
    reason: str

    def __str__(self) -> str:
        return f"the event type plug-in {self.entry_point!r} was not loaded: {self.reason}"


@dataclass(frozen=True, slots=True)
class Plugins:
    appliers: Mapping[str, Applier]
    problems: tuple[PluginProblem, ...]


def _as_applier(candidate: Any) -> Applier | None:
    if callable(getattr(candidate, "effects", None)):
        return candidate  # type: ignore[no-any-return]
    if callable(candidate):
        function: Callable[[Entity | None, Event], Entity | None] = candidate
        return FunctionApplier(function)
    return None


def load_plugins(group: str = ENTRY_POINT_GROUP) -> Plugins:
    """Every entry point of `group`: each is a callable returning `(type, applier)`, the
    applier an object with `effects(event)` or a function `(entity | None, event) -> entity |
    None`. One that fails to import, raises, or returns something else is a problem, and
    the others still load."""
    builtin = {str(t) for t in EventType}
    appliers: dict[str, Applier] = {}
    problems: list[PluginProblem] = []
    for entry in sorted(importlib.metadata.entry_points(group=group), key=lambda e: e.name):
        label = f"{entry.name} = {entry.value}"
        try:
            answer = entry.load()()
        except Exception as exc:  # a plug-in's failure, whatever it is, is reported
            problems.append(PluginProblem(label, f"{type(exc).__name__}: {exc}"))
            continue
        if not (isinstance(answer, tuple) and len(answer) == 2
                and isinstance(answer[0], str) and answer[0]):
            problems.append(PluginProblem(label, "it did not return (type, applier)"))
            continue
        kind, candidate = answer
        applier = _as_applier(candidate)
        if applier is None:
            problems.append(PluginProblem(label, f"the applier of {kind!r} has no effects() "
                                                 "and is not a function"))
        elif kind in builtin:
            problems.append(PluginProblem(label, f"{kind!r} is a built-in event type"))
        elif kind in appliers:
            problems.append(PluginProblem(label, f"another plug-in already gives {kind!r}"))
        else:
            appliers[kind] = applier
    return Plugins(appliers, tuple(problems))


def extra_appliers(config: AppConfig | None, plugins: Plugins) -> tuple[
        dict[str, Applier], list[str]]:
    """The appliers of `config`'s declared types and of the plug-ins, and the problems (as
    sentences): a plug-in's type the config also declares keeps the config's declaration."""
    found: dict[str, Applier] = dict(plugins.appliers)
    problems = [str(problem) for problem in plugins.problems]
    for declared in config.event_types if config is not None else ():
        if declared.type in found:
            problems.append(f"the event type {declared.type!r} is both declared by the app "
                            "config and given by a plug-in; the config's declaration is used")
        found[declared.type] = DeclaredApplier(declared)
    return found, problems
