"""An XLSForm, as ODK's pyxform reads it, turned into an app config form.

`convert(survey, rows, name)` takes the survey pyxform builds from a workbook (its JSON form:
`{"type": "survey", "children": [...], "title", "version", "default_language"}`) and the
survey sheet's rows as pyxform read them (one dict a row, row 2 first), and gives the
Form.io form, the config's `i18n` translations and a report: one outcome for every row of
the survey sheet, so a row that cannot be carried is always named with its number and why.

Expressions stay in XLSForm's syntax (the form says `"expressionSyntax": "xlsform"`), so the
shared evaluator (`forms/expressions.py`) runs `relevant`, `constraint`, `calculate` and
`choice_filter` as written. The reading of the workbook itself is in `app/xlsform.py`.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from datacollect_desktop.domain.forms.logic import SYNTAX_KEY, XLSFORM

CARRIED = "carried"
PARTLY = "partly carried"
NOT_CARRIED = "not carried"

#: pyxform's type names (after its aliases) and the component each becomes.
_FIELD_TYPES = {
    "text": "textfield",
    "integer": "number",
    "decimal": "number",
    "date": "datetime",
    "datetime": "datetime",
    "geopoint": "location",
    "select one": "select",
    "select all that apply": "selectboxes",
    "calculate": "hidden",
    "note": "content",
}
_CONTAINERS = {"group": "panel", "repeat": "editgrid"}
_BEGIN_END = re.compile(r"^\s*(begin|end)[ _](group|repeat)\b", re.IGNORECASE)
_LANGUAGE_CODE = re.compile(r"\(\s*([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*)\s*\)\s*$")
_LANGUAGE_NAMES = {
    "english": "en", "french": "fr", "francais": "fr", "français": "fr", "arabic": "ar",
    "spanish": "es", "español": "es", "portuguese": "pt", "swahili": "sw", "amharic": "am",
    "hausa": "ha", "somali": "so", "russian": "ru", "chinese": "zh", "hindi": "hi",
    "bengali": "bn", "urdu": "ur", "indonesian": "id", "turkish": "tr", "ukrainian": "uk",
}
#: pyxform's name for the language of label columns written without `::Language`.
DEFAULT_LANGUAGE = "default"
#: What pyxform writes into a survey that no row of the workbook asked for.
_GENERATED = frozenset({"meta"})
_TRUE = frozenset({"yes", "true", "true()", "1"})
_FALSE = frozenset({"", "no", "false", "false()", "0"})
# Keys of a survey element that are read below (or hold nothing to carry).
_READ_KEYS = frozenset({"type", "name", "label", "hint", "bind", "children", "choices",
                        "itemset", "list_name", "choice_filter", "parameters", "default",
                        "control"})
#: Appearances the window shows anyway: a group's fields on one page, a select as a list.
_SHOWN_ALREADY = frozenset({("group", "field-list"), ("select one", "minimal")})
_READ_BINDS = frozenset({"relevant", "constraint", "jr:constraintMsg", "required",
                         "jr:requiredMsg", "calculate"})


@dataclass(frozen=True)
class RowOutcome:
    """What became of one row of the survey sheet."""

    row: int
    name: str
    type: str
    outcome: str  # CARRIED, PARTLY or NOT_CARRIED
    reasons: tuple[str, ...] = ()

    def as_json(self) -> dict[str, Any]:
        return {"row": self.row, "name": self.name, "type": self.type,
                "outcome": self.outcome, "reasons": list(self.reasons)}


@dataclass
class Imported:
    """A converted XLSForm: the entity form, its translations and what became of each row."""

    form: dict[str, Any]
    i18n: dict[str, dict[str, str]]
    title: str
    version: str
    form_id: str
    rows: list[RowOutcome]
    #: Problems that belong to no one row (a language without a code, a clashing translation).
    notes: list[str] = field(default_factory=list)

    @property
    def problems(self) -> list[RowOutcome]:
        """The rows not carried, or carried only in part."""
        return [r for r in self.rows if r.outcome != CARRIED]

    def report(self) -> dict[str, Any]:
        """The report as JSON: counts, the rows not (fully) carried, and the notes."""
        counts = {kind: sum(1 for r in self.rows if r.outcome == kind)
                  for kind in (CARRIED, PARTLY, NOT_CARRIED)}
        return {"form": self.form["name"], "title": self.title, "version": self.version,
                "rows": len(self.rows), **{k.replace(" ", "_"): v for k, v in counts.items()},
                "problems": [r.as_json() for r in self.problems], "notes": list(self.notes)}


def convert(survey: Mapping[str, Any], rows: Sequence[Mapping[str, Any]], name: str
            ) -> Imported:
    """The entity form `name` for pyxform's `survey`; `rows` are the survey sheet's rows."""
    return _Converter(survey, rows).run(name)


def app_config(imported: Imported) -> dict[str, Any]:
    """A whole app config holding the imported form (as JSON)."""
    doc: dict[str, Any] = {
        "id": imported.form_id or imported.form["name"],
        "name": imported.title,
        "version": imported.version or "1",
        "description": f"Imported from the XLSForm {imported.title!r}.",
        "entityForms": [imported.form],
    }
    if imported.i18n:
        doc["i18n"] = imported.i18n
    return doc


def add_to_config(doc: Mapping[str, Any], imported: Imported) -> dict[str, Any]:
    """A copy of the app config `doc` with the imported form added and its translations
    merged in (a text the config already translates keeps the config's translation, noted
    in `imported.notes`). Raises ValueError when the config already has a form of that name."""
    forms = doc.get("entityForms")
    forms = list(forms) if isinstance(forms, list) else []
    name = imported.form["name"]
    if any(isinstance(f, dict) and f.get("name") == name for f in forms):
        raise ValueError(name)
    result = dict(doc)
    result["entityForms"] = [*forms, imported.form]
    if imported.i18n:
        old = doc.get("i18n")
        merged: dict[str, Any] = {k: dict(v) if isinstance(v, dict) else v
                                  for k, v in (old.items() if isinstance(old, dict) else ())}
        for code, texts in imported.i18n.items():
            table = merged.setdefault(code, {})
            for english, translation in texts.items():
                if english in table and table[english] != translation:
                    imported.notes.append(
                        f"{code}: {english!r} keeps the config's translation "
                        f"{table[english]!r}, not {translation!r}")
                    continue
                table[english] = translation
        result["i18n"] = merged
    return result


def language_code(language: str) -> str | None:
    """The code of a pyxform language name: `French (fr)` -> `fr`, `French` -> `fr`."""
    found = _LANGUAGE_CODE.search(language)
    if found:
        return found.group(1).replace("_", "-")
    return _LANGUAGE_NAMES.get(language.strip().lower())


# --------------------------------------------------------------------------- the converter


class _Converter:
    def __init__(self, survey: Mapping[str, Any], rows: Sequence[Mapping[str, Any]]) -> None:
        self.survey = survey
        self.raw_rows = rows
        self.places = _row_places(rows)
        self.outcomes: dict[int, RowOutcome] = {}
        self.notes: list[str] = []
        self.languages = _languages(survey)
        self.base = _base_language(survey, self.languages)
        self.codes: dict[str, str] = {}
        for language in self.languages:
            if language == self.base:
                continue
            code = language_code(language)
            if code is None:
                self.notes.append(f"The language {language!r} names no code (write it as "
                                  f"'{language} (xx)'); its texts are not carried.")
                continue
            self.codes[language] = code
        self.i18n: dict[str, dict[str, str]] = {}
        self.keys: set[str] = set()  # the data keys given so far (one namespace, as Form.io)

    def run(self, name: str) -> Imported:
        components = self.children(self.survey.get("children") or [], ())
        for index, raw in enumerate(self.raw_rows):
            row = index + 2
            if row in self.outcomes or not any(str(v).strip() for v in raw.values()):
                continue
            kind = str(raw.get("type", "")).strip()
            if _BEGIN_END.match(kind):
                self.outcomes[row] = RowOutcome(row, str(raw.get("name", "")), kind, CARRIED)
            else:
                self.outcomes[row] = RowOutcome(row, str(raw.get("name", "")), kind,
                                                NOT_CARRIED, ("pyxform gives nothing for it",))
        title = _text(self.survey.get("title")) or name
        form = {"name": name, "title": title, "dependsOn": "",
                "formio": {SYNTAX_KEY: XLSFORM, "components": components}}
        return Imported(form=form, i18n=self.i18n, title=title,
                        version=_text(self.survey.get("version")),
                        form_id=_text(self.survey.get("id_string")),
                        rows=[self.outcomes[r] for r in sorted(self.outcomes)],
                        notes=self.notes)

    # ------------------------------------------------------------------------ elements

    def children(self, items: Sequence[Any], path: tuple[str, ...]) -> list[dict[str, Any]]:
        result = []
        for item in items:
            if not isinstance(item, Mapping):
                continue
            component = self.element(item, path)
            if component is not None:
                result.append(component)
        return result

    def element(self, item: Mapping[str, Any], path: tuple[str, ...]) -> dict[str, Any] | None:
        kind = str(item.get("type", ""))
        name = str(item.get("name", ""))
        row = self.places.get((*path, name))
        if row is None:
            if not path and name in _GENERATED:
                return None  # pyxform's own metadata group
            # Else a row inside a group pyxform moved, or the "specify other" field pyxform
            # adds after an or_other select (it has no row of its own).
            row = self.places.get(("*", name))
        reasons: list[str] = []
        if name in self.keys and kind not in _CONTAINERS:
            reasons.append(f"another field is also named {name!r}; both hold one value")
        self.keys.add(name)
        # The type as the author wrote it (pyxform's aliases turn `image` into `photo`).
        written = str(self.raw_rows[row - 2].get("type", "")).strip() if row else kind
        component = self.component(item, kind, name, path, reasons, written)
        if row is not None:
            outcome = NOT_CARRIED if component is None else PARTLY if reasons else CARRIED
            self.outcomes[row] = RowOutcome(row, name, written, outcome, tuple(reasons))
        return component

    def component(self, item: Mapping[str, Any], kind: str, name: str, path: tuple[str, ...],
                  reasons: list[str], written: str) -> dict[str, Any] | None:
        target = _CONTAINERS.get(kind) or _FIELD_TYPES.get(kind)
        if target is None:
            reasons.append(f"the question type {written.split(' ')[0]!r} is not supported")
            return None
        if kind in ("select one", "select all that apply") and not item.get("choices"):
            itemset = _text(item.get("itemset"))
            reasons.append(f"the choices come from {itemset!r}, which is not imported"
                           if itemset else "the select has no choices")
            return None
        label = self.text(item.get("label"))
        component: dict[str, Any] = {"type": target, "key": name, "input": target not in (
            "panel", "content")}
        if target == "panel":
            component["title"] = label or name
        elif target == "content":
            component["html"] = self.html(item.get("label"))
        elif label:
            component["label"] = label
        hint = self.text(item.get("hint"))
        if hint:
            component["description"] = hint
        if kind == "date":
            component["enableTime"] = False
        if kind == "integer":
            component["decimalLimit"] = 0
        if item.get("default") not in (None, ""):
            self.default(component, kind, _text(item.get("default")), reasons)
        if item.get("choices"):
            self.choices(component, item, reasons)
        if item.get("choice_filter"):
            component["choiceFilter"] = _expression(item["choice_filter"])
        self.binds(component, item.get("bind"), kind, reasons)
        self.leftovers(item, kind, reasons)
        if kind in _CONTAINERS:
            component["components"] = self.children(item.get("children") or [], (*path, name))
            if kind == "group" and not label:
                component["title"] = name
        return component

    def default(self, component: dict[str, Any], kind: str, value: str, reasons: list[str]
                ) -> None:
        if "(" in value or "${" in value:
            reasons.append(f"the default {value!r} is an expression, which is not carried")
            return
        if kind in ("integer", "decimal"):
            try:
                number = float(value)
            except ValueError:
                reasons.append(f"the default {value!r} is not a number")
                return
            component["defaultValue"] = int(number) if number.is_integer() else number
        elif kind == "select all that apply":
            component["defaultValue"] = {choice: True for choice in value.split()}
        else:
            component["defaultValue"] = value

    def choices(self, component: dict[str, Any], item: Mapping[str, Any], reasons: list[str]
                ) -> None:
        values = []
        for choice in item.get("choices") or []:
            if not isinstance(choice, Mapping):
                continue
            value = _text(choice.get("name"))
            entry: dict[str, Any] = {"label": self.text(choice.get("label")) or value,
                                     "value": value}
            if item.get("choice_filter"):
                entry["name"] = value  # a choice filter may read the choice's own name
            for column, cell in choice.items():
                if column in ("name", "label"):
                    continue
                if isinstance(cell, str | int | float) and not isinstance(cell, bool):
                    entry[column] = cell
                elif column == "media":
                    reasons.append(f"the media of choice {value!r} are not carried")
            values.append(entry)
        if component["type"] == "select":
            component["data"] = {"values": values}
        else:
            component["values"] = values

    def binds(self, component: dict[str, Any], bind: Any, kind: str, reasons: list[str]
              ) -> None:
        if not isinstance(bind, Mapping):
            return
        validate: dict[str, Any] = {}
        relevant = _text(bind.get("relevant"))
        if relevant:
            component["conditional"] = {"json": _expression(relevant)}
        constraint = _text(bind.get("constraint"))
        if constraint:
            validate["constraint"] = _expression(constraint)
            message = self.text(bind.get("jr:constraintMsg"))
            if message:
                validate["constraintMessage"] = message
        required = _text(bind.get("required")).strip()
        if required.lower() in _TRUE:
            if kind in _CONTAINERS or kind in ("note", "calculate"):
                reasons.append("required is not carried on a group, note or calculation")
            else:
                validate["required"] = True
                message = self.text(bind.get("jr:requiredMsg"))
                if message:
                    validate["customMessage"] = message
        elif required.lower() not in _FALSE:
            reasons.append(f"required {required!r} is an expression, which is not carried "
                           "(the field is optional)")
        calculation = _text(bind.get("calculate"))
        if calculation:
            component["calculateValue"] = _expression(calculation)
        if validate:
            component["validate"] = validate
        for key, value in bind.items():
            if key not in _READ_BINDS and value not in (None, ""):
                reasons.append(f"{_column(key)} {_text(value)!r} is not carried")

    def leftovers(self, item: Mapping[str, Any], kind: str, reasons: list[str]) -> None:
        for key, value in item.items():
            if key in _READ_KEYS or value in (None, "", {}, []):
                continue
            reasons.append(f"{_column(key)} is not carried")
        control = item.get("control")
        if isinstance(control, Mapping):
            for key, value in control.items():
                if value in (None, "", {}, []) or key == "bodyless" or (
                        key == "appearance" and (kind, value) in _SHOWN_ALREADY):
                    continue
                reasons.append(f"{_column(key)} {_text(value)!r} is not carried")
        parameters = item.get("parameters")
        if isinstance(parameters, Mapping) and parameters:
            reasons.append(f"parameters {dict(parameters)!r} are not carried")

    # ---------------------------------------------------------------------- texts

    def text(self, value: Any) -> str:
        """The text in the base language; its translations go into `i18n`."""
        if isinstance(value, str):
            return value.strip()
        if not isinstance(value, Mapping):
            return ""
        english = _text(value.get(self.base)).strip()
        if not english:
            english = next((_text(t).strip() for t in value.values() if _text(t).strip()), "")
        for language, code in self.codes.items():
            translation = _text(value.get(language)).strip()
            if english and translation and translation != english:
                self.translate(code, english, translation)
        return english

    def html(self, value: Any) -> str:
        english = self.text(value)
        shown = html.escape(english)
        if isinstance(value, Mapping) and shown != english:
            for language, code in self.codes.items():
                translation = _text(value.get(language)).strip()
                if translation:
                    self.translate(code, shown, html.escape(translation))
        return shown

    def translate(self, code: str, english: str, translation: str) -> None:
        table = self.i18n.setdefault(code, {})
        known = table.get(english)
        if known is not None and known != translation:
            self.notes.append(f"{code}: {english!r} is translated both as {known!r} and as "
                              f"{translation!r}; the first is kept")
            return
        table[english] = translation


def _row_places(rows: Sequence[Mapping[str, Any]]) -> dict[tuple[str, ...], int]:
    """Each named row's place: (group names..., name) -> its row number, and ("*", name)
    for the first row of that name anywhere."""
    places: dict[tuple[str, ...], int] = {}
    stack: list[str] = []
    for index, raw in enumerate(rows):
        row = index + 2
        kind = str(raw.get("type", "")).strip()
        name = str(raw.get("name", "")).strip()
        marker = _BEGIN_END.match(kind)
        if marker and marker.group(1).lower() == "end":
            if stack:
                stack.pop()
            continue
        if name:
            places.setdefault((*stack, name), row)
            places.setdefault(("*", name), row)
        if marker:
            stack.append(name)
    return places


def _languages(survey: Mapping[str, Any]) -> list[str]:
    found: dict[str, None] = {}

    def walk(value: Any) -> None:
        if isinstance(value, Mapping):
            for key in ("label", "hint"):
                texts = value.get(key)
                if isinstance(texts, Mapping):
                    found.update(dict.fromkeys(str(k) for k in texts))
            bind = value.get("bind")
            if isinstance(bind, Mapping):
                for key in ("jr:constraintMsg", "jr:requiredMsg"):
                    if isinstance(bind.get(key), Mapping):
                        found.update(dict.fromkeys(str(k) for k in bind[key]))
            for key in ("children", "choices"):
                for child in value.get(key) or ():
                    walk(child)

    walk(survey)
    return list(found)


def _base_language(survey: Mapping[str, Any], languages: Sequence[str]) -> str:
    """The language whose texts the config is written in (and `i18n` is keyed by): the
    settings' default language, else English, else the first."""
    wanted = _text(survey.get("default_language"))
    if wanted in languages:
        return wanted
    if DEFAULT_LANGUAGE in languages:
        return DEFAULT_LANGUAGE
    for language in languages:
        if language_code(language) == "en":
            return language
    return languages[0] if languages else DEFAULT_LANGUAGE


def _expression(source: Any) -> str:
    # pyxform writes `../name` for the sibling an or_other choice reveals; the evaluator
    # names fields as XLSForm authors do.
    return re.sub(r"\.\./([A-Za-z_][\w.-]*)", r"${\1}", _text(source).strip())


def _column(key: str) -> str:
    return {"jr:preload": "preload", "jr:count": "repeat_count", "readonly": "read_only",
            "appearance": "appearance"}.get(key, key)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Mapping):
        return next((str(v) for v in value.values() if v), "")
    return str(value)
