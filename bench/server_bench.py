"""Sync-server throughput on loopback: bulk push and pull, 20 devices at once, push latency."""

from __future__ import annotations

import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

from bench.report import Figure, report
from datacollect_desktop.server import cli

REPO = Path(__file__).resolve().parents[1]
PASSWORD = "bench password 1"
CONFIG = "bench"
FULL_EVENTS = 100_000
QUICK_EVENTS = 20_000
PUSH_BATCH = 1_000
PULL_PAGE = 5_000
DEVICES = 20
BUDGET_100K_SECONDS = 20.0


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


def _bodies(count: int, batch: int, device: str) -> list[bytes]:
    events = [_event(n, device) for n in range(count)]
    return [json.dumps({"configId": CONFIG, "events": events[i:i + batch]}).encode()
            for i in range(0, count, batch)]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def _server() -> Iterator[tuple[str, str]]:
    """A fresh SQLite-backed server process: (base URL, field worker token)."""
    with tempfile.TemporaryDirectory(prefix="dc-bench-") as temp:
        data = Path(temp) / "data"
        os.environ["DATACOLLECT_USER_PASSWORD"] = PASSWORD
        cli.main(["create-user", "bench@example.org", "--role", "field-worker",
                  "--config-id", CONFIG, "--data-dir", str(data)])
        config = Path(temp) / "config.json"
        config.write_text(json.dumps(_config()))
        cli.main(["load-config", str(config), "--data-dir", str(data)])
        port = _free_port()
        log = (Path(temp) / "server.log").open("wb")
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
            token = httpx.post(f"{base}/api/users/login", json={
                "email": "bench@example.org", "password": PASSWORD}).json()["token"]
            yield base, token
        finally:
            process.terminate()
            process.wait(timeout=30)
            log.close()


def _push_all(client: httpx.Client, bodies: list[bytes]) -> list[float]:
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


def run(quick: bool) -> list[Figure]:
    total = QUICK_EVENTS if quick else FULL_EVENTS
    label = f"{total // 1000}k"
    budget = BUDGET_100K_SECONDS * total / FULL_EVENTS
    scaled = " (budget scaled from 20 s per 100k)" if quick else ""
    figures: list[Figure] = []
    with _server() as (base, token):
        headers = {"Authorization": f"Bearer {token}"}
        with httpx.Client(base_url=base, headers=headers, timeout=300) as client:
            bodies = _bodies(total, PUSH_BATCH, "laptop-bulk")
            start = time.perf_counter()
            _push_all(client, bodies)
            push_seconds = time.perf_counter() - start
            figures.append(Figure(
                f"push {label} events, batches of {PUSH_BATCH}", push_seconds, "s", budget,
                note=f"{total / push_seconds:,.0f} events/s{scaled}"))
            start = time.perf_counter()
            pulled = _pull_all(client)
            pull_seconds = time.perf_counter() - start
            if pulled != total:
                raise RuntimeError(f"pulled {pulled} events, pushed {total}")
            figures.append(Figure(
                f"pull {label} events, pages of {PULL_PAGE}", pull_seconds, "s", budget,
                note=f"{total / pull_seconds:,.0f} events/s{scaled}"))

            batches = 100 if quick else 300
            latency_bodies = _bodies(50 * batches, 50, "laptop-latency")
            latencies = _push_all(client, latency_bodies)
            figures.append(Figure("push latency p99, 50-event batch, one device",
                                  _p99(latencies) * 1000, "ms",
                                  note=f"p50 {statistics.median(latencies) * 1000:.1f} ms, "
                                       f"{batches} batches on a log of {total:,}+ events"))

        per_device = 10 if quick else 25
        device_bodies = [_bodies(50 * per_device, 50, f"laptop-{d}") for d in range(DEVICES)]
        device_latencies: list[float] = []
        errors: list[BaseException] = []
        lock = threading.Lock()

        def device(bodies: list[bytes]) -> None:
            try:
                with httpx.Client(base_url=base, headers=headers, timeout=300) as own:
                    measured = _push_all(own, bodies)
                with lock:
                    device_latencies.extend(measured)
            except BaseException as exc:  # reported after the run
                errors.append(exc)

        threads = [threading.Thread(target=device, args=(b,)) for b in device_bodies]
        start = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        seconds = time.perf_counter() - start
        if errors:
            raise errors[0]
        events = DEVICES * per_device * 50
        figures.append(Figure(f"{DEVICES} devices pushing 50-event batches at once",
                              events / seconds, "events/s", higher_is_better=True,
                              note=f"{events:,} events in {seconds:.1f} s"))
        figures.append(Figure(f"push latency p99 with {DEVICES} devices at once",
                              _p99(device_latencies) * 1000, "ms",
                              note=f"p50 {statistics.median(device_latencies) * 1000:.1f} ms"))
    return figures


if __name__ == "__main__":
    quick_run = "--quick" in sys.argv[1:]
    report("sync server" + (" (quick)" if quick_run else ""), run(quick_run))
