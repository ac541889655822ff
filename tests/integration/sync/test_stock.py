"""Syncing with a stock DataCollect backend: `{"status": "success"}` pushes, timestamp pages of ten.

Nothing is lost there either: ties across a page boundary and events pushed later with an
earlier timestamp (within the overlap window) all arrive, each once.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.factories import wire
from tests.integration.server.support import PASSWORD
from tests.integration.sync.devices import Device, DeviceFactory, uid


@pytest.fixture
def stock_devices(tmp_path: Path, stock_server: str) -> Any:
    factory = DeviceFactory(tmp_path / "devices", stock_server)
    yield lambda: factory(email="worker@example.org", config_id="household")
    factory.close()


def event(second: int, name: str) -> dict[str, Any]:
    return wire(uid("p"), "create-individual", {"name": name}, guid=str(uuid.uuid4()),
                second=second)


def naive_pull(url: str) -> list[str]:
    """What a client that trusts `nextCursor` as is gets."""
    token = httpx.post(f"{url}/api/users/login",
                       json={"email": "x@example.org", "password": PASSWORD}).json()["token"]
    guids: list[str] = []
    since = None
    while True:
        params = {"configId": "household", **({"since": since} if since else {})}
        page = httpx.get(f"{url}/api/sync/pull", params=params,
                         headers={"Authorization": f"Bearer {token}"}).json()
        guids += [e["guid"] for e in page["events"]]
        if page["nextCursor"] is None:
            return guids
        since = page["nextCursor"]


def own_levels(device: Device, docs: list[dict[str, Any]]) -> set[int]:
    levels = device.levels()
    return {levels[d["guid"]] for d in docs}


def test_a_stock_push_marks_the_chunk_remote_and_devices_converge(stock_devices: Any) -> None:
    ana, bo = stock_devices(), stock_devices()
    docs = [event(100 + n, f"A{n}") for n in range(23)]
    ana.submit(*docs)
    summary = ana.sync()
    assert (summary.pushed, summary.rejected, summary.checkpoint) == (23, 0, None)
    assert own_levels(ana, docs) == {1}
    bo.submit(event(500, "B"))
    bo.sync()
    ana.sync()
    assert ana.entities() == bo.entities()
    assert ana.order() == bo.order()
    assert ana.session.integrity.verify().ok


def test_events_sharing_a_timestamp_across_a_page_boundary_all_arrive(
        stock_devices: Any, stock_server: str) -> None:
    ana, bo = stock_devices(), stock_devices()
    docs = [event(n, f"A{n}") for n in range(1, 8)]
    docs += [event(50, f"tie{k}") for k in range(6)]  # pages of ten: 8th to 13th share a time
    docs += [event(60 + n, f"Z{n}") for n in range(9)]
    ana.submit(*docs)
    ana.sync()
    assert len(set(naive_pull(stock_server))) < len(docs)  # plain paging loses some
    summary = bo.sync()
    assert summary.pulled == len(docs)
    assert own_levels(bo, docs) == {1}
    assert bo.entities() == ana.entities()


def test_events_pushed_later_with_an_earlier_timestamp_arrive_within_the_overlap(
        stock_devices: Any) -> None:
    ana, bo = stock_devices(), stock_devices()
    ana.submit(*[event(1000 + n, f"A{n}") for n in range(15)])
    ana.sync()
    bo.sync()
    late = [event(1000 + n, f"late{n}") for n in range(0, 15, 3)]  # minutes before the last
    ana.submit(*late)
    ana.sync()
    again = bo.sync()
    assert again.pulled == len(late)
    assert bo.entities() == ana.entities()
    assert sorted(bo.levels().items()) == sorted(ana.levels().items())


def test_a_page_full_of_one_timestamp_does_not_stall_the_pull(stock_devices: Any) -> None:
    ana, bo = stock_devices(), stock_devices()
    ana.submit(*[event(2000, f"same{k}") for k in range(12)], event(2001, "after"))
    ana.sync()
    # Timestamp paging cannot reach past ten events of one millisecond (docs/SYNC.md): the
    # pull steps over that moment instead of asking for the same page for ever.
    assert bo.sync().pulled == 11
