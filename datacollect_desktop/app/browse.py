"""What the list, detail and "needs attention" screens show, read through the storage layer."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from datacollect_desktop.app.flag_words import flag_words
from datacollect_desktop.app.registration import ENTITY_NAME, PARENT_GUID, form_of
from datacollect_desktop.domain.dependencies import DEPENDS_ON_REFUSED
from datacollect_desktop.domain.entities import Entity
from datacollect_desktop.domain.events import Event
from datacollect_desktop.domain.forms import AppConfig, Component, EntityForm, input_fields
from datacollect_desktop.domain.messages import Message
from datacollect_desktop.domain.vocabulary import EventType, SyncLevel
from datacollect_desktop.storage.browse import (
    SEARCH_COUNT_CAP,
    AttentionRow,
    Browse,
    EntityRow,
    ListFilter,
    count_is_capped,
)
from datacollect_desktop.storage.profile import Session
from datacollect_desktop.storage.replica import Replica

__all__ = ["SEARCH_COUNT_CAP", "AttentionRow", "BrowseService", "ConflictRow", "DuplicatePair",
           "EntityDetail", "EntityRow", "EventRow", "FieldValue", "ListFilter", "RefusalRow",
           "count_is_capped", "refusal_advice"]
_BOOKKEEPING = {ENTITY_NAME, PARENT_GUID}


@dataclass(frozen=True, slots=True)
class FieldValue:
    """One line of a record's data: the form's component (None for fields the form lacks)."""

    key: str
    label: str
    value: Any
    component: Component | None


@dataclass(frozen=True, slots=True)
class EventRow:
    """One event in a record's history."""

    seq: int
    guid: str
    type: str
    timestamp: str
    user_id: str
    sync_level: SyncLevel
    applied: bool
    flag: str | None
    sync_error: str | None
    changed_keys: tuple[str, ...]
    reason: str | None = None  # why a record was deleted, as the person said



@dataclass(frozen=True)
class EntityDetail:
    """A record as the detail screen shows it."""

    entity: Entity
    form: EntityForm | None
    fields: list[FieldValue]
    members: list[EntityRow]
    groups: list[EntityRow]
    events: list[EventRow]


@dataclass(frozen=True, slots=True)
class DuplicatePair:
    """Two records the store thinks may be the same person."""

    first: EntityRow
    second: EntityRow
    score: float


@dataclass(frozen=True, slots=True)
class ConflictRow:
    """An open conflict: this device and the server changed the same field of a record from
    the same value (`kind` "field"), or the server holds another event under the id of one of
    this device's events (`kind` "guid", where the values are the two events)."""

    kind: str
    entity_guid: str
    entity_name: str | None
    field: str
    component: Component | None
    base: Any
    local: Any
    remote: Any
    local_event: str
    remote_event: str


@dataclass(frozen=True, slots=True)
class RefusalRow:
    """An event the server refused, waiting on this device: the record, the server's reason
    and what the field worker can do about it."""

    seq: int
    guid: str
    entity_guid: str
    entity_name: str | None
    type: str
    reason: str
    code: str
    advice: Message


def delete_reason(event: Event) -> str | None:
    """Why a record was deleted, as the person said (None for other events)."""
    reason = event.data.get("reason") if event.type == EventType.DELETE_ENTITY else None
    return reason.strip() if isinstance(reason, str) and reason.strip() else None


def refusal_advice(code: str) -> Message:
    """What the field worker can do about a refusal, by the server's code."""
    if code == "invalid_form_data":
        return Message("The server's forms ask for something this laptop's forms do not. Tell "
                       "your supervisor the reason; the change is kept here and sent again on "
                       "its own when the app or the app config is updated.")
    if code == "conflict":
        return Message("The server holds another change under this change's id. Tell your "
                       "supervisor; this change is kept on this laptop.")
    if code == DEPENDS_ON_REFUSED:
        return Message("Nothing to do for this one: it follows an earlier change of the same "
                       "record that the server refused, and is sent as soon as that one is "
                       "accepted.")
    if code == "unknown_form":
        return Message("The server's app config has no form for this record. Tell your "
                       "supervisor; the change is kept here and sent again on its own when the "
                       "app or the app config is updated.")
    if code == "attachment_missing":
        return Message("The server does not have a photo or file this change refers to, and "
                       "this laptop does not hold it either, so it could not be sent. Tell "
                       "your supervisor; the change is kept on this laptop.")
    if code == "event_too_large":
        return Message("The change is too large for the server. Tell your supervisor; it is "
                       "kept on this laptop.")
    return Message("Tell your supervisor the reason. The change is kept on this laptop and "
                   "sent again on its own when the app or the app config is updated.")


