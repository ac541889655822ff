"""A form's expressions: calculated fields, expression conditions, constraints and filtered
choices, read from the components and run with `forms.expressions`.

One module so the window, `submit` (domain/admission.py) and the server compute the same
values. What a component may carry (see README, "Forms"):

- `calculateValue`: a JSONLogic rule, or XLSForm text when the component or its form says
  `"expressionSyntax": "xlsform"`. The field is read-only; its value is always the computed one.
- `conditional.json`: show the component when the rule is true (XLSForm's `relevant`).
- `validate.json` (JSONLogic: true, or the error message as text) or `validate.constraint`
  with `validate.constraintMessage` (XLSForm's constraint, `.` is the field's value).
- choices (`values` or `data.values`, or a named list of the config's `choiceLists` via
  `"choiceList": "name"`) with a `filter` rule each, or a component-level `choiceFilter`
  that sees each choice's columns by bare name (`district = ${district}`).

A JavaScript text (the default syntax for text in Form.io) is never run: the rule is left out.
A rule that does not compile is left out too (the field stays visible, computes nothing), and
`expression_problems` lists it so `form check` can say so.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from datacollect_desktop.domain.errors import InvalidAppConfig
from datacollect_desktop.domain.forms.components import Component, HasComponents, input_fields
from datacollect_desktop.domain.forms.expressions import (
    Context,
    ExpressionError,
    Node,
    NodeSet,
    compile_expression,
    evaluate,
    to_boolean,
)
from datacollect_desktop.domain.forms.jsvalues import js_string
from datacollect_desktop.domain.messages import Message

SYNTAX_KEY = "expressionSyntax"
XLSFORM = "xlsform"
JSONLOGIC = "jsonlogic"
CHOICE_LIST_KEY = "choiceList"


@dataclass(frozen=True, slots=True)
class FormContext:
    """What a form's expressions may read besides the data: the event's date for `today()`."""

    today: date | None = None


# ----------------------------------------------------------------------- preparing a config


def prepare_components(raw: Any, syntax: Any, choice_lists: Any, where: str) -> Any:
    """A copy of a form's raw `components` with the form's `expressionSyntax` written on
    every component that does not set its own, and each `"choiceList": name` replaced by that
    list of the config's `choiceLists`. Anything else is left for the component parser."""
    if not isinstance(raw, list):
        return raw
    lists = choice_lists if isinstance(choice_lists, dict) else {}
    if choice_lists is not None and not isinstance(choice_lists, dict):
        raise InvalidAppConfig("App config: 'choiceLists' must be an object of named lists.")
    result = copy.deepcopy(raw)
    _prepare(result, syntax if isinstance(syntax, str) else None, lists, where, 0)
    return result


def _prepare(items: list[Any], syntax: str | None, lists: Mapping[str, Any], where: str,
             depth: int) -> None:
    if depth > 40:
        return  # the component parser refuses this nesting with its own message
    for item in items:
        if not isinstance(item, dict):
            continue
        if syntax is not None and SYNTAX_KEY not in item:
            item[SYNTAX_KEY] = syntax
        name = item.get(CHOICE_LIST_KEY)
        if name is not None:
            if not isinstance(name, str) or not isinstance(lists.get(name), list):
                raise InvalidAppConfig("{where}: choice list {name!r} is not in the config's "
                                       "'choiceLists'.", where=where, name=name)
            values = copy.deepcopy(lists[name])
            if item.get("type") == "select":
                data = item.get("data")
                item["data"] = {**(data if isinstance(data, dict) else {}), "values": values}
            else:
                item["values"] = values
        inner_syntax = item.get(SYNTAX_KEY, syntax)
        inner = inner_syntax if isinstance(inner_syntax, str) else syntax
        for key in ("components", "columns"):
            children = item.get(key)
            if isinstance(children, list):
                _prepare(children, inner, lists, where, depth + 1)


# ------------------------------------------------------------------------- compiled rules


def syntax_of(component: Component) -> str:
    """"xlsform" when the component (or its form) says so, else "jsonlogic"."""
    syntax = component.raw.get(SYNTAX_KEY)
    return XLSFORM if syntax == XLSFORM else JSONLOGIC


