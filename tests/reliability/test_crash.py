"""Crash safety: the desktop process killed with SIGKILL at random points, hundreds of times.

After every kill the profile is opened again, as the application does, and checked: every
acknowledged event is there exactly once, the projections equal a rebuild of the log, and
`verify` passes (log and tree agree).
"""

from __future__ import annotations

import random
from pathlib import Path

import httpx
import pytest

from datacollect_desktop.storage.profile import Profile
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.factories import wire
from tests.integration.server.support import (
    CONFIG_A,
    PASSWORD,
    WORKER_A,
    ServerHandle,
    pull_all,
)
from tests.integration.sync.devices import Device, DeviceFactory, uid
from tests.integration.sync.fault_proxy import FaultProxy
from tests.reliability.crash.checks import (
    acknowledged_events,
    rebuild_was_cut_short,
    restart_and_check,
)
from tests.reliability.crash.harness import CrashHost, KillPlan
from tests.reliability.recorder import Tally
from tests.unit.storage.test_store import table_dump

pytestmark = pytest.mark.reliability(scenario="Crash safety")


def new_profile(directory: Path) -> None:
    Profile(directory).create(PASSPHRASE, FAST_KDF)[0].close()


def test_submits_killed_at_random_points_lose_and_double_nothing(
        host: CrashHost, tmp_path: Path, soak: int, tally: Tally) -> None:
    """Submits of single events, imports, households and edits; every acknowledged event
    survives once, projections equal their rebuild, verify passes."""
    rng = random.Random(1)
    plan = KillPlan(max_acks=30, jitter=0.01)
    for round_ in range(8 * soak):
        directory = tmp_path / f"profile-{round_}"
        new_profile(directory)
        acknowledged: set[str] = set()
        for kill in range(15):
            lines = host.kill_during("submits", directory, tmp_path / "acks", plan, rng,
                                     prefix=f"r{round_}k{kill}")
            new = acknowledged_events(lines)
            acknowledged.update(new)
            restart = restart_and_check(directory, acknowledged)
            tally.add(kills=1, acknowledged_events=len(new), lost=len(restart.missing),
                      doubled=len(restart.doubled))
            assert not restart.problems(), (round_, kill, restart.problems())


def test_drafts_killed_at_random_points_are_either_a_draft_or_a_saved_record(
        host: CrashHost, tmp_path: Path, soak: int, tally: Tally) -> None:
    """Autosaved drafts, saved and discarded forms, drafts resumed after the last kill: each
    form is a draft holding its last autosave, or one saved record, never both."""
    from datacollect_desktop.app.gate import ProfileGate
    from tests.reliability.crash.drafts_ledger import DraftLedger

    rng = random.Random(2)
    plan = KillPlan(max_acks=40, jitter=0.01)
    for round_ in range(4 * soak):
        directory = tmp_path / f"profile-{round_}"
        ProfileGate(directory, FAST_KDF).create("Awa Diallo", PASSPHRASE, PASSPHRASE)[0].close()
        ledger = DraftLedger()
        for kill in range(20):
            lines = host.kill_during("drafts", directory, tmp_path / "acks", plan, rng)
            ledger.read(lines)
            restart = restart_and_check(directory, [])
            session = Profile(directory).open(PASSPHRASE)
            try:
                problems = ledger.problems(session)
            finally:
                session.close()
            tally.add(kills=1, autosaves=sum(line.startswith("flushed") for line in lines),
                      saved_forms=sum(line.startswith("saved") for line in lines),
                      lost=len(restart.missing), doubled=len(restart.doubled))
            assert not restart.problems() and not problems, (round_, kill, problems,
                                                             restart.problems())


