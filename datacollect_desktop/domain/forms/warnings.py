"""Soft warnings: values the rules allow but that are probably mistyped (a birth date in the
future, an age over 120). The person sees them and may still save."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from datacollect_desktop.domain.forms.components import Component, input_fields
from datacollect_desktop.domain.forms.conditions import Visibility
from datacollect_desktop.domain.forms.rules import field_problem, is_blank
from datacollect_desktop.domain.messages import Message

MAX_AGE_YEARS = 120
_DATE_TYPES = frozenset({"datetime", "day"})
_ISO_START = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_DAY = re.compile(r"([0-9]{2})/([0-9]{2})/([0-9]{4})")
# Config authors name the field; there is no Form.io flag for "this is a birth date".
_BIRTH = re.compile(r"birth|^dob$", re.IGNORECASE)


@dataclass(frozen=True)
class FieldWarning:
    """A value worth a second look: the field's key, its label and a sentence (a `Message`)."""

    key: str
    label: str
    message: Message


def is_birth_date(component: Component) -> bool:
    """A date field holding when someone was born (`dateOfBirth`, `birthDate`, `dob`)."""
    return component.type in _DATE_TYPES and bool(_BIRTH.search(component.key))


def field_warning(component: Component, value: Any, today: date) -> Message | None:
    """The soft warning for one value, or None. A value that breaks a hard rule has its error
    instead, and a warning would only repeat it."""
    if not is_birth_date(component) or is_blank(value) or field_problem(component, value):
        return None
    born = _date_of(component, value)
    if born is None:
        return None
    if born > today:
        return Message("{label} is in the future. Check it; you can still save.",
                       label=component.label)
    age = _years_between(born, today)
    if age > MAX_AGE_YEARS:
        return Message("{label} makes this person {age} years old. Check it; you can still "
                       "save.", label=component.label, age=age)
    return None


def form_warnings(components: Sequence[Component], data: Mapping[str, Any],
                  today: date) -> list[FieldWarning]:
    """The warnings of every field the person can see, in form order."""
    visibility = Visibility(components, data)
    found = []
    for component in input_fields(components):
        if not visibility.shows(component):
            continue
        message = field_warning(component, data.get(component.key), today)
        if message is not None:
            found.append(FieldWarning(component.key, component.label, message))
    return found


def _date_of(component: Component, value: Any) -> date | None:
    if not isinstance(value, str):
        return None
    iso = _ISO_START.match(value)
    if iso is not None:
        year, month, day = (int(part) for part in iso.groups())
    else:
        match = _DAY.fullmatch(value)
        if match is None:
            return None
        first, second, year = (int(part) for part in match.groups())
        month, day = (second, first) if component.raw.get("dayFirst") is True else (
            first, second)
    if year == 0:
        return None  # the year is unknown: nothing to judge
    try:
        # A day or month left unknown (00) counts as the first one.
        return date(year, month or 1, day or 1)
    except ValueError:
        return None


def _years_between(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))
