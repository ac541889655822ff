"""An app config that declares event types (`eventTypes`): the bundled household config with
a case worker form, an `assign-case-worker` type and a `record-visit` type with its own form."""

from __future__ import annotations

import copy
import json
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
