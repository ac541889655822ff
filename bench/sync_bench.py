"""Sync figures: 100k local events up, a first sync of 100k events down to an empty device,
and how long the window's thread was kept waiting meanwhile (budget: no stall over 50 ms).

Each sync runs as the application runs it: the `SyncBridge` worker on its own QThread, under an
offscreen QApplication whose thread ticks a 5 ms QTimer; the longest gap between two ticks is
the longest the window would have frozen. `python -m bench.sync_bench [--full]` (300k events).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import httpx
from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication

from bench.report import Figure, report
from bench.workload import Workload
from datacollect_desktop.server import cli
from datacollect_desktop.storage.keys import KdfParams
from datacollect_desktop.storage.profile import Profile, Session
from datacollect_desktop.sync.engine import SyncSummary, SyncTarget
from datacollect_desktop.sync.login import Account
from datacollect_desktop.ui.sync_bridge import SyncBridge

REPO = Path(__file__).resolve().parents[1]
PASSWORD = "bench password 1"
EMAIL = "bench@example.org"
CONFIG = "bench"
PASSPHRASE = "benchmark passphrase"
STALL_BUDGET_MS = 50.0
TICK_MS = 5


@contextmanager
def _server(root: Path) -> Iterator[str]:
    """A fresh SQLite-backed sync server process; its base URL."""
    data = root / "server"
    os.environ["DATACOLLECT_USER_PASSWORD"] = PASSWORD
    cli.main(["create-user", EMAIL, "--role", "field-worker", "--config-id", CONFIG,
              "--data-dir", str(data)])
    config = root / "config.json"
    config.write_text(json.dumps({"id": CONFIG, "name": "Bench", "version": "1",
                                  "entityForms": [{"name": "survey", "title": "Survey",
                                                   "formio": {"components": []}}]}))
    cli.main(["load-config", str(config), "--data-dir", str(data)])
    with socket_port() as port, (root / "server.log").open("wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "datacollect_desktop.server", "--host", "127.0.0.1",
             "--port", str(port), "--data-dir", str(data)],
            stdout=log, stderr=subprocess.STDOUT, cwd=REPO,
            env={**os.environ, "PYTHONPATH": str(REPO)})
        base = f"http://127.0.0.1:{port}"
        try:
            for _ in range(600):
                try:
                    if httpx.get(f"{base}/health").status_code == 200:
                        break
                except httpx.HTTPError:
                    time.sleep(0.05)
            yield base
        finally:
            process.terminate()
            process.wait(timeout=30)


@contextmanager
def socket_port() -> Iterator[int]:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    yield port


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


def run(quick: bool) -> list[Figure]:
    count = int(os.environ.get("SYNC_BENCH_EVENTS", 0)) or (100_000 if quick else 300_000)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory(prefix="dc-sync-bench-") as temp:
        root = Path(temp)
        with _server(root) as url:
            laptop = _profile(root, "laptop")
            work = Workload(seed=5)
            for start in range(0, count, 20_000):
                laptop.store.submit(list(work.events(min(20_000, count - start))))
            del work  # the window holds no such lists
            seconds, stall, summary = _measured_sync(app, laptop, url)
            assert summary.pushed == count, summary
            figures.append(Figure(f"sync up: {count:,} local events pushed and proven",
                                  seconds, "s", note="includes pulling them back in server "
                                  "order"))
            figures.append(Figure("sync up: events per second", count / seconds, "ev/s"))
            figures.append(Figure("sync up: longest window stall", stall, "ms",
                                  STALL_BUDGET_MS, note=f"gap between {TICK_MS} ms ticks"))
            laptop.close()
            fresh = _profile(root, "fresh")
            seconds, stall, summary = _measured_sync(app, fresh, url)
            assert summary.pulled == count, summary
            figures.append(Figure(f"first sync down: {count:,} events to an empty device",
                                  seconds, "s", note="pulled, proven, projected"))
            figures.append(Figure("first sync down: events per second", count / seconds,
                                  "ev/s"))
            figures.append(Figure("first sync down: longest window stall", stall, "ms",
                                  STALL_BUDGET_MS, note=f"gap between {TICK_MS} ms ticks"))
            fresh.close()
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.sync_bench", description=__doc__)
    parser.add_argument("--full", action="store_true", help="300k events instead of 100k")
    args = parser.parse_args()
    report("sync engine and worker", run(quick=not args.full))


if __name__ == "__main__":
    main()
