"""The device's checks of the server's log: pinned key, consistency, inclusion, tampering.

Every failure raises the integrity alarm at the next sync, and the device keeps all its data.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from datacollect_desktop.domain import merkle, multiproof
from datacollect_desktop.domain.canonical import canonical_json
from datacollect_desktop.server.store.models import node_key
from datacollect_desktop.sync.errors import IntegrityAlarm
from tests.factories import wire
from tests.integration.server.conftest import StartServer
from tests.integration.server.support import (
    WORKER_A,
    WORKER_B,
    ServerHandle,
    leaf_bytes,
    start_server,
)
from tests.integration.sync.devices import Device, DeviceFactory, uid
from tests.integration.sync.fault_proxy import Fault, FaultProxy, fault_proxy
from tests.unit.storage.test_store import table_dump

pytestmark = pytest.mark.reliability(scenario="Tampering")


@pytest.fixture
def own_server(start_server_with: StartServer) -> ServerHandle:
    """A server of the test's own, free to be tampered with."""
    return start_server_with()


@pytest.fixture
def own_devices(tmp_path: Path, own_server: ServerHandle) -> Iterator[DeviceFactory]:
    factory = DeviceFactory(tmp_path / "own", own_server.base_url)
    yield factory
    factory.close()


def people(count: int) -> list[dict[str, object]]:
    return [wire(uid("p"), "create-individual", {"name": f"P{n}"}) for n in range(count)]


def rewrite_event(server: ServerHandle, guid: str, data: dict[str, object], *,
                  recompute_tree: bool) -> None:
    """Change a stored event's content in the server's database, as an intruder would; with
    `recompute_tree` also rebuild every tree node and the head, covering the tracks."""
    with sqlite3.connect(server.data_dir / "server.db") as db:
        leaf = json.loads(db.execute("SELECT leaf FROM events WHERE guid = ?",
                                     (guid,)).fetchone()[0])
        leaf["data"] = data
        db.execute("UPDATE events SET leaf = ? WHERE guid = ?",
                   (canonical_json(leaf).decode(), guid))
        if recompute_tree:
            leaves = [merkle.leaf_hash(row[0].encode()) for row in
                      db.execute("SELECT leaf FROM events ORDER BY seq")]
            db.execute("DELETE FROM tree_nodes")
            db.executemany("INSERT INTO tree_nodes (key, hash) VALUES (?, ?)", [
                (node_key(level, index), node) for (level, index), node
                in merkle.perfect_nodes_from_leaf_hashes(leaves)])
            db.execute("UPDATE log_head SET root_hash = ?",
                       (merkle.root_from_leaf_hashes(leaves),))


def restart(server: ServerHandle) -> ServerHandle:
    port = int(server.base_url.rsplit(":", 1)[1])
    server.stop()
    return start_server(server.data_dir, port=port)


def assert_alarm_keeps_everything(device: Device, match: str) -> None:
    before = table_dump(device.session)
    with pytest.raises(IntegrityAlarm, match=match):
        device.sync()
    assert table_dump(device.session) == before


def test_a_rewritten_past_event_is_caught_by_the_next_device_that_pulls_it(
        own_server: ServerHandle, own_devices: DeviceFactory) -> None:
    writer = own_devices()
    docs = people(6)
    writer.submit(*docs)
    writer.sync()
    rewrite_event(own_server, str(docs[2]["guid"]), {"name": "Someone else"},
                  recompute_tree=False)
    reader = own_devices()
    assert_alarm_keeps_everything(reader, "not in its signed log")
    assert reader.session.queries.size() == 0


def test_a_rewritten_past_event_with_a_recomputed_tree_is_caught_at_the_next_sync(
        own_server: ServerHandle, own_devices: DeviceFactory) -> None:
    device = own_devices()
    docs = people(5)
    device.submit(*docs)
    device.sync()
    own_server.stop()
    rewrite_event(own_server, str(docs[1]["guid"]), {"name": "Forged"}, recompute_tree=True)
    restarted = restart(own_server)
    try:
        assert_alarm_keeps_everything(device, "rewritten")
    finally:
        restarted.stop()


def test_a_log_that_shrank_is_caught_at_the_next_sync(own_server: ServerHandle,
                                                      own_devices: DeviceFactory) -> None:
    device = own_devices()
    device.submit(*people(3))
    device.sync()
    own_server.stop()
    with sqlite3.connect(own_server.data_dir / "server.db") as db:
        size = db.execute("SELECT tree_size FROM log_head").fetchone()[0]
        db.execute("DELETE FROM events WHERE seq = ?", (size - 1,))
        leaves = [merkle.leaf_hash(r[0].encode())
                  for r in db.execute("SELECT leaf FROM events ORDER BY seq")]
        db.execute("UPDATE log_head SET tree_size = ?, root_hash = ?",
                   (size - 1, merkle.root_from_leaf_hashes(leaves)))
    restarted = restart(own_server)
    try:
        assert_alarm_keeps_everything(device, "shrank")
    finally:
        restarted.stop()


def test_another_signing_key_behind_the_same_address_raises_the_alarm(
        devices: DeviceFactory, own_server: ServerHandle, server_process: ServerHandle) -> None:
    with fault_proxy(server_process.base_url) as proxy:
        device = devices(server_url=proxy.url)
        device.submit(*people(2))
        device.sync()
        proxy.server.upstream = httpx.Client(base_url=own_server.base_url)
        assert_alarm_keeps_everything(device, "not the one this device pinned")


def test_a_server_that_stops_signing_raises_the_alarm(devices: DeviceFactory,
                                                      proxy: FaultProxy) -> None:
    device = devices(server_url=proxy.url)
    device.sync()
    proxy.arm(Fault("/api/sync/checkpoint/key", "404"))
    assert_alarm_keeps_everything(device, "no longer signs")


def test_the_batched_proof_binds_many_events_to_a_signed_tree_size(
        devices: DeviceFactory, server_process: ServerHandle) -> None:
    device = devices()
    docs = people(9)
    device.submit(*docs)
    device.sync()
    client = server_process.as_user(WORKER_A)
    head = client.get("/api/sync/checkpoint").json()
    guids = [str(d["guid"]) for d in docs[::2]]
    answer = client.post("/api/sync/proof/inclusion",
                         json={"guids": guids, "treeSize": head["treeSize"]})
    assert answer.status_code == 200, answer.text
    body = answer.json()
    leaves = {index: merkle.leaf_hash(leaf_bytes(doc)) for index, doc in
              zip(body["leafIndices"], docs[::2], strict=True)}
    proof = [bytes.fromhex(h) for h in body["proof"]]
    root = bytes.fromhex(head["rootHash"])
    assert multiproof.verify_batch_inclusion(leaves, head["treeSize"], proof, root)
    assert not multiproof.verify_batch_inclusion(leaves, head["treeSize"] + 1, proof, root)
    too_small = client.post("/api/sync/proof/inclusion",
                            json={"guids": guids, "treeSize": min(body["leafIndices"]) + 1})
    assert (too_small.status_code, too_small.json()["error"]) == (400, "invalid_tree_size")
    other = server_process.as_user(WORKER_B)
    hidden = other.post("/api/sync/proof/inclusion",
                        json={"guids": guids, "treeSize": head["treeSize"]})
    assert hidden.status_code == 404
    assert other.post("/api/sync/proof/inclusion",
                      json={"guids": [], "treeSize": 1}).status_code == 400
