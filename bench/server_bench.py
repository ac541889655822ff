"""Sync-server throughput on loopback.

On SQLite: bulk push and pull at 10k, 100k (and 1M without --quick) events, each size on a
fresh server; then push latency and 200 devices at once on the largest log. On PostgreSQL (a
throwaway cluster, as the tests start one): bulk push and pull of 100k events; the push
throughput of 1 and of 2 server processes (`serve --workers 2`) under concurrent pushers; and
200 devices at once on 2 processes.
"""

from __future__ import annotations

import json
import os
import queue
import statistics
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx

from bench.report import Figure, report
from bench.server_process import (
    cpu_seconds,
    login,
    postgres_bin_dir,
    postgres_cluster,
    sync_server,
)

CONFIG = "bench"
QUICK_SIZES = (10_000, 100_000)
FULL_SIZES = (10_000, 100_000, 1_000_000)
PUSH_BATCH = 1_000
PULL_PAGE = 5_000
DEVICES = 200
PUSH_BUDGET_SECONDS_PER_100K = 10.0
PULL_BUDGET_SECONDS_PER_100K = 20.0
SCALING_BUDGET = 1.7  # 2 processes vs 1 on one PostgreSQL, on a 2-core machine
SCALING_PUSHERS = 16  # concurrent bulk pushers, each with its own connection


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


def _bulk(client: httpx.Client, total: int, store: str = "") -> list[Figure]:
    """Push `total` events in batches, then pull them all, on a fresh server (at `client`);
    the server's CPU per event is given beside the times, the figure least moved by load."""
    label = f"{total:,}"
    where, metric = (f" on {store}", f"_{store.lower()}") if store else ("", "")
    push_budget = PUSH_BUDGET_SECONDS_PER_100K * total / 100_000
    pull_budget = PULL_BUDGET_SECONDS_PER_100K * total / 100_000
    base = str(client.base_url).rstrip("/")
    before = cpu_seconds(base)
    push_seconds = sum(_push_all(client, _bodies(total, PUSH_BATCH, "laptop-bulk")))
    push_cpu = (cpu_seconds(base) - before) / total * 1e6
    started = time.perf_counter()
    pulled = _pull_all(client)
    pull_seconds = time.perf_counter() - started
    if pulled != total:
        raise RuntimeError(f"pulled {pulled} events, pushed {total}")
    return [
        Figure(f"push {label} events, batches of {PUSH_BATCH}{where}", push_seconds, "s",
               push_budget, note=f"{total / push_seconds:,.0f} ev/s, server CPU "
               f"{push_cpu:.0f} µs/event; budget {PUSH_BUDGET_SECONDS_PER_100K:g} s per 100k; "
               f"load {_load()}",
               metric="server_push" + metric, events=total),
        Figure(f"pull {label} events, pages of {PULL_PAGE}{where}", pull_seconds, "s",
               pull_budget, note=f"{total / pull_seconds:,.0f} ev/s; budget "
               f"{PULL_BUDGET_SECONDS_PER_100K:g} s per 100k; load {_load()}",
               metric="server_pull" + metric, events=total),
    ]


def _load() -> str:
    """The machine's 1-minute load average (other work shares the cores)."""
    return f"{os.getloadavg()[0]:.2f}"


def _threads(work: list[Callable[[], None]]) -> float:
    """Run each callable in its own thread, all at once; seconds until the last ends."""
    errors: list[BaseException] = []

    def guarded(job: Callable[[], None]) -> None:
        try:
            job()
        except BaseException as exc:  # reported after the run
            errors.append(exc)

    threads = [threading.Thread(target=guarded, args=(job,)) for job in work]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    seconds = time.perf_counter() - started
    if errors:
        raise errors[0]
    return seconds


def _devices(base: str, headers: dict[str, str], per_device: int, where: str = ""
             ) -> list[Figure]:
    device_latencies: list[float] = []
    lock = threading.Lock()

    def device(name: str) -> Callable[[], None]:
        def push() -> None:
            with httpx.Client(base_url=base, headers=headers, timeout=300) as own:
                measured = _push_all(own, _bodies(50 * per_device, 50, name))
            with lock:
                device_latencies.extend(measured)
        return push

    seconds = _threads([device(f"laptop-{d}") for d in range(DEVICES)])
    events = DEVICES * per_device * 50
    return [
        Figure(f"{DEVICES} devices pushing 50-event batches at once{where}", events / seconds,
               "ev/s", higher_is_better=True,
               note=f"{events:,} events in {seconds:.1f} s; load {_load()}"),
        Figure(f"push latency p99 with {DEVICES} devices at once{where}",
               _p99(device_latencies) * 1000, "ms",
               note=f"p50 {statistics.median(device_latencies) * 1000:.1f} ms; "
               f"load {_load()}"),
    ]


