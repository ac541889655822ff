"""DataCollect app configs: the entity forms an app offers and how they depend on each other."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from datacollect_desktop.domain.attachments import AttachmentLimits
from datacollect_desktop.domain.errors import InvalidAppConfig
from datacollect_desktop.domain.forms.components import (
    Component,
    input_fields,
    parse_components,
)
from datacollect_desktop.domain.forms.event_types import DeclaredEventType, parse_event_types
from datacollect_desktop.domain.forms.i18n import I18n, Translator, parse_i18n, translator
from datacollect_desktop.domain.forms.logic import SYNTAX_KEY, prepare_components


@dataclass(frozen=True)
class EntityForm:
    """One entry of `entityForms`: a named Form.io form, optionally a child of another form."""

    name: str
    title: str
    depends_on: str | None
    components: tuple[Component, ...]

    def fields(self) -> list[Component]:
        """The form's value-holding fields in order (see `input_fields`)."""
        return input_fields(self)


@dataclass(frozen=True)
class AppConfig:
    """A parsed DataCollect app config. Build it with `AppConfig.from_json`."""

    id: str
    name: str
    version: str
    description: str
    entity_forms: tuple[EntityForm, ...]
    #: The translations of the forms' texts (`i18n`, see `domain/forms/i18n.py`).
    i18n: I18n = field(default_factory=dict, hash=False, compare=False)
    #: Event types the config declares (`eventTypes`, see `domain/forms/event_types.py`).
    event_types: tuple[DeclaredEventType, ...] = field(default=(), compare=False)
    raw: Mapping[str, Any] = field(default_factory=dict, hash=False, repr=False, compare=False)

    def form(self, name: str) -> EntityForm | None:
        """The entity form called `name`, or None."""
        for entity_form in self.entity_forms:
            if entity_form.name == name:
                return entity_form
        return None

    @property
    def attachment_limits(self) -> AttachmentLimits:
        """The config's limits on files (its optional `"attachments"` object)."""
        return AttachmentLimits.from_config(self.raw)

    def event_type(self, name: str) -> DeclaredEventType | None:
        """The declared event type called `name`, or None."""
        for declared in self.event_types:
            if declared.type == name:
                return declared
        return None

    def translator(self, language: str | None) -> Translator:
        """The config's translations into `language` (English texts where it has none)."""
        return translator(self.i18n, language)

    @classmethod
    def from_json(cls, doc: Any) -> AppConfig:
        """Parse an app config (a decoded JSON object, or JSON text).

        Raises `InvalidAppConfig` naming the problem and where it is.
        """
        if isinstance(doc, str | bytes | bytearray):
            try:
                doc = json.loads(doc)
            except (ValueError, RecursionError) as exc:
                raise InvalidAppConfig("App config is not valid JSON ({reason}).", reason=exc
                                      ) from None
        if not isinstance(doc, dict):
            raise InvalidAppConfig("App config must be a JSON object.")
        raw_forms = doc.get("entityForms")
        if raw_forms is None:
            raise InvalidAppConfig("App config has no 'entityForms' list.")
        if not isinstance(raw_forms, list):
            raise InvalidAppConfig("App config: 'entityForms' must be a list.")
        lists = doc.get("choiceLists")
        forms = tuple(_parse_form(item, index, lists) for index, item in enumerate(raw_forms))
        _check_names(forms)
        i18n = parse_i18n(doc.get("i18n"))
        event_types = parse_event_types(doc.get("eventTypes"), [f.name for f in forms])
        return cls(
            id=_text(doc, "id", "App config"),
            name=_text(doc, "name", "App config"),
            version=_text(doc, "version", "App config"),
            description=_text(doc, "description", "App config"),
            entity_forms=forms,
            i18n=i18n,
            event_types=event_types,
            raw=doc,
        )


def form_name_of(data: Any, metadata: Any) -> str | None:
    """The form an event or a member names: `metadata.formName`, else `data.entityName`."""
    for source, key in ((metadata, "formName"), (data, "entityName")):
        name = source.get(key) if isinstance(source, Mapping) else None
        if isinstance(name, str) and name:
            return name
    return None


def form_for_event(
    config: AppConfig,
    event_type: str,
    data: Mapping[str, Any],
    metadata: Mapping[str, Any] | None,
) -> EntityForm | None:
    """The form an event names (`form_name_of`), if `config` has it; None otherwise.

    `event_type` does not decide the form (any event may name one); it is taken so that callers
    pass the whole event and the rule can grow without changing them. Admission
    (domain/admission.py) decides which data of which event type is checked against it.
    """
    del event_type
    name = form_name_of(data, metadata)
    return config.form(name) if name is not None else None


def _parse_form(raw: Any, index: int, choice_lists: Any = None) -> EntityForm:
    where = f"entityForms[{index}]"
    if not isinstance(raw, dict):
        raise InvalidAppConfig("{where} must be an object.", where=where)
    name = raw.get("name")
    if not isinstance(name, str) or not name.strip():
        raise InvalidAppConfig("{where} has no 'name'.", where=where)
    where = f"Form {name!r}"
    depends_on = raw.get("dependsOn")
    if depends_on is not None and not isinstance(depends_on, str):
        raise InvalidAppConfig("{where}: 'dependsOn' must be the name of another form.",
                               where=where)
    formio = raw.get("formio")
    if not isinstance(formio, dict):
        raise InvalidAppConfig("{where} has no 'formio' object.", where=where)
    # Keys may repeat, as in Form.io: components sharing a key share one value (the last
    # visible one wins, `forms.conditions.value_owners`).
    # The form's `expressionSyntax` and the config's `choiceLists` are written into the
    # components (forms/logic.py), so each component carries what its rules need.
    syntax = formio.get(SYNTAX_KEY, raw.get(SYNTAX_KEY))
    components = parse_components(
        prepare_components(formio.get("components"), syntax, choice_lists, where), where)
    title = raw.get("title")
    return EntityForm(
        name=name,
        title=title.strip() if isinstance(title, str) and title.strip() else name,
        # The DataCollect admin writes "" for a form that depends on nothing.
        depends_on=depends_on or None,
        components=components,
    )


def _check_names(forms: Sequence[EntityForm]) -> None:
    names: set[str] = set()
    for entity_form in forms:
        if entity_form.name in names:
            raise InvalidAppConfig("Form name {name!r} is used by more than one form.",
                                   name=entity_form.name)
        names.add(entity_form.name)
    parents = {f.name: f.depends_on for f in forms}
    for entity_form in forms:
        if entity_form.depends_on is not None and entity_form.depends_on not in names:
            raise InvalidAppConfig(
                "Form {name!r} depends on {parent!r}, which is not a form of this app.",
                name=entity_form.name, parent=entity_form.depends_on)
    for start in parents:
        chain = [start]
        parent = parents[start]
        while parent is not None:
            if parent in chain:
                cycle = " -> ".join([*chain[chain.index(parent):], parent])
                raise InvalidAppConfig("Forms depend on each other in a circle: {cycle}.",
                                       cycle=cycle)
            chain.append(parent)
            parent = parents[parent]


def _text(doc: Mapping[str, Any], name: str, where: str) -> str:
    value = doc.get(name)
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise InvalidAppConfig("{where}: {name!r} must be text.", where=where, name=name)
    # Some configs write the version as a number.
    return value if isinstance(value, str) else str(value)
