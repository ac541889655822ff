"""Faults between device and server: 500s, timeouts, cut-off and non-JSON answers, restarts.

Whatever fails, every event the server did not acknowledge stays LOCAL and is pushed again;
the next sync completes with nothing lost and nothing twice.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from datacollect_desktop.sync.errors import ServerTrouble, ServerUnreachable
from tests.factories import wire
from tests.integration.server.conftest import StartServer
from tests.integration.server.support import (
    CONFIG_A,
    WORKER_A,
    ServerHandle,
    pull_all,
    start_server,
)
from tests.integration.sync.devices import Device, DeviceFactory, uid
from tests.integration.sync.fault_proxy import Fault, FaultProxy

pytestmark = pytest.mark.reliability(scenario="Network faults")

PUSH, PULL = "/api/sync/push", "/api/sync/pull"
FAULTS = [
    Fault(PUSH, "500"),
    Fault(PUSH, "500", after_forward=True),
    Fault(PUSH, "hang", after_forward=True),
    Fault(PUSH, "truncate", after_forward=True),
    Fault(PUSH, "garbage", after_forward=True),
    Fault(PUSH, "drop"),
    Fault(PULL, "500"),
    Fault(PULL, "hang"),
    Fault(PULL, "truncate", after_forward=True),
    Fault(PULL, "garbage", after_forward=True),
    Fault("/api/sync/proof/inclusion", "truncate", after_forward=True),
    Fault("/api/sync/proof/consistency", "500"),
    Fault("/api/sync/checkpoint", "garbage", after_forward=True),
    Fault("/api/users/login", "hang"),
]


def own_levels(device: Device, guids: list[str]) -> set[int]:
    levels = device.levels()
    return {levels[g] for g in guids}


@pytest.mark.parametrize("fault", FAULTS, ids=lambda f: f"{f.path}-{f.kind}-"
                         f"{'after' if f.after_forward else 'before'}")
def test_a_failed_request_keeps_unacknowledged_events_local_and_the_retry_completes(
        devices: DeviceFactory, proxy: FaultProxy, server_process: ServerHandle,
        fault: Fault) -> None:
    other = devices()
    other.submit(*[wire(uid("p"), "create-individual", {"name": f"O{n}"}) for n in range(3)])
    other.sync()
    device = devices(timeout=1.0)
    docs = [wire(uid("p"), "create-individual", {"name": f"D{n}"}) for n in range(5)]
    device.submit(*docs)
    guids = [d["guid"] for d in docs]
    device.sync(proxy.url)  # signs in and pins the key; later runs reuse both
    later = [wire(uid("p"), "create-individual", {"name": f"L{n}"}) for n in range(4)]
    device.submit(*later)
    other.submit(wire(uid("p"), "create-individual", {"name": "while offline"}))
    other.sync()
    if fault.path == "/api/users/login":
        device.replica.remote.forget_token()
    proxy.arm(fault)
    with pytest.raises((ServerTrouble, ServerUnreachable)):
        device.sync(proxy.url)
    assert proxy.plan.struck == [fault]
    later_guids = [d["guid"] for d in later]
    if fault.path in (PUSH, "/api/users/login"):
        assert own_levels(device, later_guids) == {0}
    device.sync(proxy.url)
    assert own_levels(device, guids + later_guids) == {1}
    other.sync()
    assert device.entities() == other.entities()
    assert device.order() == other.order()
    on_server = [e["guid"] for e in pull_all(server_process.as_user(WORKER_A), CONFIG_A)[0]]
    assert len(on_server) == len(set(on_server))
    assert set(guids + later_guids) <= set(on_server)
    assert device.session.integrity.verify().ok


def test_a_server_restart_mid_sync_loses_nothing(start_server_with: StartServer,
                                                 tmp_path: Path) -> None:
    server = start_server_with()
    port = int(server.base_url.rsplit(":", 1)[1])
    factory = DeviceFactory(tmp_path / "devices", server.base_url)
    try:
        device = factory(timeout=2.0)
        device.submit(*[wire(uid("p"), "create-individual", {"name": f"P{n}"})
                        for n in range(10)])
        device.sync()
        device.submit(*[wire(uid("p"), "create-individual", {"name": f"Q{n}"})
                        for n in range(10)])
        server.stop()
        with pytest.raises(ServerUnreachable, match="Cannot reach the sync server"):
            device.sync()
        assert sorted(device.levels().values()) == [0] * 10 + [1] * 10
        restarted = start_server(server.data_dir, port=port)
        try:
            summary = device.sync()
            assert summary.pushed == 10
            assert set(device.levels().values()) == {1}
            events, _, _ = pull_all(restarted.as_user(WORKER_A), CONFIG_A)
            assert sorted(e["guid"] for e in events) == sorted(device.levels())
        finally:
            restarted.stop()
    finally:
        factory.close()