@lru_cache(maxsize=4096)
def _compiled(text: str, syntax: str) -> Node | ExpressionError:
    try:
        return compile_expression(json.loads(text), syntax)
    except ExpressionError as exc:
        return exc


def _rule(source: Any, syntax: str) -> Node | ExpressionError | None:
    if source is None or source == "" or source == {}:
        return None
    if isinstance(source, str) and syntax != XLSFORM:
        return None  # Form.io's JavaScript: never run
    if isinstance(source, bool | int | float) and not isinstance(source, bool):
        source = float(source)
    try:
        text = json.dumps(source, sort_keys=True)
    except (TypeError, ValueError, RecursionError):
        return ExpressionError("the rule is not JSON")
    return _compiled(text, syntax)


def _sources(component: Component) -> Iterator[tuple[str, Any]]:
    """(name, source) of each expression the component carries."""
    raw = component.raw
    yield "calculateValue", raw.get("calculateValue")
    conditional = raw.get("conditional")
    if isinstance(conditional, dict):
        yield "conditional.json", conditional.get("json")
    validate = raw.get("validate")
    if isinstance(validate, dict):
        yield "validate.json", validate.get("json")
        yield "validate.constraint", validate.get("constraint")
    yield "choiceFilter", raw.get("choiceFilter")
    for index, choice in enumerate(_raw_choices(component)):
        yield f"choice {index + 1} filter", choice.get("filter")


@dataclass(frozen=True, slots=True)
class _Rules:
    """A component's compiled expressions (those that compile), by where they sit."""

    by_name: Mapping[str, Node]
    choice_filters: tuple[Node | None, ...]

    @property
    def has_choice_filter(self) -> bool:
        return "choiceFilter" in self.by_name or any(r is not None for r in self.choice_filters)


_NO_RULES = _Rules({}, ())
# Components are immutable and live as long as their config: their rules are compiled once.
# The cache holds the component itself, so its id() is not reused while it is cached.
_RULES: dict[int, tuple[Component, _Rules]] = {}
_MAX_CACHED = 50_000


def _rules(component: Component) -> _Rules:
    cached = _RULES.get(id(component))
    if cached is not None and cached[0] is component:
        return cached[1]
    rules = _compile_rules(component)
    if len(_RULES) >= _MAX_CACHED:
        _RULES.clear()
    _RULES[id(component)] = (component, rules)
    return rules


def _compile_rules(component: Component) -> _Rules:
    raw = component.raw
    if not any(key in raw for key in ("calculateValue", "conditional", "validate",
                                      "choiceFilter", "values", "data")):
        return _NO_RULES
    syntax = syntax_of(component)
    by_name: dict[str, Node] = {}
    filters: list[Node | None] = []
    for name, source in _sources(component):
        rule = _rule(source, syntax)
        usable = rule if not isinstance(rule, ExpressionError) else None
        if name.startswith("choice ") and name.endswith(" filter"):
            filters.append(usable)
        elif usable is not None:
            by_name[name] = usable
    if not by_name and not any(r is not None for r in filters):
        return _NO_RULES
    return _Rules(by_name, tuple(filters))


def _compiled_rule(component: Component, name: str) -> Node | None:
    return _rules(component).by_name.get(name)


def calculation_of(component: Component) -> Node | None:
    """The compiled `calculateValue` of a component, or None."""
    return _compiled_rule(component, "calculateValue") if component.holds_value else None


def condition_of(component: Component) -> Node | None:
    """The compiled expression condition (`conditional.json`), or None."""
    return _compiled_rule(component, "conditional.json")


def is_calculated(component: Component) -> bool:
    """A field whose value the form computes (shown read-only)."""
    return calculation_of(component) is not None


_FORMS: dict[int, tuple[tuple[Component, ...], bool, tuple[Component, ...]]] = {}


def _form_summary(components: tuple[Component, ...]) -> tuple[bool, tuple[Component, ...]]:
    """(whether any component has a usable expression, the calculated fields), once per form."""
    cached = _FORMS.get(id(components))
    if cached is not None and cached[0] is components:
        return cached[1], cached[2]
    any_rules = any(_rules(c) is not _NO_RULES for c in _all_components(components))
    calculated = tuple(_calculated_fields(components))
    if len(_FORMS) >= 10_000:
        _FORMS.clear()
    _FORMS[id(components)] = (components, any_rules, calculated)
    return any_rules, calculated


