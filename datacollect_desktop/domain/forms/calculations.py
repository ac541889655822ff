"""Calculated fields: the one computation the window, `submit` and the server share."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from datacollect_desktop.domain.forms.components import Component, HasComponents, input_fields
from datacollect_desktop.domain.forms.conditions import Visibility
from datacollect_desktop.domain.forms.expressions import (
    ExpressionError,
    NodeSet,
    evaluate,
    output_value,
    to_boolean,
    to_number,
    to_string,
)
from datacollect_desktop.domain.forms.logic import (
    FormContext,
    Scope,
    calculated_fields,
    calculation_of,
    is_calculated,
)


def _components(form: HasComponents | Sequence[Component]) -> tuple[Component, ...]:
    return tuple(form) if isinstance(form, Sequence) else form.components


def calculate(form: HasComponents | Sequence[Component], data: Mapping[str, Any],
              context: FormContext | None = None) -> dict[str, Any]:
    """`data` with every calculated field set to its computed value (a blank result removes
    the key), top level and in each grid row. A submitted value of a calculated field is
    replaced. Hidden fields read as empty, as they are not kept. Calculations may use each
    other in any order: passes repeat until nothing changes (at most one per calculation)."""
    if not isinstance(data, Mapping):
        return {}
    components = _components(form)
    today = context.today if context is not None else None
    top = [c for c in input_fields(components) if is_calculated(c)]
    grids = [c for c in input_fields(components) if c.type == "editgrid"
             and any(is_calculated(child) for child in input_fields(c.children))]
    if not top and not grids:
        return dict(data)
    result = dict(data)
    for _ in range(len(calculated_fields(components)) + 1):
        before = result
        result = dict(result)
        visibility = Visibility(components, before, today=today)
        scope = visibility.scope()
        for component in top:
            _set(result, component, _computed(component, scope))
        for grid in grids:
            rows = before.get(grid.key)
            if not isinstance(rows, list):
                continue
            new_rows = []
            for row in rows:
                if not isinstance(row, Mapping):
                    new_rows.append(row)
                    continue
                row_scope = visibility.for_row(grid, row).scope()
                new_row = dict(row)
                for child in input_fields(grid.children):
                    if is_calculated(child):
                        _set(new_row, child, _computed(child, row_scope))
                new_rows.append(new_row)
            result[grid.key] = new_rows
        if result == before:
            break
    return result


def calculated_values(form: HasComponents | Sequence[Component], data: Mapping[str, Any]
                      ) -> dict[str, Any]:
    """The calculated fields' values in `data` by data path (`members[0].age`)."""
    values: dict[str, Any] = {}
    components = _components(form)
    for component in input_fields(components):
        if is_calculated(component):
            values[component.key] = data.get(component.key)
        if component.type == "editgrid" and isinstance(rows := data.get(component.key), list):
            for index, row in enumerate(rows):
                for child in input_fields(component.children):
                    if is_calculated(child) and isinstance(row, Mapping):
                        values[f"{component.key}[{index}].{child.key}"] = row.get(child.key)
    return values


def _set(values: dict[str, Any], component: Component, value: Any) -> None:
    if value is None or value == "":
        values.pop(component.key, None)
    else:
        values[component.key] = value


def _computed(component: Component, scope: Scope) -> Any:
    rule = calculation_of(component)
    if rule is None:
        return None
    try:
        value = evaluate(rule, scope.context())
    except ExpressionError:
        return None
    return _as_field_value(component, value)


def _as_field_value(component: Component, value: Any) -> Any:
    if isinstance(value, NodeSet):
        value = value[0] if value else ""
    kind = component.type
    if kind == "number":
        return output_value(to_number(value))
    if kind == "checkbox":
        return to_boolean(value)
    if kind in ("textfield", "textarea", "email", "phoneNumber", "select", "radio",
                "datetime", "day"):
        return to_string(output_value(value) if isinstance(value, float) else value) or None
    if kind == "selectboxes" or kind == "editgrid":
        return None  # not computed: a calculation gives one value
    return output_value(value)


