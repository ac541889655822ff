"""XLSForm import: workbooks written as form authors write them, read with pyxform, turned
into app config forms whose rules run in the shared domain code."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from datacollect_desktop.app.form_check import check_form_data
from datacollect_desktop.app.xlsform import XLSFormError, imported_config, read_xlsform
from datacollect_desktop.domain.forms import AppConfig
from datacollect_desktop.domain.forms.xlsform import CARRIED, NOT_CARRIED, PARTLY, Imported
from tests.xlsforms import household_workbook, texts, write_workbook

TODAY = date(2024, 6, 1)


@pytest.fixture
def household(tmp_path: Path) -> Imported:
    return read_xlsform(household_workbook(tmp_path / "household.xlsx"))


def components(imported: Imported) -> dict[str, dict[str, Any]]:
    """Every component of the imported form by key, nested ones included."""
    found: dict[str, dict[str, Any]] = {}

    def walk(items: list[dict[str, Any]]) -> None:
        for item in items:
            found[item["key"]] = item
            walk(item.get("components", []))

    walk(imported.form["formio"]["components"])
    return found


def test_every_row_of_the_household_form_is_carried_as_its_component(
        household: Imported) -> None:
    assert [(r.row, r.name, r.outcome) for r in household.rows] == [
        (2, "hh_name", CARRIED), (3, "head_dob", CARRIED), (4, "head_age", CARRIED),
        (5, "region", CARRIED), (6, "district", CARRIED), (7, "hh_size", CARRIED),
        (8, "contact", CARRIED), (9, "phone", CARRIED), (10, "", CARRIED),
        (11, "members", CARRIED), (12, "member_name", CARRIED), (13, "member_age", CARRIED),
        (14, "pregnant", CARRIED), (15, "", CARRIED), (16, "member_count", CARRIED),
        (17, "crops", CARRIED), (18, "income", CARRIED), (19, "thanks", CARRIED)]
    assert household.problems == [] and household.notes == []
    found = components(household)
    assert {k: v["type"] for k, v in found.items()} == {
        "hh_name": "textfield", "head_dob": "datetime", "head_age": "hidden",
        "region": "select", "district": "select", "hh_size": "number", "contact": "panel",
        "phone": "textfield", "members": "editgrid", "member_name": "textfield",
        "member_age": "number", "pregnant": "select", "member_count": "hidden",
        "crops": "selectboxes", "income": "number", "thanks": "content"}
    assert found["hh_name"]["label"] == "Household name"
    assert found["hh_name"]["description"] == "Family name of the head"
    assert found["hh_name"]["validate"] == {"required": True}
    assert found["head_dob"]["enableTime"] is False
    assert found["head_age"]["calculateValue"] == "int((today() - ${head_dob}) div 365.25)"
    assert found["district"]["choiceFilter"] == "region = ${region}"
    assert found["district"]["data"]["values"][0] == {
        "label": "North A", "value": "na", "name": "na", "region": "north"}
    assert found["hh_size"]["validate"] == {"constraint": ". >= 1 and . <= 30",
                                            "constraintMessage": "Between 1 and 30 people"}
    assert found["contact"]["title"] == "Contact"
    assert found["contact"]["conditional"] == {"json": "${head_age} >= 18"}
    assert [c["key"] for c in found["members"]["components"]] == [
        "member_name", "member_age", "pregnant"]
    assert found["crops"]["values"] == [{"label": "Rice", "value": "rice"},
                                        {"label": "Maize", "value": "maize"}]
    assert found["income"]["defaultValue"] == 0
    assert found["thanks"]["html"] == "Thank you"
    assert household.form["formio"]["expressionSyntax"] == "xlsform"


def test_settings_and_three_languages_become_the_config_and_its_i18n(
        household: Imported) -> None:
    doc = imported_config(household)
    assert (doc["id"], doc["name"], doc["version"]) == (
        "household", "Household registration", "2024061001")
    assert household.form["name"] == "household"
    assert sorted(doc["i18n"]) == ["ar", "fr"]  # English is the config's own language
    assert doc["i18n"]["fr"]["Household size"] == "Taille du ménage"
    assert doc["i18n"]["fr"]["North B"] == "Nord B"
    assert doc["i18n"]["fr"]["Between 1 and 30 people"] == "Entre 1 et 30 personnes"
    assert doc["i18n"]["fr"]["Family name of the head"] == "Nom de famille du chef"
    assert "District" not in doc["i18n"]["fr"]  # the same word in French: nothing to say
    assert doc["i18n"]["ar"]["Members"] == "الأفراد"
    config = AppConfig.from_json(doc)
    assert config.translator("fr-CA")("Region") == "Région"


def test_the_imported_form_checks_data_as_form_check_does(household: Imported) -> None:
    config = AppConfig.from_json(imported_config(household))
    good = check_form_data(config, "household", {
        "hh_name": "Okello", "head_dob": "1980-01-15", "region": "north", "district": "nb",
        "hh_size": 4, "phone": "0772000000",
        "members": [{"member_name": "Ana", "member_age": 14, "pregnant": "no"}],
        "crops": {"rice": True, "maize": False}, "income": 120.5}, TODAY)
    assert good["errors"] == [] and good["warnings"] == []
    assert good["calculated"] == {"head_age": 44, "member_count": 1}
    bad = check_form_data(config, "household", {
        "head_dob": "2010-01-15", "region": "south", "district": "na", "hh_size": 40,
        "phone": "hidden when the head is a minor",
        "members": [{"member_age": 130}]}, TODAY)
    assert [(e["key"], e["message"]) for e in bad["errors"]] == [
        ("hh_name", "Household name is required."),
        ("district", bad["errors"][1]["message"]),
        ("hh_size", "Between 1 and 30 people"),
        ("members[0].member_name", "Members, row 1: Name is required."),
        ("members[0].member_age", "Members, row 1: Age must be under 120"),
    ]
    assert "district" in bad["errors"][1]["message"].lower()
    assert bad["calculated"] == {"head_age": 14, "member_count": 1}


def test_rows_it_cannot_carry_are_each_named_with_their_row_and_reason(tmp_path: Path) -> None:
    path = write_workbook(tmp_path / "mixed.xlsx", [
        {"type": "start", "name": "started"},                                        # 2
        {"type": "text", "name": "name", "label": "Name", "appearance": "multiline"},  # 3
        {"type": "image", "name": "photo", "label": "Photo"},                        # 4
        {},                                                                          # 5
        {"type": "integer", "name": "age", "label": "Age",
         "relevant": "pulldata('people', 'age', 'name', ${name}) > 0"},              # 6
        {"type": "select_one_from_file villages.csv", "name": "village",
         "label": "Village"},                                                        # 7
        {"type": "text", "name": "reason", "label": "Reason",
         "required": "${age} > 60"},                                                 # 8
        {"type": "begin_repeat", "name": "visits", "label": "Visits",
         "repeat_count": "3"},                                                       # 9
        {"type": "date", "name": "visit", "label": "Visit", "default": "today()"},   # 10
        {"type": "end_repeat"},                                                      # 11
        {"type": "select_multiple crops or_other", "name": "crops",
         "label": "Crops"},                                                          # 12
    ], [{"list_name": "crops", "name": "rice", "label": "Rice"}])
    imported = read_xlsform(path, "mixed")
    outcomes = {r.row: (r.name, r.outcome) for r in imported.rows}
    assert outcomes == {
        2: ("started", NOT_CARRIED), 3: ("name", PARTLY), 4: ("photo", NOT_CARRIED),
        6: ("age", PARTLY), 7: ("village", NOT_CARRIED), 8: ("reason", PARTLY),
        9: ("visits", PARTLY), 10: ("visit", PARTLY), 11: ("", CARRIED),
        12: ("crops", CARRIED)}
    reasons = {r.row: " ".join(r.reasons) for r in imported.problems}
    assert "'start' is not supported" in reasons[2]
    assert "appearance 'multiline'" in reasons[3]
    assert "'image' is not supported" in reasons[4]
    assert "pulldata" in reasons[6]
    assert "villages.csv" in reasons[7]
    assert "is an expression" in reasons[8]
    assert "repeat_count" in reasons[9]
    assert "today()" in reasons[10]
    report = imported.report()
    assert report["not_carried"] == 3 and report["partly_carried"] == 5
    assert [p["row"] for p in report["problems"]] == [2, 3, 4, 6, 7, 8, 9, 10]
    found = components(imported)
    assert "photo" not in found and "started" not in found
    # or_other: the "other" choice and the field that asks for it, shown when it is ticked.
    assert found["crops"]["values"][-1]["value"] == "other"
    assert found["crops_other"]["conditional"] == {"json": "selected(${crops}, 'other')"}
    config = AppConfig.from_json(imported_config(imported))
    form = config.form("mixed")
    assert form is not None
    result = check_form_data(config, "mixed", {"crops": {"rice": False, "other": True},
                                               "crops_other": "millet"}, TODAY)
    assert result["errors"] == []


def test_a_language_without_a_code_is_noted_and_translations_need_one(tmp_path: Path) -> None:
    path = write_workbook(tmp_path / "lang.xlsx", [
        {"type": "text", "name": "name", "label::English": "Name", "label::Français": "Nom",
         "label::Klingon": "pong"}])
    imported = read_xlsform(path, "lang")
    assert imported.i18n == {"fr": {"Name": "Nom"}}
    assert any("'Klingon'" in note for note in imported.notes)


def test_a_file_that_is_not_an_xlsform_is_refused_in_plain_words(tmp_path: Path) -> None:
    fake = tmp_path / "fake.xlsx"
    fake.write_bytes(b"not a workbook")
    with pytest.raises(XLSFormError, match="cannot be read"):
        read_xlsform(fake)
    with pytest.raises(XLSFormError, match="no such file"):
        read_xlsform(tmp_path / "missing.xlsx")
    broken = write_workbook(tmp_path / "broken.xlsx", [
        {"type": "begin_group", "name": "g", "label": "G"},
        {"type": "text", "name": "x", "label": "X"}])  # no end_group
    with pytest.raises(XLSFormError, match="cannot be read"):
        read_xlsform(broken)


def test_a_form_added_to_a_config_keeps_its_forms_and_translations(
        household: Imported) -> None:
    base = {"id": "app", "name": "App", "version": "3", "entityForms": [
        {"name": "other", "formio": {"components": []}}],
        "i18n": {"fr": {"Region": "Région administrative"}}}
    doc = imported_config(household, base)
    assert [f["name"] for f in doc["entityForms"]] == ["other", "household"]
    assert doc["i18n"]["fr"]["Region"] == "Région administrative"
    assert doc["i18n"]["fr"]["Household size"] == "Taille du ménage"
    assert any("Région administrative" in note for note in household.notes)
    with pytest.raises(Exception, match="already has a form 'household'"):
        imported_config(household, doc)
    assert texts("a", "b", "c")["label::French (fr)"] == "b"


def test_appearances_the_window_shows_anyway_are_carried_and_a_shared_name_is_told(
        tmp_path: Path) -> None:
    path = write_workbook(tmp_path / "pages.xlsx", [
        {"type": "begin_group", "name": "head", "label": "Head", "appearance": "field-list"},
        {"type": "text", "name": "name", "label": "Name"},                              # 3
        {"type": "select_one yes_no", "name": "married", "label": "Married",
         "appearance": "minimal"},                                                       # 4
        {"type": "end_group"},
        {"type": "begin_group", "name": "spouse", "label": "Spouse"},
        {"type": "text", "name": "name", "label": "Spouse's name"},                     # 7
        {"type": "select_one yes_no", "name": "works", "label": "Works",
         "appearance": "likert"},                                                        # 8
        {"type": "end_group"},
    ], [{"list_name": "yes_no", "name": "yes", "label": "Yes"},
        {"list_name": "yes_no", "name": "no", "label": "No"}])
    outcomes = {r.row: (r.name, r.outcome) for r in read_xlsform(path, "pages").rows}
    assert outcomes == {2: ("head", CARRIED), 3: ("name", CARRIED), 4: ("married", CARRIED),
                        5: ("", CARRIED), 6: ("spouse", CARRIED), 7: ("name", PARTLY),
                        8: ("works", PARTLY), 9: ("", CARRIED)}


def test_a_choice_filter_may_read_the_choices_name_and_required_message_is_carried(
        tmp_path: Path) -> None:
    path = write_workbook(tmp_path / "names.xlsx", [
        {"type": "text", "name": "given", "label": "Given name", "required": "yes",
         "required_message": "Please give the name"},
        {"type": "select_one status", "name": "status", "label": "Status",
         "choice_filter": "name != 'unknown'"},
    ], [{"list_name": "status", "name": "unknown", "label": "Unknown"},
        {"list_name": "status", "name": "known", "label": "Known"}])
    config = AppConfig.from_json(imported_config(read_xlsform(path, "names")))
    result = check_form_data(config, "names", {"status": "unknown"}, TODAY)
    assert [(e["key"], e["message"]) for e in result["errors"]] == [
        ("given", "Please give the name"), ("status", result["errors"][1]["message"])]
    assert check_form_data(config, "names", {"given": "Ana", "status": "known"},
                           TODAY)["errors"] == []