def has_expressions(form: HasComponents | Sequence[Component]) -> bool:
    """Whether any component of the form has an expression this app runs."""
    components = form if isinstance(form, tuple) else _components(form)
    cached = _FORMS.get(id(components))
    if cached is not None and cached[0] is components:
        return cached[1]
    return _form_summary(components)[0]


def calculated_fields(form: HasComponents | Sequence[Component]) -> list[Component]:
    """The calculated fields of a form's top level and of its grids' rows, in form order."""
    return list(_form_summary(_components(form))[1])


def _calculated_fields(form: HasComponents | Sequence[Component]) -> list[Component]:
    found = []
    for component in _fields(form):
        if is_calculated(component):
            found.append(component)
        if component.type == "editgrid":
            found.extend(c for c in input_fields(component.children) if is_calculated(c))
    return found


@dataclass(frozen=True, slots=True)
class ExpressionProblem:
    """An expression of the config that cannot be used: the field's key, where, and why."""

    key: str
    where: str
    message: str


def expression_problems(form: HasComponents | Sequence[Component]) -> list[ExpressionProblem]:
    """Every expression of the form that does not compile, or names a field the form lacks."""
    index = FieldIndex.of(_components(form))
    problems = []
    for component in _all_components(_components(form)):
        syntax = syntax_of(component)
        for name, source in _sources(component):
            if isinstance(source, str) and source.strip() and syntax != XLSFORM:
                problems.append(ExpressionProblem(
                    component.key, name, "JavaScript is not run; write it as JSONLogic or set "
                    "\"expressionSyntax\": \"xlsform\""))
                continue
            rule = _rule(source, syntax)
            if isinstance(rule, ExpressionError):
                problems.append(ExpressionProblem(component.key, name, str(rule)))
            elif rule is not None:
                from datacollect_desktop.domain.forms.expressions import field_names
                for unknown in sorted(field_names(rule) - index.names()):
                    problems.append(ExpressionProblem(component.key, name,
                                                      f"unknown field ${{{unknown}}}"))
    return problems


def _components(form: HasComponents | Sequence[Component]) -> tuple[Component, ...]:
    if isinstance(form, tuple):
        return form
    return tuple(form) if isinstance(form, Sequence) else form.components


def _fields(form: HasComponents | Sequence[Component]) -> list[Component]:
    return input_fields(_components(form))


def _all_components(components: Sequence[Component]) -> Iterator[Component]:
    for component in components:
        yield component
        yield from _all_components(component.children)


# ---------------------------------------------------------------------------- field values


class FieldIndex:
    """Where each key of a form lives: the top level (None) or the key of its editgrid."""

    def __init__(self, places: dict[str, str | None], grids: frozenset[str]) -> None:
        self.places = places
        self.grids = grids

    @classmethod
    def of(cls, components: Sequence[Component]) -> FieldIndex:
        places: dict[str, str | None] = {}
        grids: set[str] = set()
        for component in input_fields(components):
            places[component.key] = None
            if component.type == "editgrid":
                grids.add(component.key)
                for child in input_fields(component.children):
                    places.setdefault(child.key, component.key)
        return cls(places, frozenset(grids))

    def names(self) -> frozenset[str]:
        return frozenset(self.places)


@dataclass(frozen=True)
class Scope:
    """The values an expression of one scope reads: a form's data, or one row of a grid.
    `hidden(key)` says a field is hidden, so it reads as empty."""

    index: FieldIndex
    data: Mapping[str, Any]
    row: Mapping[str, Any] | None = None
    grid: str | None = None
    today: date | None = None
    hidden: Callable[[str], bool] | None = None

    def resolve(self, name: str) -> Any:
        if name not in self.index.places:
            raise KeyError(name)
        if self.hidden is not None and self.hidden(name):
            return ""
        grid = self.index.places[name]
        if grid is not None and grid == self.grid and self.row is not None:
            return self.row.get(name)
        if grid is not None:
            rows = self.data.get(grid)
            return NodeSet(row.get(name) for row in rows if isinstance(row, Mapping)
                           ) if isinstance(rows, list) else NodeSet()
        if self.row is not None and name in self.row:
            return self.row.get(name)
        value = self.data.get(name)
        if name in self.index.grids:
            return NodeSet(value) if isinstance(value, list) else NodeSet()
        return value

    def context(self, *, current: Any = "", choice: Mapping[str, Any] | None = None
                ) -> Context:
        return Context(self.resolve, today=self.today, current=current, choice=choice or {})


