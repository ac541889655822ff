"""Pull positions: our opaque log cursors, and the timestamps stock DataCollect clients send."""

from __future__ import annotations

import re
from dataclasses import dataclass

from datacollect_desktop.domain.errors import InvalidEvent
from datacollect_desktop.domain.events import MAX_ID_LENGTH, parse_timestamp
from datacollect_desktop.server.errors import ApiError

_EVENT_CURSOR = re.compile(r"v1\.(0|[1-9][0-9]{0,17})\.(0|[1-9][0-9]{0,17})")
_AUDIT_CURSOR = re.compile(r"a1\.(0|[1-9][0-9]{0,17})")
_PLAIN = re.compile(r"[^\x00-\x1f\x7f]*")


def timestamp_key(timestamp: str, *, checked: bool = False) -> str:
    """A UTC timestamp as fixed-width text that sorts in time order (microseconds, `Z`).

    `checked` says the timestamp was already validated (as `event_from_wire` does); the
    common `...ss.mmmZ` form then needs no second parse.
    """
    if checked and len(timestamp) == 24 and timestamp[19] == "." and timestamp[23] == "Z":
        return timestamp[:23] + "000Z"
    moment = parse_timestamp(timestamp)
    return (
        f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d}T{moment.hour:02d}:"
        f"{moment.minute:02d}:{moment.second:02d}.{moment.microsecond:06d}Z"
    )


@dataclass(frozen=True, slots=True)
class LogCursor:
    """How far a device has read: log entries below `position`, level changes up to `level`."""

    position: int = 0
    level: int = 0

    def encode(self) -> str:
        return f"v1.{self.position}.{self.level}"


@dataclass(frozen=True, slots=True)
class TimeCursor:
    """A stock client's position: events after (timestamp, guid), as the stock server orders."""

    ts_key: str
    guid: str = ""

    def encode(self) -> str:
        return f"{self.ts_key}|{self.guid}" if self.guid else self.ts_key


def invalid_cursor(message: str) -> ApiError:
    return ApiError(400, "invalid_cursor", message)


def parse_since(since: str | None) -> LogCursor | TimeCursor:
    """Read `since`: empty is the beginning, `v1.` is ours, else an ISO time (`|guid` optional)."""
    if not since:
        return LogCursor()
    match = _EVENT_CURSOR.fullmatch(since)
    if match:
        return LogCursor(int(match.group(1)), int(match.group(2)))
    return _time_cursor(since)


def parse_audit_since(since: str | None) -> int | TimeCursor:
    """Read an audit-log `since`: empty or `a1.N` (ours), else an ISO timestamp."""
    if not since:
        return 0
    match = _AUDIT_CURSOR.fullmatch(since)
    if match:
        return int(match.group(1))
    cursor = _time_cursor(since)
    if cursor.guid:
        raise invalid_cursor("an audit-log timestamp cursor takes no guid")
    return cursor


def _time_cursor(since: str) -> TimeCursor:
    stamp, bar, guid = since.partition("|")
    if (bar and not guid) or len(guid) > MAX_ID_LENGTH or not _PLAIN.fullmatch(guid):
        raise invalid_cursor("malformed cursor")
    try:
        key = timestamp_key(stamp)
    except InvalidEvent:
        raise invalid_cursor(
            "since must be a cursor this server gave, or a UTC ISO-8601 time"
        ) from None
    return TimeCursor(key, guid)
