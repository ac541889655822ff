"""The HTTP forwarder retries with backoff; the worker marks forwarded events EXTERNAL."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from datacollect_desktop.server.forwarder import ForwardError, ForwardWorker, HttpForwarder
from datacollect_desktop.server.store import open_store
from datacollect_desktop.server.store.base import Candidate, ServerStore
from datacollect_desktop.server.validation import prepare_event


class Endpoint:
    """A loopback HTTP endpoint answering a scripted list of statuses, then 200."""

    def __init__(self, statuses: list[int]) -> None:
        self.statuses = list(statuses)
        self.bodies: list[dict[str, Any]] = []
        endpoint = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["content-length"])))
                status = endpoint.statuses.pop(0) if endpoint.statuses else 200
                if status == 200:
                    endpoint.bodies.append(body)
                self.send_response(status)
                self.send_header("content-length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.http = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.http.server_address[1]}/events"
        threading.Thread(target=self.http.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.http.shutdown()
        self.http.server_close()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[ServerStore]:
    opened = open_store(f"sqlite:///{tmp_path / 's.db'}")
    yield opened
    opened.close()


def fill(store: ServerStore, config_id: str, count: int) -> list[str]:
    guids = []
    for n in range(count):
        doc = {"guid": f"{config_id}-{n}", "entityGuid": "e", "type": "create-individual",
               "data": {"n": n}, "timestamp": "2024-05-01T08:30:00.000Z", "userId": "u"}
        prepared = prepare_event(doc, None, 1 << 20)
        assert isinstance(prepared, Candidate)
        store.append([prepared], config_id=config_id, pushed_by="p", received_at="t")
        guids.append(prepared.guid)
    return guids


def test_the_forwarder_retries_server_errors_with_growing_waits() -> None:
    endpoint = Endpoint([503, 500, 200])
    waits: list[float] = []
    try:
        forwarder = HttpForwarder(endpoint.url, attempts=5, backoff=0.5, sleep=waits.append)
        forwarder.forward("cfg", [{"guid": "a"}])
        forwarder.close()
    finally:
        endpoint.close()
    assert waits == [0.5, 1.0]
    assert endpoint.bodies == [{"configId": "cfg", "events": [{"guid": "a"}]}]


def test_the_forwarder_gives_up_on_a_refusal_or_after_its_attempts() -> None:
    endpoint = Endpoint([400, 503, 503, 503])
    try:
        refusing = HttpForwarder(endpoint.url, attempts=5, sleep=lambda _: None)
        with pytest.raises(ForwardError, match="HTTP 400"):
            refusing.forward("cfg", [])
        flaky = HttpForwarder(endpoint.url, attempts=3, sleep=lambda _: None)
        with pytest.raises(ForwardError, match="HTTP 503"):
            flaky.forward("cfg", [])
    finally:
        endpoint.close()
    unreachable = HttpForwarder("http://127.0.0.1:9/none", attempts=2, sleep=lambda _: None)
    with pytest.raises(ForwardError):
        unreachable.forward("cfg", [])


class Recorder:
    """A `Forwarder` that keeps what it is given, refusing one config."""

    def __init__(self, refuse: str | None = None) -> None:
        self.refuse = refuse
        self.batches: list[tuple[str, list[dict[str, Any]]]] = []

    def forward(self, config_id: str, events: list[dict[str, Any]]) -> None:
        if config_id == self.refuse:
            raise ForwardError("refused")
        self.batches.append((config_id, events))


def test_the_worker_forwards_per_config_and_marks_only_what_was_taken(
    store: ServerStore,
) -> None:
    taken = fill(store, "a", 3)
    refused = fill(store, "b", 2)
    recorder = Recorder(refuse="b")
    worker = ForwardWorker(store, recorder, batch=10)
    assert worker.run_once() == 3
    assert [(config, [e["guid"] for e in events]) for config, events in recorder.batches] == [
        ("a", taken)]
    assert all(e["syncLevel"] == 2 for e in recorder.batches[0][1])
    head = store.head()
    levels = {e.guid: e.sync_level for e in store.events_after("a", 0, head.tree_size, 10)}
    levels |= {e.guid: e.sync_level for e in store.events_after("b", 0, head.tree_size, 10)}
    assert levels == {**dict.fromkeys(taken, 2), **dict.fromkeys(refused, 1)}
    recorder.refuse = None
    assert worker.run_once() == 2  # released claims are taken again at once
    assert worker.run_once() == 0


def test_the_worker_thread_starts_and_stops(store: ServerStore) -> None:
    fill(store, "a", 2)
    recorder = Recorder()
    worker = ForwardWorker(store, recorder, interval=0.01)
    worker.start()
    deadline = threading.Event()
    for _ in range(500):
        if recorder.batches:
            break
        deadline.wait(0.01)
    worker.stop()
    assert [e["guid"] for _, events in recorder.batches for e in events] == ["a-0", "a-1"]
