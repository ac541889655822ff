"""Network faults: sync through a proxy that drops, delays, truncates, resets and corrupts
traffic; once the network heals, one more sync leaves both devices and the server identical."""

from __future__ import annotations

import json
import random
from collections import Counter

import pytest

from datacollect_desktop.sync.errors import ServerTrouble, SyncError
from tests.factories import wire
from tests.integration.server.support import CONFIG_A, WORKER_A, ServerHandle, pull_all
from tests.integration.sync.devices import Device, DeviceFactory, uid
from tests.integration.sync.fault_proxy import Chaos, Fault, FaultProxy
from tests.reliability.recorder import Tally

pytestmark = pytest.mark.reliability(scenario="Network faults")
PUSH, PULL = "/api/sync/push", "/api/sync/pull"


def some_work(device: Device, shared: list[str], rng: random.Random) -> None:
    """New people, and edits of records both devices hold (which may conflict)."""
    docs = [wire(uid("p"), "create-individual", {"name": f"P{n}"})
            for n in range(rng.randint(0, 8))]
    docs += [wire(guid, "update-individual", {"age": rng.randint(0, 99)})
             for guid in rng.sample(shared, rng.randint(0, 2))]
    device.submit(*docs)


def test_sync_through_a_bad_network_ends_identical_once_it_heals(
        devices: DeviceFactory, proxy: FaultProxy, server_process: ServerHandle, soak: int,
        tally: Tally) -> None:
    """Every request risks a drop or reset before the server sees it, or a lost, cut-off,
    reset, corrupted or late answer after it acted; every failed sync is a transient error
    (never a false tamper alarm, which would stop sync), and after the network heals the
    devices and the server agree."""
    rng = random.Random(11)
    first, second = devices(timeout=10.0), devices(timeout=10.0)
    shared = [uid("p") for _ in range(4)]
    first.submit(*[wire(guid, "create-individual", {"name": "Shared"}) for guid in shared])
    first.sync(proxy.url)
    second.sync(proxy.url)
    proxy.plan.chaos = chaos = Chaos(rng)
    outcomes: Counter[str] = Counter()
    for _ in range(60 * soak):
        device = rng.choice((first, second))
        some_work(device, shared, rng)
        try:
            device.sync(proxy.url)
            outcomes["completed"] += 1
        except SyncError as exc:
            assert exc.transient, exc
            outcomes["failed"] += 1
    proxy.plan.chaos = None
    for device in (first, second, first):
        device.sync(proxy.url)
    tally.add(syncs=sum(outcomes.values()), completed_syncs=outcomes["completed"],
              failed_syncs=outcomes["failed"], faults=sum(chaos.struck.values()),
              **{f"{kind}_faults": n for kind, n in chaos.struck.items()})
    assert first.entities() == second.entities()
    assert first.order() == second.order()
    on_server = [e["guid"] for e in pull_all(server_process.as_user(WORKER_A), CONFIG_A)[0]]
    assert len(on_server) == len(set(on_server))
    for device in (first, second):
        levels = device.levels()
        assert set(levels.values()) == {1}, Counter(levels.values())
        assert set(levels) <= set(on_server)
        assert device.session.integrity.verify().ok
    tally.add(lost=0, events_compared=len(on_server))


def cursor_moved_on(body: bytes) -> bytes:
    """The pull answer with its cursor ten log positions further: still a valid answer."""
    doc = json.loads(body)
    _, position, level = doc["cursor"].split(".")
    doc["cursor"] = f"v1.{int(position) + 10}.{level}"
    if doc["nextCursor"] is not None:
        doc["nextCursor"] = doc["cursor"]
    return json.dumps(doc).encode()


def renamed(body: bytes) -> bytes:
    """A person's name changed inside the JSON: still valid JSON, still a valid event."""
    return body.replace(b'"name":"P', b'"name":"Q', 1)


ALTERATIONS = [
    Fault(PULL, "corrupt", after_forward=True, alter=cursor_moved_on),
    Fault(PULL, "corrupt", after_forward=True, alter=renamed),
    Fault(PUSH, "corrupt", after_forward=False, alter=renamed),
    Fault(PUSH, "corrupt", after_forward=True,
          alter=lambda body: body.replace(b'"accepted"', b'"acceptes"', 1)),
]


@pytest.mark.parametrize("fault", ALTERATIONS, ids=["pull-cursor", "pull-event", "push-event",
                                                    "push-result"])
def test_traffic_altered_in_transit_is_refused_and_the_next_sync_completes(
        devices: DeviceFactory, proxy: FaultProxy, server_process: ServerHandle, fault: Fault,
        tally: Tally) -> None:
    """An answer or a request altered on the way, yet still valid JSON, is refused as
    damaged; nothing of it is kept, and the next sync leaves devices and server identical."""
    source, device = devices(), devices()
    source.submit(*[wire(uid("p"), "create-individual", {"name": f"P{n}"}) for n in range(30)])
    source.sync()
    device.sync(proxy.url)
    source.submit(*[wire(uid("p"), "create-individual", {"name": f"P{n}"}) for n in range(30)])
    source.sync()
    mine = [wire(uid("p"), "create-individual", {"name": f"P{n}"}) for n in range(3)]
    device.submit(*mine)
    before = device.replica.remote.get()
    assert before is not None
    proxy.arm(fault)
    with pytest.raises(ServerTrouble, match="damaged"):
        device.sync(proxy.url)
    assert proxy.plan.struck == [fault]
    after = device.replica.remote.get()
    assert after is not None and (after.cursor, after.last_leaf) == (before.cursor,
                                                                     before.last_leaf)
    if fault.path == PUSH:
        assert {device.levels()[str(d["guid"])] for d in mine} == {0}
    device.sync(proxy.url)
    source.sync()
    assert device.entities() == source.entities()
    assert device.order() == source.order()
    assert set(device.levels().values()) == {1}
    held = {s.event.guid: s.event.data for s in device.session.queries.events()}
    on_server = pull_all(server_process.as_user(WORKER_A), CONFIG_A)[0]
    assert {e["guid"]: e["data"] for e in on_server if e["guid"] in held} == held
    tally.add(altered_bodies=1, lost=0)
