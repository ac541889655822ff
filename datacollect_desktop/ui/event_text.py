"""Events in words: "Registered", "Changed: Phone", "Member added"..."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from datacollect_desktop.app.browse import EventRow
from datacollect_desktop.domain.forms import EntityForm, input_fields
from datacollect_desktop.domain.vocabulary import UPDATE_PREFIX, EventType
from datacollect_desktop.ui.audit_text import plain_type

# lupdate finds the texts as `translate("Context", "text")` calls with literal arguments.
translate = QCoreApplication.translate


def event_summary(event: EventRow, form: EntityForm | None, *, of_group: bool = True) -> str:
    """A short description of what the event did to the record; `of_group` is False in a
    person's history, where the household's `add-member` is that person's registration."""
    labels = {c.key: c.label for c in input_fields(form)} if form is not None else {}
    fields = ", ".join(labels.get(k, k) for k in event.changed_keys)
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
    text = texts.get(event.type)
    if text is None and event.type.startswith(UPDATE_PREFIX):
        text = (translate("event_text", "Changed: {0}").format(fields) if fields
                else translate("event_text", "Changed"))
    text = text or plain_type(event.type)
    if not event.applied:
        text += " " + translate("event_text", "(not applied)")
    return text
