"""The rules one field's value must meet, each broken rule told in words a field worker knows."""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from datetime import date
from typing import Any

from datacollect_desktop.domain.forms.components import Component
from datacollect_desktop.domain.forms.jsvalues import js_string

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

Check = Callable[[Component, Any], str | None]


def field_problem(component: Component, value: Any) -> str | None:
    """The first rule `value` breaks for this field, as a sentence, or None if it is fine.

    Editgrid rows are not looked into here; the form validator does that row by row.
    """
    label = component.label
    if is_blank(value):
        return f"{label} is required." if component.required else None
    check = _CHECKS.get(component.type)
    problem = check(component, value) if check is not None else None
    if problem is not None:
        return problem
    if component.required and not _answered(component, value):
        if component.type == "checkbox":
            return f"{label} must be ticked."
        return f"{label} is required."
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


def _text(component: Component, value: Any) -> str | None:
    label, rules = component.label, component.validate
    if not isinstance(value, str):
        return f"{label} must be text."
    if rules.min_length is not None and len(value) < rules.min_length:
        return f"{label} must be at least {_count(rules.min_length, 'character')} long."
    if rules.max_length is not None and len(value) > rules.max_length:
        return f"{label} must be at most {_count(rules.max_length, 'character')} long."
    # Form.io anchors the pattern at both ends: the whole value must match.
    if rules.pattern is not None and re.fullmatch(rules.pattern, value) is None:
        return f"{label} does not match the expected format."
    if component.type == "email" and _EMAIL.fullmatch(value) is None:
        return f"{label} is not a valid e-mail address."
    return None


def _number(component: Component, value: Any) -> str | None:
    label, rules = component.label, component.validate
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return f"{label} must be a number."
    if rules.min is not None and value < rules.min:
        return f"{label} must be at least {js_string(rules.min)}."
    if rules.max is not None and value > rules.max:
        return f"{label} must be at most {js_string(rules.max)}."
    return None


def _choice(component: Component, value: Any) -> str | None:
    if component.multiple:
        if not isinstance(value, list):
            return f"{component.label} must be a list of choices."
        return next((p for item in value if (p := _one_choice(component, item))), None)
    return _one_choice(component, value)


def _one_choice(component: Component, value: Any) -> str | None:
    if not component.options:
        return None  # choices come from elsewhere (a URL, a resource): nothing to compare with
    allowed = {option.value for option in component.options}
    if isinstance(value, dict | list) or value is None or js_string(value) not in allowed:
        return f"{component.label} must be one of: {_choices(component)}."
    return None


def _selectboxes(component: Component, value: Any) -> str | None:
    label = component.label
    if not isinstance(value, dict):
        return f"{label} must be a set of ticked and unticked choices."
    allowed = {option.value for option in component.options}
    for choice, ticked in value.items():
        if allowed and choice not in allowed:
            return f"{label} has a choice that is not on the list: {choice!r}."
        if not isinstance(ticked, bool):
            return f"{label}: each choice must be ticked (true) or not ticked (false)."
    return None


def _checkbox(component: Component, value: Any) -> str | None:
    if not isinstance(value, bool):
        return f"{component.label} must be ticked (true) or not ticked (false)."
    return None


def _datetime(component: Component, value: Any) -> str | None:
    # A date-only field still accepts a full date-time: the Form.io web renderer stores one.
    if isinstance(value, str) and (_is_iso_date(value) or _is_iso_date_time(value)):
        return None
    if component.enable_time:
        return f"{component.label} must be a date and time, such as 2024-03-31T14:30:00Z."
    return f"{component.label} must be a date written as YYYY-MM-DD, such as 2024-03-31."


def _day(component: Component, value: Any) -> str | None:
    day_first = component.raw.get("dayFirst") is True
    if isinstance(value, str) and (_is_iso_date(value) or _is_day(value, day_first)):
        return None
    shape = "DD/MM/YYYY" if day_first else "MM/DD/YYYY"
    return f"{component.label} must be a date written as {shape}."


def _editgrid(component: Component, value: Any) -> str | None:
    label, rules = component.label, component.validate
    if not isinstance(value, list):
        return f"{label} must be a list of rows."
    # For grids Form.io's minLength and maxLength count rows.
    if rules.min_length is not None and len(value) < rules.min_length:
        return f"{label} must have at least {_count(rules.min_length, 'row')}."
    if rules.max_length is not None and len(value) > rules.max_length:
        return f"{label} must have at most {_count(rules.max_length, 'row')}."
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
    labels = [option.label for option in component.options]
    if len(labels) > _MAX_CHOICES_SHOWN:
        hidden = len(labels) - _MAX_CHOICES_SHOWN
        labels = [*labels[:_MAX_CHOICES_SHOWN], f"and {hidden} more"]
    return ", ".join(labels)


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


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
}
