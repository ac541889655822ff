"""The device keeps its last consistency check of the server's log for the integrity screen:
the sizes compared when it held, the problem when it did not."""

from __future__ import annotations

import sqlite3

import pytest

from datacollect_desktop.domain import merkle
from datacollect_desktop.storage.remote import RemoteStore
from datacollect_desktop.sync.errors import IntegrityAlarm
from tests.integration.server.support import ServerHandle
from tests.integration.sync.devices import DeviceFactory
from tests.integration.sync.test_integrity import own_devices, own_server, people, restart

__all__ = ["own_devices", "own_server"]


def test_a_checkpoint_that_extends_the_last_one_is_recorded_as_consistent(
        own_devices: DeviceFactory) -> None:
    device = own_devices()
    device.submit(*people(3))
    device.sync()
    first = RemoteStore(device.session.db).get()
    assert first is not None and first.consistency_to is None  # nothing to compare yet
    device.submit(*people(2))
    device.sync()
    state = RemoteStore(device.session.db).get()
    assert state is not None and state.consistency_problem is None
    assert state.consistency_from == first.checkpoint_size
    assert state.consistency_to == state.checkpoint_size == 5
    assert state.consistency_at is not None


def test_a_log_that_shrank_is_recorded_as_inconsistent(own_server: ServerHandle,
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
        with pytest.raises(IntegrityAlarm):
            device.sync()
    finally:
        restarted.stop()
    state = RemoteStore(device.session.db).get()
    assert state is not None and "shrank" in (state.consistency_problem or "")
    assert state.checkpoint_size == 3  # the last good checkpoint is kept
