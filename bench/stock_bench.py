"""Push and pull of N events against the real stock DataCollect backend (upstream 1.0.0) beside
the project's own sync server, measured in one run on the same events.

The stock backend is built once from the upstream source (tests/stock/backend.py, cached by
the tarball's hash) and runs on loopback with its own PostgreSQL; our server runs on SQLite as
in the sync section. "Push" is a sync up from a laptop holding N local events (it pulls them
back too); "pull" is a first sync down to an empty device. Each sync runs the engine directly
on the calling thread. `python -m bench.stock_bench [--events N]`: 500 events quick, 2,000
with --full.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from bench.report import Figure, report
from bench.server_process import EMAIL, PASSWORD, sync_server
from bench.workload import Workload
from datacollect_desktop.storage.keys import KdfParams
from datacollect_desktop.storage.profile import Profile, Session
from datacollect_desktop.sync.client import SyncClient
from datacollect_desktop.sync.engine import SyncEngine, SyncSummary, SyncTarget
from datacollect_desktop.sync.login import Account

CONFIG = "bench"
SERVER_CONFIG: dict[str, Any] = {"id": CONFIG, "name": "Bench", "version": "1",
                                 "entityForms": [{"name": "survey", "title": "Survey",
                                                  "formio": {"components": []}}]}
QUICK_EVENTS = 500
FULL_EVENTS = 2_000
STOCK_WORKER = "bench-worker@stock.example.org"
PASSPHRASE = "benchmark passphrase"


def _profile(root: Path, name: str) -> Session:
    session, _ = Profile(root / name).create(PASSPHRASE, KdfParams())
    return session


def _timed_sync(session: Session, url: str, email: str, password: str
                ) -> tuple[float, SyncSummary, int]:
    """(seconds, summary, requests) of one sync on this thread."""
    from tests.stock.devices import CountingTransport

    transport = CountingTransport()
    client = SyncClient(url, timeout=900.0, transport=transport)
    engine = SyncEngine(session, SyncTarget(url, Account(email, lambda: password), CONFIG),
                        client=client)
    try:
        started = time.perf_counter()
        summary = engine.run()
        return time.perf_counter() - started, summary, sum(transport.statuses.values())
    finally:
        engine.close()


@contextmanager
def _stock_server(root: Path) -> Iterator[str]:
    from tests.integration.server.pg import start_cluster
    from tests.stock.backend import running_backend

    cluster = start_cluster()
    try:
        with running_backend(cluster.create_database(), root / "stock") as backend:
            backend.add_user(STOCK_WORKER, PASSWORD)
            backend.upload_config(SERVER_CONFIG)
            yield backend.base_url
    finally:
        cluster.stop()


def _measure(label: str, root: Path, url: str, email: str, count: int) -> list[Figure]:
    laptop = _profile(root, f"{label}-laptop")
    # People and their edits, one entity per event: the stock server flags entities whose data
    # all match as potential duplicates and then pulls nothing until someone resolves them,
    # which the households workload (members alike in every field) runs into.
    laptop.store.submit(list(Workload(seed=5).individuals(count)))
    seconds, summary, requests = _timed_sync(laptop, url, email, PASSWORD)
    assert summary.pushed == count and summary.rejected == 0, summary
    laptop.close()
    figures = [Figure(f"{label}: push {count:,} events (sync up)", seconds, "s",
                      note=f"{count / seconds:,.1f} ev/s, {requests} requests",
                      metric=f"{label}_push", events=count)]
    fresh = _profile(root, f"{label}-fresh")
    seconds, summary, requests = _timed_sync(fresh, url, email, PASSWORD)
    assert summary.pulled == count, summary
    fresh.close()
    figures.append(Figure(f"{label}: pull {count:,} events to an empty device", seconds, "s",
                          note=f"{count / seconds:,.1f} ev/s, {requests} requests",
                          metric=f"{label}_pull", events=count))
    return figures


def run(quick: bool, count: int | None = None) -> list[Figure]:
    count = count or (QUICK_EVENTS if quick else FULL_EVENTS)
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory(prefix="dc-stock-bench-") as temp:
        root = Path(temp)
        with sync_server(root / "own", SERVER_CONFIG) as url:
            figures += _measure("own server", root, url, EMAIL, count)
        with _stock_server(root) as url:
            figures += _measure("stock backend", root, url, STOCK_WORKER, count)
    for figure in figures:
        print(figure.line(), flush=True)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.stock_bench", description=__doc__)
    parser.add_argument("--full", action="store_true", help=f"{FULL_EVENTS:,} events")
    parser.add_argument("--events", type=int, default=None, help="how many events")
    args = parser.parse_args()
    report("stock backend beside our server", run(quick=not args.full, count=args.events))


if __name__ == "__main__":
    main()
