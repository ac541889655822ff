"""Sync figures: 100k local events up, a first sync of 100k events down to an empty device,
and how long the window's thread was kept waiting meanwhile (budget: no stall over 50 ms).

Each sync runs as the application runs it: the `SyncBridge` worker on its own QThread, under an
offscreen QApplication whose thread ticks a 5 ms QTimer; the longest gap between two ticks is
the longest the window would have frozen. `python -m bench.sync_bench [--full]`: 20k events,
or 10k and 100k with --full, each size on a fresh server.

`python -m bench.sync_bench --events N` measures a first sync down of N events alone (budget:
1M in 2 minutes): the server is filled in bulk through its store, not through pushes, so a
million events take a minute or two to prepare. `--server-dir DIR` keeps that filled server
in DIR and reuses it on the next run of the same N, so two versions of the client can be
compared on the same events.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication

from bench.report import Figure, load_average, report
from bench.server_process import EMAIL, PASSWORD, REPO, _free_port, _wait_healthy, sync_server
from bench.workload import Workload
from datacollect_desktop.domain.admission import MAX_EVENT_BYTES
from datacollect_desktop.server.log import utc_now_text
from datacollect_desktop.server.settings import Settings
from datacollect_desktop.server.store import open_store
from datacollect_desktop.server.store.base import Candidate
from datacollect_desktop.server.validation import prepare_event
from datacollect_desktop.storage.keys import KdfParams
from datacollect_desktop.storage.profile import Profile, Session
from datacollect_desktop.sync.engine import SyncSummary, SyncTarget
from datacollect_desktop.sync.login import Account
from datacollect_desktop.ui.sync_bridge import SyncBridge

CONFIG = "bench"
SERVER_CONFIG = {"id": CONFIG, "name": "Bench", "version": "1", "entityForms": [
    {"name": "survey", "title": "Survey", "formio": {"components": []}}]}
QUICK_SIZES = (20_000,)
FULL_SIZES = (10_000, 100_000)
PASSPHRASE = "benchmark passphrase"
STALL_BUDGET_MS = 50.0
TICK_MS = 5
DOWN_BUDGET_S_PER_M = 120.0  # a first sync down of 1M events in at most 2 minutes
FILL_CHUNK = 5_000


def _profile(root: Path, name: str) -> Session:
    session, _ = Profile(root / name).create(PASSPHRASE, KdfParams())
    return session


def _measured_sync(app: QApplication, session: Session, url: str
                   ) -> tuple[float, float, SyncSummary]:
    """One sync through the bridge: (seconds, longest gap between window ticks in ms, summary)."""
    seconds, gaps, summary = _timed_sync(app, session, url)
    return seconds, max(gaps), summary


def _timed_sync(app: QApplication, session: Session, url: str
                ) -> tuple[float, list[float], SyncSummary]:
    """One sync through the bridge: (seconds, every gap between window ticks in ms, summary)."""
    bridge = SyncBridge(session, lambda: SyncTarget(url, Account(EMAIL, lambda: PASSWORD),
                                                    CONFIG), interval=3600.0)
    summaries: list[SyncSummary] = []
    errors: list[str] = []
    loop = QEventLoop()
    bridge.synced.connect(summaries.append)
    bridge.synced.connect(lambda _s: loop.quit())
    bridge.error.connect(errors.append)
    bridge.error.connect(lambda _e: loop.quit())
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.timeout.connect(tick)
    timer.start(TICK_MS)
    start = time.perf_counter()
    last[0] = start
    bridge.start()
    loop.exec()
    elapsed = time.perf_counter() - start
    timer.stop()
    bridge.stop()
    app.processEvents()
    if errors or not summaries:
        raise RuntimeError(f"the bench sync failed: {errors}")
    return elapsed, [gap * 1000 for gap in gaps], summaries[0]


def _at(app: QApplication, root: Path, count: int) -> list[Figure]:
    """Sync `count` local events up from a laptop, then down to an empty device."""
    figures: list[Figure] = []
    with sync_server(root, SERVER_CONFIG) as url:
        laptop = _profile(root, "laptop")
        work = Workload(seed=5)
        for start in range(0, count, 20_000):
            laptop.store.submit(list(work.events(min(20_000, count - start))))
        del work  # the window holds no such lists
        seconds, stall, summary = _measured_sync(app, laptop, url)
        assert summary.pushed == count, summary
        figures.append(Figure(f"sync up: {count:,} local events pushed and proven", seconds,
                              "s", note=f"{count / seconds:,.0f} ev/s; includes pulling them "
                              "back in server order", metric="sync_up", events=count))
        figures.append(Figure(f"sync up at {count:,}: longest window stall", stall, "ms",
                              STALL_BUDGET_MS, note=f"gap between {TICK_MS} ms ticks",
                              metric="stall_up", events=count))
        laptop.close()
        fresh = _profile(root, "fresh")
        seconds, stall, summary = _measured_sync(app, fresh, url)
        assert summary.pulled == count, summary
        figures.append(Figure(f"first sync down: {count:,} events to an empty device",
                              seconds, "s", note=f"{count / seconds:,.0f} ev/s; pulled, "
                              "proven, projected", metric="sync_down", events=count))
        figures.append(Figure(f"first sync down at {count:,}: longest window stall", stall,
                              "ms", STALL_BUDGET_MS, note=f"gap between {TICK_MS} ms ticks",
                              metric="stall_down", events=count))
        fresh.close()
    return figures


def _fill(data: Path, count: int) -> None:
    """A server data directory holding `count` events pushed by the bench's field worker,
    appended through the store in chunks (as pushes would append them, without HTTP)."""
    with tempfile.TemporaryDirectory(prefix="dc-sync-fill-") as temp, \
            sync_server(Path(temp), SERVER_CONFIG):
        shutil.copytree(Path(temp) / "server", data)  # the account, its keys and the config
    store = open_store(Settings(data_dir=data).database_url, connections=2)
    try:
        user = store.user_by_email(EMAIL)
        assert user is not None
        work = Workload(seed=5)
        for start in range(0, count, FILL_CHUNK):
            candidates = []
            for doc in work.events(min(FILL_CHUNK, count - start)):
                candidate = prepare_event(doc, None, MAX_EVENT_BYTES)
                assert isinstance(candidate, Candidate), candidate
                candidates.append(candidate)
            store.append(candidates, config_id=CONFIG, pushed_by=user.id,
                         received_at=utc_now_text())
        assert store.head().tree_size == count
    finally:
        store.close()
    (data / "bench-events").write_text(str(count))


@contextmanager
def _serving(data: Path, log: Path) -> Iterator[str]:
    """The sync server on a data directory filled before; its base URL."""
    port = _free_port()
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "datacollect_desktop.server", "--host", "127.0.0.1",
             "--port", str(port), "--data-dir", str(data)],
            stdout=out, stderr=subprocess.STDOUT, cwd=REPO,
            env={**os.environ, "PYTHONPATH": str(REPO)})
        base = f"http://127.0.0.1:{port}"
        try:
            _wait_healthy(base, process)
            yield base
        finally:
            process.terminate()
            process.wait(timeout=30)


def percentile(values: list[float], share: float) -> float:
    """The value under which `share` of `values` lie (nearest rank)."""
    ordered = sorted(values)
    if not ordered:
        return 0.0
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


def down(count: int, server_dir: Path | None = None) -> list[Figure]:
    """A first sync down of `count` events to an empty device, against a server filled in
    bulk: its time beside the 2-minute budget for 1M, and the window's stalls meanwhile."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory(prefix="dc-sync-down-") as temp:
        root = Path(temp)
        data = server_dir if server_dir is not None else root / "server"
        marker = data / "bench-events"
        if not (marker.exists() and marker.read_text() == str(count)):
            if data.exists():
                shutil.rmtree(data)
            started = time.perf_counter()
            _fill(data, count)
            print(f"server filled with {count:,} events in "
                  f"{time.perf_counter() - started:.0f} s", flush=True)
        load_before = load_average()
        with _serving(data, root / "server.log") as url:
            fresh = _profile(root, "fresh")
            cpu = time.process_time()
            seconds, gaps, summary = _timed_sync(app, fresh, url)
            cpu = time.process_time() - cpu
            fresh.close()
        assert summary.pulled == count, summary
    load_after = load_average()
    budget = DOWN_BUDGET_S_PER_M * count / 1_000_000
    load = f"load {load_before} before, {load_after} after"
    figures = [
        Figure(f"first sync down: {count:,} events to an empty device", seconds, "s", budget,
               note=f"{count / seconds:,.0f} ev/s; budget scaled from 2 min for 1M; {load}",
               metric="sync_down", events=count),
        Figure(f"first sync down at {count:,}: the device's CPU time", cpu, "s",
               note=f"{cpu / count * 1e6:,.0f} µs an event, all threads of the app's process "
               "(the server runs in its own); less sensitive to other load than the time",
               metric="sync_down_cpu", events=count),
        Figure(f"first sync down at {count:,}: longest window stall", max(gaps), "ms",
               STALL_BUDGET_MS, note=f"gap between {TICK_MS} ms ticks; {load}",
               metric="stall_down", events=count),
        Figure(f"first sync down at {count:,}: p99 gap between window ticks",
               percentile(gaps, 0.99), "ms", note=f"{len(gaps):,} ticks; median "
               f"{percentile(gaps, 0.5):.1f} ms, p99.9 {percentile(gaps, 0.999):.1f} ms",
               metric="stall_down_p99", events=count),
    ]
    return figures


def run(quick: bool) -> list[Figure]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    figures: list[Figure] = []
    for count in QUICK_SIZES if quick else FULL_SIZES:
        with tempfile.TemporaryDirectory(prefix="dc-sync-bench-") as temp:
            for figure in _at(app, Path(temp), count):
                print(figure.line(), flush=True)
                figures.append(figure)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.sync_bench", description=__doc__)
    parser.add_argument("--full", action="store_true", help="10k and 100k events")
    parser.add_argument("--events", type=int, metavar="N",
                        help="only a first sync down of N events, from a server filled in bulk")
    parser.add_argument("--server-dir", type=Path, metavar="DIR",
                        help="with --events: keep the filled server here, reuse it next time")
    args = parser.parse_args()
    if args.events:
        for figure in down(args.events, args.server_dir):
            print(figure.line(), flush=True)
        return
    report("sync engine and worker", run(quick=not args.full))


if __name__ == "__main__":
    main()
