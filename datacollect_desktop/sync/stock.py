"""Pulling from a stock DataCollect backend, whose cursor is a timestamp.

The stock server answers events with a timestamp strictly after `since`, in timestamp order,
ten at a time, and gives the last event's timestamp as `nextCursor`. Paging on that alone
skips events that share the timestamp of a page's last event, and every event pushed later
with an earlier timestamp. So each run starts again an overlap window before the last
timestamp seen, each page after the first starts just before the previous page's last
timestamp, and events already held are recognised by guid (`Replica.apply_page`).

A page full of one timestamp cannot be paged past by timestamp. The events it hid are reached
after the walk through what a stock backend also serves: its audit log (each applied event's
guid and entity), then the events of each entity named by an event the device lacks.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from datacollect_desktop.domain.errors import InvalidEvent
from datacollect_desktop.domain.events import parse_timestamp
from datacollect_desktop.domain.protocol import PullAnswer
from datacollect_desktop.sync.client import SyncClient

DEFAULT_OVERLAP = timedelta(minutes=10)
_TICK = timedelta(milliseconds=1)
_EPOCH = "1970-01-01T00:00:00.000Z"


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


@dataclass(frozen=True, slots=True)
class MissedEvents:
    """Events the timestamp walk could not reach, oldest first, and the audit watermark."""

    events: list[Any] = field(default_factory=list)
    audit_cursor: str | None = None


def missed_events(client: SyncClient, config_id: str, audit_cursor: str | None,
                  known: Callable[[Iterable[str]], set[str]]) -> MissedEvents:
    """The events a stock backend holds that the device lacks, found through its audit log.

    Every audited event up to `audit_cursor` was held after the last such search, so only
    entries since then (less the overlap, for entries committed out of order) are read.
    """
    latest = _moment(audit_cursor)
    since = stamp(latest - DEFAULT_OVERLAP) if latest is not None else _EPOCH
    entries = client.audit_logs(since, config_id)
    named = [(e.get("eventGuid"), e.get("entityGuid"), _moment(e.get("timestamp")))
             for e in entries]
    held = known(str(g) for g, _, _ in named if isinstance(g, str))
    entities = dict.fromkeys(str(entity) for guid, entity, _ in named
                             if isinstance(guid, str) and guid not in held
                             and isinstance(entity, str) and entity)
    for _, _, moment in named:
        if moment is not None and (latest is None or moment > latest):
            latest = moment
    found: dict[str, Any] = {}
    for entity in entities:
        for doc in client.entity_events(entity, config_id):
            guid = doc.get("guid") if isinstance(doc, dict) else None
            if isinstance(guid, str) and guid not in found:
                found[guid] = doc
    fresh = known(found)
    events = sorted((doc for guid, doc in found.items() if guid not in fresh),
                    key=lambda doc: str(doc.get("timestamp")))
    return MissedEvents(events, stamp(latest) if latest is not None else audit_cursor)
