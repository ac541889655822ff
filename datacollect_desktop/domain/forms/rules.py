"""The rules one field's value must meet, each broken rule told in words a field worker knows."""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from datetime import date
from typing import Any

from datacollect_desktop.domain.attachments import AttachmentRef, show_size
from datacollect_desktop.domain.forms.components import Component
from datacollect_desktop.domain.forms.jsvalues import js_string
from datacollect_desktop.domain.messages import Message

# Plain addresses only: something@domain.tld, no spaces or quoting (as Form.io's own check).
_EMAIL = re.compile(
    r"[^\s@\"(),:;<>\[\]\\.]+(?:\.[^\s@\"(),:;<>\[\]\\.]+)*"
    r"@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}"
)
# [0-9], not \d: \d would also accept digits of other scripts, which int() then reads.
_ISO_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_ISO_DATE_TIME = re.compile(
    r"([0-9]{4})-([0-9]{2})-([0-9]{2})[T ]([0-9]{2}):([0-9]{2})"
    r"(?::([0-9]{2})(?:\.[0-9]{1,9})?)?(?:Z|[+-]([0-9]{2}):?([0-9]{2}))?"
)
_DAY = re.compile(r"([0-9]{2})/([0-9]{2})/([0-9]{4})")
_MAX_CHOICES_SHOWN = 10
# Form.io's placeholder for the field's name in a custom message.
_FIELD = re.compile(r"\{\{\s*field\s*\}\}")

Check = Callable[[Component, Any], Message | None]


def field_problem(component: Component, value: Any) -> Message | None:
    """The first rule `value` breaks for this field, as a sentence, or None if it is fine.

    The sentence names the field by its `errorLabel`, else its label; a component with a
    `validate.customMessage` says that instead, with `{{field}}` in it replaced by that name
    (as Form.io does). Editgrid rows are not looked into here; the form validator does that
    row by row.
    """
    problem = _problem(component, value)
    if problem is None or not component.custom_message:
        return problem
    custom = _FIELD.sub(lambda _: _label(component), component.custom_message)
    return Message(custom)


def _label(component: Component) -> str:
    return component.error_label or component.label


def _problem(component: Component, value: Any) -> Message | None:
    label = _label(component)
    if is_blank(value):
        return Message("{label} is required.", label=label) if component.required else None
    check = _CHECKS.get(component.type)
    problem = check(component, value) if check is not None else None
    if problem is not None:
        return problem
    if component.required and not _answered(component, value):
        if component.type == "checkbox":
            return Message("{label} must be ticked.", label=label)
        return Message("{label} is required.", label=label)
    return None


def is_blank(value: Any) -> bool:
    """True for the values Form.io treats as "nothing entered": null, "" and []."""
    return value is None or value == "" or (isinstance(value, list) and not value)


def _answered(component: Component, value: Any) -> bool:
    if component.type == "checkbox":
        return value is True
    if component.type == "selectboxes":
        return any(ticked is True for ticked in value.values())
    return True


def _text(component: Component, value: Any) -> Message | None:
    label, rules = _label(component), component.validate
    if not isinstance(value, str):
        return Message("{label} must be text.", label=label)
    if rules.min_length is not None and len(value) < rules.min_length:
        return Message.counted(rules.min_length, "{label} must be at least 1 character long.",
                               "{label} must be at least {count} characters long.", label=label)
    if rules.max_length is not None and len(value) > rules.max_length:
        return Message.counted(rules.max_length, "{label} must be at most 1 character long.",
                               "{label} must be at most {count} characters long.", label=label)
    # Form.io anchors the pattern at both ends: the whole value must match.
    if rules.pattern is not None and re.fullmatch(rules.pattern, value) is None:
        return Message("{label} does not match the expected format.", label=label)
    if component.type == "email" and _EMAIL.fullmatch(value) is None:
        return Message("{label} is not a valid e-mail address.", label=label)
    return None


