"""A stored value as a person reads it: choice labels, ticked boxes, yes and no."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from datacollect_desktop.app.clock import parse_stamp
from datacollect_desktop.domain.attachments import looks_like_reference
from datacollect_desktop.domain.forms import Component
from datacollect_desktop.domain.forms.jsvalues import js_string

# lupdate finds the texts as `translate("Context", "text")` calls with literal arguments.
translate = QCoreApplication.translate


def field_label(label: str) -> str:
    """A field's label before its value: "Monthly income:", "Revenu mensuel :" in French."""
    return translate("field_text", "{0}:").format(label)


def display_value(component: Component | None, value: Any,
                  form_text: Callable[[str], str] = str) -> str:
    """How a field's value is shown on the detail screen; `form_text` gives choice labels in
    the window's language."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return translate("field_text", "Yes") if value else translate("field_text", "No")
    attached = attachment_names(value)
    if attached is not None:
        return attached
    if is_location(value):
        return location_text(value)
    labels = ({o.value: form_text(o.label) for o in component.options}
              if component is not None else {})
    if isinstance(value, dict):
        ticked = [str(labels.get(k, k)) for k, v in value.items() if v is True]
        return ", ".join(ticked) if ticked else translate("field_text", "None")
    if isinstance(value, list):
        if value and all(isinstance(v, dict) for v in value):
            # lupdate reads no plural from translate() with a variable count: two texts.
            return (translate("field_text", "1 row") if len(value) == 1 else
                    translate("field_text", "{0} rows").format(len(value)))
        return ", ".join(labels.get(js_string(v), js_string(v)) for v in value)
    text = js_string(value)
    return labels.get(text, text)


def _is_reference(value: object) -> bool:
    return looks_like_reference(value)


def attachment_names(value: Any) -> str | None:
    """A file or signature field's value by its files' names ("photo.jpg, id.pdf"); None
    when `value` holds no attachment."""
    items = [value] if _is_reference(value) else value if isinstance(value, list) else []
    if not items or not all(_is_reference(item) for item in items):
        return None
    return ", ".join(str(item.get("name") or translate("field_text", "attachment"))
                     for item in items)


def is_location(value: Any) -> bool:
    return isinstance(value, dict) and {"lat", "lon"} <= set(value) and set(value) <= {
        "lat", "lon", "accuracy"}


def location_text(value: dict[str, Any]) -> str:
    """"12.3456, -1.5197 (± 12 m)"."""
    lat, lon, accuracy = value.get("lat"), value.get("lon"), value.get("accuracy")
    text = f"{js_string(lat)}, {js_string(lon)}"
    if isinstance(accuracy, int | float) and not isinstance(accuracy, bool):
        text += " " + translate("field_text", "(± {0} m)").format(js_string(accuracy))
    return text


def local_time(stamp: str) -> str:
    """A UTC stamp in the laptop's time zone, to the minute."""
    try:
        return parse_stamp(stamp).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return stamp