def test_rebuilds_killed_at_random_points_are_finished_on_the_next_open(
        host: CrashHost, tmp_path: Path, soak: int, tally: Tally) -> None:
    """Rebuilds (in small batches, so with many commits) and the opens that finish a rebuild
    cut short: after every kill the projections are exactly those before, verify passes."""
    directory = tmp_path / "profile"
    session = Profile(directory).create(PASSPHRASE, FAST_KDF)[0]
    session.store.submit([wire(f"h{i}", "create-group", {"name": f"H{i}", "members": [
        {"guid": f"m{i}-{k}", "name": f"M {k}"} for k in range(3)]}) for i in range(150)])
    session.store.submit([wire(f"m{i}-0", "update-individual", {"age": i})
                          for i in range(150)])
    expected = table_dump(session)
    guids = [g for (g,) in session.db.execute_sql("SELECT guid FROM events")]
    session.close()
    rng = random.Random(3)
    plan = KillPlan(max_acks=1, jitter=0.2)
    cut_short = 0
    for kill in range(60 * soak):
        host.kill_during("rebuilds", directory, tmp_path / "acks", plan, rng, batch=20)
        cut_short += rebuild_was_cut_short(directory)
        reopened = Profile(directory).open(PASSPHRASE)
        try:
            same = table_dump(reopened) == expected
            problems = reopened.integrity.verify().mismatches
        finally:
            reopened.close()
        tally.add(kills=1, lost=0 if same else 1)
        assert same and not problems, (kill, problems)
    tally.add(killed_mid_rebuild=cut_short, events=len(guids))
    assert cut_short >= 60 * soak // 4, "too few kills landed inside a rebuild"


def test_sync_killed_at_random_points_loses_and_doubles_nothing(
        host: CrashHost, tmp_path: Path, soak: int, tally: Tally, devices: DeviceFactory,
        proxy: FaultProxy, server_process: ServerHandle) -> None:
    """The sync worker pushing and pulling in small chunks while the field worker submits,
    and another device adds events between kills: after every kill the profile checks out;
    after a last sync every acknowledged event is on the server once and both devices
    hold the same records in the same order."""
    rng = random.Random(4)
    plan = KillPlan(max_acks=1, jitter=0.8)  # by time: the kill falls inside sync runs
    proxy.plan.delay = 0.005  # widen the moments between the server acting and the answer
    source = devices()
    server = {"server": proxy.url, "email": WORKER_A, "password": PASSWORD, "config": CONFIG_A}
    for round_ in range(4 * soak):
        directory = tmp_path / f"killed-{round_}"
        new_profile(directory)
        acknowledged: set[str] = set()
        for kill in range(10):
            source.submit(*[wire(uid("p"), "create-individual", {"name": f"S{n}"})
                            for n in range(rng.randint(0, 60))])
            source.sync()
            requests = len(proxy.requests())
            lines = host.kill_during("sync", directory, tmp_path / "acks", plan, rng,
                                     prefix=f"r{round_}k{kill}", **server)
            new = acknowledged_events(lines)
            acknowledged.update(new)
            restart = restart_and_check(directory, acknowledged)
            tally.add(kills=1, acknowledged_events=len(new), lost=len(restart.missing),
                      doubled=len(restart.doubled),
                      sync_requests=len(proxy.requests()) - requests,
                      sync_runs=sum(line.startswith("synced") for line in lines))
            assert not restart.problems(), (round_, kill, restart.problems())
        on_server = settle(directory, proxy.url, source, server_process.as_user(WORKER_A))
        missing = acknowledged - set(on_server)
        doubled = len(on_server) - len(set(on_server))
        tally.add(lost=len(missing), doubled=doubled)
        assert not missing and not doubled, (round_, sorted(missing)[:5], doubled)


def settle(directory: Path, url: str, source: Device, client: httpx.Client) -> list[str]:
    """A last sync of the device to the end, then of the other; the server's guids. The two
    devices must then agree on every record and on the order of the log."""
    session = Profile(directory).open(PASSPHRASE)
    try:
        device = Device(session, url)
        device.sync()
        assert set(device.levels().values()) == {1}, "events left unsent after a full sync"
        source.sync()
        assert device.entities() == source.entities()
        assert device.order() == source.order()
    finally:
        session.close()
    return [e["guid"] for e in pull_all(client, CONFIG_A)[0]]
