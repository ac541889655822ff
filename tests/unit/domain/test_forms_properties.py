"""Property tests: any config parses or is InvalidAppConfig; any data yields only FieldErrors."""

from __future__ import annotations

import contextlib
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from datacollect_desktop.domain.errors import InvalidAppConfig
from datacollect_desktop.domain.forms import (
    SUPPORTED_TYPES,
    AppConfig,
    FieldError,
    public_config_json,
    validate_form_data,
    visible_data,
)

pytestmark = pytest.mark.reliability(scenario="Hostile input")

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
KEYS = ["a", "b", "members", "when", "entityName"]

# --- arbitrary JSON -----------------------------------------------------------------------------

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=12),
    st.sampled_from([*KEYS, "yes", "other", "true", "1990-01-31", "12/31/1990", "a@b.org"]),
)
json_values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(st.text(max_size=6), inner, max_size=4),
    max_leaves=12,
)
keyed_values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=3)
    | st.dictionaries(st.sampled_from(KEYS), inner, max_size=4),
    max_leaves=12,
)


def maybe(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """Usually a plausible value, sometimes any JSON at all."""
    return st.one_of(strategy, json_values)


# --- component dicts with arbitrary settings ----------------------------------------------------

limits = maybe(st.one_of(st.integers(-3, 30), st.sampled_from(["", "5", "x"])))
validate_rules = st.fixed_dictionaries({}, optional={
    "required": maybe(st.booleans()),
    "min": limits,
    "max": limits,
    "minLength": limits,
    "maxLength": limits,
    "pattern": maybe(st.sampled_from(["[a-z]+", "\\d{2,4}", "(", "a|b", "", "[+0-9 ]{6,20}"])),
})
conditionals = st.fixed_dictionaries({}, optional={
    "show": maybe(st.sampled_from([True, False, "true", "false", None])),
    "when": maybe(st.sampled_from(KEYS)),
    "eq": maybe(st.sampled_from(["yes", "other", "", "true", 1])),
    "json": st.just({"==": [1, 1]}),
})
options = st.lists(
    st.fixed_dictionaries({}, optional={
        "label": maybe(st.text(max_size=5)),
        "value": maybe(st.sampled_from(["yes", "other", "1"])),
    }),
    max_size=4,
)
types = st.one_of(st.sampled_from([*sorted(SUPPORTED_TYPES), "file", "column", "button"]), scalars)


def component_dicts() -> st.SearchStrategy[Any]:
    def extend(children: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
        column = st.fixed_dictionaries({"components": st.lists(children, max_size=2)})
        return st.fixed_dictionaries({"type": types}, optional={
            "key": maybe(st.sampled_from(KEYS)),
            "label": maybe(st.text(max_size=8)),
            "input": maybe(st.booleans()),
            "validate": maybe(validate_rules),
            "conditional": maybe(conditionals),
            "values": maybe(options),
            "data": maybe(st.fixed_dictionaries({"values": maybe(options)})),
            "components": maybe(st.lists(children, max_size=3)),
            "columns": maybe(st.lists(column, max_size=2)),
            "multiple": maybe(st.booleans()),
            "enableTime": maybe(st.booleans()),
            "dayFirst": st.booleans(),
            "clearOnHide": st.booleans(),
            "defaultValue": json_values,
        })

    leaf = st.fixed_dictionaries({"type": types, "key": st.sampled_from(KEYS)})
    return st.recursive(leaf | json_values, extend, max_leaves=8)


# --- well-formed forms, so validation meets many real fields ------------------------------------

ALL_KEYS = ["a", "b", "c", "p1", "p2", "c1", "c2", "members"]
FIELD_TYPES = sorted({
    "textfield", "textarea", "number", "email", "phoneNumber", "select", "radio",
    "selectboxes", "checkbox", "datetime", "day", "hidden", "content", "file",
})
good_options = st.lists(
    st.fixed_dictionaries({
        "label": st.text(max_size=5), "value": st.sampled_from(["yes", "other", "1"]),
    }),
    max_size=3,
)
good_rules = st.fixed_dictionaries({}, optional={
    "required": st.booleans(),
    "min": st.integers(-3, 30),
    "max": st.integers(-3, 30),
    "minLength": st.integers(0, 4),
    "maxLength": st.integers(0, 4),
    "pattern": st.sampled_from(["[a-z]+", "\\d{2,4}", "a|b", "", "[+0-9 ]{6,20}"]),
})


def fields(keys: list[str]) -> st.SearchStrategy[list[dict[str, Any]]]:
    field = st.fixed_dictionaries(
        {"type": st.sampled_from(FIELD_TYPES), "key": st.sampled_from(keys)},
        optional={
            "validate": good_rules,
            "conditional": st.fixed_dictionaries({
                "show": st.booleans(),
                "when": st.sampled_from(ALL_KEYS),
                "eq": st.sampled_from(["yes", "other", "", "true", "1"]),
            }),
            "values": good_options,
            "data": st.fixed_dictionaries({"values": good_options}),
            "multiple": st.booleans(),
            "enableTime": st.booleans(),
            "clearOnHide": st.booleans(),
        },
    )
    return st.lists(field, max_size=len(keys), unique_by=lambda f: f["key"])


def assemble(parts: tuple[Any, ...]) -> list[dict[str, Any]]:
    top, in_panel, in_columns, in_rows, panel_when = parts
    panel_condition = {"show": True, "when": panel_when, "eq": "yes"} if panel_when else {}
    return [
        *top,
        {"type": "panel", "key": "panel", "components": in_panel,
         "conditional": panel_condition},
        {"type": "columns", "key": "cols", "columns": [{"components": in_columns}]},
        {"type": "editgrid", "key": "members", "components": in_rows,
         "validate": {"maxLength": 2}},
    ]


plausible_forms = st.tuples(
    fields(["a", "b", "c"]),
    fields(["p1", "p2"]),
    fields(["c1", "c2"]),
    fields(["a", "b", "c"]),
    st.sampled_from([None, "a", "b"]),
).map(assemble)
plausible_values = st.one_of(
    st.sampled_from(["yes", "other", "", "1", "true", "x@y.org", "1990-01-31", "01/31/1990"]),
    st.integers(-5, 40),
    st.booleans(),
    st.dictionaries(st.sampled_from(["yes", "other", "1", "zzz"]), st.booleans() | scalars,
                    max_size=3),
    json_values,
)
plausible_rows = st.lists(
    st.dictionaries(st.sampled_from(ALL_KEYS), plausible_values, max_size=4) | scalars, max_size=3
)
plausible_data = st.dictionaries(
    st.sampled_from(ALL_KEYS), st.one_of(plausible_values, plausible_rows), max_size=8
)


def config_of(components: Any, depends_on: Any) -> dict[str, Any]:
    return {
        "id": "p",
        "entityForms": [
            {"name": "f", "dependsOn": depends_on, "formio": {"components": components}},
            {"name": "g", "formio": {"components": []}},
        ],
    }


# --- properties ---------------------------------------------------------------------------------


@SETTINGS
@given(json_values)
def test_any_json_document_either_parses_or_is_an_invalid_app_config(doc: Any) -> None:
    with contextlib.suppress(InvalidAppConfig):
        AppConfig.from_json(doc)
    if isinstance(doc, dict):
        assert isinstance(public_config_json(doc), dict)


@SETTINGS
@given(
    st.lists(component_dicts(), max_size=5),
    st.sampled_from([None, "", "g", "f", "ghost", 3]),
    st.dictionaries(st.sampled_from(KEYS), keyed_values, max_size=5) | json_values,
    st.booleans(),
)
def test_arbitrary_component_dicts_parse_or_fail_cleanly_and_data_only_yields_field_errors(
    components: list[Any], depends_on: Any, data: Any, partial: bool
) -> None:
    try:
        config = AppConfig.from_json(config_of(components, depends_on))
    except InvalidAppConfig:
        return
    form = config.form("f")
    assert form is not None
    errors = validate_form_data(form, data, partial=partial)
    assert all(isinstance(error, FieldError) and error.message for error in errors)
    assert isinstance(visible_data(form, data), dict)


@settings(SETTINGS, max_examples=300)
@given(plausible_forms, plausible_data, st.booleans())
def test_any_data_for_well_formed_forms_yields_field_errors_and_hidden_values_do_not_matter(
    components: list[Any], data: dict[str, Any], partial: bool
) -> None:
    form = AppConfig.from_json(config_of(components, None)).form("f")
    assert form is not None
    errors = validate_form_data(form, data, partial=partial)
    assert all(isinstance(error, FieldError) and error.message for error in errors)
    assert len({error.key for error in errors}) == len(errors)  # one message per field
    if not partial:  # visible_data judges complete data, as a create event carries
        # Dropping hidden values changes nothing about what is wrong with the rest.
        assert validate_form_data(form, visible_data(form, data)) == errors
