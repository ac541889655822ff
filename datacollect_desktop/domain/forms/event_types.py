"""Event types an app config declares (`eventTypes`): parsed and checked, never run here.

A declaration names the type, the form whose data the event carries (the name of one of
`entityForms`, or an inline Form.io object), the forms of the records it applies to, and what
it does to such a record: `sets` a field from the event (`data.<path>`, or an envelope field:
`timestamp`, `userId`, `guid`, `entityGuid`, `type`), `clears` fields, `appends` a value of
the event to a list field. The applier that carries this out is `domain/declared_types.py`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from datacollect_desktop.domain.errors import InvalidAppConfig
from datacollect_desktop.domain.forms.components import Component, parse_components
from datacollect_desktop.domain.vocabulary import EventType

#: Envelope fields a declaration may copy (the event's own, not its data).
ENVELOPE_SOURCES = frozenset({"timestamp", "userId", "guid", "entityGuid", "type"})
#: Record fields the app keeps for itself: a declared type may not set, clear or append to them.
RESERVED_FIELDS = frozenset({"entityName", "parentGuid"})
KEYS = frozenset({"type", "form", "title", "appliesTo", "sets", "clears", "appends"})
_TYPE = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")
_FIELD = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,127}$")
_PATH_PART = re.compile(r"^[A-Za-z_][A-Za-z0-9_-]{0,127}$")


@dataclass(frozen=True)
class DeclaredEventType:
    """One entry of `eventTypes`. `form` is the name of an entity form, or None when the
    declaration brings its own (`components`, an inline Form.io form)."""

    type: str
    title: str
    form: str | None
    components: tuple[Component, ...] | None
    applies_to: tuple[str, ...]
    sets: tuple[tuple[str, str], ...]
    clears: tuple[str, ...]
    appends: tuple[tuple[str, str], ...]

    def applies_to_form(self, form_name: str | None) -> bool:
        """Whether records made with `form_name` take this type (every record when the
        declaration names no form)."""
        return not self.applies_to or form_name in self.applies_to


def source_path(source: str) -> tuple[str, ...]:
    """`"data.a.b"` as `("data", "a", "b")`; an envelope field as itself alone."""
    return tuple(source.split("."))


def parse_event_types(raw: Any, form_names: Sequence[str]) -> tuple[DeclaredEventType, ...]:
    """Parse `eventTypes` (absent: none). Raises `InvalidAppConfig` naming the entry and the
    key at fault."""
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise InvalidAppConfig("App config: 'eventTypes' must be a list.")
    declared = tuple(_parse_one(item, index, form_names) for index, item in enumerate(raw))
    seen: set[str] = set()
    for item in declared:
        if item.type in seen:
            raise InvalidAppConfig("eventTypes: type {type!r} is declared more than once.",
                                   type=item.type)
        seen.add(item.type)
    return declared


def _parse_one(raw: Any, index: int, form_names: Sequence[str]) -> DeclaredEventType:
    where = f"eventTypes[{index}]"
    if not isinstance(raw, dict):
        raise InvalidAppConfig("{where} must be an object.", where=where)
    kind = raw.get("type")
    if not isinstance(kind, str) or not _TYPE.match(kind):
        raise InvalidAppConfig("{where}: 'type' must be a short lower-case name such as "
                               "'assign-case-worker'.", where=where)
    where = f"eventTypes[{index}] ({kind})"
    unknown = sorted(set(raw) - KEYS)
    if unknown:
        raise InvalidAppConfig("{where}: unknown key {key!r}; the keys are {keys}.",
                               where=where, key=unknown[0], keys=", ".join(sorted(KEYS)))
    if kind in {str(t) for t in EventType}:
        raise InvalidAppConfig("{where}: {type!r} is a built-in event type; choose another "
                               "name.", where=where, type=kind)
    form, components = _form(raw.get("form"), where, form_names)
    title = raw.get("title", kind)
    if not isinstance(title, str) or not title.strip():
        raise InvalidAppConfig("{where}: 'title' must be text.", where=where)
    applies_to = _names(raw.get("appliesTo", []), f"{where}: 'appliesTo'")
    for name in applies_to:
        if name not in form_names:
            raise InvalidAppConfig("{where}: 'appliesTo' names {form!r}, which is not a form "
                                   "of this app.", where=where, form=name)
    sets = _sources(raw.get("sets", {}), f"{where}: 'sets'")
    appends = _sources(raw.get("appends", {}), f"{where}: 'appends'")
    clears = _names(raw.get("clears", []), f"{where}: 'clears'")
    used: dict[str, str] = {}
    for part, fields in (("sets", [f for f, _ in sets]), ("clears", clears),
                         ("appends", [f for f, _ in appends])):
        for name in fields:
            if not _FIELD.match(name):
                raise InvalidAppConfig("{where}: '{part}' names field {field!r}; a field is a "
                                       "letter or _ then letters, digits or _.", where=where,
                                       part=part, field=name)
            if name in RESERVED_FIELDS:
                raise InvalidAppConfig("{where}: '{part}' may not change {field!r}; the app "
                                       "keeps it.", where=where, part=part, field=name)
            if name in used:
                raise InvalidAppConfig("{where}: field {field!r} is in both '{first}' and "
                                       "'{part}'.", where=where, field=name, first=used[name],
                                       part=part)
            used[name] = part
    if not used:
        raise InvalidAppConfig("{where} changes nothing: give 'sets', 'clears' or 'appends'.",
                               where=where)
    return DeclaredEventType(kind, title.strip(), form, components, applies_to, sets,
                             clears, appends)


def _form(raw: Any, where: str, form_names: Sequence[str]
          ) -> tuple[str | None, tuple[Component, ...] | None]:
    if isinstance(raw, str):
        if raw not in form_names:
            raise InvalidAppConfig("{where}: 'form' names {form!r}, which is not a form of "
                                   "this app.", where=where, form=raw)
        return raw, None
    if isinstance(raw, Mapping):
        formio = raw.get("formio", raw)
        if not isinstance(formio, Mapping) or not isinstance(formio.get("components"), list):
            raise InvalidAppConfig("{where}: an inline 'form' needs a 'components' list.",
                                   where=where)
        return None, parse_components(formio["components"], f"{where}, form")
    raise InvalidAppConfig("{where} needs a 'form': the name of one of entityForms, or a "
                           "Form.io form object.", where=where)


def _names(raw: Any, where: str) -> tuple[str, ...]:
    if not isinstance(raw, list) or not all(isinstance(n, str) and n for n in raw):
        raise InvalidAppConfig("{where} must be a list of names.", where=where)
    return tuple(dict.fromkeys(raw))


def _sources(raw: Any, where: str) -> tuple[tuple[str, str], ...]:
    if not isinstance(raw, dict):
        raise InvalidAppConfig("{where} must be an object of field: source.", where=where)
    pairs: list[tuple[str, str]] = []
    for name, source in raw.items():
        if not isinstance(source, str) or not _valid_source(source):
            raise InvalidAppConfig(
                "{where}: the source of {field!r} is {source!r}; give 'data', 'data.<path>' "
                "or one of {envelope}.", where=where, field=name, source=source,
                envelope=", ".join(sorted(ENVELOPE_SOURCES)))
        pairs.append((name, source))
    return tuple(pairs)


def _valid_source(source: str) -> bool:
    if source in ENVELOPE_SOURCES or source == "data":
        return True
    head, *rest = source_path(source)
    return head == "data" and bool(rest) and all(_PATH_PART.match(p) for p in rest)
