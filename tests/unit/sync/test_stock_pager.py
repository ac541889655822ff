"""Timestamp paging against a stock server: overlap, ties across pages, and no endless loop."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from datacollect_desktop.domain.protocol import PullAnswer
from datacollect_desktop.sync.stock import StockPager


class StockLog:
    """A stock server's pull: timestamp strictly after `since`, ten a page, last timestamp."""

    def __init__(self, stamps: list[str]) -> None:
        self.events = [{"guid": f"g{n}", "timestamp": stamp} for n, stamp in enumerate(stamps)]
        self.requests: list[str | None] = []

    def pull(self, since: str | None, config_id: str, limit: int | None = None) -> PullAnswer:
        self.requests.append(since)
        later = sorted((e for e in self.events if since is None or e["timestamp"] > since),
                       key=lambda e: e["timestamp"])[:10]
        cursor = later[-1]["timestamp"] if len(later) == 10 else None
        return PullAnswer([dict(e) for e in later], [], None, cursor)


def at(second: int, millis: int = 0) -> str:
    return f"2024-05-01T10:{second // 60:02d}:{second % 60:02d}.{millis:03d}Z"


def walk(log: StockLog, watermark: str | None = None) -> tuple[set[str], str | None]:
    pager = StockPager(log, "cfg", overlap=timedelta(minutes=10))  # type: ignore[arg-type]
    seen: set[str] = set()
    last = watermark
    for page in pager.pages(watermark):
        seen.update(e["guid"] for e in page.answer.events)
        last = page.watermark
    return seen, last


def test_ties_across_a_page_boundary_are_all_reached() -> None:
    log = StockLog([at(n) for n in range(8)] + [at(30)] * 6 + [at(40 + n) for n in range(9)])
    seen, watermark = walk(log)
    assert seen == {e["guid"] for e in log.events}
    assert watermark == at(48)


def test_a_run_starts_again_an_overlap_before_the_last_timestamp_seen() -> None:
    log = StockLog([at(n) for n in range(5)])
    _, watermark = walk(log)
    log.events.append({"guid": "late", "timestamp": at(2, 500)})  # pushed later, back-dated
    seen, _ = walk(log, watermark)
    assert "late" in seen
    assert log.requests[-1] is not None and log.requests[-1] < at(2)


def test_more_ties_than_a_page_are_stepped_over_instead_of_asked_for_again() -> None:
    log = StockLog([at(5)] * 12 + [at(6)])
    pager = StockPager(log, "cfg")  # type: ignore[arg-type]
    seen: set[Any] = set()
    for page in pager.pages(None):
        seen.update(e["guid"] for e in page.answer.events)
    assert "g12" in seen and len(seen) == 11
    assert pager.stuck_timestamps == [at(5)]
    assert len(log.requests) == 3
