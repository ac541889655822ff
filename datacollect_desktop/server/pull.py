"""Pull pages: events after a cursor with their current sync level, written straight to JSON."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

from datacollect_desktop.domain.protocol import MalformedAnswer, parse_pull_tail
from datacollect_desktop.server.cursor import (
    LogCursor,
    TimeCursor,
    invalid_cursor,
    parse_audit_since,
    parse_since,
)
from datacollect_desktop.server.store.base import PulledEvent, ServerStore


def _wire_event(event: PulledEvent) -> str:
    # The stored leaf is the canonical JSON of the immutable fields: the wire event is that
    # object with its current syncLevel added, without decoding and re-encoding it. That is
    # right because a leaf is a non-empty object that never holds syncLevel (its field list,
    # `Event.leaf_document`, leaves it out), and pushes store nothing but leaves.
    assert event.leaf[-1:] == "}", "a stored leaf is a JSON object"
    return f'{event.leaf[:-1]},"syncLevel":{event.sync_level:d}}}'


def _log_wire_events(events: Sequence[PulledEvent]) -> list[str]:
    # Our cursor pulls also name the account that pushed the event (not part of the leaf;
    # clients read events leniently). Timestamp pulls keep the stock shape. A page's events
    # share a few levels and pushers: each added text is written once per page.
    added: dict[tuple[int, str], str] = {}
    wires = []
    for event in events:
        assert event.leaf[-1:] == "}", "a stored leaf is a JSON object"
        key = (event.sync_level, event.pushed_by)
        tail = added.get(key)
        if tail is None:
            tail = added[key] = (f',"syncLevel":{event.sync_level:d},'
                                 f'"pushedBy":{json.dumps(event.pushed_by)}}}')
        wires.append(event.leaf[:-1] + tail)
    return wires


def _wire_events(events: Sequence[PulledEvent]) -> list[str]:
    return [_wire_event(e) for e in events]


def _page(events: Sequence[PulledEvent], tail: dict[str, Any],
          wire: Callable[[Sequence[PulledEvent]], list[str]] = _wire_events) -> bytes:
    """The page as JSON. Its tail (level updates and cursors) is first checked with the
    parser clients read it with (domain/protocol): one that fails it is a bug of this server,
    answered as an internal error, never sent. The events are stored leaves, checked when
    they were pushed."""
    try:
        parse_pull_tail(tail)
    except MalformedAnswer as exc:
        raise RuntimeError(f"a pull page broke the sync protocol: {exc}") from None
    parts = ['{"events":[', ",".join(wire(events)), "]"]
    for key, value in tail.items():
        parts.append(f",{json.dumps(key)}:{json.dumps(value, separators=(',', ':'))}")
    parts.append("}")
    return "".join(parts).encode("utf-8")


def pull_events(store: ServerStore, config_id: str, since: str | None, limit: int) -> bytes:
    """One page of a config's events after `since`, as a JSON response body.

    With our cursor: events in log order, plus the sync-level changes of already delivered
    events; `nextCursor` is null when nothing more is waiting. With a timestamp (stock
    DataCollect clients): events after it in (timestamp, guid) order.
    """
    cursor = parse_since(since)
    if isinstance(cursor, TimeCursor):
        return _pull_by_time(store, config_id, cursor, limit)
    head = store.head()
    if cursor.position > head.tree_size or cursor.level > head.level_seq:
        raise invalid_cursor("the cursor is beyond the end of this server's log")
    events = store.events_after(config_id, cursor.position, head.tree_size, limit + 1)
    more_events = len(events) > limit
    events = events[:limit]
    # Everything of this config below the head has been seen once a page is not full.
    position = events[-1].leaf_index + 1 if more_events else head.tree_size
    updates = store.level_updates(config_id, cursor.level, head.level_seq, position, limit + 1)
    more_updates = len(updates) > limit
    updates = updates[:limit]
    # Changes to events not delivered yet are skipped: those arrive with their current level.
    level = updates[-1].level_seq if more_updates else head.level_seq
    after = LogCursor(position, level).encode()
    return _page(events, {
        "syncLevelUpdates": [{"guid": u.guid, "syncLevel": u.sync_level} for u in updates],
        "cursor": after,
        "nextCursor": after if more_events or more_updates else None,
    }, _log_wire_events)


def _pull_by_time(store: ServerStore, config_id: str, cursor: TimeCursor, limit: int) -> bytes:
    events = store.events_after_time(config_id, cursor.ts_key, cursor.guid, limit + 1)
    more = len(events) > limit
    events = events[:limit]
    after = TimeCursor(events[-1].ts_key, events[-1].guid).encode() if events else cursor.encode()
    return _page(events, {
        "syncLevelUpdates": [],
        "cursor": after,
        "nextCursor": after if more else None,
    })


def pull_audit(store: ServerStore, config_id: str, since: str | None, limit: int) -> bytes:
    """One page of audit entries: `{auditLogs, cursor, nextCursor}` for our cursors, or, for a
    timestamp `since` (stock clients), the bare list the stock server answers."""
    cursor = parse_audit_since(since)
    if isinstance(cursor, TimeCursor):
        entries = store.audit_after_time(config_id, cursor.ts_key, limit)
        return ("[" + ",".join(entry.body for entry in entries) + "]").encode("utf-8")
    head = store.head()
    if cursor > head.audit_size:
        raise invalid_cursor("the cursor is beyond the end of this server's audit log")
    entries = store.audit_after(config_id, cursor, head.audit_size, limit + 1)
    more = len(entries) > limit
    entries = entries[:limit]
    position = entries[-1].seq + 1 if more else head.audit_size
    after = f"a1.{position}"
    body = ",".join(entry.body for entry in entries)
    tail = json.dumps({"cursor": after, "nextCursor": after if more else None})[1:]
    return f'{{"auditLogs":[{body}],{tail}'.encode()
