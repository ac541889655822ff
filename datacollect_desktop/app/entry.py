"""The registration flow: which form is on screen, for which household, and what comes next."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from datacollect_desktop.app.drafts import Draft
from datacollect_desktop.app.duplicates import PersonMatch
from datacollect_desktop.app.registration import (
    ValidData,
    child_forms,
    entity_type_of,
    form_of,
    top_level_forms,
)
from datacollect_desktop.app.submission import NotStored, new_guid
from datacollect_desktop.app.workspace import Workspace
from datacollect_desktop.domain.entities import INDIVIDUAL, Entity, display_name
from datacollect_desktop.domain.errors import KnownError
from datacollect_desktop.domain.forms import AppConfig, EntityForm
from datacollect_desktop.storage.database import write_transaction


@dataclass(frozen=True)
class Entry:
    """The form on screen and what it is for.

    A new record (`editing` None) of `form`; a child form's record joins `parent_guid`. All
    records of one household visit share `correlation_id`.
    """

    form: EntityForm
    correlation_id: str
    parent_guid: str | None = None
    parent_name: str | None = None
    members_saved: int = 0
    editing: Entity | None = None


@dataclass(frozen=True)
class Saved:
    """What a save did and the entry to show next."""

    entity_guid: str
    changes: Mapping[str, Any]
    next: Entry


class EntryFlow:
    """Moves between entries: a household, then its members one after another, then the next
    household. Qt-free, so the whole flow is tested without a window."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace

    @property
    def config(self) -> AppConfig:
        return self.workspace.config

    def start(self, form_name: str | None = None) -> Entry:
        """A blank top-level form (the first one unless `form_name` is given)."""
        forms = top_level_forms(self.config)
        if not forms:
            raise KnownError("This app config has no form to start a registration with.")
        form = next((f for f in forms if f.name == form_name), forms[0])
        return Entry(form, new_guid())

    def add_member(self, parent: Entity) -> Entry:
        """A blank member form for an existing household."""
        parent_form = form_of(self.config, parent)
        children = child_forms(self.config, parent_form) if parent_form is not None else []
        if not children:
            raise KnownError("This app config has no form for the members of this record.")
        return Entry(children[0], new_guid(), parent.guid, parent.name,
                     members_saved=len(parent.member_ids))

    def edit(self, entity: Entity) -> Entry:
        form = form_of(self.config, entity)
        if form is None:
            raise KnownError("This record was made with a form this app config does not have, "
                             "so it cannot be edited here.")
        return Entry(form, new_guid(), editing=entity)

    def resume(self, draft: Draft) -> Entry:
        """The entry a draft was made in."""
        form = self.config.form(draft.form)
        if form is None:
            raise KnownError("This draft is for the form {form!r}, which the current app "
                             "config does not have.", form=draft.form)
        editing = None
        if draft.entity_guid is not None:
            editing = self.workspace.session.queries.entity(draft.entity_guid)
            if editing is None or editing.deleted:
                raise KnownError("The record this draft was editing no longer exists.")
        parent_name = None
        if draft.parent_guid is not None:
            parent = self.workspace.session.queries.entity(draft.parent_guid)
            parent_name = parent.name if parent is not None else None
        return Entry(form, draft.correlation_id, draft.parent_guid, parent_name,
                     editing=editing)

    def makes_people(self, entry: Entry) -> bool:
        """Whether the entry's records are individuals (the ones checked for duplicates)."""
        if entry.editing is not None:
            return entry.editing.type == INDIVIDUAL
        return entity_type_of(self.config, entry.form) == INDIVIDUAL

    def possible_duplicates(self, entry: Entry, data: Mapping[str, Any]) -> list[PersonMatch]:
        """People already registered who resemble the one in the form (none for households)."""
        if not self.makes_people(entry):
            return []
        exclude = entry.editing.guid if entry.editing is not None else None
        return self.workspace.duplicates.similar_people(data, exclude=exclude)

    def validate(self, entry: Entry, data: Mapping[str, Any]) -> ValidData:
        """The form's data as it would be stored; raises `FormRejected` with every field
        error. Pass the result to `save`, which then does not check the data again."""
        return self.workspace.registrar.validate(entry.form, data)

    def save(self, entry: Entry, data: Mapping[str, Any] | ValidData, *,
             draft_id: str | None = None) -> Saved:
        """Store the form; raises `FormRejected` (field errors) or another `KnownError`.

        Data that is not yet the `ValidData` of `validate` is validated here, once.
        The form's draft (`draft_id`) goes in the same transaction as the record: a crash
        between the two would leave a draft of a saved record, saved twice when resumed.
        """
        not_applied = None
        with write_transaction(self.workspace.session.db):
            try:
                saved = self._save(entry, data)
            except NotStored as exc:
                if not exc.in_history:
                    raise
                not_applied = exc  # the event stays in the history; so does the draft
            else:
                if draft_id is not None:
                    self.workspace.drafts.discard(draft_id)
        if not_applied is not None:
            raise not_applied
        return saved

    def _save(self, entry: Entry, given: Mapping[str, Any] | ValidData) -> Saved:
        registrar = self.workspace.registrar
        valid = given if isinstance(given, ValidData) else self.validate(entry, given)
        data = valid.values
        if entry.editing is not None:
            changes = registrar.update(entry.form, entry.editing, valid,
                                       correlation_id=entry.correlation_id)
            return Saved(entry.editing.guid, changes, self.start())
        guid = registrar.register(self.config, entry.form, valid,
                                  correlation_id=entry.correlation_id,
                                  parent_guid=entry.parent_guid)
        children = child_forms(self.config, entry.form)
        if children:
            name = display_name(data) or entry.form.title
            return Saved(guid, data, Entry(children[0], entry.correlation_id, guid, name))
        if entry.parent_guid is not None:
            return Saved(guid, data, replace(entry, members_saved=entry.members_saved + 1))
        return Saved(guid, data, self.start(entry.form.name))

    def finish(self, entry: Entry) -> Entry:
        """Done with this household: a blank form for the next one."""
        if entry.parent_guid is None:
            return self.start(entry.form.name)
        parent_form = self.config.form(entry.form.depends_on or "")
        top = parent_form
        while top is not None and top.depends_on is not None:
            top = self.config.form(top.depends_on)
        return self.start(top.name if top is not None else None)