def field_values(form: EntityForm | None, data: dict[str, Any]) -> list[FieldValue]:
    """The record's values in form order, then any fields the form does not define."""
    values: list[FieldValue] = []
    known: set[str] = set()
    for component in input_fields(form) if form is not None else []:
        known.add(component.key)
        if component.key in data and data[component.key] not in (None, ""):
            values.append(FieldValue(component.key, component.label, data[component.key],
                                     component))
    for key, value in data.items():
        if key not in known and key not in _BOOKKEEPING and value not in (None, ""):
            values.append(FieldValue(key, key, value, None))
    return values


class BrowseService:
    """Read-only views of the profile for the window (each call on the caller's thread)."""

    def __init__(self, session: Session, config: Callable[[], AppConfig]) -> None:
        self.session = session
        self.browse = Browse(session.db)
        self.config = config

    def page(self, spec: ListFilter, offset: int, limit: int) -> list[EntityRow]:
        return self.browse.rows(spec, offset, limit)

    def count(self, spec: ListFilter) -> int:
        """How many records `spec` shows; a search's count stops past `SEARCH_COUNT_CAP`
        (`count_is_capped` tells when it did)."""
        return self.browse.count(spec)

    def deleted_count(self, spec: ListFilter) -> int:
        """How many deleted records the filter would find (the list shows living ones)."""
        return self.browse.count(replace(spec, deleted=True))

    def members(self, group_guid: str) -> list[EntityRow]:
        return self.browse.members(group_guid)

    def row(self, guid: str) -> EntityRow | None:
        return self.browse.summaries([guid]).get(guid)

    def detail(self, guid: str) -> EntityDetail | None:
        entity = self.session.queries.entity(guid)
        if entity is None:
            return None
        form = form_of(self.config(), entity)
        events = []
        for stored in self.session.queries.events(guid):
            event = stored.event
            members = event.data.get("members")
            keys = ("members",) if isinstance(members, list) else tuple(
                k for k in event.data if k not in _BOOKKEEPING)
            events.append(EventRow(stored.seq, event.guid, event.type, event.timestamp,
                                   event.user_id, event.sync_level, stored.applied, stored.flag,
                                   stored.sync_error, keys, delete_reason(event)))
        return EntityDetail(entity, form, field_values(form, dict(entity.data)),
                            self.browse.members(guid), self.browse.groups_of(guid), events)

    def attention(self) -> list[AttentionRow]:
        return self.browse.attention()

    def flag_words(self, flag: str) -> str:
        """Why an event was kept but not applied, naming its records (app/flag_words.py)."""
        return flag_words(flag, self.name_of)

    def refusals(self) -> list[RefusalRow]:
        """The events the server refused that wait on this device, newest first."""
        found = Replica(self.session.db, self.session.registry).refusals()
        rows = self.browse.summaries(r.entity_guid for r in found)
        return [RefusalRow(r.seq, r.guid, r.entity_guid,
                           row.name if (row := rows.get(r.entity_guid)) else None, r.type,
                           r.reason, r.code, refusal_advice(r.code))
                for r in reversed(found)]

    def refused_count(self) -> int:
        return Replica(self.session.db, self.session.registry).refused_count()

    def conflicts(self, limit: int = 500) -> list[ConflictRow]:
        """Open conflicts, newest first, with the record's name and the field's component."""
        found = Replica(self.session.db, self.session.registry).conflicts()[-limit:]
        rows = self.browse.summaries(c["entityGuid"] for c in found)
        components: dict[str, dict[str, Component]] = {}
        conflicts = []
        for conflict in reversed(found):
            guid = conflict["entityGuid"]
            if guid not in components:
                entity = self.session.queries.entity(guid)
                form = form_of(self.config(), entity) if entity is not None else None
                components[guid] = {c.key: c for c in input_fields(form)} if form else {}
            row = rows.get(guid)
            conflicts.append(ConflictRow(
                conflict["kind"], guid, row.name if row else None, conflict["field"],
                components[guid].get(conflict["field"]), _json(conflict["base"]),
                _json(conflict["local"]), _json(conflict["remote"]), conflict["localEvent"],
                conflict["remoteEvent"]))
        return conflicts

    def name_of(self, guid: str) -> str | None:
        """A record's name (deleted ones too), for labels that would otherwise show its id."""
        row = self.browse.summaries([guid]).get(guid)
        return row.name if row is not None else None

    def open_duplicates(self, limit: int = 200) -> list[DuplicatePair]:
        pairs = self.session.queries.duplicates()[-limit:]
        # A pair with a deleted person is no longer a question: only living pairs are shown.
        rows = self.browse.summaries((g for p in pairs for g in (p["entityGuid"],
                                                                  p["duplicateGuid"])),
                                     living=True)
        found = []
        for pair in reversed(pairs):
            first, second = rows.get(pair["entityGuid"]), rows.get(pair["duplicateGuid"])
            if first is not None and second is not None:
                found.append(DuplicatePair(first, second, float(pair["score"])))
        return found

    def counts_by_level(self) -> dict[SyncLevel, int]:
        counts = self.browse.counts_by_level()
        return {level: counts.get(int(level), 0) for level in SyncLevel}


def _json(text: str | None) -> Any:
    return None if text is None else json.loads(text)