def rule_holds(rule: Node, scope: Scope, **context: Any) -> bool | None:
    """The rule as a condition, or None when it cannot be computed (it is then not used)."""
    try:
        return to_boolean(evaluate(rule, scope.context(**context)))
    except ExpressionError:
        return None


# ------------------------------------------------------------------- constraints and choices


@dataclass(frozen=True, slots=True)
class Choice:
    """One choice of a select, radio or selectboxes with its extra columns."""

    label: str
    value: str
    columns: Mapping[str, Any]


def _raw_choices(component: Component) -> list[dict[str, Any]]:
    raw = component.raw
    values = raw.get("values")
    if component.type == "select":
        data = raw.get("data")
        values = data.get("values") if isinstance(data, dict) else None
    if not isinstance(values, list):
        return []
    return [item for item in values if isinstance(item, dict)]


def has_choice_filter(component: Component) -> bool:
    """Whether the component's choices depend on other fields."""
    if component.type not in ("select", "radio", "selectboxes"):
        return False
    return _rules(component).has_choice_filter


def choices_for(component: Component, scope: Scope) -> list[Choice]:
    """The choices to offer for this data: all of them, or those its filters let through (a
    choice whose filter cannot be computed is offered)."""
    rules = _rules(component)
    shared = rules.by_name.get("choiceFilter")
    result = []
    for index, item in enumerate(_raw_choices(component)):
        value, label = item.get("value"), item.get("label")
        if value in (None, "") and label in (None, ""):
            continue
        if value is None or isinstance(value, dict | list):
            continue
        text = js_string(value)
        choice = Choice(label if isinstance(label, str) and label else text, text, item)
        own = rules.choice_filters[index] if index < len(rules.choice_filters) else None
        tests = [rule for rule in (shared, own) if rule is not None]
        if all(rule_holds(rule, scope, choice=item) is not False for rule in tests):
            result.append(choice)
    return result


def rule_problem(component: Component, value: Any, scope_of: Callable[[], Scope]
                 ) -> Message | None:
    """What the component's expressions say against a value its plain rules accept: a
    constraint that fails (skipped for an empty value, as in XLSForm), or a choice its filter
    does not offer for this data."""
    label = component.error_label or component.label
    rules = _rules(component)
    if rules is _NO_RULES or value is None or value == "" or value == [] or value == {}:
        return None
    scope = scope_of()
    if has_choice_filter(component):
        offered = {choice.value for choice in choices_for(component, scope)}
        picked = _picked(component, value)
        if any(item not in offered for item in picked):
            return Message("{label}: this choice does not fit the other answers.", label=label)
    validate = component.raw.get("validate")
    if not isinstance(validate, dict):
        return None
    for name in ("json", "constraint"):
        rule = rules.by_name.get(f"validate.{name}")
        if rule is None:
            continue
        try:
            verdict = evaluate(rule, scope.context(current=value))
        except ExpressionError:
            continue
        if isinstance(verdict, str) and verdict not in ("", "true") and name == "json":
            return Message(verdict)  # Form.io: a text result is the error message
        if not to_boolean(verdict):
            message = validate.get("constraintMessage")
            if isinstance(message, str) and message.strip():
                return Message(message.strip())
            return Message("{label} is not valid.", label=label)
    return None


def _picked(component: Component, value: Any) -> list[str]:
    if isinstance(value, dict):
        return [key for key, ticked in value.items() if ticked is True]
    if isinstance(value, list):
        return [js_string(item) for item in value if not isinstance(item, dict | list)]
    return [js_string(value)] if not isinstance(value, dict | list) else []
