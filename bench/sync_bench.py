"""Sync figures: 100k local events up, a first sync of 100k events down to an empty device,
and how long the window's thread was kept waiting meanwhile (budget: no stall over 50 ms).

Each sync runs as the application runs it: the `SyncBridge` worker on its own QThread, under an
offscreen QApplication whose thread ticks a 5 ms QTimer; the longest gap between two ticks is
the longest the window would have frozen. `python -m bench.sync_bench [--full]`: 20k events,
or 10k and 100k with --full, each size on a fresh server.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication

from bench.report import Figure, report
from bench.server_process import EMAIL, PASSWORD, sync_server
from bench.workload import Workload
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


def _profile(root: Path, name: str) -> Session:
    session, _ = Profile(root / name).create(PASSPHRASE, KdfParams())
    return session


def _measured_sync(app: QApplication, session: Session, url: str
                   ) -> tuple[float, float, SyncSummary]:
    """One sync through the bridge: (seconds, longest gap between window ticks in ms, summary)."""
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
    return elapsed, max(gaps) * 1000, summaries[0]


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
    args = parser.parse_args()
    report("sync engine and worker", run(quick=not args.full))


if __name__ == "__main__":
    main()
