"""Which components a form shows for given data, following Form.io's simple conditionals."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from datacollect_desktop.domain.forms.components import (
    Component,
    Conditional,
    HasComponents,
    input_fields,
)
from datacollect_desktop.domain.forms.config import EntityForm
from datacollect_desktop.domain.forms.expressions import field_names
from datacollect_desktop.domain.forms.jsvalues import js_string
from datacollect_desktop.domain.forms.logic import (
    FieldIndex,
    Scope,
    condition_of,
    has_expressions,
    rule_holds,
)
from datacollect_desktop.domain.forms.rules import is_blank

# Conditionals may chain (A shows B, B shows C ...). Past this length the controlling field's own
# visibility is no longer followed, only its value, so a long chain cannot exhaust the stack.
_MAX_CHAIN = 48


def is_visible(
    component: Component, data: Mapping[str, Any], row: Mapping[str, Any] | None = None
) -> bool:
    """Whether the component's own simple conditional lets it show, given the data.

    Inside an editgrid, `row` is the row's data and is searched before `data`, as Form.io does.
    This ignores the component's containers and whether the controlling field is itself
    hidden; `Visibility` accounts for both.
    """
    condition = component.conditional
    if condition is None:
        return True
    return condition_matches(condition, _lookup(condition.when, data, row)) == condition.show


def condition_matches(condition: Conditional, value: Any) -> bool:
    """Whether `value` (of the `when` field) counts as equal to `eq`, the way Form.io compares."""
    if value is None or (isinstance(value, dict | list) and not value):
        value = ""  # Form.io compares empty values as the empty string
    if isinstance(value, dict):
        # A selectboxes value: the choice named by `eq` must be ticked.
        return condition.eq in value and js_string(value[condition.eq]) == "true"
    if isinstance(value, list) and condition.eq in (js_string(item) for item in value):
        return True  # one of several selected choices
    return js_string(value) == condition.eq


class Visibility:
    """Which components of one scope (a form, or one editgrid row) are shown for some data.

    A component is hidden when its own conditional hides it, when a container around it is
    hidden, or when the field its conditional watches is hidden (a hidden field's value counts
    as cleared, so the condition is false). With `partial=True` (an update that carries only some
    fields) a condition on a field absent from the data cannot be judged and counts as met.
    """

    def __init__(
        self,
        components: Sequence[Component],
        data: Mapping[str, Any],
        *,
        row: Mapping[str, Any] | None = None,
        outer: Visibility | None = None,
        partial: bool = False,
        today: date | None = None,
        grid: str | None = None,
    ) -> None:
        self.components = tuple(components)
        self.today: date | None = today if outer is None else outer.today
        self.grid = grid
        self._index_of_fields: FieldIndex | None = None
        #: Whether the form has expressions (forms/logic.py) to run at all.
        self.expressions: bool = (has_expressions(self.components) if outer is None
                                  else outer.expressions)
        self.data = data if isinstance(data, Mapping) else {}
        self.row = row if isinstance(row, Mapping) else None
        self.outer = outer
        self.partial = partial
        self._parents: dict[int, Component] = {}
        self._by_key: dict[str, list[Component]] = {}
        self._known: dict[int, Component] = {}
        self._shown: dict[int, bool] = {}
        self._busy: set[int] = set()
        self._index(self.components, None)

    @classmethod
    def of_form(
        cls, form: EntityForm, data: Mapping[str, Any], *, partial: bool = False,
        today: date | None = None,
    ) -> Visibility:
        """The visibility of a whole form's top-level scope."""
        return cls(form.components, data, partial=partial, today=today)

    def for_row(self, editgrid: Component, row: Mapping[str, Any]) -> Visibility:
        """The visibility inside one row of `editgrid` (a component of this scope)."""
        return Visibility(editgrid.children, self.data, row=row, outer=self, grid=editgrid.key)

    @property
    def index(self) -> FieldIndex:
        """Where each field of the whole form lives (made when an expression first needs it)."""
        if self.outer is not None:
            return self.outer.index
        if self._index_of_fields is None:
            self._index_of_fields = FieldIndex.of(self.components)
        return self._index_of_fields

    def scope(self, hidden: Any = None) -> Scope:
        """The values this scope's expressions read (`forms.logic`)."""
        return Scope(self.index, self.data, self.row, self.grid, self.today, hidden)

    def shows(self, component: Component) -> bool:
        """Whether `component` is shown; components of other scopes use only their own rule."""
        return self._shows(component, 0)

    def hidden_keys(self) -> frozenset[str]:
        """Keys of this scope's value-holding fields that are hidden (every component sharing
        the key is hidden)."""
        fields = input_fields(self.components)
        shown = {c.key for c in fields if self.shows(c)}
        return frozenset(c.key for c in fields if c.key not in shown)

    def _index(self, components: Sequence[Component], parent: Component | None) -> None:
        for component in components:
            self._known[id(component)] = component
            if parent is not None:
                self._parents[id(component)] = parent
            if component.holds_value:
                self._by_key.setdefault(component.key, []).append(component)
            if component.type != "editgrid":
                self._index(component.children, component)

    def _shows(self, component: Component, depth: int) -> bool:
        ident = id(component)
        if ident not in self._known:
            return is_visible(component, self.data, self.row)
        if ident in self._shown:
            return self._shown[ident]
        self._busy.add(ident)
        try:
            parent = self._parents.get(ident)
            shown = (parent is None or self._shows(parent, depth + 1)) and self._own_rule(
                component, depth
            )
        finally:
            self._busy.discard(ident)
        self._shown[ident] = shown
        return shown

    def _own_rule(self, component: Component, depth: int) -> bool:
        condition = component.conditional
        if condition is None:
            return self._expression_rule(component, depth)
        if depth < _MAX_CHAIN:
            controller = self._controller_hidden(condition.when, depth)
            if controller is not None:
                # A hidden field's value is cleared, so its condition cannot be met.
                return not condition.show
        if self.partial and not _present(condition.when, self.data, self.row):
            return True
        return is_visible(component, self.data, self.row)

    def _expression_rule(self, component: Component, depth: int) -> bool:
        """A `conditional.json` rule (forms/logic.py); hidden fields read as empty. A rule
        that cannot be computed shows the component, as an unsupported condition does."""
        rule = condition_of(component) if self.expressions else None
        if rule is None:
            return True
        if self.partial and any(not _present(name, self.data, self.row)
                                for name in field_names(rule)):
            return True

        def hidden(key: str) -> bool:
            return depth < _MAX_CHAIN and self._controller_hidden(key, depth) is not None

        shown = rule_holds(rule, self.scope(hidden))
        return shown is not False

    def _controller_hidden(self, key: str, depth: int) -> Component | None:
        """The field named `key` if it is hidden (all the components sharing that key are),
        searching this scope then the outer ones."""
        scope: Visibility | None = self
        while scope is not None:
            controllers = scope._by_key.get(key)
            if controllers:
                if any(id(c) in scope._busy for c in controllers):
                    return None  # conditions that watch each other: judge by value only
                if any(scope._shows(c, depth + 1) for c in controllers):
                    return None
                return controllers[-1]
            scope = scope.outer
        return None


