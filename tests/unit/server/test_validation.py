"""Each pushed event is checked alone: envelope, size, and its form's rules."""

from __future__ import annotations

from typing import Any

from datacollect_desktop.domain import merkle
from datacollect_desktop.domain.canonical import canonical_json
from datacollect_desktop.domain.events import event_from_wire
from datacollect_desktop.domain.forms import AppConfig
from datacollect_desktop.server.store.base import AuditCandidate, Candidate
from datacollect_desktop.server.validation import Rejection, prepare_audit_entry, prepare_event

CONFIG = AppConfig.from_json({"id": "c", "entityForms": [{"name": "person", "formio": {
    "components": [{"type": "number", "key": "age", "label": "Age", "input": True,
                    "validate": {"required": True, "min": 0}}]}}]})


def wire(**changes: Any) -> dict[str, Any]:
    doc = {"guid": "g-1", "entityGuid": "e-1", "type": "create-individual",
           "data": {"age": 3, "entityName": "person"}, "timestamp": "2024-05-01T08:30:00.000Z",
           "userId": "device-user", "syncLevel": 0}
    doc.update(changes)
    return doc


def test_an_accepted_event_has_the_desktop_leaf_and_leaf_hash() -> None:
    doc = wire(metadata={"formName": "person", "appVersion": "1.2"})
    prepared = prepare_event(doc, CONFIG, 1 << 20)
    assert isinstance(prepared, Candidate)
    leaf = canonical_json(event_from_wire(doc).leaf_document())
    assert prepared.leaf.encode() == leaf
    assert "syncLevel" not in prepared.leaf
    assert prepared.leaf_hash == merkle.leaf_hash(leaf)
    assert prepared.ts_key == "2024-05-01T08:30:00.000000Z"


def test_rejections_name_the_guid_the_code_and_the_reason() -> None:
    cases: dict[str, list[Any]] = {
        "invalid_event": [wire(entityGuid=""), wire(extra=1), wire(data={}), "not an object",
                          wire(guid="a\x00b"), wire(data={"n": 2**60, "entityName": "x"})],
        "invalid_form_data": [wire(data={"age": -1, "entityName": "person"}),
                              wire(data={"entityName": "person"})],
        "event_too_large": [wire(data={"age": 1, "entityName": "person", "x": "y" * 2000})],
    }
    for code, docs in cases.items():
        for doc in docs:
            prepared = prepare_event(doc, CONFIG, 1000)
            assert isinstance(prepared, Rejection), doc
            assert prepared.code == code, (doc, prepared)
            assert prepared.message
    rejected = prepare_event(wire(guid="g-9", entityGuid=""), CONFIG, 1000)
    assert isinstance(rejected, Rejection) and rejected.guid == "g-9"


def test_updates_are_checked_only_on_the_fields_they_carry() -> None:
    update = wire(type="update-individual", data={"entityName": "person", "note": "x"})
    assert isinstance(prepare_event(update, CONFIG, 1 << 20), Candidate)
    bad = wire(type="update-individual", data={"entityName": "person", "age": -5})
    assert isinstance(prepare_event(bad, CONFIG, 1 << 20), Rejection)


def test_events_naming_no_known_form_are_checked_on_the_envelope_only() -> None:
    doc = wire(data={"anything": True})
    assert isinstance(prepare_event(doc, CONFIG, 1 << 20), Candidate)
    assert isinstance(prepare_event(doc, None, 1 << 20), Candidate)


def test_audit_entries_need_a_guid_an_action_and_a_utc_time() -> None:
    good = {"guid": "a", "action": "x", "timestamp": "2024-05-01T08:30:00Z", "changes": {}}
    assert isinstance(prepare_audit_entry(good, 1000), AuditCandidate)
    for bad in ({**good, "guid": ""}, {**good, "action": 3}, {**good, "timestamp": "now"},
                [good], {**good, "big": "x" * 2000}):
        assert isinstance(prepare_audit_entry(bad, 1000), Rejection), bad
