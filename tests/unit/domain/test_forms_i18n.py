"""Translations carried by an app config (`i18n`): parsing, fallback, localized forms and
messages, and the bundled config's translations."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from datacollect_desktop.domain.errors import InvalidAppConfig
from datacollect_desktop.domain.forms import (
    AppConfig,
    input_fields,
    localize_config,
    localize_form,
    localized_errors,
    public_config_json,
    translate,
    validate_form_data,
)

EXAMPLE = (Path(__file__).parents[3] / "datacollect_desktop" / "resources" / "configs"
           / "household-registration.json")


def config_with(*components: Any, i18n: Any = None) -> dict[str, Any]:
    doc: dict[str, Any] = {"id": "app", "name": "App", "version": "1", "entityForms": [
        {"name": "f", "title": "Household", "formio": {"components": list(components)}}]}
    if i18n is not None:
        doc["i18n"] = i18n
    return doc


NAME = {"type": "textfield", "key": "name", "label": "First name", "input": True,
        "validate": {"required": True}}
SEX = {"type": "radio", "key": "sex", "label": "Sex", "input": True,
       "values": [{"label": "Female", "value": "female"}, {"label": "Male", "value": "male"}]}
FRENCH = {"fr": {"Household": "Ménage", "First name": "Prénom", "Sex": "Sexe",
                 "Female": "Féminin"},
          "fr-CA": {"First name": "Prénom usuel"},
          "ar": {"First name": "الاسم الأول"}}


def test_the_shape_of_formio_i18n_is_read_and_missing_texts_stay_english() -> None:
    config = AppConfig.from_json(config_with(NAME, i18n=FRENCH))
    french = config.translator("fr")
    assert french("Household") == "Ménage"
    assert french("Male") == "Male"  # no translation: the English text
    assert french("") == ""
    assert config.translator("ar")("First name") == "الاسم الأول"
    assert config.translator("es")("First name") == "First name"
    assert config.translator(None)("First name") == "First name"
    assert translate(config.i18n, "fr", "Sex") == "Sexe"


def test_a_regional_language_falls_back_to_its_language_text_by_text() -> None:
    config = AppConfig.from_json(config_with(NAME, i18n=FRENCH))
    assert config.translator("fr-CA")("First name") == "Prénom usuel"
    assert config.translator("fr_CA")("First name") == "Prénom usuel"
    assert config.translator("fr-CA")("Household") == "Ménage"  # from "fr"
    assert config.translator("fr-BE")("First name") == "Prénom"
    assert config.translator("FR")("Sex") == "Sexe"


def test_a_config_without_i18n_still_loads_and_shows_english() -> None:
    config = AppConfig.from_json(config_with(NAME))
    assert dict(config.i18n) == {}
    assert config.translator("fr").is_identity
    assert localize_config(config, config.translator("fr")) == config


@pytest.mark.parametrize(("i18n", "where"), [
    (["fr"], "'i18n' must be an object"),
    ({"fr": "Ménage"}, "i18n['fr'] must be an object"),
    ({"fr": {"Household": 3}}, "i18n['fr']['Household'] must be text"),
    ({"fr": {"Household": {"nested": "x"}}}, "i18n['fr']['Household'] must be text"),
    ({" ": {}}, "a language with no code"),
    ({"fr-CA": {}, "fr_ca": {}}, "the same language twice: 'fr-CA' and 'fr_ca'"),
])
def test_a_bad_i18n_refuses_the_config_naming_where(i18n: Any, where: str) -> None:
    with pytest.raises(InvalidAppConfig) as caught:
        AppConfig.from_json(config_with(NAME, i18n=i18n))
    assert where in str(caught.value)


def test_unknown_languages_and_formio_options_are_accepted() -> None:
    config = AppConfig.from_json(config_with(NAME, i18n={
        "tlh": {"First name": "pong"}, "options": {"fallbackLng": "en", "debug": True}}))
    assert config.translator("tlh")("First name") == "pong"
    assert config.translator("options")("First name") == "First name"


def test_a_localized_form_has_the_same_keys_values_and_rules_with_translated_texts() -> None:
    described = {**NAME, "description": "As on the ID card", "placeholder": "First name",
                 "tooltip": "Sex"}
    config = AppConfig.from_json(config_with(described, SEX, i18n={"fr": {
        **FRENCH["fr"], "As on the ID card": "Comme sur la carte d'identité"}}))
    form = config.form("f")
    assert form is not None
    shown = localize_form(form, config.translator("fr"))
    assert shown.title == "Ménage" and shown.name == form.name
    name, sex = input_fields(shown)
    assert (name.key, name.label, name.required) == ("name", "Prénom", True)
    assert name.raw["description"] == "Comme sur la carte d'identité"
    assert name.raw["placeholder"] == "Prénom"
    assert name.raw["tooltip"] == "Sexe"
    assert [(o.label, o.value) for o in sex.options] == [("Féminin", "female"), ("Male", "male")]
    assert sex.raw["values"][0] == {"label": "Féminin", "value": "female"}
    data = {"name": "Awa", "sex": "female"}
    assert validate_form_data(shown, data) == validate_form_data(form, data) == []
    # The English definition is left as it was.
    assert form.title == "Household" and input_fields(form)[0].label == "First name"


def test_messages_use_the_error_label_and_the_custom_message_translated() -> None:
    labelled = {**NAME, "errorLabel": "Given name"}
    custom = {"type": "number", "key": "age", "label": "Age", "input": True,
              "validate": {"min": 0, "customMessage": "{{ field }} cannot be negative"}}
    config = AppConfig.from_json(config_with(labelled, custom, i18n={"fr": {
        "Given name": "Prénom", "Age": "Âge",
        "{{ field }} cannot be negative": "{{ field }} ne peut pas être négatif"}}))
    form = config.form("f")
    assert form is not None
    english = validate_form_data(form, {"age": -1})
    assert [str(e.message) for e in english] == ["Given name is required.",
                                                 "Age cannot be negative"]
    french = localize_form(form, config.translator("fr"))
    assert [str(e.message) for e in validate_form_data(french, {"age": -1})] == [
        "Prénom is required.", "Âge ne peut pas être négatif"]  # templates: Qt's catalogue


def test_errors_found_with_the_english_form_are_told_with_the_localized_one() -> None:
    config = AppConfig.from_json(config_with(NAME, SEX, i18n=FRENCH))
    form = config.form("f")
    assert form is not None
    data = {"sex": "other"}
    errors = validate_form_data(form, data)
    shown = localized_errors(localize_form(form, config.translator("fr")), data, errors)
    assert [e.key for e in shown] == [e.key for e in errors] == ["name", "sex"]
    assert shown[0].message.params["label"] == "Prénom"
    assert shown[1].message.params == {"label": "Sexe", "choices": "Féminin, Male"}
    assert shown[0].message.template == errors[0].message.template


def test_the_server_serves_the_translations_whole() -> None:
    doc = config_with(NAME, i18n={"fr": {"Password": "Mot de passe", "API token": "Jeton"}})
    doc["apiKey"] = "s3cret"
    public = public_config_json(doc)
    assert "apiKey" not in public
    assert public["i18n"] == {"fr": {"Password": "Mot de passe", "API token": "Jeton"}}


def _shown_texts(doc: dict[str, Any]) -> set[str]:
    """Every title, label, description and choice label of the config."""
    found = {doc["name"], doc["description"]}
    stack: list[Any] = [doc["entityForms"]]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            for name in ("title", "label", "description", "tooltip", "placeholder",
                         "errorLabel", "customMessage"):
                if isinstance(item.get(name), str) and item[name].strip():
                    found.add(item[name])
            stack.extend(v for k, v in item.items() if k not in ("i18n",))
    return found


@pytest.mark.parametrize("code", ["fr", "es", "ar"])
def test_the_bundled_config_translates_every_text_it_shows(code: str) -> None:
    doc = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    config = AppConfig.from_json(doc)
    texts = _shown_texts(doc)
    assert len(texts) > 30
    missing = sorted(t for t in texts if t not in config.i18n[code])
    assert missing == []
    same = sorted(t for t in texts if config.translator(code)(t) == t)
    assert same in ([], ["Parent"]), same  # "Parent" is French too


@pytest.mark.parametrize(("extra", "message"), [
    ({"errorLabel": 3}, "component 'name': 'errorLabel' must be text."),
    ({"validate": {"customMessage": ["x"]}},
     "component 'name': 'validate.customMessage' must be text."),
])
def test_an_error_label_or_custom_message_that_is_not_text_refuses_the_config(
        extra: dict[str, Any], message: str) -> None:
    with pytest.raises(InvalidAppConfig) as caught:
        AppConfig.from_json(config_with({**NAME, **extra}))
    assert message in str(caught.value)
