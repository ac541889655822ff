"""Settling what sync and registration flagged: conflicting edits and possible duplicates.

Each decision is a new event, so the history keeps who decided what and when. A conflict
resolution is an update of the record with the values picked, whose `metadata.resolves`
names the conflicts it settles: keeping the value that already stands changes no field,
and the conflict must still close (see `Replica.conflicts`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from datacollect_desktop.app.browse import ConflictRow
from datacollect_desktop.app.registration import ENTITY_NAME
from datacollect_desktop.app.submission import EventFactory, StoreTexts, new_guid, store_event
from datacollect_desktop.domain.entities import Entity
from datacollect_desktop.domain.errors import KnownError
from datacollect_desktop.domain.events import Event
from datacollect_desktop.domain.messages import Message
from datacollect_desktop.domain.vocabulary import EventType
from datacollect_desktop.storage.profile import Session

RESOLVES = "resolves"
STORE_TEXTS = StoreTexts(
    refused=Message("The decision was not saved: {reason}"),
    not_applied=Message("The decision was kept in the history but could not be applied: "
                        "{reason}."),
)


@dataclass(frozen=True, slots=True)
class Pick:
    """The value chosen for one conflicting field, and the conflict it settles."""

    conflict: ConflictRow
    value: Any


class Resolver:
    """Records resolutions as events on the caller's thread."""

    def __init__(self, session: Session, events: EventFactory) -> None:
        self.session = session
        self.events = events

    def resolve_conflicts(self, entity_guid: str, picks: Sequence[Pick]) -> str:
        """One update of the record setting every picked value; returns its guid."""
        entity = self._living(entity_guid)
        if not picks:
            raise KnownError("Pick a value for at least one field.")
        if any(p.conflict.entity_guid != entity_guid or p.conflict.kind != "field"
               for p in picks):
            raise ValueError("every pick must be a field conflict of this record")
        data = {p.conflict.field: p.value for p in picks}
        settles = [{"remoteEvent": p.conflict.remote_event, "localEvent": p.conflict.local_event,
                    "field": p.conflict.field} for p in picks]
        type_ = EventType.UPDATE_GROUP if entity.is_group else EventType.UPDATE_INDIVIDUAL
        event = self._event(type_, entity, data)
        metadata = {**(event.metadata or {}), RESOLVES: settles}
        return self._store(replace(event, metadata=metadata))

    def keep_both(self, first: str, second: str) -> str:
        """The two records are different people: the pair is settled, both stay."""
        entity = self._living(first)
        return self._store(self._event(EventType.RESOLVE_DUPLICATE, entity, {
            "duplicates": [{"entityGuid": first, "duplicateGuid": second}],
            "shouldDelete": False}))

    def keep_one(self, keep: str, drop: str) -> str:
        """The same person twice: `drop` is deleted (its history stays), `keep` stays."""
        self._living(keep)
        entity = self._living(drop)
        return self._store(self._event(EventType.RESOLVE_DUPLICATE, entity, {
            "duplicates": [{"entityGuid": drop, "duplicateGuid": keep}],
            "shouldDelete": True}))

    def _living(self, guid: str) -> Entity:
        entity = self.session.queries.entity(guid)
        if entity is None or entity.deleted:
            raise KnownError("That record no longer exists; the list is refreshed.")
        return entity

    def _event(self, type_: str, entity: Entity, data: Mapping[str, Any]) -> Event:
        form = entity.data.get(ENTITY_NAME)
        return self.events.event(type_, entity.guid, data,
                                 form_name=form if isinstance(form, str) else entity.type,
                                 correlation_id=new_guid())

    def _store(self, event: Event) -> str:
        store_event(self.session, event, STORE_TEXTS)
        return event.guid
