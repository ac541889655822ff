"""Parsing DataCollect app configs: the bundled example, malformed configs, secrets, form lookup."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from datacollect_desktop.domain.errors import InvalidAppConfig, KnownError
from datacollect_desktop.domain.forms import (
    AppConfig,
    Component,
    EntityForm,
    Option,
    Validate,
    Visibility,
    form_for_event,
    hidden_keys,
    input_fields,
    public_config_json,
    value_owners,
    visible_data,
)

EXAMPLE = (Path(__file__).parents[3] / "datacollect_desktop" / "resources" / "configs"
           / "household-registration.json")


def example_doc() -> dict[str, Any]:
    return json.loads(EXAMPLE.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def config_with(*components: Any, **form: Any) -> dict[str, Any]:
    entity_form = {"name": "f", "title": "F", "formio": {"components": list(components)}}
    entity_form.update(form)
    return {"id": "app", "name": "App", "version": "1", "entityForms": [entity_form]}


def parse_form_doc(doc: dict[str, Any]) -> EntityForm:
    entity_form = AppConfig.from_json(doc).form("f")
    assert entity_form is not None
    return entity_form


def parse_form(*components: dict[str, Any]) -> EntityForm:
    return parse_form_doc(config_with(*components))


# --- the bundled household example -------------------------------------------------------------


def test_household_example_parses_its_header_and_both_forms() -> None:
    config = AppConfig.from_json(example_doc())

    assert (config.id, config.name, config.version) == (
        "household-registration", "Household registration", "1.0.0",
    )
    assert config.description.startswith("Register households")
    assert [f.name for f in config.entity_forms] == ["household", "individual"]
    household, individual = config.entity_forms
    assert household.title == "Household" and household.depends_on is None
    assert individual.title == "Household member" and individual.depends_on == "household"


def test_household_example_fields_come_in_form_order_with_the_panel_flattened() -> None:
    household = AppConfig.from_json(example_doc()).form("household")
    assert household is not None

    assert [f.key for f in input_fields(household)] == [
        "name", "address", "dwelling", "dwellingOther", "monthlyIncome", "phone", "email",
    ]
    assert household.fields() == input_fields(household.components)
    assert input_fields(household.components[-1].children) == household.fields()[-2:]
    panel = household.components[-1]
    assert panel.type == "panel" and panel.is_layout and not panel.input
    assert panel.label == "Contact"
    assert [c.key for c in panel.children] == ["phone", "email"]


def test_household_example_components_carry_their_rules_options_and_conditionals() -> None:
    config = AppConfig.from_json(example_doc())
    household, individual = config.entity_forms
    by_key = {c.key: c for c in input_fields(household.components)}

    name = by_key["name"]
    assert name.required and name.validate == Validate(max_length=120)
    assert name.label == "Household name" and name.input and name.supported
    assert by_key["dwelling"].options[0] == Option("House", "house")
    assert len(by_key["dwelling"].options) == 4
    other = by_key["dwellingOther"].conditional
    assert other is not None and (other.show, other.when, other.eq) == (True, "dwelling", "other")
    assert by_key["monthlyIncome"].validate.min == 0
    assert by_key["monthlyIncome"].validate.max == 1000000
    assert by_key["phone"].validate.pattern == "^[+0-9 ]{6,20}$"
    member = {c.key: c for c in input_fields(individual.components)}
    assert member["dateOfBirth"].enable_time is False
    assert [o.value for o in member["sex"].options] == ["female", "male", "other"]
    assert len(member["needs"].options) == 4
    assert member["disability"].type == "checkbox"
    assert member["givenName"].raw["key"] == "givenName"


def test_form_lookup_by_name_returns_none_for_an_unknown_form() -> None:
    config = AppConfig.from_json(example_doc())
    assert config.form("household") is config.entity_forms[0]
    assert config.form("nope") is None


def test_config_can_be_parsed_from_json_text() -> None:
    config = AppConfig.from_json(EXAMPLE.read_text(encoding="utf-8"))
    assert config.form("individual") is not None


def test_unknown_extra_keys_are_ignored() -> None:
    doc = config_with({"type": "textfield", "key": "a", "input": True, "tableView": True})
    doc["selfService"] = {"enabled": True}
    doc["entityForms"][0]["formio"]["display"] = "form"
    assert parse_form_doc(doc).fields()[0].key == "a"


def test_empty_depends_on_means_no_parent_and_numeric_version_becomes_text() -> None:
    doc = config_with(dependsOn="")
    doc["version"] = 2
    config = AppConfig.from_json(doc)
    assert config.version == "2"
    assert config.entity_forms[0].depends_on is None


# --- malformed configs --------------------------------------------------------------------------


def malformed(doc: Any, *words: str) -> None:
    with pytest.raises(InvalidAppConfig) as caught:
        AppConfig.from_json(doc)
    assert isinstance(caught.value, KnownError)
    assert caught.value.code == "invalid_app_config"
    for word in words:
        assert word in str(caught.value)


@pytest.mark.parametrize("doc", [[], "not json {", 3, None])
def test_config_that_is_not_an_object_is_rejected(doc: Any) -> None:
    malformed(doc)


def test_config_without_entity_forms_is_rejected() -> None:
    malformed({"id": "x"}, "entityForms")


def test_entity_forms_that_is_not_a_list_is_rejected() -> None:
    malformed({"entityForms": {"household": {}}}, "entityForms", "list")


def test_form_without_a_name_is_rejected_naming_its_position() -> None:
    malformed({"entityForms": [{"title": "T", "formio": {"components": []}}]}, "entityForms[0]")


def test_form_that_is_not_an_object_is_rejected() -> None:
    malformed({"entityForms": ["household"]}, "entityForms[0]")


def test_duplicate_form_names_are_rejected() -> None:
    doc = config_with()
    doc["entityForms"].append(copy.deepcopy(doc["entityForms"][0]))
    malformed(doc, "'f'", "more than one form")


def test_depends_on_a_missing_form_is_rejected() -> None:
    malformed(config_with(dependsOn="ghost"), "'f'", "'ghost'")


def test_a_cycle_of_depends_on_is_rejected_showing_the_circle() -> None:
    doc = {
        "entityForms": [
            {"name": "a", "dependsOn": "c", "formio": {}},
            {"name": "b", "dependsOn": "a", "formio": {}},
            {"name": "c", "dependsOn": "b", "formio": {}},
        ]
    }
    malformed(doc, "circle", "a -> c -> b -> a")


def test_a_form_depending_on_itself_is_rejected() -> None:
    malformed(config_with(dependsOn="f"), "circle")


def test_depends_on_that_is_not_text_is_rejected() -> None:
    malformed(config_with(dependsOn=["household"]), "dependsOn")


def test_form_without_a_formio_object_is_rejected() -> None:
    malformed({"entityForms": [{"name": "f"}]}, "'f'", "formio")


def test_components_that_are_not_a_list_are_rejected() -> None:
    malformed({"entityForms": [{"name": "f", "formio": {"components": {}}}]}, "'f'", "list")


def test_nested_components_that_are_not_a_list_are_rejected() -> None:
    malformed(config_with({"type": "panel", "key": "p", "components": "x"}), "'p'", "list")


def test_a_component_that_is_not_an_object_is_rejected() -> None:
    malformed(config_with("textfield"), "component #1")


def test_components_sharing_a_key_load_as_form_io_allows_it() -> None:
    # Issue 14: upstream's sample_config.json has a textfield and a hidden field "name".
    form = parse_form(
        {"type": "textfield", "key": "name", "validate": {"required": True}},
        {"type": "panel", "key": "p", "components": [{"type": "hidden", "key": "name"}]},
    )
    assert [f.key for f in form.fields()] == ["name", "name"]


def test_the_last_visible_component_of_a_shared_key_owns_its_value() -> None:
    form = parse_form(
        {"type": "textfield", "key": "kind"},
        {"type": "textfield", "key": "note", "conditional": {"show": True, "when": "kind",
                                                             "eq": "other"}},
        {"type": "textarea", "key": "note"},
        {"type": "hidden", "key": "kind"},
    )
    first, note_a, note_b, _hidden = form.fields()
    visibility = Visibility.of_form(form, {"kind": "house"})
    owners = value_owners(form.components, visibility)
    assert owners["note"] is note_b and owners["kind"] is first  # a hidden one never wins
    assert note_a.conditional is not None  # hidden for "house": the textarea owns the value
    shown = value_owners(form.components, Visibility.of_form(form, {"kind": "other"}))
    assert shown["note"] is note_b  # both shown: the last one
    # A value some component of the key still shows is not cleared with the hidden one.
    assert visible_data(form, {"kind": "house", "note": "x"}) == {"kind": "house", "note": "x"}
    assert "note" not in hidden_keys(form, {"kind": "house"})


def test_a_row_field_may_share_its_key_with_a_field_outside_the_grid() -> None:
    form = parse_form(
        {"type": "textfield", "key": "name"},
        {"type": "editgrid", "key": "members",
         "components": [{"type": "textfield", "key": "name"}]},
    )
    assert [f.key for f in form.fields()] == ["name", "members"]


def test_keys_shared_inside_one_grid_row_load_too() -> None:
    form = parse_form({"type": "editgrid", "key": "m", "components": [
        {"type": "textfield", "key": "x"}, {"type": "hidden", "key": "x"}]})
    assert [c.key for c in form.fields()[0].children] == ["x", "x"]


def test_a_bad_regular_expression_is_a_config_error_not_a_crash_later() -> None:
    doc = config_with({"type": "textfield", "key": "code", "validate": {"pattern": "([a-z"}})
    malformed(doc, "'code'", "pattern")


@pytest.mark.parametrize(
    ("rules", "word"),
    [
        ({"min": "lots"}, "validate.min"),
        ({"max": True}, "validate.max"),
        ({"minLength": -1}, "validate.minLength"),
        ({"maxLength": 2.5}, "validate.maxLength"),
        ({"pattern": 12}, "validate.pattern"),
    ],
)
def test_unusable_validate_settings_are_config_errors(rules: dict[str, Any], word: str) -> None:
    malformed(config_with({"type": "textfield", "key": "a", "validate": rules}), word)


def test_builder_style_empty_and_quoted_limits_are_read_as_unset_or_numbers() -> None:
    form = parse_form(
        {"type": "number", "key": "n", "validate": {"min": "", "max": "10", "minLength": ""}}
    )
    assert form.fields()[0].validate == Validate(max=10)


def test_components_nested_absurdly_deep_are_rejected_instead_of_overflowing() -> None:
    component: dict[str, Any] = {"type": "textfield", "key": "leaf"}
    for level in range(200):
        component = {"type": "panel", "key": f"p{level}", "components": [component]}
    malformed(config_with(component), "nested more than")


def test_a_value_field_without_a_key_is_rejected() -> None:
    malformed(config_with({"type": "textfield", "label": "Name"}), "needs a 'key'")


def test_choices_that_are_not_a_list_or_lack_values_are_rejected() -> None:
    malformed(config_with({"type": "radio", "key": "r", "values": "a,b"}), "'r'", "values")
    malformed(config_with({"type": "radio", "key": "r", "values": [{"label": "A"}]}), "choice 1")


# --- component shapes ---------------------------------------------------------------------------


def test_columns_keep_one_child_per_column_and_flatten_for_validation() -> None:
    form = parse_form({
        "type": "columns", "key": "cols", "columns": [
            {"width": 6, "components": [{"type": "textfield", "key": "a"}]},
            {"width": 6, "components": [{"type": "number", "key": "b"}]},
        ],
    })
    columns = form.components[0]
    assert [c.type for c in columns.children] == ["column", "column"]
    assert columns.children[1].children[0].key == "b"
    assert [f.key for f in form.fields()] == ["a", "b"]


def test_editgrid_is_one_field_whose_children_describe_its_rows() -> None:
    form = parse_form({
        "type": "panel", "key": "p", "components": [
            {"type": "editgrid", "key": "members", "label": "Members",
             "components": [{"type": "textfield", "key": "givenName"}]},
        ],
    })
    (grid,) = form.fields()
    assert grid.key == "members" and grid.input
    assert [c.key for c in grid.children] == ["givenName"]


@pytest.mark.parametrize(
    "kind", ["survey", "button", "datagrid", "column", "wibble", ""]
)
def test_unsupported_components_parse_without_error_and_are_not_fields(kind: str) -> None:
    form = parse_form(
        {"type": kind, "key": "thing", "label": "Thing", "input": True, "components": 5},
        {"type": "textfield", "key": "ok"},
    )
    thing = form.components[0]
    assert not thing.supported and thing.children == ()
    assert thing.raw["type"] == kind
    assert [f.key for f in form.fields()] == ["ok"]


def test_display_components_are_supported_but_hold_no_value() -> None:
    form = parse_form({"type": "content", "key": "intro", "html": "<p>Hello</p>"})
    intro = form.components[0]
    assert intro.supported and not intro.input and not intro.holds_value
    assert form.fields() == []


def test_select_reads_data_values_multiple_and_defaults() -> None:
    form = parse_form({
        "type": "select", "key": "s", "multiple": True, "defaultValue": ["a"],
        "data": {"values": [{"label": "A", "value": "a"}, {"label": "", "value": 2}]},
    })
    (select,) = form.fields()
    assert select.multiple and select.default_value == ["a"]
    assert select.options == (Option("A", "a"), Option("2", "2"))


def test_radio_skips_the_empty_placeholder_choice_of_the_form_builder() -> None:
    form = parse_form({"type": "radio", "key": "r", "values": [{"label": "", "value": ""}]})
    assert form.fields()[0].options == ()


def test_advanced_conditionals_are_not_parsed_as_simple_ones() -> None:
    form = parse_form(
        {"type": "textfield", "key": "a", "conditional": {"json": {"==": [1, 1]}}},
        {"type": "textfield", "key": "b", "customConditional": "show = false;"},
        {"type": "textfield", "key": "c", "conditional": {"show": None, "when": None, "eq": ""}},
    )
    assert [f.conditional for f in form.fields()] == [None, None, None]


def test_components_are_hashable_and_compare_by_value() -> None:
    raw = {"type": "textfield", "key": "a", "defaultValue": ["x"]}
    first, second = parse_form(raw).components[0], parse_form(copy.deepcopy(raw)).components[0]
    assert first == second and hash(first) == hash(second)
    assert isinstance(first, Component)


# --- secrets and form lookup --------------------------------------------------------------------


def test_public_config_drops_server_sections_and_secret_keys_at_any_depth() -> None:
    doc = example_doc()
    doc["externalSync"] = {"type": "openspp", "url": "https://x", "password": "p"}
    doc["authConfigs"] = [{"type": "oidc", "fields": {"clientSecret": "s"}}]
    doc["apiKey"] = "k"
    doc["selfService"] = {"enabled": True, "otp": {"client_secret": "s", "length": 6}}
    doc["entityForms"][0]["sync_token"] = "t"
    original = copy.deepcopy(doc)

    public = public_config_json(doc)

    assert doc == original  # the input is not touched
    assert "externalSync" not in public and "authConfigs" not in public
    assert "apiKey" not in public and "sync_token" not in public["entityForms"][0]
    assert public["selfService"] == {"enabled": True, "otp": {"length": 6}}
    assert public["entityForms"][1] == original["entityForms"][1]
    assert AppConfig.from_json(public).form("household") is not None
    public["entityForms"][1]["title"] = "changed"
    assert doc["entityForms"][1]["title"] == "Household member"


def test_public_config_of_something_that_is_not_an_object_is_a_config_error() -> None:
    with pytest.raises(InvalidAppConfig):
        public_config_json(["x"])


def test_form_for_event_prefers_metadata_form_name_then_entity_name() -> None:
    config = AppConfig.from_json(example_doc())
    data = {"entityName": "household"}

    chosen = form_for_event(config, "create-group", data, {"formName": "individual"})
    assert chosen is not None and chosen.name == "individual"
    chosen = form_for_event(config, "create-group", data, None)
    assert chosen is not None and chosen.name == "household"
    assert form_for_event(config, "create-group", data, {"device": "x"}) is not None
    assert form_for_event(config, "update-group", {}, None) is None
    assert form_for_event(config, "create-group", data, {"formName": "ghost"}) is None
    assert form_for_event(config, "create-group", {"entityName": 7}, {}) is None
