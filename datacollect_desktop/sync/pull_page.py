"""Reading a pull page one event at a time, so no single call holds the interpreter for long.

A page of 2,000 events is over a megabyte of JSON. Parsed with one call, the parser holds the
interpreter lock for the whole page (tens of milliseconds), and the window's thread waits that
long. Our server writes its pages in one exact shape, `{"events":[E,E,...],...tail}` with no
whitespace, so the events are read one by one, each in a few microseconds, then the tail.

Each event is read with the plain JSON parser, then its canonical bytes (its leaf) are made as
`PulledEvent.from_wire` makes them. When the event's text is exactly that leaf followed by the
fields our server adds (`syncLevel`, then optionally `pushedBy`), the text was canonical JSON:
it holds no duplicate key, no NaN, no unsafe integer and no lone surrogate, so the strict
parser would have read the same values. Any other event text is read again by the strict
parser (`parse_json`), and a page in any other shape is parsed whole as before: the result is
the same event list either way, and what the strict parser refuses is still refused.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from datacollect_desktop.domain.canonical import InvalidJSON, parse_json
from datacollect_desktop.domain.errors import InvalidEvent
from datacollect_desktop.storage.pages import PulledEvent

_PREFIX = '{"events":['
# What our server appends to a stored leaf (server/pull.py): the level, and in cursor pulls
# the account that pushed the event, as a JSON string without escapes.
_ADDED = re.compile(r',"syncLevel":(?:0|[1-9][0-9]{0,8})(?:,"pushedBy":"[^"\\\x00-\x1f]*")?}')
_plain = json.JSONDecoder()


class Irregular(Exception):
    """The page is not in the exact shape this reader follows; parse it whole instead."""


@dataclass(frozen=True, slots=True)
class PageEvents:
    """A page's events in order: each an event document and where its text lies in the
    page's `text` (start, end), or for a page parsed whole, its document alone (`spans`
    empty)."""

    docs: list[Any]
    spans: list[tuple[int, int]]
    tail: dict[str, Any]
    text: str = ""


def split_page(content: bytes) -> PageEvents:
    """The events and the rest of a pull page in our server's shape; raises `Irregular` for
    any other text (which the caller parses whole, so its errors are reported as before)."""
    try:
        text = content.decode("utf-8")
    except UnicodeDecodeError:
        raise Irregular from None
    if not text.startswith(_PREFIX):
        raise Irregular
    docs: list[Any] = []
    spans: list[tuple[int, int]] = []
    at = len(_PREFIX)
    decode = _plain.raw_decode
    if text.startswith("]", at):
        at += 1
    else:
        while True:
            if not text.startswith("{", at):
                raise Irregular
            try:
                doc, end = decode(text, at)
            except (ValueError, RecursionError):
                raise Irregular from None
            docs.append(doc)
            spans.append((at, end))
            at = end + 1
            mark = text[end:at]
            if mark == "]":
                break
            if mark != ",":
                raise Irregular
    rest = text[at:]
    if rest == "}":
        return PageEvents(docs, spans, {}, text)
    if not rest.startswith(","):
        raise Irregular
    try:
        tail = parse_json("{" + rest[1:])
    except InvalidJSON:
        raise Irregular from None
    if not isinstance(tail, dict) or "events" in tail:
        raise Irregular  # a second "events" key: the strict parser refuses the page
    return PageEvents(docs, spans, tail, text)


def page_events(page: PageEvents) -> list[PulledEvent | Any]:
    """The page's events in order, each a `PulledEvent` when its text was canonical, else the
    document the strict parser read from its text (for `PulledEvent.from_wire`, which reports
    an invalid event). Raises InvalidJSON when the strict parser refuses an event's text, as
    it refused the whole page before any event was read."""
    if not page.spans:
        return list(page.docs)
    text = page.text
    items: list[PulledEvent | Any] = []
    for doc, (start, end) in zip(page.docs, page.spans, strict=True):
        items.append(_canonical_or_strict(doc, text, start, end))
    return items


def _canonical_or_strict(doc: Any, text: str, start: int, end: int) -> PulledEvent | Any:
    try:
        pulled = PulledEvent.from_wire(doc)
    except (InvalidEvent, ValueError):
        pulled = None
    if pulled is not None:
        leaf = pulled.body.decode("utf-8")
        head = start + len(leaf) - 1
        if text.startswith(leaf[:-1], start) and _ADDED.fullmatch(text, head, end):
            return pulled
    # Not canonical as sent: read strictly, as the page was read before.
    return parse_json(text[start:end])
