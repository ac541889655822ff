"""Changes in words for supervisors: field labels from the forms, values as people read them,
actions by name."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from datacollect_desktop.domain.forms import AppConfig, Component, EntityForm, input_fields
from datacollect_desktop.domain.vocabulary import EventType
from datacollect_desktop.ui.field_text import display_value
from datacollect_desktop.ui.form_language import display_config

# lupdate finds the texts as `translate("Context", "text")` calls with literal arguments.
translate = QCoreApplication.translate


def action_text(action: str) -> str:
    """An event type as a supervisor reads it; never the raw type name."""
    names: dict[str, str] = {
        EventType.CREATE_INDIVIDUAL: translate("audit_text", "Person registered"),
        EventType.CREATE_GROUP: translate("audit_text", "Household registered"),
        EventType.UPDATE_INDIVIDUAL: translate("audit_text", "Person changed"),
        EventType.UPDATE_GROUP: translate("audit_text", "Household changed"),
        EventType.ADD_MEMBER: translate("audit_text", "Member added"),
        EventType.REMOVE_MEMBER: translate("audit_text", "Member removed"),
        EventType.DELETE_ENTITY: translate("audit_text", "Deleted"),
        EventType.RESOLVE_DUPLICATE: translate("audit_text", "Duplicate settled"),
        EventType.REVIEW: translate("audit_text", "Reviewed"),
    }
    return names.get(action) or plain_type(action)


def plain_type(action: str) -> str:
    """A type this app has no words for (a custom one, `mark-visited`) as plain words:
    `Mark visited`; better than its raw name in a list people read."""
    words = action.replace("-", " ").replace("_", " ").strip()
    return words[:1].upper() + words[1:] if words else translate("audit_text", "Change")


def _special_labels() -> dict[str, str]:
    """Fields every record has, whatever its form."""
    return {"entityName": translate("audit_text", "Form"),
            "parentGuid": translate("audit_text", "Belongs to"),
            "memberIds": translate("audit_text", "Members"),
            "deleted": translate("audit_text", "Deleted")}


class FieldLabels:
    """Labels and value texts of a config's forms, looked up by form name and field key, in
    the window's language."""

    def __init__(self, config: AppConfig,
                 record_name: Callable[[str], str | None] | None = None) -> None:
        self.config = display_config(config)
        self._components: dict[str | None, dict[str, Component]] = {}
        self._special = _special_labels()
        # The household a member belongs to is shown by its name, not its id.
        self._record_name = record_name
        self._names: dict[str, str | None] = {}

    def _of(self, form: str | None) -> dict[str, Component]:
        found = self._components.get(form)
        if found is None:
            entity_form = self.config.form(form) if form is not None else None
            found = {c.key: c for c in input_fields(entity_form)} if entity_form else {}
            self._components[form] = found
        return found

    def form_title(self, form: str | None) -> str:
        entity_form: EntityForm | None = self.config.form(form) if form is not None else None
        return entity_form.title if entity_form is not None else (form or "")

    def label(self, form: str | None, key: str) -> str:
        component = self._of(form).get(key)
        if component is not None:
            return component.label
        return self._special.get(key, key)

    def value(self, form: str | None, key: str, value: Any) -> str:
        """A value as the detail screen shows it; an empty one as a dash."""
        if value is None or value == "" or value == []:
            return "—"
        if key == "memberIds" and isinstance(value, list):
            # lupdate reads no plural from translate() with a variable count: two texts.
            return (translate("audit_text", "1 member") if len(value) == 1 else
                    translate("audit_text", "{0} members").format(len(value)))
        if key == "entityName" and isinstance(value, str):
            return self.form_title(value)
        if key == "parentGuid" and isinstance(value, str) and self._record_name is not None:
            if value not in self._names:
                self._names[value] = self._record_name(value)
            return self._names[value] or value
        return display_value(self._of(form).get(key), value) or "—"

    def order(self, form: str | None, keys: set[str]) -> list[str]:
        """`keys` in form order, then the others by name."""
        placed = [key for key in self._of(form) if key in keys]
        return placed + sorted(keys - set(placed))

    def change_summary(self, form: str | None, changes: list[dict[str, Any]]) -> str:
        """`Label: before → after` for each change, on one line."""
        parts = [translate("audit_text", "{0}: {1} → {2}").format(
            self.label(form, c["field"]), self.value(form, c["field"], c["before"]),
            self.value(form, c["field"], c["after"])) for c in changes]
        return "; ".join(parts)
