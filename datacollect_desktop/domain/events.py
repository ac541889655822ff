"""The FormSubmission event envelope: parsing, validation and its wire and leaf shapes."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from datacollect_desktop.domain.errors import InvalidEvent
from datacollect_desktop.domain.vocabulary import SyncLevel

__all__ = ["MAX_ID_LENGTH", "WIRE_FIELDS", "Event", "SyncLevel", "event_from_wire",
           "parse_timestamp"]

MAX_ID_LENGTH = 200

# UTC ISO-8601 as DataCollect writes it (`Date.toISOString()`), allowing any fraction and +00:00.
_UTC_TIMESTAMP = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(Z|\+00:00)$"
)

_LEVELS = tuple(SyncLevel)

WIRE_FIELDS = frozenset(
    {"guid", "entityGuid", "type", "data", "timestamp", "userId", "syncLevel", "metadata"}
)


@dataclass(frozen=True, slots=True)
class Event:
    """An immutable form submission. Only `sync_level` may change after it is written."""

    guid: str
    entity_guid: str
    type: str
    data: Mapping[str, Any]
    timestamp: str
    user_id: str
    sync_level: SyncLevel = SyncLevel.LOCAL
    metadata: Mapping[str, Any] | None = field(default=None)

    def leaf_document(self) -> dict[str, Any]:
        """The immutable fields hashed into the transparency log (never `syncLevel`)."""
        doc: dict[str, Any] = {
            "guid": self.guid,
            "entityGuid": self.entity_guid,
            "type": self.type,
            "data": self.data,
            "timestamp": self.timestamp,
            "userId": self.user_id,
        }
        if self.metadata is not None:
            doc["metadata"] = self.metadata
        return doc

    def to_wire(self) -> dict[str, Any]:
        """The DataCollect `FormSubmission` JSON shape."""
        doc = self.leaf_document()
        doc["syncLevel"] = int(self.sync_level)
        return doc


def parse_timestamp(value: str) -> datetime:
    """Parse a UTC ISO-8601 timestamp, raising `InvalidEvent` for anything else."""
    match = _UTC_TIMESTAMP.match(value)
    if match is None:
        raise InvalidEvent(
            f"timestamp {value!r} is not a UTC ISO-8601 time such as 2024-05-01T08:30:00.000Z"
        )
    year, month, day, hour, minute, second = (int(g) for g in match.groups()[:6])
    fraction = match.group(7) or ""
    micros = int((fraction[1:] + "000000")[:6]) if fraction else 0
    try:
        return datetime(year, month, day, hour, minute, second, micros)
    except ValueError as exc:
        raise InvalidEvent(f"timestamp {value!r} is not a real date and time: {exc}") from None


def _require_id(doc: Mapping[str, Any], key: str) -> str:
    value = doc.get(key)
    if value is None:
        raise InvalidEvent(f"missing {key}")
    if not isinstance(value, str) or not value.strip():
        raise InvalidEvent(f"{key} must be a non-empty string")
    if len(value) > MAX_ID_LENGTH:
        raise InvalidEvent(f"{key} is longer than {MAX_ID_LENGTH} characters")
    return value


def event_from_wire(doc: Any, *, strict: bool = True) -> Event:
    """Validate a DataCollect `FormSubmission` JSON object and build an `Event`.

    `strict` refuses unknown top-level fields (local submissions and pushes: what is given
    is stored exactly, so nothing may be silently dropped); pulls from other servers are
    read leniently.
    """
    if not isinstance(doc, Mapping):
        raise InvalidEvent("an event must be a JSON object")
    if strict:
        unknown = sorted(set(doc) - WIRE_FIELDS)
        if unknown:
            raise InvalidEvent(f"unknown field(s): {', '.join(unknown)}")
    guid = _require_id(doc, "guid")
    entity_guid = _require_id(doc, "entityGuid")
    event_type = _require_id(doc, "type")
    user_id = _require_id(doc, "userId")
    data = doc.get("data")
    if not isinstance(data, Mapping):
        raise InvalidEvent("data must be a JSON object")
    if not data:
        raise InvalidEvent("data must not be empty")
    timestamp = doc.get("timestamp")
    if not isinstance(timestamp, str):
        problem = "missing timestamp" if timestamp is None else "timestamp must be a string"
        raise InvalidEvent(problem)
    parse_timestamp(timestamp)
    raw_level = doc.get("syncLevel", SyncLevel.LOCAL)
    if isinstance(raw_level, bool) or raw_level not in _LEVELS:
        raise InvalidEvent("syncLevel must be 0 (LOCAL), 1 (REMOTE) or 2 (EXTERNAL)")
    metadata = doc.get("metadata")
    if metadata is not None and not isinstance(metadata, Mapping):
        raise InvalidEvent("metadata must be a JSON object when present")
    return Event(
        guid=guid,
        entity_guid=entity_guid,
        type=event_type,
        data=dict(data),
        timestamp=timestamp,
        user_id=user_id,
        sync_level=SyncLevel(raw_level),
        metadata=dict(metadata) if metadata is not None else None,
    )
