"""Sync-server throughput on loopback: bulk push and pull at 10k, 100k (and 1M with --full)
events, each size on a fresh server; then push latency and 20 devices at once on the largest log.
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx

from bench.report import Figure, report
from bench.server_process import login, sync_server

CONFIG = "bench"
QUICK_SIZES = (10_000, 100_000)
FULL_SIZES = (10_000, 100_000, 1_000_000)
PUSH_BATCH = 1_000
PULL_PAGE = 5_000
DEVICES = 20
BUDGET_SECONDS_PER_100K = 20.0


def _config() -> dict[str, Any]:
    return {"id": CONFIG, "name": "Bench", "version": "1", "entityForms": [{
        "name": "person", "title": "Person", "formio": {"components": [
            {"type": "textfield", "key": "givenName", "label": "Given name", "input": True,
             "validate": {"required": True, "maxLength": 80}},
            {"type": "textfield", "key": "familyName", "label": "Family name", "input": True},
            {"type": "number", "key": "age", "label": "Age", "input": True,
             "validate": {"min": 0, "max": 130}},
            {"type": "select", "key": "sex", "label": "Sex", "input": True, "data": {"values": [
                {"label": "Female", "value": "female"}, {"label": "Male", "value": "male"}]}},
        ]}}]}


def _event(n: int, device: str) -> dict[str, Any]:
    return {
        "guid": str(uuid.uuid4()),
        "entityGuid": str(uuid.uuid4()),
        "type": "create-individual",
        "data": {"givenName": f"Person {n}", "familyName": "Example", "age": n % 90,
                 "sex": "female" if n % 2 else "male"},
        "timestamp": f"2024-05-{1 + n % 28:02d}T{n % 24:02d}:{n % 60:02d}:{n % 59:02d}.000Z",
        "userId": device,
        "syncLevel": 0,
        "metadata": {"formName": "person", "device": device},
    }


def _bodies(count: int, batch: int, device: str) -> Iterator[bytes]:
    """Push bodies, made as they are sent (a million events would not fit a list comfortably)."""
    for start in range(0, count, batch):
        events = [_event(n, device) for n in range(start, min(start + batch, count))]
        yield json.dumps({"configId": CONFIG, "events": events}).encode()


def _push_all(client: httpx.Client, bodies: Iterator[bytes]) -> list[float]:
    """Each request's round trip; making the bodies is not timed."""
    latencies = []
    for body in bodies:
        start = time.perf_counter()
        response = client.post("/api/sync/push", content=body,
                               headers={"content-type": "application/json"})
        latencies.append(time.perf_counter() - start)
        response.raise_for_status()
        if any(r["status"] != "accepted" for r in response.json()["results"]):
            raise RuntimeError("the bench pushed an event the server did not accept")
    return latencies


def _pull_all(client: httpx.Client) -> int:
    count, since = 0, ""
    while True:
        page = client.get("/api/sync/pull",
                          params={"configId": CONFIG, "since": since, "limit": PULL_PAGE})
        page.raise_for_status()
        doc = page.json()
        count += len(doc["events"])
        since = doc["cursor"]
        if doc["nextCursor"] is None:
            return count


def _p99(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=100, method="inclusive")[98]


def _bulk(client: httpx.Client, total: int) -> list[Figure]:
    budget = BUDGET_SECONDS_PER_100K * total / 100_000
    label = f"{total:,}"
    push_seconds = sum(_push_all(client, _bodies(total, PUSH_BATCH, "laptop-bulk")))
    started = time.perf_counter()
    pulled = _pull_all(client)
    pull_seconds = time.perf_counter() - started
    if pulled != total:
        raise RuntimeError(f"pulled {pulled} events, pushed {total}")
    return [
        Figure(f"push {label} events, batches of {PUSH_BATCH}", push_seconds, "s", budget,
               note=f"{total / push_seconds:,.0f} ev/s; budget 20 s per 100k",
               metric="server_push", events=total),
        Figure(f"pull {label} events, pages of {PULL_PAGE}", pull_seconds, "s", budget,
               note=f"{total / pull_seconds:,.0f} ev/s; budget 20 s per 100k",
               metric="server_pull", events=total),
    ]


def _devices(base: str, headers: dict[str, str], per_device: int) -> list[Figure]:
    device_latencies: list[float] = []
    errors: list[BaseException] = []
    lock = threading.Lock()

    def device(name: str) -> None:
        try:
            with httpx.Client(base_url=base, headers=headers, timeout=300) as own:
                measured = _push_all(own, _bodies(50 * per_device, 50, name))
            with lock:
                device_latencies.extend(measured)
        except BaseException as exc:  # reported after the run
            errors.append(exc)

    threads = [threading.Thread(target=device, args=(f"laptop-{d}",)) for d in range(DEVICES)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    seconds = time.perf_counter() - started
    if errors:
        raise errors[0]
    events = DEVICES * per_device * 50
    return [
        Figure(f"{DEVICES} devices pushing 50-event batches at once", events / seconds,
               "ev/s", higher_is_better=True, note=f"{events:,} events in {seconds:.1f} s"),
        Figure(f"push latency p99 with {DEVICES} devices at once",
               _p99(device_latencies) * 1000, "ms",
               note=f"p50 {statistics.median(device_latencies) * 1000:.1f} ms"),
    ]


def run(quick: bool) -> list[Figure]:
    sizes = QUICK_SIZES if quick else FULL_SIZES
    figures: list[Figure] = []
    for total in sizes:
        with tempfile.TemporaryDirectory(prefix="dc-server-bench-") as temp, \
                sync_server(Path(temp), _config()) as base:
            headers = {"Authorization": f"Bearer {login(base)}"}
            with httpx.Client(base_url=base, headers=headers, timeout=300) as client:
                for figure in _bulk(client, total):
                    print(figure.line(), flush=True)
                    figures.append(figure)
                if total != sizes[-1]:
                    continue
                batches = 100 if quick else 300
                latencies = _push_all(client, _bodies(50 * batches, 50, "laptop-latency"))
                figures.append(Figure(
                    "push latency p99, 50-event batch, one device", _p99(latencies) * 1000,
                    "ms", note=f"p50 {statistics.median(latencies) * 1000:.1f} ms, {batches} "
                    f"batches on a log of {total:,}+ events"))
            figures += _devices(base, headers, 10 if quick else 25)
    return figures


if __name__ == "__main__":
    quick_run = "--quick" in sys.argv[1:]
    report("sync server" + (" (quick)" if quick_run else ""), run(quick_run))
