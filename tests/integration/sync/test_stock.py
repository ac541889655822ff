"""Syncing with a stock DataCollect stand-in: `{"status": "success"}` pushes, timestamp pages of
ten, no `metadata` kept, a 100 kB body limit answered with HTML (tests/stock runs the real one).

Nothing is lost there either: ties across a page boundary, pages full of one timestamp and
events pushed later with an earlier timestamp (within the overlap window) all arrive, each
once; the device keeps its own full copies; the body limit is learned once.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest

from datacollect_desktop.app.integrity import IntegrityService
from datacollect_desktop.storage.profile import Profile
from datacollect_desktop.sync.client import SyncClient
from datacollect_desktop.sync.engine import SyncEngine
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.factories import wire
from tests.integration.server.support import PASSWORD, REPO
from tests.integration.sync.conftest import SMALL_BODY_LIMIT
from tests.integration.sync.devices import Device, DeviceFactory, uid
from tests.stock.devices import CountingTransport


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


def test_a_page_full_of_one_timestamp_does_not_stall_the_pull_and_loses_nothing(
        stock_devices: Any) -> None:
    ana, bo = stock_devices(), stock_devices()
    ana.submit(*[event(2000, f"same{k}") for k in range(12)], event(2001, "after"))
    ana.sync()
    # Timestamp paging cannot reach past ten events of one millisecond: the pull steps over
    # that moment, then reaches the rest through the audit log (issue 14 changed this from
    # "11 of 13 arrive").
    assert bo.sync().pulled == 13
    assert bo.entities() == ana.entities()
    assert bo.sync().pulled == 0


def with_metadata(doc: dict[str, Any]) -> dict[str, Any]:
    """An event as the window writes it: with DataCollect metadata, which stock drops."""
    return {**doc, "metadata": {"deviceId": "laptop-1", "formName": "person",
                                "source": "desktop", "correlationId": str(uuid.uuid4())}}


def test_events_with_metadata_come_back_without_it_and_the_device_keeps_its_copy(
        stock_devices: Any) -> None:
    ana, bo = stock_devices(), stock_devices()
    docs = [with_metadata(event(3000 + n, f"M{n}")) for n in range(12)]
    ana.submit(*docs)
    first = ana.sync()  # pushes, then pulls its own events back without metadata
    assert (first.pushed, first.rejected) == (12, 0)
    assert ana.sync().pulled == 0
    kept = ana.session.queries.event(docs[0]["guid"]).event
    assert kept.metadata == docs[0]["metadata"]
    assert ana.session.integrity.verify().ok
    assert bo.sync().pulled == 12
    assert bo.session.queries.event(docs[0]["guid"]).event.metadata is None
    assert bo.entities() == ana.entities()


def counted_sync(device: Device) -> tuple[Any, int]:
    """Sync and count the server's 413 refusals."""
    transport = CountingTransport()
    target = device.engine().target
    client = SyncClient(target.server_url, timeout=30.0, transport=transport)
    engine = SyncEngine(device.session, target, client=client)
    try:
        return engine.run(), transport.statuses[413]
    finally:
        engine.close()


def bulky(n: int) -> dict[str, Any]:
    return event(4000 + n, f"Bulky {n} " + "x" * 900)


def test_pushes_fit_the_stock_default_body_limit_without_a_refusal(
        stock_devices: Any) -> None:
    ana = stock_devices()
    ana.submit(*[bulky(n) for n in range(150)])  # about 150 kB
    summary, refusals = counted_sync(ana)
    assert (summary.pushed, summary.rejected, refusals) == (150, 0, 0)


def test_a_smaller_body_limit_is_learned_and_kept_for_later_pushes(
        tmp_path: Path, small_stock_server: str) -> None:
    factory = DeviceFactory(tmp_path / "devices", small_stock_server)
    try:
        ana = factory(email="worker@example.org", config_id="household")
        ana.submit(*[bulky(n) for n in range(40)])  # about 40 kB, twice the limit
        summary, refusals = counted_sync(ana)
        assert (summary.pushed, summary.rejected) == (40, 0) and refusals >= 1
        limit = ana.replica.remote.get().body_limit  # type: ignore[union-attr]
        assert limit is not None and limit <= SMALL_BODY_LIMIT
        ana.submit(*[bulky(100 + n) for n in range(40)])
        again, refused_again = counted_sync(ana)
        assert (again.pushed, refused_again) == (40, 0)
    finally:
        factory.close()


def test_the_integrity_screen_and_sync_say_a_stock_server_signs_no_checkpoints(
        tmp_path: Path, stock_devices: Any, stock_server: str, qtbot: Any) -> None:
    from datacollect_desktop.ui.integrity_panels import ServerPanel

    ana = stock_devices()
    ana.submit(event(5000, "N"))
    ana.sync()
    trust = IntegrityService(ana.session).server()
    assert trust is not None and trust.signs_checkpoints is False
    assert trust.notice is not None and "signs no checkpoints" in trust.notice
    panel = ServerPanel()
    qtbot.addWidget(panel)
    panel.show_trust(trust)
    assert "only this device's own log is proven" in panel.summary.text()
    directory = tmp_path / "cli-device"
    session, _ = Profile(directory).create(PASSPHRASE, FAST_KDF)
    session.store.submit([event(5001, "C")])
    session.close()
    env = {**os.environ, "DATACOLLECT_PASSPHRASE": PASSPHRASE, "PYTHONPATH": str(REPO),
           "DATACOLLECT_SERVER_PASSWORD": PASSWORD}
    proc = subprocess.run(
        [sys.executable, "-m", "datacollect_desktop", "--data-dir", str(directory), "sync",
         "--server", stock_server, "--email", "worker@example.org", "--config-id",
         "household", "--timeout", "10"],
        capture_output=True, text=True, env=env, cwd=REPO, stdin=subprocess.DEVNULL,
        timeout=120)
    assert proc.returncode == 0, proc.stderr
    printed = json.loads(proc.stdout)
    assert printed["checkpoint"] is None and "signs no checkpoints" in printed["notice"]
