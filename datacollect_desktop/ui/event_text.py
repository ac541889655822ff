"""Events in words: "Registered", "Changed: Phone", "Member added"..."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from datacollect_desktop.app.browse import EventRow
from datacollect_desktop.domain.forms import EntityForm, input_fields


def _tr(text: str) -> str:
    return QCoreApplication.translate("event_text", text)


def event_summary(event: EventRow, form: EntityForm | None) -> str:
    """A short description of what the event did to the record."""
    labels = {c.key: c.label for c in input_fields(form)} if form is not None else {}
    fields = ", ".join(labels.get(k, k) for k in event.changed_keys)
    text = {
        "create-individual": _tr("Registered"),
        "create-group": _tr("Registered"),
        "add-member": _tr("Member added"),
        "remove-member": _tr("Member removed"),
        "delete-entity": _tr("Deleted"),
        "resolve-duplicate": _tr("Duplicate settled"),
    }.get(event.type)
    if text is None and event.type.startswith("update-"):
        text = _tr("Changed: {0}").format(fields) if fields else _tr("Changed")
    text = text or event.type
    if not event.applied:
        text += " " + _tr("(not applied)")
    return text
