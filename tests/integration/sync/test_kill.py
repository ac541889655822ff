"""`datacollect-desktop sync` killed with SIGKILL mid-push or mid-pull, then run again.

Nothing is lost and nothing is doubled: after the rerun every event is on the server once and
on the device once, the device's projections equal their rebuild, and `verify` passes.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from datacollect_desktop.storage.profile import Profile
from datacollect_desktop.storage.replica import Replica
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.factories import wire
from tests.integration.server.support import (
    CONFIG_A,
    PASSWORD,
    REPO,
    WORKER_A,
    ServerHandle,
    pull_all,
)
from tests.integration.sync.devices import DeviceFactory, uid
from tests.integration.sync.fault_proxy import FaultProxy
from tests.unit.storage.test_store import table_dump

pytestmark = pytest.mark.reliability(scenario="Crash safety")


def start_sync(directory: Path, url: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "DATACOLLECT_PASSPHRASE": PASSPHRASE,
           "DATACOLLECT_SERVER_PASSWORD": PASSWORD, "PYTHONPATH": str(REPO)}
    return subprocess.Popen(
        [sys.executable, "-m", "datacollect_desktop", "--data-dir", str(directory), "sync",
         "--server", url, "--email", WORKER_A, "--config-id", CONFIG_A],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=REPO)


def finish_sync(directory: Path, url: str) -> dict[str, Any]:
    proc = start_sync(directory, url)
    out, err = proc.communicate(timeout=240)
    assert proc.returncode == 0, err.decode()
    summary: dict[str, Any] = json.loads(out)
    return summary


def kill(proc: subprocess.Popen[bytes]) -> None:
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL


def new_profile(directory: Path, events: int) -> list[str]:
    session, _ = Profile(directory).create(PASSPHRASE, FAST_KDF)
    docs = [wire(uid("p"), "create-individual", {"name": f"Person {n}", "age": n % 90})
            for n in range(events)]
    try:
        assert all(r.status == "applied" for r in session.store.submit(docs))
    finally:
        session.close()
    return [d["guid"] for d in docs]


def check_intact(directory: Path) -> dict[str, int]:
    """The profile opens, verifies, equals its rebuild; returns each event's sync level."""
    session = Profile(directory).open(PASSPHRASE)
    try:
        assert session.integrity.verify().ok
        before = table_dump(session)
        session.store.rebuild()
        assert table_dump(session) == before
        return dict(session.db.execute_sql("SELECT guid, sync_level FROM events").fetchall())
    finally:
        session.close()


def on_server(server: ServerHandle) -> list[str]:
    return [e["guid"] for e in pull_all(server.as_user(WORKER_A), CONFIG_A)[0]]


def test_killed_after_the_server_took_a_push_before_marking_it_loses_and_doubles_nothing(
        tmp_path: Path, proxy: FaultProxy, server_process: ServerHandle) -> None:
    directory = tmp_path / "device"
    mine = new_profile(directory, 40)
    release = proxy.hold_answer("/api/sync/push")
    proc = start_sync(directory, proxy.url)
    assert proxy.plan.holding.wait(60), "the push never reached the server"
    kill(proc)
    release.set()
    assert set(mine) <= set(on_server(server_process))  # the server holds them...
    levels = check_intact(directory)
    assert {levels[g] for g in mine} == {0}  # ...the device never heard so
    proxy.plan.hold_path = None
    summary = finish_sync(directory, proxy.url)
    assert summary["pushed"] == 40 and summary["rejected"] == 0
    levels = check_intact(directory)
    assert {levels[g] for g in mine} == {1}
    guids = on_server(server_process)
    assert len(guids) == len(set(guids))


def test_killed_between_pull_pages_and_at_random_moments_loses_and_doubles_nothing(
        tmp_path: Path, proxy: FaultProxy, server_process: ServerHandle,
        devices: DeviceFactory) -> None:
    source = devices()
    source.submit(*[wire(uid("h"), "create-group", {"name": f"H{n}", "members": [
        {"guid": uid("m"), "name": f"M{n}-{k}"} for k in range(2)]}) for n in range(2500)])
    source.sync()
    directory = tmp_path / "device"
    mine = new_profile(directory, 300)
    rng = random.Random(7)
    release = proxy.hold_answer("/api/sync/pull", skip=1)  # the second page's answer
    proc = start_sync(directory, proxy.url)
    assert proxy.plan.holding.wait(120)
    kill(proc)
    release.set()
    proxy.plan.hold_path = None
    check_intact(directory)
    for _ in range(3):
        # More for the others to pull, then a kill at a random moment after a pull began.
        source.submit(*[wire(uid("p"), "create-individual", {"name": f"N{n}"})
                        for n in range(3000)])
        source.sync()
        pulls = len(proxy.requests("/api/sync/pull"))
        proc = start_sync(directory, proxy.url)
        deadline = time.monotonic() + 60
        while len(proxy.requests("/api/sync/pull")) == pulls and proc.poll() is None:
            assert time.monotonic() < deadline
            time.sleep(0.005)
        time.sleep(rng.uniform(0.0, 0.4))
        assert proc.poll() is None, "the run ended before it could be killed"
        kill(proc)
        check_intact(directory)
    finish_sync(directory, proxy.url)
    levels = check_intact(directory)
    assert {levels[g] for g in mine} == {1}
    source.sync()
    session = Profile(directory).open(PASSPHRASE)
    try:
        assert Replica(session.db, session.registry).canonical_guids() == source.order()
        assert {e.guid: e.to_doc() for e in session.queries.entities()} == source.entities()
    finally:
        session.close()
    guids = on_server(server_process)
    assert len(guids) == len(set(guids)) and set(mine) <= set(guids)


@pytest.mark.slow
@pytest.mark.timeout(900)
@pytest.mark.parametrize("seed", range(6))
def test_killed_at_random_moments_of_many_syncs_loses_and_doubles_nothing(
        tmp_path: Path, proxy: FaultProxy, server_process: ServerHandle, seed: int) -> None:
    rng = random.Random(seed)
    directory = tmp_path / "device"
    mine = new_profile(directory, 3000)
    proxy.plan.delay = 0.02
    for _ in range(5):
        proc = start_sync(directory, proxy.url)
        time.sleep(rng.uniform(0.5, 4.0))
        if proc.poll() is None:
            kill(proc)
        check_intact(directory)
    proxy.plan.delay = 0.0
    finish_sync(directory, proxy.url)
    levels = check_intact(directory)
    assert {levels[g] for g in mine} == {1}
    guids = on_server(server_process)
    assert len(guids) == len(set(guids)) and set(mine) <= set(guids)