def _number(component: Component, value: Any) -> Message | None:
    label, rules = _label(component), component.validate
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return Message("{label} must be a number.", label=label)
    if rules.min is not None and value < rules.min:
        return Message("{label} must be at least {limit}.", label=label,
                       limit=js_string(rules.min))
    if rules.max is not None and value > rules.max:
        return Message("{label} must be at most {limit}.", label=label,
                       limit=js_string(rules.max))
    return None


def _choice(component: Component, value: Any) -> Message | None:
    if component.multiple:
        if not isinstance(value, list):
            return Message("{label} must be a list of choices.", label=_label(component))
        return next((p for item in value if (p := _one_choice(component, item))), None)
    return _one_choice(component, value)


def _one_choice(component: Component, value: Any) -> Message | None:
    if not component.options:
        return None  # choices come from elsewhere (a URL, a resource): nothing to compare with
    allowed = {option.value for option in component.options}
    if isinstance(value, dict | list) or value is None or js_string(value) not in allowed:
        return Message("{label} must be one of: {choices}.", label=_label(component),
                       choices=_choices(component))
    return None


def _selectboxes(component: Component, value: Any) -> Message | None:
    label = _label(component)
    if not isinstance(value, dict):
        return Message("{label} must be a set of ticked and unticked choices.", label=label)
    allowed = {option.value for option in component.options}
    for choice, ticked in value.items():
        if allowed and choice not in allowed:
            return Message("{label} has a choice that is not on the list: {choice!r}.",
                           label=label, choice=choice)
        if not isinstance(ticked, bool):
            return Message("{label}: each choice must be ticked (true) or not ticked (false).",
                           label=label)
    return None


def _checkbox(component: Component, value: Any) -> Message | None:
    if not isinstance(value, bool):
        return Message("{label} must be ticked (true) or not ticked (false).",
                       label=_label(component))
    return None


def _datetime(component: Component, value: Any) -> Message | None:
    # A date-only field still accepts a full date-time: the Form.io web renderer stores one.
    if isinstance(value, str) and (_is_iso_date(value) or _is_iso_date_time(value)):
        return None
    if component.enable_time:
        return Message("{label} must be a date and time, such as 2024-03-31T14:30:00Z.",
                       label=_label(component))
    return Message("{label} must be a date written as YYYY-MM-DD, such as 2024-03-31.",
                   label=_label(component))


def _day(component: Component, value: Any) -> Message | None:
    day_first = component.raw.get("dayFirst") is True
    if isinstance(value, str) and (_is_iso_date(value) or _is_day(value, day_first)):
        return None
    if day_first:
        return Message("{label} must be a date written as DD/MM/YYYY.", label=_label(component))
    return Message("{label} must be a date written as MM/DD/YYYY.", label=_label(component))


def _editgrid(component: Component, value: Any) -> Message | None:
    label, rules = _label(component), component.validate
    if not isinstance(value, list):
        return Message("{label} must be a list of rows.", label=label)
    # For grids Form.io's minLength and maxLength count rows.
    if rules.min_length is not None and len(value) < rules.min_length:
        return Message.counted(rules.min_length, "{label} must have at least 1 row.",
                               "{label} must have at least {count} rows.", label=label)
    if rules.max_length is not None and len(value) > rules.max_length:
        return Message.counted(rules.max_length, "{label} must have at most 1 row.",
                               "{label} must have at most {count} rows.", label=label)
    return None


def _is_iso_date(text: str) -> bool:
    match = _ISO_DATE.fullmatch(text)
    return match is not None and _real_date(*(int(part) for part in match.groups()))


def _is_iso_date_time(text: str) -> bool:
    match = _ISO_DATE_TIME.fullmatch(text)
    if match is None:
        return False
    year, month, day, hour, minute = (int(part) for part in match.groups()[:5])
    second, offset_hours, offset_minutes = (int(part or 0) for part in match.groups()[5:])
    return (
        _real_date(year, month, day)
        and hour < 24 and minute < 60 and second < 60
        and offset_hours < 24 and offset_minutes < 60
    )


