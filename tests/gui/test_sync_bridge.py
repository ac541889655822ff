"""The sync worker's Qt bridge: its own thread, state and counts to the window, backoff, cancel.

Runs against a real server process; the window's thread only receives queued signals.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from datacollect_desktop.app.profiles import Profile, Session
from datacollect_desktop.app.sync_service import Account, Backoff, Limits, SyncTarget
from datacollect_desktop.app.sync_state import SyncPhase, SyncState
from datacollect_desktop.domain.events import SyncLevel
from datacollect_desktop.ui.sync_bar import SyncStatusBar, SyncStatusModel
from datacollect_desktop.ui.sync_bridge import SyncBridge
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.factories import wire
from tests.integration.server.conftest import server_process
from tests.integration.server.support import CONFIG_A, PASSWORD, WORKER_A, ServerHandle, free_port
from tests.integration.sync.fault_proxy import Fault, FaultProxy, fault_proxy

__all__ = ["server_process"]


@pytest.fixture
def device(tmp_path: Path) -> Iterator[Session]:
    session, _ = Profile(tmp_path / "device").create(PASSPHRASE, FAST_KDF)
    yield session
    session.close()


@pytest.fixture
def proxy(server_process: ServerHandle) -> Iterator[FaultProxy]:
    with fault_proxy(server_process.base_url) as running:
        yield running


class Recorder:
    """Every state and error message the bridge reported."""

    def __init__(self, bridge: SyncBridge) -> None:
        self.states: list[SyncState] = []
        self.errors: list[str] = []
        bridge.state_changed.connect(self.states.append)
        bridge.error.connect(self.errors.append)

    def last(self) -> SyncState:
        return self.states[-1] if self.states else SyncState()


def bridge_for(session: Session, url: str, recorder_threads: set[int] | None = None,
               **options: object) -> SyncBridge:
    def target() -> SyncTarget:
        if recorder_threads is not None:
            recorder_threads.add(threading.get_ident())
        return SyncTarget(url, Account(WORKER_A, lambda: PASSWORD), CONFIG_A)

    return SyncBridge(session, target, **options)  # type: ignore[arg-type]


def synced(recorder: Recorder) -> bool:
    state = recorder.last()
    return state.phase is SyncPhase.IDLE and state.last_success is not None


def test_the_bridge_syncs_on_its_own_thread_and_reports_state_and_counts(
        qtbot: QtBot, device: Session, proxy: FaultProxy) -> None:
    device.store.submit([wire(f"p{n}", "create-individual", {"name": f"P{n}"},
                              guid=f"bridge-{n}") for n in range(30)])
    threads: set[int] = set()
    bridge = bridge_for(device, proxy.url, threads, interval=3600.0,
                        limits=Limits(push_events=5))
    recorder = Recorder(bridge)
    model = SyncStatusModel()
    bar = SyncStatusBar(model, bridge)
    qtbot.addWidget(bar)
    bridge.state_changed.connect(model.set_state)
    ticks: list[SyncPhase] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(recorder.last().phase))
    timer.start(5)
    proxy.plan.delay = 0.05  # long enough for the window's timer to fire during the run
    bridge.start()
    try:
        qtbot.waitUntil(lambda: synced(recorder), timeout=60_000)
    finally:
        timer.stop()
        assert bridge.stop()
    assert len(threads) == 1 and threading.get_ident() not in threads  # one worker thread
    assert SyncPhase.SYNCING in ticks  # the window's own loop ran while sync was busy
    final = recorder.last()
    assert final.counts_by_level[SyncLevel.LOCAL] == 0
    assert final.counts_by_level[SyncLevel.REMOTE] >= 30
    assert any(s.phase is SyncPhase.SYNCING and s.total_push == 30 and 0 < s.pushed < 30
               for s in recorder.states)
    assert "Online" in bar.connection.text()
    assert recorder.errors == []


def test_an_unreachable_server_shows_offline_and_is_retried_with_backoff(
        qtbot: QtBot, device: Session) -> None:
    url = f"http://127.0.0.1:{free_port()}"
    bridge = bridge_for(device, url, interval=3600.0, backoff=Backoff(base=0.05, cap=0.2),
                        timeout=2.0)
    recorder = Recorder(bridge)
    bridge.start()
    try:
        qtbot.waitUntil(lambda: sum(s.phase is SyncPhase.OFFLINE
                                    for s in recorder.states) >= 3, timeout=30_000)
    finally:
        assert bridge.stop()
    assert "Cannot reach the sync server" in recorder.last().message
    assert recorder.errors and "Cannot reach" in recorder.errors[0]
    assert bridge.worker.status.retry_in is not None and bridge.worker.status.retry_in <= 0.2


def test_cancel_stops_a_running_sync_at_the_next_chunk(
        qtbot: QtBot, device: Session, proxy: FaultProxy) -> None:
    device.store.submit([wire(f"c{n}", "create-individual", {"name": f"C{n}"},
                              guid=f"cancel-{n}") for n in range(40)])
    proxy.plan.delay = 0.1
    bridge = bridge_for(device, proxy.url, interval=3600.0, limits=Limits(push_events=2))
    recorder = Recorder(bridge)
    bridge.start()
    try:
        qtbot.waitUntil(lambda: recorder.last().pushed >= 4, timeout=60_000)
        bridge.cancel()
        qtbot.waitUntil(lambda: recorder.last().phase is SyncPhase.IDLE, timeout=60_000)
    finally:
        assert bridge.stop()
    assert "cancelled" in recorder.last().message
    pending = recorder.last().counts_by_level[SyncLevel.LOCAL]
    assert 0 < pending < 40


def test_a_failed_integrity_check_raises_the_alarm_and_stops_retrying(
        qtbot: QtBot, device: Session, proxy: FaultProxy) -> None:
    bridge = bridge_for(device, proxy.url, interval=0.05)
    recorder = Recorder(bridge)
    bridge.start()
    try:
        qtbot.waitUntil(lambda: synced(recorder), timeout=60_000)
        proxy.arm(*[Fault("/api/sync/checkpoint/key", "404") for _ in range(50)])
        qtbot.waitUntil(lambda: recorder.last().phase is SyncPhase.INTEGRITY_ALARM,
                        timeout=60_000)
        runs = len(proxy.requests("/api/sync/checkpoint/key"))
        qtbot.wait(300)  # on a 50 ms timer, but an alarm waits for a person
        assert len(proxy.requests("/api/sync/checkpoint/key")) == runs
    finally:
        assert bridge.stop()
    assert recorder.errors and "integrity check" in recorder.errors[-1]


def test_sync_now_runs_again_and_an_unconfigured_profile_says_so(
        qtbot: QtBot, device: Session, proxy: FaultProxy) -> None:
    configured = {"yes": True}

    def target() -> SyncTarget | None:
        if not configured["yes"]:
            return None
        return SyncTarget(proxy.url, Account(WORKER_A, lambda: PASSWORD), CONFIG_A)

    bridge = SyncBridge(device, target, interval=3600.0)
    recorder = Recorder(bridge)
    bridge.start()
    try:
        qtbot.waitUntil(lambda: synced(recorder), timeout=60_000)
        first = len(proxy.requests("/api/sync/pull"))
        configured["yes"] = False
        bridge.sync_now()
        qtbot.waitUntil(lambda: not recorder.last().configured, timeout=60_000)
        assert len(proxy.requests("/api/sync/pull")) == first
        configured["yes"] = True
        bridge.sync_now()
        qtbot.waitUntil(lambda: len(proxy.requests("/api/sync/pull")) > first, timeout=60_000)
    finally:
        assert bridge.stop()
