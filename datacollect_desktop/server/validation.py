"""Checking pushed events and audit entries one by one, before anything is stored."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from datacollect_desktop.domain import merkle
from datacollect_desktop.domain.admission import Admitted, admit, safe_text
from datacollect_desktop.domain.canonical import CanonicalizationError, canonical_json
from datacollect_desktop.domain.errors import InvalidEvent
from datacollect_desktop.domain.events import MAX_ID_LENGTH
from datacollect_desktop.domain.forms import AppConfig
from datacollect_desktop.server.cursor import timestamp_key
from datacollect_desktop.server.store.base import AuditCandidate, Candidate

__all__ = ["Rejection", "prepare_audit_entry", "prepare_event", "safe_text"]


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
    """One pushed event as a candidate leaf, or the wire answer of the shared admission rule
    (domain/admission.py: what a device stores, this server accepts)."""
    verdict = admit(doc, config, max_bytes=max_bytes)
    if not isinstance(verdict, Admitted):
        return Rejection(verdict.guid, verdict.code, str(verdict.message))
    event, leaf = verdict.event, verdict.leaf
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