def _is_day(text: str, day_first: bool) -> bool:
    match = _DAY.fullmatch(text)
    if match is None:
        return False
    first, second, year = (int(part) for part in match.groups())
    month, day = (second, first) if day_first else (first, second)
    if month > 12 or day > 31:
        return False
    if month == 0 or day == 0:
        return True  # Form.io writes 00 for a part left blank (day or month unknown)
    # A year of 0000 is also "unknown"; check the day against a leap year then.
    return _real_date(year or 2000, month, day)


def _real_date(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _choices(component: Component) -> str:
    labels = [option.label for option in component.options]  # from the config: as written
    if len(labels) <= _MAX_CHOICES_SHOWN:
        return ", ".join(labels)
    return Message("{choices}, and {count} more", choices=", ".join(labels[:_MAX_CHOICES_SHOWN]),
                   count=len(labels) - _MAX_CHOICES_SHOWN)


def _file(component: Component, value: Any) -> Message | None:
    label = _label(component)
    if not isinstance(value, list):
        return Message("{label} must be a list of files.", label=label)
    if len(value) > 1 and not component.multiple:
        return Message("{label} takes one file.", label=label)
    for item in value:
        ref = AttachmentRef.parse(item)
        if ref is None:
            return Message("{label} holds something that is not a stored file.", label=label)
        if component.file_max_size is not None and ref.size > component.file_max_size:
            return Message("{label}: {name} is {size}; files here may be at most {limit}.",
                           label=label, name=ref.name, size=show_size(ref.size),
                           limit=show_size(component.file_max_size))
        if not media_type_allowed(ref, component.file_pattern, images=component.image):
            return Message("{label}: {name} is not a file of an accepted type ({pattern}).",
                           label=label, name=ref.name,
                           pattern=component.file_pattern or "image/*")
    return None


def media_type_allowed(ref: AttachmentRef, pattern: str, *, images: bool = False) -> bool:
    """Whether `ref` fits a Form.io `filePattern`: comma-separated media types
    ("application/pdf"), type wildcards ("image/*") and name endings (".pdf"); an empty
    pattern takes any type, or only images when `images`."""
    parts = [part.strip().lower() for part in pattern.split(",") if part.strip()]
    if not parts:
        return ref.media_type.startswith("image/") if images else True
    for part in parts:
        if part in ("*", "*/*") or part == ref.media_type:
            return True
        if part.endswith("/*") and ref.media_type.startswith(part[:-1]):
            return True
        if part.startswith(".") and ref.name.lower().endswith(part):
            return True
    return False


def _signature(component: Component, value: Any) -> Message | None:
    ref = AttachmentRef.parse(value)
    if ref is None or ref.media_type != "image/png":
        return Message("{label} must be a signature drawn on this laptop.",
                       label=_label(component))
    return None


def _location(component: Component, value: Any) -> Message | None:
    label = _label(component)
    if not isinstance(value, dict) or not {"lat", "lon"} <= set(value) or not set(
            value) <= {"lat", "lon", "accuracy"}:
        return Message("{label} must be a place: a latitude and a longitude.", label=label)
    lat, lon, accuracy = value["lat"], value["lon"], value.get("accuracy")
    if not _finite(lat) or not -90 <= lat <= 90:
        return Message("{label}: the latitude must be a number from -90 to 90.", label=label)
    if not _finite(lon) or not -180 <= lon <= 180:
        return Message("{label}: the longitude must be a number from -180 to 180.",
                       label=label)
    if accuracy is not None and (not _finite(accuracy) or accuracy < 0):
        return Message("{label}: the accuracy must be a number of metres, 0 or more.",
                       label=label)
    return None


def _finite(value: Any) -> bool:
    return (not isinstance(value, bool) and isinstance(value, int | float)
            and math.isfinite(value))


_CHECKS: dict[str, Check] = {
    "textfield": _text,
    "textarea": _text,
    "phoneNumber": _text,
    "email": _text,
    "number": _number,
    "select": _choice,
    "radio": _choice,
    "selectboxes": _selectboxes,
    "checkbox": _checkbox,
    "datetime": _datetime,
    "day": _day,
    "editgrid": _editgrid,
    "file": _file,
    "signature": _signature,
    "location": _location,
}
