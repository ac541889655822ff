"""Forms as a person reads them in their language: the same keys, values and rules, with the
texts (titles, labels, choices, descriptions, messages) taken through a `Translator`."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from datacollect_desktop.domain.forms.components import Component, Option
from datacollect_desktop.domain.forms.config import AppConfig, EntityForm
from datacollect_desktop.domain.forms.validation import FieldError, validate_form_data

Translate = Callable[[str], str]

# The texts of a component definition that a person reads (Form.io translates the same).
_SHOWN = ("label", "title", "legend", "description", "tooltip", "placeholder", "prefix",
          "suffix", "errorLabel", "addAnother", "saveRow", "removeRow", "content", "html")


def localize_config(config: AppConfig, translate: Translate) -> AppConfig:
    """`config` with every form's texts translated; its ids, keys and values unchanged."""
    return replace(config, entity_forms=tuple(localize_form(f, translate)
                                              for f in config.entity_forms))


def localize_form(form: EntityForm, translate: Translate) -> EntityForm:
    """`form` with its title and every component's texts translated."""
    return replace(form, title=translate(form.title),
                   components=localize_components(form.components, translate))


def localize_components(components: Sequence[Component],
                        translate: Translate) -> tuple[Component, ...]:
    return tuple(localize_component(c, translate) for c in components)


def localize_component(component: Component, translate: Translate) -> Component:
    """One component with its label, error label, custom message, choice labels, shown texts
    and children translated; its key, type, rules, choice values and conditions as they are."""
    return replace(
        component,
        label=translate(component.label),
        error_label=translate(component.error_label),
        custom_message=translate(component.custom_message),
        options=tuple(Option(translate(o.label), o.value) for o in component.options),
        children=localize_components(component.children, translate),
        raw=_localized_raw(component.raw, translate),
    )


def localized_errors(form: EntityForm, data: Mapping[str, Any],
                     errors: Sequence[FieldError]) -> list[FieldError]:
    """`errors` (found with the English form) told with the texts of `form`, a localized copy
    of it: the same fields, each with its message in `form`'s words. An error the data no
    longer shows (or that has no field) is kept as it was."""
    if not errors:
        return []
    told = {e.key: e for e in validate_form_data(form, data)}
    return [told.get(e.key, e) for e in errors]


def _localized_raw(raw: Mapping[str, Any], translate: Translate) -> Mapping[str, Any]:
    copy: dict[str, Any] = dict(raw)
    for name in _SHOWN:
        value = raw.get(name)
        if isinstance(value, str):
            copy[name] = translate(value)
    validate = raw.get("validate")
    if isinstance(validate, dict):
        # XLSForm's constraint message is shown like Form.io's custom message.
        told = {name: translate(validate[name]) for name in ("customMessage", "constraintMessage")
                if isinstance(validate.get(name), str)}
        if told:
            copy["validate"] = {**validate, **told}
    for holder, values in (("", raw.get("values")),
                           ("data", _get(raw.get("data"), "values"))):
        if isinstance(values, list):
            translated = [
                {**v, "label": translate(v["label"])} if isinstance(v, dict) and isinstance(
                    v.get("label"), str) else v for v in values]
            if holder:
                copy[holder] = {**raw[holder], "values": translated}
            else:
                copy["values"] = translated
    return copy


def _get(value: Any, name: str) -> Any:
    return value.get(name) if isinstance(value, dict) else None
