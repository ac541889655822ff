"""An app config that declares event types (`eventTypes`): the bundled household config with
a case worker form, an `assign-case-worker` type and a `record-visit` type with its own form."""

from __future__ import annotations

import contextlib
import copy
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from datacollect_desktop.app.app_config import BUNDLED_CONFIG

CASE_WORKER_FORM: dict[str, Any] = {
    "name": "caseWorkerAssignment",
    "title": "Case worker assignment",
    "formio": {"components": [
        {"type": "textfield", "key": "caseWorkerId", "label": "Case worker", "input": True,
         "validate": {"required": True}},
        {"type": "textarea", "key": "note", "label": "Note", "input": True},
    ]},
}
ASSIGN: dict[str, Any] = {
    "type": "assign-case-worker",
    "title": "Assign a case worker",
    "form": "caseWorkerAssignment",
    "appliesTo": ["household"],
    "sets": {"caseWorker": "data.caseWorkerId", "assignmentDate": "timestamp",
             "assignedBy": "userId"},
    "clears": ["closedOn"],
}
VISIT: dict[str, Any] = {
    "type": "record-visit",
    "title": "Record a visit",
    "form": {"components": [
        {"type": "textfield", "key": "outcome", "label": "Outcome", "input": True,
         "validate": {"required": True}},
    ]},
    "appliesTo": ["household"],
    "appends": {"visits": "data"},
}


def declared_config(*types: dict[str, Any], version: str = "2.0.0") -> dict[str, Any]:
    """The bundled config with the case worker form and `types` (both by default)."""
    doc: dict[str, Any] = json.loads(BUNDLED_CONFIG.read_text(encoding="utf-8"))
    doc["version"] = version
    doc["entityForms"].append(copy.deepcopy(CASE_WORKER_FORM))
    doc["eventTypes"] = copy.deepcopy(list(types or (ASSIGN, VISIT)))
    return doc


PLUGIN = '''
from dataclasses import replace


def verify(entity, event):
    return replace(entity, data={**entity.data, "verifiedBy": event.data["officer"]})


def verify_identity():
    return ("verify-identity", verify)


def broken():
    raise RuntimeError("the licence server is down")


def not_a_pair():
    return "verify-identity"
'''
ENTRY_POINTS = """[datacollect_desktop.appliers]
verify = tiny_appliers:verify_identity
broken = tiny_appliers:broken
missing = tiny_appliers_gone:nothing
odd = tiny_appliers:not_a_pair
"""

@contextlib.contextmanager
def installed_distribution(site: Path) -> Iterator[Path]:
    """A real distribution of plug-in appliers (its module, and a .dist-info with
    entry_points.txt) in `site`, on sys.path while the context lasts: one good plug-in,
    one that raises, one whose module is missing, one that returns no (type, applier)."""
    info = site / "tiny_appliers-1.0.dist-info"
    info.mkdir(parents=True)
    (site / "tiny_appliers.py").write_text(PLUGIN, encoding="utf-8")
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: tiny-appliers\nVersion: 1.0\n",
                                   encoding="utf-8")
    (info / "entry_points.txt").write_text(ENTRY_POINTS, encoding="utf-8")
    (info / "RECORD").write_text("", encoding="utf-8")
    sys.path.insert(0, str(site))
    try:
        yield site
    finally:
        sys.path.remove(str(site))
        sys.modules.pop("tiny_appliers", None)
