"""Checking submitted data against an entity form: the same verdict in the GUI, CLI and server."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from datacollect_desktop.domain.forms.components import Component, input_fields
from datacollect_desktop.domain.forms.conditions import Visibility
from datacollect_desktop.domain.forms.config import EntityForm
from datacollect_desktop.domain.forms.logic import rule_problem
from datacollect_desktop.domain.forms.rules import field_problem
from datacollect_desktop.domain.messages import Message


@dataclass(frozen=True, slots=True)
class FieldError:
    """One broken rule: the data path (`members[2].givenName`), the field label and a sentence
    (a `Message`, which the window shows in the person's language)."""

    key: str
    label: str
    message: str


def validate_form_data(
    form: EntityForm, data: Mapping[str, Any], *, partial: bool = False,
    today: date | None = None,
) -> list[FieldError]:
    """Every rule the data breaks, in form order; an empty list means the data is acceptable.

    Fields hidden by a conditional are not checked, and keys the form does not define are
    allowed. With `partial=True` (an update carrying only changed fields) only the keys present
    in `data` are checked. Expression constraints and filtered choices (forms/logic.py) are
    checked too, with `today` as the date `today()` gives. Never raises for any JSON input.
    """
    if not isinstance(data, Mapping):
        return [FieldError("", form.title, Message("The {form} data must be a set of named "
                                                   "fields.", form=form.title))]
    visibility = Visibility.of_form(form, data, partial=partial, today=today)
    return _check_scope(form.components, data, visibility, path="", rows=(), partial=partial)


# The editgrid rows a field is in, outermost first: (grid label, row number counted from 1).
Rows = tuple[tuple[str, int], ...]


def _in_rows(problem: Message, rows: Rows) -> Message:
    """"Members, row 2: Age must be a number." for a problem in a grid's row."""
    for label, number in reversed(rows):
        problem = Message("{grid}, row {row}: {problem}", grid=label, row=number,
                          problem=problem)
    return problem


def _check_scope(
    components: Sequence[Component],
    values: Mapping[str, Any],
    visibility: Visibility,
    *,
    path: str,
    rows: Rows,
    partial: bool,
) -> list[FieldError]:
    errors: list[FieldError] = []
    for field in input_fields(components):
        if partial and field.key not in values:
            continue
        if not visibility.shows(field):
            continue
        key = path + field.key
        value = values.get(field.key)
        problem = field_problem(field, value)
        if problem is None and not partial and visibility.expressions:
            problem = rule_problem(field, value, visibility.scope)
        if problem is not None:
            errors.append(FieldError(key, field.label, _in_rows(problem, rows)))
        elif field.type == "editgrid" and isinstance(value, list):
            errors.extend(_check_rows(field, value, visibility, key, rows))
    return errors


def _check_rows(
    grid: Component, values: list[Any], visibility: Visibility, key: str, rows: Rows
) -> list[FieldError]:
    errors: list[FieldError] = []
    for index, row in enumerate(values):
        # Paths count rows from 0 like JavaScript; messages count from 1 like people do.
        row_key, row_rows = f"{key}[{index}]", (*rows, (grid.label, index + 1))
        if not isinstance(row, Mapping):
            message = _in_rows(Message("this row is not a set of fields."), row_rows)
            errors.append(FieldError(row_key, grid.label, message))
            continue
        errors.extend(
            _check_scope(
                grid.children,
                row,
                visibility.for_row(grid, row),
                path=row_key + ".",
                rows=row_rows,
                partial=False,
            )
        )
    return errors