def _concurrent_push(base: str, headers: dict[str, str], total: int) -> float:
    """Events per second of SCALING_PUSHERS clients pushing `total` events at once, each
    taking the next batch when its last is answered (so all finish together, however the
    connections are spread over the server's processes)."""
    batches: queue.SimpleQueue[bytes] = queue.SimpleQueue()
    for body in _bodies(total, PUSH_BATCH, "laptop-scaling"):
        batches.put(body)

    def push() -> None:
        with httpx.Client(base_url=base, headers=headers, timeout=300) as own:
            while True:
                try:
                    body = batches.get_nowait()
                except queue.Empty:
                    return
                _push_all(own, iter([body]))

    seconds = _threads([push] * SCALING_PUSHERS)
    return total / seconds


def _postgres(quick: bool) -> list[Figure]:
    figures: list[Figure] = []
    total = QUICK_SIZES[-1]
    with postgres_cluster() as cluster:
        with tempfile.TemporaryDirectory(prefix="dc-server-bench-") as temp, \
                sync_server(Path(temp), _config(), database=cluster.database()) as base:
            headers = {"Authorization": f"Bearer {login(base)}"}
            with httpx.Client(base_url=base, headers=headers, timeout=300) as client:
                for figure in _bulk(client, total, "PostgreSQL"):
                    print(figure.line(), flush=True)
                    figures.append(figure)
        # One process, then two, on fresh databases, alternating (the machine's load drifts).
        scaling_total = 30_000 if quick else 100_000
        rates: dict[int, list[float]] = {1: [], 2: []}
        server_cpu: list[float] = []
        database_cpu: list[float] = []
        for workers in (1, 2) * (1 if quick else 2):
            with tempfile.TemporaryDirectory(prefix="dc-server-bench-") as temp, \
                    sync_server(Path(temp), _config(), database=cluster.database(),
                                workers=workers) as base:
                headers = {"Authorization": f"Bearer {login(base)}"}
                server_before, database_before = cpu_seconds(base), cluster.cpu_seconds()
                rates[workers].append(_concurrent_push(base, headers, scaling_total))
                server_cpu.append(cpu_seconds(base) - server_before)
                database_cpu.append(cluster.cpu_seconds() - database_before)
            print(f"       {workers} process(es): {rates[workers][-1]:,.0f} ev/s, server CPU "
                  f"{server_cpu[-1] / scaling_total * 1e6:.0f} µs/event, PostgreSQL CPU "
                  f"{database_cpu[-1] / scaling_total * 1e6:.0f} µs/event, load {_load()}",
                  flush=True)
        one, two = max(rates[1]), max(rates[2])
        runs = "; ".join(f"{w}: " + ", ".join(f"{r:,.0f}" for r in rates[w]) for w in (1, 2))
        # With the database and the clients on the same cores, 2 processes can at best use
        # every core: the server's share of the CPU bounds the ratio.
        server_us = statistics.median(server_cpu) / scaling_total * 1e6
        database_us = statistics.median(database_cpu) / scaling_total * 1e6
        cores = min(2, os.cpu_count() or 1)
        bound = cores * server_us / (server_us + database_us)
        runs += (f"; CPU per event: servers {server_us:.0f} µs, PostgreSQL {database_us:.0f} µs,"
                 f" so at most {bound:.2f}x on {cores} shared cores")
        figures += [
            Figure(f"push, {SCALING_PUSHERS} pushers, 1 server process on PostgreSQL", one,
                   "ev/s", higher_is_better=True, note=f"{scaling_total:,} events"),
            Figure(f"push, {SCALING_PUSHERS} pushers, 2 server processes on PostgreSQL", two,
                   "ev/s", higher_is_better=True, note=f"{scaling_total:,} events"),
            Figure("push throughput, 2 processes / 1 process, one PostgreSQL", two / one, "x",
                   SCALING_BUDGET, higher_is_better=True,
                   note=f"best of each; ev/s by run {runs}; {os.cpu_count()} cores, "
                   f"load {_load()}"),
        ]
        with tempfile.TemporaryDirectory(prefix="dc-server-bench-") as temp, \
                sync_server(Path(temp), _config(), database=cluster.database(),
                            workers=2) as base:
            headers = {"Authorization": f"Bearer {login(base)}"}
            figures += _devices(base, headers, 5 if quick else 10,
                                " (PostgreSQL, 2 processes)")
    return figures


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
            figures += _devices(base, headers, 5 if quick else 10)
    if postgres_bin_dir() is None:
        print("PostgreSQL is not installed: its figures are left out", flush=True)
    else:
        figures += _postgres(quick)
    return figures


if __name__ == "__main__":
    quick_run = "--quick" in sys.argv[1:]
    report("sync server" + (" (quick)" if quick_run else ""), run(quick_run))
