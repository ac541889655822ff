"""Importing an XLSForm workbook: ODK's pyxform reads it, `domain/forms/xlsform.py` turns it
into an app config form, and the result is checked as any app config is."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

from datacollect_desktop.domain.errors import InvalidAppConfig, KnownError
from datacollect_desktop.domain.forms import AppConfig
from datacollect_desktop.domain.forms.logic import expression_problems
from datacollect_desktop.domain.forms.xlsform import (
    NOT_CARRIED,
    PARTLY,
    Imported,
    RowOutcome,
    add_to_config,
    app_config,
    convert,
)

#: What the window's and the CLI's file choosers offer.
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls")


class XLSFormError(KnownError):
    """The file is not an XLSForm this app can read (told in pyxform's words)."""

    code = "invalid_xlsform"


def read_xlsform(path: Path, name: str | None = None) -> Imported:
    """Read the workbook at `path` and convert it; the form is called `name`, else the
    settings' form_id, else the file's name. Raises `XLSFormError` for a file pyxform
    cannot read or refuses."""
    from pyxform.errors import PyXFormError
    from pyxform.xls2json import workbook_to_json
    from pyxform.xls2json_backends import get_xlsform

    if not path.is_file():
        raise XLSFormError("Cannot read the XLSForm {path}: there is no such file.", path=path)
    if path.suffix.lower() not in WORKBOOK_SUFFIXES:
        raise XLSFormError("{path} is not an XLSForm workbook (.xlsx or .xls).", path=path)
    try:
        workbook = get_xlsform(xlsform=str(path))
        rows = copy.deepcopy(list(workbook.survey or []))
        survey = workbook_to_json(workbook_dict=workbook,
                                  fallback_form_name=workbook.fallback_form_name, warnings=[])
    except PyXFormError as exc:
        raise XLSFormError("The XLSForm {path} cannot be read: {reason}", path=path,
                           reason=_one_line(str(exc))) from None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        # A damaged workbook that the reading library trips over before pyxform can tell.
        raise XLSFormError("The XLSForm {path} cannot be read: {reason}", path=path,
                           reason=_one_line(str(exc) or type(exc).__name__)) from None
    form_name = name or str(survey.get("id_string") or "") or path.stem
    imported = convert(survey, rows, _form_name(form_name))
    _check(imported)
    return imported


def imported_config(imported: Imported, into: dict[str, Any] | None = None) -> dict[str, Any]:
    """The app config to write: a new one, or `into` with the form added. Raises
    `InvalidAppConfig` when the result is not a config this app can use."""
    if into is None:
        doc = app_config(imported)
    else:
        try:
            doc = add_to_config(into, imported)
        except ValueError:
            raise InvalidAppConfig("The app config already has a form {name!r}; choose "
                                   "another name.", name=imported.form["name"]) from None
    AppConfig.from_json(doc)
    return doc


def import_to_file(workbook: Path, out: Path) -> Imported:
    """Read the XLSForm `workbook` and write the app config it makes to `out` (the window's
    import); the returned form carries the report."""
    imported = read_xlsform(workbook)
    doc = imported_config(imported)
    try:
        out.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    except OSError as exc:
        raise KnownError("Cannot write the app config {path}: {reason}.", path=out,
                         reason=exc.strerror or exc) from None
    return imported


def read_config_json(path: Path) -> dict[str, Any]:
    """The app config at `path` as JSON, to add a form to."""
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise KnownError("Cannot read the app config {path}: {reason}.", path=path,
                         reason=exc) from None
    except (ValueError, RecursionError) as exc:
        raise InvalidAppConfig("App config is not valid JSON ({reason}).", reason=exc) from None
    if not isinstance(doc, dict):
        raise InvalidAppConfig("App config must be a JSON object.")
    return doc


def _check(imported: Imported) -> None:
    """Expressions the shared evaluator cannot run become part of their row's outcome."""
    config = AppConfig.from_json(app_config(imported))
    form = config.entity_forms[0]
    by_key: dict[str, list[str]] = {}
    for problem in expression_problems(form):
        by_key.setdefault(problem.key, []).append(f"{problem.where}: {problem.message}")
    if not by_key:
        return
    for index, row in enumerate(imported.rows):
        found = by_key.pop(row.name, None) if row.outcome != NOT_CARRIED else None
        if found:
            imported.rows[index] = RowOutcome(row.row, row.name, row.type, PARTLY,
                                              (*row.reasons, *found))
    for key, found in by_key.items():
        imported.notes.extend(f"{key}: {text}" for text in found)


def _form_name(name: str) -> str:
    return re.sub(r"\s+", "-", name.strip()) or "form"


def _one_line(text: str) -> str:
    return " ".join(text.split())
