"""Checking pushed events and audit entries one by one, before anything is stored."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from datacollect_desktop.domain import merkle
from datacollect_desktop.domain.canonical import CanonicalizationError, canonical_json
from datacollect_desktop.domain.errors import InvalidEvent
from datacollect_desktop.domain.events import MAX_ID_LENGTH, event_from_wire
from datacollect_desktop.domain.forms import AppConfig, form_for_event, validate_form_data
from datacollect_desktop.server.cursor import timestamp_key
from datacollect_desktop.server.store.base import AuditCandidate, Candidate

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
MAX_FORM_ERRORS_SHOWN = 5


def safe_text(value: str) -> bool:
    """Text fit for an identifier column: no control characters (NUL breaks PostgreSQL)."""
    return _CONTROL.search(value) is None


@dataclass(frozen=True, slots=True)
class Rejection:
    """Why one pushed item was not stored."""

    guid: str | None
    code: str
    message: str


def _guid_hint(doc: Any) -> str | None:
    guid = doc.get("guid") if isinstance(doc, dict) else None
    return guid if isinstance(guid, str) and len(guid) <= MAX_ID_LENGTH else None


def prepare_event(doc: Any, config: AppConfig | None, max_bytes: int) -> Candidate | Rejection:
    """Validate one pushed event and give its leaf, or say why it is rejected."""
    guid = _guid_hint(doc)
    try:
        event = event_from_wire(doc, strict=True)
    except InvalidEvent as exc:
        return Rejection(guid, "invalid_event", str(exc))
    for name, value in (("guid", event.guid), ("entityGuid", event.entity_guid),
                        ("type", event.type), ("userId", event.user_id)):
        if not safe_text(value):
            return Rejection(guid, "invalid_event", f"{name} contains a control character")
    try:
        leaf = canonical_json(event.leaf_document())
    except CanonicalizationError as exc:
        return Rejection(guid, "invalid_event", str(exc))
    if len(leaf) > max_bytes:
        return Rejection(
            guid, "event_too_large", f"the event is {len(leaf)} bytes; the limit is {max_bytes}"
        )
    if config is not None:
        form = form_for_event(config, event.type, event.data, event.metadata)
        if form is not None:
            # Updates carry only the fields that changed.
            errors = validate_form_data(form, event.data, partial=event.type.startswith("update-"))
            if errors:
                shown = "; ".join(
                    f"{e.key or e.label}: {e.message}" for e in errors[:MAX_FORM_ERRORS_SHOWN]
                )
                more = len(errors) - MAX_FORM_ERRORS_SHOWN
                suffix = f" (and {more} more)" if more > 0 else ""
                return Rejection(guid, "invalid_form_data", f"form {form.name!r}: {shown}{suffix}")
    return Candidate(event.guid, leaf.decode("utf-8"), merkle.leaf_hash(leaf),
                     timestamp_key(event.timestamp, checked=True))


def prepare_audit_entry(doc: Any, max_bytes: int) -> AuditCandidate | Rejection:
    """Validate one pushed audit-log entry (`guid`, `timestamp`, `action`, free-form rest)."""
    guid = _guid_hint(doc)
    if not isinstance(doc, dict):
        return Rejection(None, "invalid_audit_entry", "an audit entry must be a JSON object")
    if guid is None or not guid.strip() or not safe_text(guid):
        return Rejection(None, "invalid_audit_entry", "guid must be a short non-empty string")
    action = doc.get("action")
    if not isinstance(action, str) or not action:
        return Rejection(guid, "invalid_audit_entry", "action must be a non-empty string")
    stamp = doc.get("timestamp")
    try:
        if not isinstance(stamp, str):
            raise InvalidEvent("timestamp must be a UTC ISO-8601 string")
        ts_key = timestamp_key(stamp)
        body = canonical_json(doc)
    except (InvalidEvent, CanonicalizationError) as exc:
        return Rejection(guid, "invalid_audit_entry", str(exc))
    if len(body) > max_bytes:
        return Rejection(guid, "event_too_large", f"the entry is larger than {max_bytes} bytes")
    return AuditCandidate(guid, body.decode("utf-8"), ts_key)
