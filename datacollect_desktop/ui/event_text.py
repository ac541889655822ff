"""Events in words: "Registered", "Changed: Phone", "Member added"...

What an event did to one record reads the same wherever the record's events are listed: in
its History (detail page) and in the audit history. `action_text` (ui/audit_text.py) names
an event type on its own, where no record is in view (the audit's filter choices).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from datacollect_desktop.app.audit import AuditEntry
from datacollect_desktop.app.browse import EventRow
from datacollect_desktop.domain.entities import INDIVIDUAL
from datacollect_desktop.domain.forms import EntityForm, input_fields
from datacollect_desktop.domain.vocabulary import UPDATE_PREFIX, EventType
from datacollect_desktop.ui.audit_text import FieldLabels, plain_type

# Changes every record has, which say nothing of what an update changed.
_BOOKKEEPING = frozenset({"entityName", "parentGuid", "memberIds", "deleted"})

# lupdate finds the texts as `translate("Context", "text")` calls with literal arguments.
translate = QCoreApplication.translate


def record_event_words(action: str, *, of_group: bool, fields: Sequence[str] = ()) -> str:
    """What an event of type `action` did to one record: `of_group` is False for a person,
    for whom a household's `add-member` is their registration; `fields` are the labels of the
    fields an update changed."""
    texts: dict[str, str] = {
        EventType.CREATE_INDIVIDUAL: translate("event_text", "Registered"),
        EventType.CREATE_GROUP: translate("event_text", "Registered"),
        EventType.ADD_MEMBER: (translate("event_text", "Member added") if of_group
                               else translate("event_text", "Registered")),
        EventType.REMOVE_MEMBER: translate("event_text", "Member removed"),
        EventType.DELETE_ENTITY: translate("event_text", "Deleted"),
        EventType.RESOLVE_DUPLICATE: translate("event_text", "Duplicate settled"),
        EventType.REVIEW: translate("event_text", "Reviewed"),
    }
    text = texts.get(action)
    if text is None and action.startswith(UPDATE_PREFIX):
        text = (translate("event_text", "Changed: {0}").format(", ".join(fields)) if fields
                else translate("event_text", "Changed"))
    return text or plain_type(action)


def event_summary(event: EventRow, form: EntityForm | None, *, of_group: bool = True) -> str:
    """A short description of what the event did to the record; `of_group` is False in a
    person's history, where the household's `add-member` is that person's registration."""
    labels = {c.key: c.label for c in input_fields(form)} if form is not None else {}
    text = record_event_words(event.type, of_group=of_group,
                              fields=[labels.get(k, k) for k in event.changed_keys])
    if not event.applied:
        text += " " + translate("event_text", "(not applied)")
    return text


def audit_entry_words(entry: AuditEntry, labels: FieldLabels) -> str:
    """What the entry's event did to the entry's record, as that record's History says it."""
    fields = [labels.label(entry.form, change["field"]) for change in entry.changes
              if change["field"] not in _BOOKKEEPING]
    return record_event_words(entry.action, of_group=entry.entity_type != INDIVIDUAL,
                              fields=fields)
