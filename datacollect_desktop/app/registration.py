"""Registering, editing and deleting records from entity forms, as events in the store."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from datacollect_desktop.app.submission import EventFactory, StoreTexts, new_guid, store_event
from datacollect_desktop.domain.declared_types import declared_form
from datacollect_desktop.domain.entities import GROUP, INDIVIDUAL, Entity
from datacollect_desktop.domain.errors import InvalidFormData, KnownError
from datacollect_desktop.domain.events import Event
from datacollect_desktop.domain.forms import (
    AppConfig,
    EntityForm,
    FieldError,
    input_fields,
    kept_data,
    validate_form_data,
)
from datacollect_desktop.domain.forms.calculations import calculate
from datacollect_desktop.domain.forms.event_types import DeclaredEventType
from datacollect_desktop.domain.forms.logic import FormContext
from datacollect_desktop.domain.forms.rules import is_blank
from datacollect_desktop.domain.messages import Message
from datacollect_desktop.domain.vocabulary import EventType
from datacollect_desktop.storage.profile import Session

ENTITY_NAME = "entityName"
PARENT_GUID = "parentGuid"
STORE_TEXTS = StoreTexts(
    refused=Message("The record was not saved: {reason}"),
    not_applied=Message("The change was kept in the history but could not be applied: "
                        "{reason}. It is listed under Needs attention."),
)


class ReasonRequired(KnownError):
    """A record is deleted only with a reason."""


class FormRejected(InvalidFormData):
    """The form's data breaks its rules; `errors` says which field and why."""

    def __init__(self, errors: Sequence[FieldError]) -> None:
        self.errors = list(errors)
        super().__init__("; ".join(e.message for e in self.errors) or "The form is not valid.")


@dataclass(frozen=True)
class ValidData:
    """Data that passed `form`'s rules, as it is stored (`kept_data`): made only by
    `Registrar.validate`, so a save that holds one does not check the data again."""

    form: EntityForm
    values: Mapping[str, Any]


def top_level_forms(config: AppConfig) -> list[EntityForm]:
    """Forms that start a record on their own (a household, a lone person)."""
    return [f for f in config.entity_forms if f.depends_on is None]


def child_forms(config: AppConfig, form: EntityForm) -> list[EntityForm]:
    """Forms whose records join a record of `form` (the members of a household)."""
    return [f for f in config.entity_forms if f.depends_on == form.name]


def entity_type_of(config: AppConfig, form: EntityForm) -> str:
    """A form that others depend on makes groups; any other makes individuals."""
    return GROUP if child_forms(config, form) else INDIVIDUAL


def form_of(config: AppConfig, entity: Entity) -> EntityForm | None:
    """The form a record was made with (`data.entityName`), if this config has it."""
    name = entity.data.get(ENTITY_NAME)
    return config.form(name) if isinstance(name, str) else None


def changed_fields(form: EntityForm, before: Mapping[str, Any], after: Mapping[str, Any]
                   ) -> dict[str, Any]:
    """The form's fields whose value differs; a cleared field becomes None."""
    changes: dict[str, Any] = {}
    for field in input_fields(form):
        old, new = before.get(field.key), after.get(field.key)
        if is_blank(old) and is_blank(new):
            continue
        if field.type == "checkbox" and not old and not new:
            continue  # an unticked box: absent and false mean the same
        if old != new:
            changes[field.key] = None if is_blank(new) else new
    return changes


def _today() -> date:
    # The event made from this data is stamped now (UTC); `today()` reads the stamp's date.
    return datetime.now(UTC).date()


def stored_values(form: EntityForm, data: Mapping[str, Any], today: date) -> dict[str, Any]:
    """What a submission of `data` stores: calculated fields computed (`today()` being the
    event's date), then the domain's `kept_data`."""
    return kept_data(form, calculate(form, data, FormContext(today)), today=today)


