"""The registry of event types: built-in and custom appliers, and upcasters for old shapes."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from datacollect_desktop.domain.appliers import (
    Applier,
    CustomApplier,
    FunctionApplier,
    builtin_appliers,
)
from datacollect_desktop.domain.errors import UnknownEventType
from datacollect_desktop.domain.events import Event

Upcaster = Callable[[Mapping[str, Any]], Mapping[str, Any]]

SCHEMA_VERSION_KEY = "schemaVersion"


class EventTypeRegistry:
    """Maps event types to appliers, and migrates old event shapes on read.

    An upcaster for `(type, version)` turns `data` of that schema version into the next one.
    An event's schema version is `metadata.schemaVersion` (1 when absent). Upcasting happens
    only while applying: the stored, hashed event is never rewritten.
    """

    def __init__(self) -> None:
        self._appliers: dict[str, Applier] = builtin_appliers()
        self._upcasters: dict[str, dict[int, Upcaster]] = {}
        # Types from the app config and plug-ins (`use_extra`): replaced as a whole when the
        # config changes; built-in and `register`ed types win over them.
        self._extra: dict[str, Applier] = {}

    def register(self, event_type: str, applier: Applier) -> None:
        self._appliers[event_type] = applier

    def use_extra(self, appliers: Mapping[str, Applier]) -> set[str]:
        """Know exactly these types besides the built-in and registered ones (the app
        config's declarations and the plug-ins: domain/declared_types.py). Returns the types
        known now that were not before."""
        before = set(self.known())
        self._extra = dict(appliers)
        return set(self.known()) - before

    def known(self) -> list[str]:
        """Every type this registry applies, sorted."""
        return sorted({*self._appliers, *self._extra})

    def knows(self, event_type: str) -> bool:
        return event_type in self._appliers or event_type in self._extra

    def register_function(self, event_type: str, function: CustomApplier) -> None:
        """Register a custom type from a pure `(entity | None, event) -> entity | None`."""
        self.register(event_type, FunctionApplier(function))

    def register_upcaster(self, event_type: str, from_version: int, upcaster: Upcaster) -> None:
        self._upcasters.setdefault(event_type, {})[from_version] = upcaster

    def applier(self, event_type: str) -> Applier:
        found = self._appliers.get(event_type) or self._extra.get(event_type)
        if found is not None:
            return found
        known = ", ".join(self.known())
        raise UnknownEventType(f"unknown event type {event_type!r}; known types: {known}")

    def upcast(self, event: Event) -> Event:
        chain = self._upcasters.get(event.type)
        if not chain:
            return event
        metadata = dict(event.metadata or {})
        version = metadata.get(SCHEMA_VERSION_KEY, 1)
        if not isinstance(version, int) or isinstance(version, bool):
            version = 1
        data = event.data
        while version in chain:
            data = chain[version](data)
            version += 1
        if data is event.data:
            return event
        metadata[SCHEMA_VERSION_KEY] = version
        return Event(event.guid, event.entity_guid, event.type, dict(data), event.timestamp,
                     event.user_id, event.sync_level, metadata)