def value_owners(components: Sequence[Component], visibility: Visibility
                 ) -> dict[str, Component]:
    """For each key of this scope, the component whose value the data keeps. Components
    sharing a key share one value and, as in Form.io's data model, the last visible one wins:
    the last shown component that is not a `hidden` one, else the last one with that key."""
    owners: dict[str, Component] = {}
    for component in input_fields(components):
        current = owners.get(component.key)
        if current is None or _visible_to_user(component, visibility) or not (
                _visible_to_user(current, visibility)):
            owners[component.key] = component
    return owners


def _visible_to_user(component: Component, visibility: Visibility) -> bool:
    return component.type != "hidden" and visibility.shows(component)


def hidden_keys(form: EntityForm, data: Mapping[str, Any]) -> frozenset[str]:
    """Keys of the form's top-level fields that are hidden for this data."""
    return Visibility.of_form(form, data).hidden_keys()


def visible_data(form: EntityForm, data: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of `data` without the values of hidden fields, as Form.io clears them on hide.

    Keys the form does not define are kept; fields with `clearOnHide: false` keep their value.
    """
    if not isinstance(data, Mapping):
        return {}
    return _visible(form.components, data, Visibility.of_form(form, data), keep_blank=True)


def kept_data(form: HasComponents | Sequence[Component], data: Mapping[str, Any],
              *, today: date | None = None) -> dict[str, Any]:
    """The values a submission keeps: `visible_data` without blank values (None, "", []),
    inside every editgrid row as well.

    This is the one rule for what is stored: the form on screen, the registration service
    and the command line all keep exactly this. A row that keeps nothing stays as `{}`.
    """
    if not isinstance(data, Mapping):
        return {}
    components = tuple(form) if isinstance(form, Sequence) else form.components
    return _visible(components, data, Visibility(components, data, today=today),
                    keep_blank=False)


def _visible(
    components: Sequence[Component],
    values: Mapping[str, Any],
    visibility: Visibility,
    *,
    keep_blank: bool,
) -> dict[str, Any]:
    result = dict(values)
    fields = input_fields(components)
    shown = {f.key for f in fields if visibility.shows(f)}  # a shared key shown anywhere stays
    for field in fields:
        if not visibility.shows(field):
            if field.clear_on_hide and field.key not in shown:
                result.pop(field.key, None)
        elif field.type == "editgrid" and isinstance(rows := values.get(field.key), list):
            result[field.key] = [
                _visible(field.children, row, visibility.for_row(field, row),
                         keep_blank=keep_blank)
                if isinstance(row, Mapping)
                else row
                for row in rows
            ]
    if keep_blank:
        return result
    return {key: value for key, value in result.items() if not is_blank(value)}


def _lookup(key: str, data: Mapping[str, Any], row: Mapping[str, Any] | None) -> Any:
    value = row.get(key) if isinstance(row, Mapping) else None
    if value is None and isinstance(data, Mapping):
        value = data.get(key)
    return value


def _present(key: str, data: Mapping[str, Any], row: Mapping[str, Any] | None) -> bool:
    return (isinstance(row, Mapping) and key in row) or (isinstance(data, Mapping) and key in data)
