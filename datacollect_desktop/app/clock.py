"""Wall-clock time as the events and drafts of this app write it (UTC, milliseconds, `Z`)."""

from __future__ import annotations

from datetime import UTC, datetime


def utc_stamp(moment: datetime | None = None) -> str:
    """`2024-05-01T08:30:00.123Z` for `moment` (default: now)."""
    moment = (moment or datetime.now(UTC)).astimezone(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def parse_stamp(text: str) -> datetime:
    """The aware UTC moment of a stamp written by `utc_stamp` (or any ISO-8601 UTC text)."""
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)
