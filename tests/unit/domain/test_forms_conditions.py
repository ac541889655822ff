"""Conditional fields, nested layout and editgrid rows: what shows, is checked and is kept."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from datacollect_desktop.domain.forms import (
    AppConfig,
    Component,
    EntityForm,
    Visibility,
    hidden_keys,
    is_visible,
    kept_data,
    validate_form_data,
    visible_data,
)

EXAMPLE = (Path(__file__).parents[3] / "datacollect_desktop" / "resources" / "configs"
           / "household-registration.json")


def form_of(*components: dict[str, Any]) -> EntityForm:
    doc = {"entityForms": [{"name": "f", "formio": {"components": list(components)}}]}
    entity_form = AppConfig.from_json(doc).form("f")
    assert entity_form is not None
    return entity_form


def household() -> EntityForm:
    config = AppConfig.from_json(json.loads(EXAMPLE.read_text(encoding="utf-8")))
    entity_form = config.form("household")
    assert entity_form is not None
    return entity_form


HOUSEHOLD = household()


def field(form: EntityForm, key: str) -> Component:
    return next(c for c in form.fields() if c.key == key)


def shown_when(condition: dict[str, Any], value: Any, kind: str = "textfield") -> bool:
    form = form_of(
        {"type": kind, "key": "w"}, {"type": "textfield", "key": "t", "conditional": condition}
    )
    data = {} if value is _ABSENT else {"w": value}
    return Visibility.of_form(form, data).shows(field(form, "t"))


_ABSENT = object()


# --- the household example's dwellingOther ------------------------------------------------------


def test_dwelling_other_appears_only_when_dwelling_is_other() -> None:
    other = field(HOUSEHOLD, "dwellingOther")
    assert is_visible(other, {"dwelling": "other"})
    assert not is_visible(other, {"dwelling": "house"})
    assert not is_visible(other, {})
    assert hidden_keys(HOUSEHOLD, {"dwelling": "house"}) == {"dwellingOther"}
    assert hidden_keys(HOUSEHOLD, {"dwelling": "other"}) == frozenset()


def test_hidden_dwelling_other_is_not_validated_and_dropped_from_visible_data() -> None:
    oversized = {"name": "A", "dwelling": "house", "dwellingOther": 42}
    assert validate_form_data(HOUSEHOLD, oversized) == []
    assert visible_data(HOUSEHOLD, {**oversized, "entityName": "household"}) == {
        "name": "A", "dwelling": "house", "entityName": "household",
    }


def test_shown_dwelling_other_is_validated_and_kept() -> None:
    data = {"name": "A", "dwelling": "other", "dwellingOther": 42}
    assert [e.message for e in validate_form_data(HOUSEHOLD, data)] == [
        "Describe the dwelling must be text."
    ]
    assert visible_data(HOUSEHOLD, data) == data


# --- how Form.io compares -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("condition", "value", "shown"),
    [
        ({"show": True, "when": "w", "eq": "yes"}, "yes", True),
        ({"show": True, "when": "w", "eq": "yes"}, "no", False),
        ({"show": "true", "when": "w", "eq": "yes"}, "yes", True),
        ({"show": False, "when": "w", "eq": "yes"}, "yes", False),
        ({"show": "false", "when": "w", "eq": "yes"}, "no", True),
        ({"show": False, "when": "w", "eq": "yes"}, _ABSENT, True),
        ({"show": True, "when": "w", "eq": "3"}, 3, True),
        ({"show": True, "when": "w", "eq": 3}, 3.0, True),
        ({"show": True, "when": "w", "eq": "true"}, True, True),
        ({"show": True, "when": "w", "eq": "true"}, "true", True),
        ({"show": True, "when": "w", "eq": "true"}, False, False),
        ({"show": True, "when": "w", "eq": ""}, _ABSENT, True),
        ({"show": True, "when": "w", "eq": ""}, None, True),
        ({"show": True, "when": "w", "eq": "b"}, ["a", "b"], True),
        ({"show": True, "when": "w", "eq": "c"}, ["a", "b"], False),
    ],
)
def test_simple_conditionals_compare_string_forms_as_form_io_does(
    condition: dict[str, Any], value: Any, shown: bool
) -> None:
    assert shown_when(condition, value) is shown


def test_selectboxes_condition_looks_at_whether_the_named_choice_is_ticked() -> None:
    condition = {"show": True, "when": "w", "eq": "health"}
    assert shown_when(condition, {"food": True, "health": True})
    assert not shown_when(condition, {"food": True, "health": False})
    assert not shown_when(condition, {"food": True})
    assert shown_when({**condition, "show": False}, {"health": False})


def test_checkbox_condition_shows_when_ticked() -> None:
    condition = {"show": True, "when": "w", "eq": "true"}
    assert shown_when(condition, True, kind="checkbox")
    assert not shown_when(condition, False, kind="checkbox")


def test_advanced_conditionals_leave_the_field_visible() -> None:
    # JSONLogic in the supported subset is run (tests/unit/domain/test_form_logic.py); an
    # operator outside it, like JavaScript, leaves the field visible.
    form = form_of(
        {"type": "textfield", "key": "w"},
        {"type": "textfield", "key": "a",
         "conditional": {"json": {"some": [{"var": "data.w"}, {"==": [{"var": ""}, 1]}]}}},
        {"type": "textfield", "key": "b", "customConditional": "show = data.w === 1;"},
    )
    assert hidden_keys(form, {"w": "0"}) == frozenset()


def test_a_condition_on_a_key_the_form_does_not_define_reads_the_data() -> None:
    condition = {"show": True, "when": "entityName", "eq": "household"}
    form = form_of({"type": "textfield", "key": "a", "conditional": condition})
    assert hidden_keys(form, {"entityName": "household"}) == frozenset()
    assert hidden_keys(form, {"entityName": "individual"}) == {"a"}


# --- nesting ------------------------------------------------------------------------------------

NESTED = form_of(
    {"type": "radio", "key": "hasJob", "label": "Has a job",
     "values": [{"label": "Yes", "value": "yes"}, {"label": "No", "value": "no"}]},
    {"type": "panel", "key": "work", "title": "Work",
     "conditional": {"show": True, "when": "hasJob", "eq": "yes"},
     "components": [
         {"type": "fieldset", "key": "employer", "components": [
             {"type": "columns", "key": "cols", "columns": [
                 {"components": [{"type": "textfield", "key": "employerName", "label": "Employer",
                                  "validate": {"required": True}}]},
                 {"components": [{"type": "select", "key": "sector", "label": "Sector",
                                  "data": {"values": [{"label": "Farming", "value": "farm"},
                                                      {"label": "Other", "value": "other"}]}}]},
             ]},
         ]},
     ]},
    {"type": "textfield", "key": "sectorOther", "label": "Other sector",
     "validate": {"required": True},
     "conditional": {"show": True, "when": "sector", "eq": "other"}},
)


def test_fields_inside_a_hidden_panel_are_hidden_however_deep() -> None:
    assert hidden_keys(NESTED, {"hasJob": "no"}) == {"employerName", "sector", "sectorOther"}
    assert validate_form_data(NESTED, {"hasJob": "no", "sector": "other"}) == []


def test_fields_inside_a_shown_panel_and_columns_are_validated() -> None:
    errors = validate_form_data(NESTED, {"hasJob": "yes", "sector": "other"})
    assert [e.message for e in errors] == ["Employer is required.", "Other sector is required."]


def test_a_field_whose_controlling_field_is_hidden_counts_as_hidden() -> None:
    # `sector` still says "other", but it sits in the hidden panel, so its value does not count.
    data = {"hasJob": "no", "sector": "other", "sectorOther": "Fishing"}
    assert "sectorOther" in hidden_keys(NESTED, data)
    assert visible_data(NESTED, data) == {"hasJob": "no"}


def test_a_hide_when_condition_on_a_hidden_field_leaves_the_field_shown() -> None:
    form = form_of(
        {"type": "textfield", "key": "a", "conditional": {"show": True, "when": "x", "eq": "1"}},
        {"type": "textfield", "key": "b", "conditional": {"show": False, "when": "a", "eq": "z"}},
    )
    assert hidden_keys(form, {"x": "0", "a": "z"}) == {"a"}


def test_the_gui_can_ask_about_layout_containers_too() -> None:
    work = NESTED.components[1]
    visibility = Visibility.of_form(NESTED, {"hasJob": "no"})
    assert not visibility.shows(work)
    assert not visibility.shows(work.children[0].children[0])  # the columns
    assert visibility.shows(NESTED.components[0])


def test_conditions_that_watch_each_other_do_not_loop() -> None:
    form = form_of(
        {"type": "textfield", "key": "a", "conditional": {"show": True, "when": "b", "eq": "1"}},
        {"type": "textfield", "key": "b", "conditional": {"show": True, "when": "a", "eq": "1"}},
        {"type": "textfield", "key": "c", "conditional": {"show": True, "when": "c", "eq": "1"}},
    )
    assert hidden_keys(form, {"a": "1", "b": "1", "c": "1"}) == frozenset()
    assert validate_form_data(form, {"a": "0", "b": "0"}) == []


def test_a_long_chain_of_conditions_does_not_exhaust_the_stack() -> None:
    chain = [{"type": "textfield", "key": "k0"}] + [
        {"type": "textfield", "key": f"k{n}",
         "conditional": {"show": True, "when": f"k{n - 1}", "eq": "on"}}
        for n in range(1, 400)
    ]
    data = {f"k{n}": "on" for n in range(400)}
    forward, backward = form_of(*chain), form_of(*reversed(chain))
    assert hidden_keys(forward, data) == frozenset()
    assert hidden_keys(forward, {**data, "k0": "off"}) == {f"k{n}" for n in range(1, 400)}
    # Asked from the far end first, the chain is followed only so far, then judged by value.
    assert "k1" in hidden_keys(backward, {**data, "k0": "off"})


def test_clear_on_hide_false_keeps_a_hidden_value_but_does_not_validate_it() -> None:
    form = form_of(
        {"type": "textfield", "key": "w"},
        {"type": "number", "key": "n", "clearOnHide": False,
         "conditional": {"show": True, "when": "w", "eq": "x"}},
    )
    assert visible_data(form, {"w": "y", "n": "not a number"}) == {"w": "y", "n": "not a number"}
    assert validate_form_data(form, {"w": "y", "n": "not a number"}) == []


# --- editgrid rows ------------------------------------------------------------------------------

GRID = form_of(
    {"type": "textfield", "key": "village"},
    {"type": "editgrid", "key": "members", "label": "Members",
     "validate": {"required": True, "minLength": 1, "maxLength": 3},
     "components": [
         {"type": "textfield", "key": "givenName", "label": "Given name",
          "validate": {"required": True}},
         {"type": "number", "key": "age", "label": "Age", "validate": {"min": 0}},
         {"type": "radio", "key": "school", "label": "In school",
          "values": [{"label": "Yes", "value": "yes"}, {"label": "No", "value": "no"}]},
         {"type": "textfield", "key": "schoolName", "label": "School name",
          "validate": {"required": True},
          "conditional": {"show": True, "when": "school", "eq": "yes"}},
         {"type": "textfield", "key": "villageNote", "label": "Village note",
          "validate": {"maxLength": 2},
          "conditional": {"show": True, "when": "village", "eq": "north"}},
     ]},
)


def test_editgrid_row_errors_name_the_row_in_the_key_and_the_message() -> None:
    data = {"members": [
        {"givenName": "Ana", "age": 7, "school": "no"},
        {"age": -1},
        {"givenName": "Ben", "school": "yes"},
    ]}
    errors = validate_form_data(GRID, data)
    assert [(e.key, e.label, e.message) for e in errors] == [
        ("members[1].givenName", "Given name", "Members, row 2: Given name is required."),
        ("members[1].age", "Age", "Members, row 2: Age must be at least 0."),
        ("members[2].schoolName", "School name", "Members, row 3: School name is required."),
    ]


def test_editgrid_row_conditions_can_watch_fields_outside_the_grid() -> None:
    rows = [{"givenName": "Ana", "villageNote": "too long"}]
    assert validate_form_data(GRID, {"village": "south", "members": rows}) == []
    assert [e.key for e in validate_form_data(GRID, {"village": "north", "members": rows})] == [
        "members[0].villageNote"
    ]


def test_editgrid_needs_a_list_of_row_objects_within_its_row_limits() -> None:
    def grid_messages(value: Any) -> list[str]:
        return [e.message for e in validate_form_data(GRID, {"members": value})]

    assert grid_messages([]) == ["Members is required."]
    assert grid_messages({"givenName": "Ana"}) == ["Members must be a list of rows."]
    assert grid_messages([{"givenName": "A"}] * 4) == ["Members must have at most 3 rows."]
    assert grid_messages(["Ana"]) == ["Members, row 1: this row is not a set of fields."]


def test_visible_data_drops_hidden_row_fields_and_keeps_everything_else() -> None:
    row = {"givenName": "Ana", "school": "no", "schoolName": "X", "note": 1}
    data = {"members": [row, "odd"]}
    assert visible_data(GRID, data) == {
        "members": [{"givenName": "Ana", "school": "no", "note": 1}, "odd"]
    }
    assert row["schoolName"] == "X"  # the input is not changed


def test_kept_data_drops_hidden_and_blank_values_in_editgrid_rows_too() -> None:
    rows = [
        {"givenName": "Ana", "age": None, "school": "no", "schoolName": "X", "villageNote": ""},
        {"givenName": "Ben", "age": 9, "school": "yes", "schoolName": "", "villageNote": "ok"},
        {"givenName": "", "age": None},
        "odd",
    ]
    data = {"village": "north", "members": rows, "extra": "kept", "blank": ""}
    assert kept_data(GRID, data) == {
        "village": "north",
        "extra": "kept",
        "members": [
            {"givenName": "Ana", "school": "no"},  # schoolName hidden, the rest blank
            {"givenName": "Ben", "age": 9, "school": "yes", "villageNote": "ok"},
            {},  # a row that keeps nothing is still a row
            "odd",
        ],
    }
    # villageNote watches a field outside the grid: hidden in every row once it changes.
    south = kept_data(GRID, {**data, "village": "south"})
    assert south["members"][1] == {"givenName": "Ben", "age": 9, "school": "yes"}
    assert kept_data(GRID, {"village": "", "members": []}) == {}
    assert kept_data(GRID.components, data) == kept_data(GRID, data)  # a form or its components
    assert rows[0]["schoolName"] == "X"  # the input is not changed


def test_the_gui_asks_row_visibility_through_the_grid() -> None:
    grid = GRID.components[1]
    row_visibility = Visibility.of_form(GRID, {}).for_row(grid, {"school": "yes"})
    school_name = grid.children[3]
    assert row_visibility.shows(school_name)
    assert not Visibility.of_form(GRID, {}).for_row(grid, {"school": "no"}).shows(school_name)
    assert row_visibility.hidden_keys() == {"villageNote"}


def test_a_field_conditional_on_its_own_value_is_always_shown() -> None:
    form = form_of({"type": "textfield", "key": "p2", "label": "P2",
                    "validate": {"required": True},
                    "conditional": {"show": True, "when": "p2", "eq": ""}})
    assert field(form, "p2").conditional is None
    assert validate_form_data(form, {"p2": "yes"}) == []
    assert validate_form_data(form, visible_data(form, {"p2": "yes"})) == []