class Registrar:
    """Turns validated form data into events and stores them, all or nothing."""

    def __init__(self, session: Session, events: EventFactory) -> None:
        self.session = session
        self.events = events

    def check(self, form: EntityForm, data: Mapping[str, Any]) -> list[FieldError]:
        """What the shared domain validator says about the data the form keeps."""
        today = _today()
        return validate_form_data(form, stored_values(form, data, today), today=today)

    def validate(self, form: EntityForm, data: Mapping[str, Any]) -> ValidData:
        """The data as it is stored; raises `FormRejected` (every field error) if it breaks
        the form's rules."""
        today = _today()
        values = stored_values(form, data, today)
        errors = validate_form_data(form, values, today=today)
        if errors:
            raise FormRejected(errors)
        return ValidData(form, values)

    def register(self, config: AppConfig, form: EntityForm,
                 data: Mapping[str, Any] | ValidData, *, correlation_id: str,
                 parent_guid: str | None = None) -> str:
        """Store a new record; returns its guid. A child form needs the parent's guid.

        `data` is validated here unless it is the `ValidData` of this form.
        """
        values = self._valid(form, data)
        values[ENTITY_NAME] = form.name
        guid = new_guid()
        kind = entity_type_of(config, form)
        if form.depends_on is not None:
            if parent_guid is None:
                raise KnownError("A {form} record must belong to a {parent} record.",
                                 form=form.title, parent=form.depends_on)
            member: dict[str, Any] = {"guid": guid, **values, PARENT_GUID: parent_guid}
            if kind == GROUP:
                member["type"] = GROUP
            event = self.events.event(EventType.ADD_MEMBER, parent_guid, {"members": [member]},
                                      form_name=form.name, correlation_id=correlation_id)
        else:
            type_ = EventType.CREATE_GROUP if kind == GROUP else EventType.CREATE_INDIVIDUAL
            event = self.events.event(type_, guid, values, form_name=form.name,
                                      correlation_id=correlation_id)
        self._store(event)
        return guid

    def update(self, form: EntityForm, entity: Entity, data: Mapping[str, Any] | ValidData, *,
               correlation_id: str) -> dict[str, Any]:
        """Store an edit carrying only the changed fields; returns them ({} if none).

        `data` is validated here unless it is the `ValidData` of this form.
        """
        values = self._valid(form, data)
        changes = changed_fields(form, entity.data, values)
        if changes:
            type_ = EventType.UPDATE_GROUP if entity.is_group else EventType.UPDATE_INDIVIDUAL
            self._store(self.events.event(type_, entity.guid, changes, form_name=form.name,
                                          correlation_id=correlation_id))
        return changes

    def delete(self, entity: Entity, *, reason: str, form_name: str,
               correlation_id: str) -> None:
        """Tombstone the record, saying why (`data.reason`); its history stays.

        A supervisor reading the audit needs the why, so a blank reason is refused.
        """
        why = reason.strip()
        if not why:
            raise ReasonRequired("Say why this record is deleted; the reason is kept in "
                                 "its history.")
        self._store(self.events.event(EventType.DELETE_ENTITY, entity.guid, {"reason": why},
                                      form_name=form_name, correlation_id=correlation_id))

    def record_event(self, config: AppConfig, declared: DeclaredEventType, entity: Entity,
                     data: Mapping[str, Any] | ValidData, *, correlation_id: str) -> None:
        """Store an event of a type the config declares (`eventTypes`) on `entity`, its data
        checked against the declaration's form; raises `FormRejected` or `NotStored`."""
        form = declared_form(config, declared)
        if form is None:
            raise KnownError("The app config has no form {form!r} for {type}.",
                             form=declared.form, type=declared.title)
        values = self._valid(form, data)
        record_form = entity.data.get(ENTITY_NAME)
        self._store(self.events.event(
            declared.type, entity.guid, values, correlation_id=correlation_id,
            form_name=record_form if isinstance(record_form, str) else form.name))

    def _valid(self, form: EntityForm, data: Mapping[str, Any] | ValidData) -> dict[str, Any]:
        if isinstance(data, ValidData):
            if data.form is form:
                return dict(data.values)
            data = data.values  # valid for another form: check it against this one
        return dict(self.validate(form, data).values)

    def _store(self, event: Event) -> None:
        store_event(self.session, event, STORE_TEXTS)
