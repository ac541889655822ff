"""Pull pages read one event at a time and applied with their positions at once: the same
events, log, positions and projections as the whole-page parse and a replay in canonical order."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bench.workload import Workload
from datacollect_desktop.domain.canonical import InvalidJSON, parse_json
from datacollect_desktop.server.pull import _log_wire_events, _page
from datacollect_desktop.server.store.base import PulledEvent as ServerEvent
from datacollect_desktop.storage.pages import PulledEvent
from datacollect_desktop.storage.profile import Profile, Session
from datacollect_desktop.sync.pull_page import Irregular, page_events, split_page
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.unit.storage.test_store import table_dump
from tests.unit.sync.memory_log import replica


def _leaf(doc: dict[str, Any]) -> str:
    return PulledEvent.from_wire(doc).body.decode("utf-8")


def server_page(docs: list[dict[str, Any]], first_leaf: int, more: bool) -> bytes:
    """The page our server writes for these events (server/pull.py)."""
    events = [ServerEvent(first_leaf + i, doc["guid"], _leaf(doc), 1, "", "account-7")
              for i, doc in enumerate(docs)]
    cursor = f"c{first_leaf + len(docs)}"
    return _page(events, {"syncLevelUpdates": [], "cursor": cursor,
                          "nextCursor": cursor if more else None}, _log_wire_events)


def whole_page_events(content: bytes) -> list[PulledEvent]:
    """How a page was read before: one strict parse, then each event canonicalised."""
    return [PulledEvent.from_wire(doc) for doc in parse_json(content)["events"]]


def scenario() -> tuple[list[dict[str, Any]], list[list[dict[str, Any]]]]:
    """This device's own app-made events, and the server's pages: others' events with ours
    coming back interleaved between them (a rebase), others' edits of our households (field
    conflicts), then ours coming back alone in local order (the fast path)."""
    work = Workload(seed=3, user="worker-1")
    mine = list(work.events(60))
    others = Workload(seed=4, user="worker-2")
    theirs = list(others.events(40))
    early = [d["entityGuid"] for d in mine[:4] if d["type"] == "create-group"]
    late = [d["entityGuid"] for d in mine[4:30] if d["type"] == "create-group"]
    edits, own_edits = [], []
    for n, household in enumerate([*early[:2], *late[:3]]):
        edits.append(dict(theirs[n], guid=f"their-edit-{n}", entityGuid=household,
                          type="update-group", data={"monthlyIncome": 1000 + n}))
        own_edits.append(dict(work.edit(), guid=f"my-edit-{n}", entityGuid=household,
                              type="update-group", data={"monthlyIncome": 2000 + n}))
    mine.extend(own_edits)
    first = [theirs[0], mine[0], mine[1], theirs[1], *edits[:2], mine[2], theirs[2], mine[3]]
    second = [*mine[4:30], *theirs[3:20], *edits[2:], *mine[30:40]]
    third = [*mine[40:], *theirs[20:]]
    return mine, [first, second, third]


def device(root: Path, name: str, mine: list[dict[str, Any]]) -> Session:
    session = Profile(root / name).create(PASSPHRASE, FAST_KDF)[0]
    session.store.submit(mine)
    replica(session).remote.bind("http://server.example", "cfg")
    return session


def rows(session: Session) -> list[tuple[Any, ...]]:
    return session.db.connection().execute(
        "SELECT seq, guid, body, server_pos, sync_level, applied, flag, sync_error "
        "FROM events ORDER BY seq").fetchall()


def test_pages_read_by_event_apply_as_the_whole_page_parse_and_replay_in_canonical_order(
        tmp_path: Path) -> None:
    mine, pages = scenario()
    split = device(tmp_path, "split", mine)
    whole = device(tmp_path, "whole", mine)
    try:
        leaf = 0
        for number, docs in enumerate(pages):
            content = server_page(docs, leaf, more=number < len(pages) - 1)
            leaf += len(docs)
            read = page_events(split_page(content))
            assert read == whole_page_events(content)
            replica(split).apply_page(read, remote={"cursor": f"c{leaf}"})
            replica(whole).apply_page(whole_page_events(content),
                                      remote={"cursor": f"c{leaf}"})
        assert table_dump(split) == table_dump(whole)
        # Every event is positioned in server order, ours keeping their local numbers and
        # the others' appended after them in page order.
        order = [doc["guid"] for docs in pages for doc in docs]
        log = rows(split)
        assert [guid for _seq, guid, *_ in sorted(log, key=lambda r: r[3])] == order
        assert [r[3] for r in log] == [order.index(r[1]) + 1 for r in log]
        assert [r[1] for r in log[:len(mine)]] == [d["guid"] for d in mine]
        assert all(r[4] == 1 and r[7] is None for r in log)
        # The projections equal a replay of the log in canonical order.
        before = table_dump(split)
        split.store.rebuild()
        assert table_dump(split) == before
        assert replica(split).conflicts(), "others' edits of our households were conflicts"
    finally:
        split.close()
        whole.close()


def test_an_event_sent_in_another_form_is_read_strictly() -> None:
    doc = Workload(seed=5).household()
    canonical = server_page([doc], 0, more=False)
    # The same event with its keys in another order, and spaced: not canonical as sent.
    loose = json.dumps({**dict(reversed(list(doc.items()))), "syncLevel": 1}, indent=1)
    content = b'{"events":[' + loose.encode() + b'],"cursor":"c1","nextCursor":null}'
    read = [item if isinstance(item, PulledEvent) else PulledEvent.from_wire(item)
            for item in page_events(split_page(content))]
    assert read == whole_page_events(content) == whole_page_events(canonical)
    # A duplicate key is refused, as the strict parse of the whole page refused it.
    text = canonical.decode()
    doubled = text.replace('"guid":', '"guid":"other","guid":', 1).encode()
    with pytest.raises(InvalidJSON):
        whole_page_events(doubled)
    with pytest.raises(InvalidJSON):
        page_events(split_page(doubled))
    # A page in another shape is left to the whole-page parse.
    with pytest.raises(Irregular):
        split_page(b' {"events":[]}')
    with pytest.raises(Irregular):
        split_page(text.replace('],"syncLevelUpdates"', '],"events":[],"syncLevelUpdates"')
                   .encode())
