"""Checking submitted data against an entity form: the same verdict in the GUI, CLI and server."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from datacollect_desktop.domain.forms.components import Component, input_fields
from datacollect_desktop.domain.forms.conditions import Visibility
from datacollect_desktop.domain.forms.config import EntityForm
from datacollect_desktop.domain.forms.rules import field_problem


@dataclass(frozen=True, slots=True)
class FieldError:
    """One broken rule: the data path (`members[2].givenName`), the field label and a sentence."""

    key: str
    label: str
    message: str


def validate_form_data(
    form: EntityForm, data: Mapping[str, Any], *, partial: bool = False
) -> list[FieldError]:
    """Every rule the data breaks, in form order; an empty list means the data is acceptable.

    Fields hidden by a conditional are not checked, and keys the form does not define are
    allowed. With `partial=True` (an update carrying only changed fields) only the keys present
    in `data` are checked. Never raises for any JSON input.
    """
    if not isinstance(data, Mapping):
        return [FieldError("", form.title, f"The {form.title} data must be a set of named fields.")]
    visibility = Visibility.of_form(form, data, partial=partial)
    return _check_scope(form.components, data, visibility, path="", context="", partial=partial)


def _check_scope(
    components: Sequence[Component],
    values: Mapping[str, Any],
    visibility: Visibility,
    *,
    path: str,
    context: str,
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
        if problem is not None:
            errors.append(FieldError(key, field.label, context + problem))
        elif field.type == "editgrid" and isinstance(value, list):
            errors.extend(_check_rows(field, value, visibility, key, context))
    return errors


def _check_rows(
    grid: Component, rows: list[Any], visibility: Visibility, key: str, context: str
) -> list[FieldError]:
    errors: list[FieldError] = []
    for index, row in enumerate(rows):
        # Paths count rows from 0 like JavaScript; messages count from 1 like people do.
        row_key, row_context = f"{key}[{index}]", f"{context}{grid.label}, row {index + 1}: "
        if not isinstance(row, Mapping):
            message = f"{row_context}this row is not a set of fields."
            errors.append(FieldError(row_key, grid.label, message))
            continue
        errors.extend(
            _check_scope(
                grid.children,
                row,
                visibility.for_row(grid, row),
                path=row_key + ".",
                context=row_context,
                partial=False,
            )
        )
    return errors
