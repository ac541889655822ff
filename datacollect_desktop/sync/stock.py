"""Pulling from a stock DataCollect backend, whose cursor is a timestamp.

The stock server answers events with a timestamp strictly after `since`, in timestamp order,
ten at a time, and gives the last event's timestamp as `nextCursor`. Paging on that alone
skips events that share the timestamp of a page's last event, and every event pushed later
with an earlier timestamp. So each run starts again an overlap window before the last
timestamp seen, each page after the first starts just before the previous page's last
timestamp, and events already held are recognised by guid (`Replica.apply_page`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta

from datacollect_desktop.domain.errors import InvalidEvent
from datacollect_desktop.domain.events import parse_timestamp
from datacollect_desktop.sync.client import PullAnswer, SyncClient

DEFAULT_OVERLAP = timedelta(minutes=10)
_TICK = timedelta(milliseconds=1)


def stamp(moment: datetime) -> str:
    """A UTC time as the stock server writes it (`Date.toISOString()`)."""
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def _moment(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return parse_timestamp(text.split("|", 1)[0])
    except InvalidEvent:
        return None


@dataclass(frozen=True, slots=True)
class StockPage:
    """One answer, and the watermark (latest timestamp seen so far) to store after it."""

    answer: PullAnswer
    watermark: str | None


class StockPager:
    """Walks a timestamp-paged pull from `watermark - overlap` to the end."""

    def __init__(self, client: SyncClient, config_id: str,
                 overlap: timedelta = DEFAULT_OVERLAP) -> None:
        self.client = client
        self.config_id = config_id
        self.overlap = overlap
        self.stuck_timestamps: list[str] = []

    def pages(self, watermark: str | None) -> Iterator[StockPage]:
        latest = _moment(watermark)
        since = stamp(latest - self.overlap) if latest is not None else None
        while True:
            answer = self.client.pull(since, self.config_id)
            for doc in answer.events:
                moment = _moment(doc.get("timestamp")) if isinstance(doc, dict) else None
                if moment is not None and (latest is None or moment > latest):
                    latest = moment
            yield StockPage(answer, stamp(latest) if latest is not None else watermark)
            last = _moment(answer.next_cursor)
            if last is None:
                return
            following = stamp(last - _TICK)
            if following == since:
                # A whole page shares one timestamp: its other events cannot be reached by
                # timestamp paging. Step over it (and remember that it happened).
                self.stuck_timestamps.append(stamp(last))
                following = stamp(last)
            since = following
