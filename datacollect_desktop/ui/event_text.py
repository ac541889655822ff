"""Events in words: "Registered", "Changed: Phone", "Member added"..."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from datacollect_desktop.app.browse import EventRow
from datacollect_desktop.domain.forms import EntityForm, input_fields
from datacollect_desktop.ui.audit_text import plain_type

# lupdate finds the texts as `translate("Context", "text")` calls with literal arguments.
translate = QCoreApplication.translate


def event_summary(event: EventRow, form: EntityForm | None, *, of_group: bool = True) -> str:
    """A short description of what the event did to the record; `of_group` is False in a
    person's history, where the household's `add-member` is that person's registration."""
    labels = {c.key: c.label for c in input_fields(form)} if form is not None else {}
    fields = ", ".join(labels.get(k, k) for k in event.changed_keys)
    text = {
        "create-individual": translate("event_text", "Registered"),
        "create-group": translate("event_text", "Registered"),
        "add-member": (translate("event_text", "Member added") if of_group
                       else translate("event_text", "Registered")),
        "remove-member": translate("event_text", "Member removed"),
        "delete-entity": translate("event_text", "Deleted"),
        "resolve-duplicate": translate("event_text", "Duplicate settled"),
        "review": translate("event_text", "Reviewed"),
    }.get(event.type)
    if text is None and event.type.startswith("update-"):
        text = (translate("event_text", "Changed: {0}").format(fields) if fields
                else translate("event_text", "Changed"))
    text = text or plain_type(event.type)
    if not event.applied:
        text += " " + translate("event_text", "(not applied)")
    return text
