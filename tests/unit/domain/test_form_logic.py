"""Calculated fields, expression conditions, constraints and filtered choices in the shared
form rules, and admission computing calculated fields from the event's date."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from datacollect_desktop.domain.admission import Admitted, Refusal, admit
from datacollect_desktop.domain.errors import InvalidAppConfig
from datacollect_desktop.domain.forms import AppConfig, EntityForm, hidden_keys, kept_data
from datacollect_desktop.domain.forms import validate_form_data as validate
from datacollect_desktop.domain.forms.calculations import calculate, calculated_values
from datacollect_desktop.domain.forms.conditions import Visibility
from datacollect_desktop.domain.forms.logic import (
    FormContext,
    choices_for,
    expression_problems,
)

FIXTURE = Path(__file__).parents[2] / "fixtures" / "expressions-config.json"
TODAY = date(2024, 6, 1)


def config() -> AppConfig:
    return AppConfig.from_json(FIXTURE.read_text(encoding="utf-8"))


def person() -> EntityForm:
    form = config().form("person")
    assert form is not None
    return form


def form_of(*components: dict[str, Any], syntax: str | None = None) -> EntityForm:
    formio: dict[str, Any] = {"components": list(components)}
    if syntax:
        formio["expressionSyntax"] = syntax
    form = AppConfig.from_json({"entityForms": [{"name": "f", "formio": formio}]}).form("f")
    assert form is not None
    return form


def test_calculated_fields_are_computed_in_any_order_and_in_rows() -> None:
    data = {"givenName": "Ana", "dateOfBirth": "2010-05-01", "ageYears": 99,
            "siblings": [{"age": 3}, {"age": 5, "double": 1}]}
    out = calculate(person(), data, FormContext(TODAY))
    assert out["ageYears"] == 14  # the submitted 99 is replaced
    assert out["greeting"] == "Hello Ana"  # JSONLogic in a form whose syntax is XLSForm
    assert out["siblings"] == [{"age": 3, "double": 6}, {"age": 5, "double": 10}]
    assert out["memberCount"] == 2 and out["ageSum"] == 8
    assert calculated_values(person(), out)["siblings[1].double"] == 10
    form = form_of({"type": "number", "key": "b", "calculateValue": "${a} * 2"},
                   {"type": "number", "key": "a", "calculateValue": "${c} + 1"},
                   {"type": "number", "key": "c"}, syntax="xlsform")
    assert calculate(form, {"c": 1}) == {"c": 1, "a": 2, "b": 4}


def test_a_blank_or_impossible_result_keeps_nothing() -> None:
    form = form_of({"type": "number", "key": "c"},
                   {"type": "number", "key": "r", "calculateValue": {"/": [1, {"var": "c"}]}})
    assert calculate(form, {"c": 0, "r": 5}) == {"c": 0}  # Infinity is not JSON
    assert calculate(form, {"c": 4}) == {"c": 4, "r": 0.25}


def test_javascript_text_is_never_run_and_is_reported() -> None:
    form = form_of({"type": "number", "key": "a"},
                   {"type": "number", "key": "b", "calculateValue": "value = data.a * 2"})
    assert calculate(form, {"a": 2, "b": 7}) == {"a": 2, "b": 7}
    assert [p.where for p in expression_problems(form)] == ["calculateValue"]


def test_today_is_the_date_given_not_the_clock() -> None:
    form = form_of({"type": "textfield", "key": "d", "calculateValue": "today()"},
                   syntax="xlsform")
    assert calculate(form, {}, FormContext(date(2001, 2, 3))) == {"d": "2001-02-03"}


def test_jsonlogic_and_xlsform_conditions_hide_fields() -> None:
    form = form_of(
        {"type": "number", "key": "age"},
        {"type": "textfield", "key": "guardian",
         "conditional": {"json": {"<": [{"var": "data.age"}, 18]}}},
        {"type": "textfield", "key": "school", "expressionSyntax": "xlsform",
         "conditional": {"json": "${guardian} != ''"}},
    )
    assert hidden_keys(form, {"age": 30, "guardian": "x"}) == {"guardian", "school"}
    assert hidden_keys(form, {"age": 10, "guardian": "x"}) == frozenset()
    # A hidden field reads as empty, so a condition on it fails, as Form.io clears it.
    assert kept_data(form, {"age": 30, "guardian": "x", "school": "y"}) == {"age": 30}


def test_constraints_with_their_messages() -> None:
    errors = validate(person(), {"children": 21})
    assert [(e.key, e.message) for e in errors] == [("children", "At most 20 children.")]
    assert validate(person(), {"children": 20}) == []
    form = form_of({"type": "textfield", "key": "code", "validate": {
        "json": {"if": [{"regex": [{"var": "input"}, "^[A-Z]{3}$"]}, True,
                        "Use three capital letters."]}}})
    assert [e.message for e in validate(form, {"code": "ab"})] == ["Use three capital letters."]
    assert validate(form, {"code": "ABC"}) == []


def test_a_cascading_select_offers_and_accepts_only_matching_choices() -> None:
    form = person()
    district = next(c for c in form.fields() if c.key == "district")
    shown = choices_for(district, Visibility.of_form(form, {"region": "south"}).scope())
    assert [c.value for c in shown] == ["sa"]
    assert [c.label for c in shown] == ["South A"]  # from the config's choice list
    errors = validate(form, {"region": "north", "district": "sa"})
    assert [e.key for e in errors] == ["district"]
    assert validate(form, {"region": "north", "district": "nb"}) == []


def test_a_filter_per_choice() -> None:
    form = form_of(
        {"type": "radio", "key": "sex", "values": [{"label": "F", "value": "f"},
                                                     {"label": "M", "value": "m"}]},
        {"type": "radio", "key": "pregnant", "values": [
            {"label": "Yes", "value": "yes",
             "filter": {"==": [{"var": "data.sex"}, "f"]}},
            {"label": "No", "value": "no"}]},
    )
    assert [e.key for e in validate(form, {"sex": "m", "pregnant": "yes"})] == ["pregnant"]
    assert validate(form, {"sex": "f", "pregnant": "yes"}) == []


def test_an_unknown_choice_list_is_a_config_error() -> None:
    doc = {"entityForms": [{"name": "f", "formio": {"components": [
        {"type": "select", "key": "d", "choiceList": "nowhere"}]}}]}
    with pytest.raises(InvalidAppConfig, match="nowhere"):
        AppConfig.from_json(doc)


def test_expression_problems_name_the_field_and_the_place() -> None:
    form = form_of({"type": "number", "key": "a", "calculateValue": "${zz} + 1"},
                   {"type": "number", "key": "b", "calculateValue": "1 +"}, syntax="xlsform")
    problems = [(p.key, p.message) for p in expression_problems(form)]
    assert problems == [("a", "unknown field ${zz}"),
                        ("b", "unexpected the end of the expression at character 4")]


def _event(data: dict[str, Any], stamp: str = "2024-06-01T10:00:00.000Z") -> dict[str, Any]:
    return {"guid": "e1", "entityGuid": "p1", "type": "create-individual", "data": data,
            "timestamp": stamp, "userId": "u", "syncLevel": 1,
            "metadata": {"formName": "person"}}


def test_admission_refuses_a_calculated_value_its_form_does_not_compute() -> None:
    """Computed from the event's date; a differing value is refused with the computed one
    named, never rewritten (the author's log holds the event as it was made)."""
    data = {"entityName": "person", "givenName": "Ana", "dateOfBirth": "2010-05-01"}
    right = calculate(person(), data, FormContext(date(2024, 6, 1)))
    assert right["ageYears"] == 14 and right["greeting"] == "Hello Ana"
    verdict = admit(_event(right), config())
    assert isinstance(verdict, Admitted)
    assert b'"ageYears":14' in verdict.leaf
    again = admit(verdict.event, config())  # the server sees what the device stored
    assert isinstance(again, Admitted) and again.leaf == verdict.leaf
    wrong = admit(_event({**right, "ageYears": 40}), config())
    assert isinstance(wrong, Refusal) and wrong.code == "invalid_form_data"
    assert str(wrong.message) == ("ageYears is calculated by the form: the event holds "
                                      "40, the form computes 14")
    later = admit(_event(right, "2030-06-01T10:00:00.000Z"), config())  # 20 by then
    assert isinstance(later, Refusal) and "computes 20" in str(later.message)
    missing = admit(_event(data), config())
    assert isinstance(missing, Refusal) and "holds nothing" in str(missing.message)


def test_a_constraint_message_is_translated_like_a_custom_message() -> None:
    from datacollect_desktop.domain.forms import localize_form

    form = localize_form(person(), lambda text: {"At most 20 children.": "Au plus 20 enfants."
                                                 }.get(text, text))
    assert [e.message for e in validate(form, {"children": 21})] == ["Au plus 20 enfants."]
