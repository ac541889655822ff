"""Validating form data: each rule passing and failing, in words a field worker understands."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from datacollect_desktop.domain.forms import AppConfig, EntityForm, FieldError, validate_form_data

EXAMPLE = (Path(__file__).parents[3] / "datacollect_desktop" / "resources" / "configs"
           / "household-registration.json")
CONFIG = AppConfig.from_json(json.loads(EXAMPLE.read_text(encoding="utf-8")))


def named(name: str) -> EntityForm:
    entity_form = CONFIG.form(name)
    assert entity_form is not None
    return entity_form


HOUSEHOLD, INDIVIDUAL = named("household"), named("individual")

GOOD_HOUSEHOLD: dict[str, Any] = {
    "name": "Santos family",
    "address": "12 Market Street",
    "dwelling": "house",
    "monthlyIncome": 250,
    "phone": "+63 912 345 6789",
    "email": "maria.santos@example.org",
    "entityName": "household",
    "_displayName": "Santos family",
}
GOOD_MEMBER: dict[str, Any] = {
    "givenName": "Maria",
    "familyName": "Santos",
    "dateOfBirth": "1984-02-29",
    "sex": "female",
    "relationship": "head",
    "disability": False,
    "needs": {"food": True, "shelter": False, "health": False, "education": False},
    "parentGuid": "6f1c",
}


def form_of(*components: dict[str, Any]) -> EntityForm:
    doc = {"entityForms": [{"name": "f", "formio": {"components": list(components)}}]}
    entity_form = AppConfig.from_json(doc).form("f")
    assert entity_form is not None
    return entity_form


def messages(form: EntityForm, data: Any, *, partial: bool = False) -> list[str]:
    return [error.message for error in validate_form_data(form, data, partial=partial)]


def only(form: EntityForm, value: Any, key: str = "a") -> list[str]:
    return messages(form, {key: value})


def test_complete_household_and_member_pass_with_extra_app_keys() -> None:
    assert validate_form_data(HOUSEHOLD, GOOD_HOUSEHOLD) == []
    assert validate_form_data(INDIVIDUAL, GOOD_MEMBER) == []


def test_required_given_name_missing_is_reported_in_plain_words() -> None:
    data = {k: v for k, v in GOOD_MEMBER.items() if k != "givenName"}
    assert validate_form_data(INDIVIDUAL, data) == [
        FieldError("givenName", "Given name", "Given name is required.")
    ]


@pytest.mark.parametrize("blank", [None, "", []])
def test_required_text_fails_when_blank(blank: Any) -> None:
    assert validate_form_data(INDIVIDUAL, {**GOOD_MEMBER, "familyName": blank})[0].message == (
        "Family name is required."
    )


def test_errors_come_in_form_order_one_per_field() -> None:
    data = {"monthlyIncome": -5, "dwelling": "castle", "email": "nope", "phone": "x"}
    assert messages(HOUSEHOLD, data) == [
        "Household name is required.",
        "Type of dwelling must be one of: House, Apartment, Shelter or tent, Other.",
        "Monthly income must be at least 0.",
        "Phone does not match the expected format.",
        "E-mail is not a valid e-mail address.",
    ]
    assert [e.key for e in validate_form_data(HOUSEHOLD, data)] == [
        "name", "dwelling", "monthlyIncome", "phone", "email",
    ]


def test_optional_fields_may_be_left_empty_without_any_rule_firing() -> None:
    data = {"name": "A", "phone": "", "email": None, "monthlyIncome": None, "dwelling": ""}
    assert validate_form_data(HOUSEHOLD, data) == []


# --- numbers ------------------------------------------------------------------------------------

NUMBER = form_of(
    {"type": "number", "key": "a", "label": "Age", "validate": {"min": 0, "max": 120.5}}
)


@pytest.mark.parametrize("value", [0, 120, 120.5, 37.25])
def test_number_within_limits_passes(value: float) -> None:
    assert only(NUMBER, value) == []


def test_number_below_min_or_above_max_says_the_limit() -> None:
    assert only(NUMBER, -1) == ["Age must be at least 0."]
    assert only(NUMBER, 121) == ["Age must be at most 120.5."]


@pytest.mark.parametrize("value", ["12", True, False, {"n": 1}, [1], float("nan"), float("inf")])
def test_number_field_rejects_anything_but_a_json_number(value: Any) -> None:
    assert only(NUMBER, value) == ["Age must be a number."]


def test_required_number_accepts_zero() -> None:
    form = form_of(
        {"type": "number", "key": "a", "label": "Children", "validate": {"required": True}}
    )
    assert only(form, 0) == []
    assert messages(form, {}) == ["Children is required."]


# --- text ---------------------------------------------------------------------------------------

TEXT = form_of({
    "type": "textfield", "key": "a", "label": "Code",
    "validate": {"minLength": 2, "maxLength": 4, "pattern": "[A-Z]+|[0-9]+"},
})


def test_text_length_counts_characters_not_bytes() -> None:
    form = form_of({"type": "textarea", "key": "a", "label": "Note", "validate": {"maxLength": 3}})
    assert only(form, "ééé") == []
    assert only(form, "éééé") == ["Note must be at most 3 characters long."]


def test_text_shorter_than_min_length_or_longer_than_max_length_fails() -> None:
    assert only(TEXT, "A") == ["Code must be at least 2 characters long."]
    assert only(TEXT, "ABCDE") == ["Code must be at most 4 characters long."]
    optional = form_of(
        {"type": "textfield", "key": "a", "label": "X", "validate": {"minLength": 1}}
    )
    assert only(optional, "") == []


def test_pattern_must_match_the_whole_value() -> None:
    assert only(TEXT, "AB") == []
    assert only(TEXT, "12") == []
    assert only(TEXT, "AB1") == ["Code does not match the expected format."]
    assert only(TEXT, "1A") == ["Code does not match the expected format."]


def test_pattern_does_not_accept_a_trailing_newline() -> None:
    form = form_of(
        {"type": "textfield", "key": "a", "label": "Pin", "validate": {"pattern": "\\d{4}"}}
    )
    assert only(form, "1234") == []
    assert only(form, "1234\n") == ["Pin does not match the expected format."]


@pytest.mark.parametrize("kind", ["textfield", "textarea", "phoneNumber", "email"])
def test_text_fields_reject_values_that_are_not_text(kind: str) -> None:
    form = form_of({"type": kind, "key": "a", "label": "Field"})
    assert only(form, 12) == ["Field must be text."]


@pytest.mark.parametrize("address", ["a@b.co", "first.last+tag@mail.example.org", "x_y@d-1.io"])
def test_valid_email_addresses_pass(address: str) -> None:
    assert validate_form_data(HOUSEHOLD, {**GOOD_HOUSEHOLD, "email": address}) == []


@pytest.mark.parametrize(
    "address", ["a@b", "no-at.example.org", "a b@c.org", "a@@c.org", ".a@c.org"]
)
def test_invalid_email_addresses_fail(address: str) -> None:
    assert messages(HOUSEHOLD, {**GOOD_HOUSEHOLD, "email": address}) == [
        "E-mail is not a valid e-mail address."
    ]


# --- choices ------------------------------------------------------------------------------------


def test_select_and_radio_accept_only_listed_values() -> None:
    assert validate_form_data(INDIVIDUAL, {**GOOD_MEMBER, "sex": "male"}) == []
    assert messages(INDIVIDUAL, {**GOOD_MEMBER, "sex": "M", "relationship": "cousin"}) == [
        "Sex must be one of: Female, Male, Other / prefer not to say.",
        "Relationship to head must be one of: Head, Spouse, Child, Parent, Other.",
    ]
    assert messages(INDIVIDUAL, {**GOOD_MEMBER, "sex": ["female"]}) == [
        "Sex must be one of: Female, Male, Other / prefer not to say."
    ]


def test_choice_values_compare_as_form_io_strings() -> None:
    form = form_of({"type": "radio", "key": "a", "label": "Rooms",
                    "values": [{"label": "One", "value": "1"}, {"label": "Two", "value": 2}]})
    assert only(form, 1) == []
    assert only(form, "2") == []
    assert only(form, 3) == ["Rooms must be one of: One, Two."]


def test_select_without_a_list_of_choices_accepts_any_value() -> None:
    form = form_of({"type": "select", "key": "a", "dataSrc": "url", "data": {"url": "https://x"}})
    assert only(form, "anything") == []
    assert only(form, {"id": 3}) == []


def test_long_choice_lists_are_shortened_in_the_message() -> None:
    values = [{"label": f"Option {n}", "value": str(n)} for n in range(14)]
    form = form_of({"type": "select", "key": "a", "label": "Region", "data": {"values": values}})
    (message,) = only(form, "99")
    assert message.endswith("Option 9, and 4 more.")


def test_multiple_select_takes_a_list_of_listed_values() -> None:
    form = form_of({"type": "select", "key": "a", "label": "Crops", "multiple": True,
                    "validate": {"required": True},
                    "data": {"values": [{"label": "Rice", "value": "rice"},
                                        {"label": "Maize", "value": "maize"}]}})
    assert only(form, ["rice", "maize"]) == []
    assert only(form, "rice") == ["Crops must be a list of choices."]
    assert only(form, ["rice", "wheat"]) == ["Crops must be one of: Rice, Maize."]
    assert only(form, []) == ["Crops is required."]


def test_selectboxes_take_an_object_of_listed_choices_to_true_or_false() -> None:
    def needs(value: Any) -> list[str]:
        return messages(INDIVIDUAL, {**GOOD_MEMBER, "needs": value})

    assert needs({"food": True}) == []
    assert needs(["food"]) == ["Needs must be a set of ticked and unticked choices."]
    assert needs({"water": True}) == ["Needs has a choice that is not on the list: 'water'."]
    assert needs({"food": "yes"}) == [
        "Needs: each choice must be ticked (true) or not ticked (false)."
    ]


def test_required_selectboxes_fail_when_nothing_is_ticked() -> None:
    form = form_of({"type": "selectboxes", "key": "a", "label": "Needs",
                    "validate": {"required": True},
                    "values": [{"label": "Food", "value": "food"}]})
    assert only(form, {"food": True}) == []
    assert only(form, {"food": False}) == ["Needs is required."]
    assert only(form, {}) == ["Needs is required."]


def test_checkbox_takes_true_or_false_and_a_required_one_must_be_ticked() -> None:
    assert messages(INDIVIDUAL, {**GOOD_MEMBER, "disability": "no"}) == [
        "Has a disability must be ticked (true) or not ticked (false)."
    ]
    form = form_of({"type": "checkbox", "key": "a", "label": "I agree",
                    "validate": {"required": True}})
    assert only(form, True) == []
    assert only(form, False) == ["I agree must be ticked."]
    assert messages(form, {}) == ["I agree is required."]


# --- dates --------------------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["1990-12-31", "2000-02-29", "1990-12-31T00:00:00+02:00"])
def test_date_only_datetime_accepts_a_date_or_the_date_time_form_io_stores(value: str) -> None:
    assert validate_form_data(INDIVIDUAL, {**GOOD_MEMBER, "dateOfBirth": value}) == []


@pytest.mark.parametrize("value", ["31/12/1990", "1990-13-01", "1990-02-30", "yesterday", 19901231])
def test_date_only_datetime_rejects_other_shapes_asking_for_yyyy_mm_dd(value: Any) -> None:
    assert messages(INDIVIDUAL, {**GOOD_MEMBER, "dateOfBirth": value}) == [
        "Date of birth must be a date written as YYYY-MM-DD, such as 2024-03-31."
    ]


def test_datetime_with_time_accepts_iso_date_times() -> None:
    form = form_of({"type": "datetime", "key": "a", "label": "Visit"})
    for value in ["2024-03-31T14:30", "2024-03-31T14:30:59.123Z", "2024-03-31 08:00:00-0500",
                  "2024-03-31"]:
        assert only(form, value) == [], value
    assert only(form, "2024-03-31T25:00") == [
        "Visit must be a date and time, such as 2024-03-31T14:30:00Z."
    ]


def test_day_accepts_month_day_year_iso_and_blank_parts() -> None:
    form = form_of({"type": "day", "key": "a", "label": "Birthday"})
    for value in ["12/31/1990", "1990-12-31", "00/00/1990", "02/29/0000"]:
        assert only(form, value) == [], value
    for value in ["31/12/1990", "2/3/1990", "02/30/1990", "12311990"]:
        assert only(form, value) == ["Birthday must be a date written as MM/DD/YYYY."], value
    assert only(form, 12311990) == ["Birthday must be a date written as MM/DD/YYYY."]
    assert only(form, "\u0661\u0662/31/1990") == ["Birthday must be a date written as MM/DD/YYYY."]


def test_day_first_day_reads_day_before_month() -> None:
    form = form_of({"type": "day", "key": "a", "label": "Birthday", "dayFirst": True})
    assert only(form, "31/12/1990") == []
    assert only(form, "12/31/1990") == ["Birthday must be a date written as DD/MM/YYYY."]


# --- other rules --------------------------------------------------------------------------------


def test_hidden_component_holds_any_value() -> None:
    form = form_of({"type": "hidden", "key": "a"})
    assert only(form, {"any": ["thing"]}) == []


def test_unsupported_components_are_not_validated() -> None:
    form = form_of(
        {"type": "survey", "key": "photo", "validate": {"required": True}},
        {"type": "datagrid", "key": "sig", "input": True, "validate": {"required": True}},
        {"type": "button", "key": "submit", "input": True},
    )
    assert validate_form_data(form, {}) == []
    assert validate_form_data(form, {"photo": 12}) == []


def test_data_that_is_not_an_object_gives_one_error_instead_of_raising() -> None:
    (error,) = validate_form_data(HOUSEHOLD, ["name"])  # type: ignore[arg-type]
    assert error.key == "" and "must be a set of named fields" in error.message


# --- partial updates ----------------------------------------------------------------------------


def test_partial_update_checks_only_the_fields_it_carries() -> None:
    assert validate_form_data(INDIVIDUAL, {"sex": "male"}, partial=True) == []
    assert messages(INDIVIDUAL, {"sex": "M"}, partial=True) == [
        "Sex must be one of: Female, Male, Other / prefer not to say."
    ]


def test_partial_update_that_blanks_a_required_field_is_still_reported() -> None:
    assert messages(INDIVIDUAL, {"givenName": ""}, partial=True) == ["Given name is required."]


def test_partial_update_judges_a_conditional_field_by_the_data_it_carries() -> None:
    long_text = "x" * 10
    form = form_of(
        {"type": "select", "key": "kind", "data": {"values": [{"label": "Other", "value": "o"}]}},
        {"type": "textfield", "key": "other", "label": "Other kind", "validate": {"maxLength": 3},
         "conditional": {"show": True, "when": "kind", "eq": "o"}},
    )
    # Without `kind` the condition cannot be judged, so the value present is checked.
    assert messages(form, {"other": long_text}, partial=True) == [
        "Other kind must be at most 3 characters long."
    ]
    assert messages(form, {"kind": "", "other": long_text}, partial=True) == []
