"""The app's sync service against a real server process: one device pushes, another pulls,
once on the calling thread and as the loop the window runs; refusals counted and reported."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from datacollect_desktop.app.sync_service import (
    Account,
    SyncService,
    SyncTarget,
    WorkerPhase,
    WorkerStatus,
)
from datacollect_desktop.domain.events import SyncLevel
from tests.factories import wire
from tests.integration.server.support import PASSWORD
from tests.integration.sync.devices import Device, DeviceFactory, uid


def target_of(device: Device) -> Callable[[], SyncTarget]:
    return lambda: SyncTarget(device.server_url, Account(device.email, lambda: PASSWORD),
                              device.config_id)


class Statuses:
    """Every status the service's loop published, with the refused count sent along."""

    def __init__(self) -> None:
        self.seen: list[tuple[WorkerStatus, int]] = []
        self.threads: set[int] = set()

    def __call__(self, status: WorkerStatus, refused: int) -> None:
        self.threads.add(threading.get_ident())
        self.seen.append((status, refused))

    def last(self) -> WorkerStatus:
        return self.seen[-1][0] if self.seen else WorkerStatus()

    def synced(self, runs: int = 1) -> bool:
        """At least `runs` runs ended in success."""
        return sum(s.phase is WorkerPhase.IDLE and s.last_summary is not None
                   and s.message.startswith("Synced") for s, _ in self.seen) >= runs


def wait_for(condition: Callable[[], bool], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


@contextmanager
def looping(service: SyncService) -> Iterator[threading.Thread]:
    """The service's loop on a thread of its own, stopped (and joined) at the end."""
    thread = threading.Thread(target=service.run, name="sync")
    thread.start()
    try:
        yield thread
    finally:
        service.stop()
        thread.join(timeout=60)
        assert not thread.is_alive()


def test_one_device_pushes_and_another_pulls_through_the_service(devices: DeviceFactory
                                                                 ) -> None:
    ana, bo = devices(), devices()
    guids = [uid("p") for _ in range(3)]
    ana.submit(*[wire(g, "create-individual", {"name": f"Ana's {n}"})
                 for n, g in enumerate(guids)])
    pushed = SyncService(ana.session, target_of(ana)).run_once()
    assert pushed is not None
    assert (pushed.pushed, pushed.rejected, pushed.conflicts) == (3, 0, 0)
    assert set(ana.levels().values()) == {SyncLevel.REMOTE.value}

    progress: list[tuple[int, int, int, int]] = []
    pulled = SyncService(bo.session, target_of(bo)).run_once(
        lambda *counts: progress.append(counts))
    assert pulled is not None
    assert pulled.pushed == 0 and pulled.pulled >= 3
    assert progress and progress[-1][2] == progress[-1][3] >= 3  # all pulled, as reported
    mine = ana.entities()
    theirs = bo.entities()
    assert {g: theirs[g] for g in guids} == {g: mine[g] for g in guids}


def test_the_loop_syncs_on_its_thread_and_publishes_progress_counts_and_summary(
        devices: DeviceFactory) -> None:
    ana, bo = devices(), devices()
    guids = [uid("h") for _ in range(5)]
    ana.submit(*[wire(g, "create-individual", {"name": f"Loop {n}"})
                 for n, g in enumerate(guids)])
    sent = Statuses()
    with looping(SyncService(ana.session, target_of(ana), on_status=sent, interval=3600.0)):
        wait_for(sent.synced)
    assert threading.get_ident() not in sent.threads and len(sent.threads) == 1
    assert any(s.phase is WorkerPhase.SYNCING and s.total_push == 5 for s, _ in sent.seen)
    final = sent.last()
    assert final.last_summary is not None and final.last_summary.pushed == 5
    assert final.counts[SyncLevel.LOCAL] == 0 and final.counts[SyncLevel.REMOTE] >= 5
    assert final.message.startswith("Synced: 5 sent")

    received = Statuses()
    service = SyncService(bo.session, target_of(bo), on_status=received, interval=3600.0)
    with looping(service):
        wait_for(received.synced)
        service.sync_now()  # a second run on demand, not on the hour's timer
        wait_for(lambda: received.synced(2))
    first = next(s for s, _ in received.seen if s.last_summary is not None)
    assert first.last_summary is not None and first.last_summary.pulled >= 5
    assert received.last().counts[SyncLevel.REMOTE] >= 5
    assert set(guids) <= set(bo.entities())


def test_refused_events_are_counted_with_each_status_and_reported_with_advice(
        devices: DeviceFactory) -> None:
    device = devices()
    bad = wire(uid("p"), "create-individual", {"age": 400}, metadata={"formName": "person"})
    device.submit(bad)
    statuses = Statuses()
    service = SyncService(device.session, target_of(device), on_status=statuses,
                          interval=3600.0)
    with looping(service):
        wait_for(statuses.synced)
    status, refused = statuses.seen[-1]
    assert refused == 1
    assert status.last_summary is not None and status.last_summary.rejected == 1
    assert "1 refused by the server" in status.message

    again = service.run_once()  # nothing new refused, the refusal still waits
    assert again is not None and (again.rejected, again.refused) == (0, 1)
    report = service.report(again)
    [refusal] = report["rejections"]
    assert refusal["guid"] == bad["guid"] and refusal["advice"]
    assert (report["pushed"], report["refused"]) == (0, 1)
    assert "notice" not in report  # this server signs checkpoints
