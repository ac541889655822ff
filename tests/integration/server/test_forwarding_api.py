"""Forwarding to an external system: retried until taken, then level 2 as devices see it."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from tests.integration.server.conftest import StartServer
from tests.integration.server.support import (
    CONFIG_A,
    WORKER_A,
    free_port,
    make_event,
    pull_all,
    push,
)


class Receiver:
    """A real HTTP endpoint that refuses batches (503) until `accept` is set."""

    def __init__(self) -> None:
        self.accept = threading.Event()
        self.batches: list[dict[str, Any]] = []
        self.refused = 0
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["content-length"]))
                if receiver.accept.is_set():
                    receiver.batches.append(json.loads(body))
                    self.send_response(200)
                else:
                    receiver.refused += 1
                    self.send_response(503)
                self.send_header("content-length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.port = free_port()
        self.http = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self.thread = threading.Thread(target=self.http.serve_forever, daemon=True)
        self.thread.start()

    def guids(self) -> list[str]:
        return [event["guid"] for batch in self.batches for event in batch["events"]]


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    made = Receiver()
    yield made
    made.http.shutdown()
    made.http.server_close()


def wait_for(condition: Any, seconds: float = 30.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def test_forwarded_events_become_external_and_devices_are_told(
    start_server_with: StartServer, receiver: Receiver
) -> None:
    server = start_server_with("--forward-url", f"http://127.0.0.1:{receiver.port}/in",
                               "--forward-interval", "0.2")
    device = server.as_user(WORKER_A)
    _, cursor, _ = pull_all(device, CONFIG_A)
    events = [make_event() for _ in range(5)]
    push(device, events)
    wait_for(lambda: receiver.refused >= 1)
    seen, cursor, _ = pull_all(device, CONFIG_A, cursor)
    assert [e["syncLevel"] for e in seen] == [1] * 5
    receiver.accept.set()
    wait_for(lambda: len(receiver.guids()) >= 5)
    assert sorted(receiver.guids()) == sorted(e["guid"] for e in events)
    assert {batch["configId"] for batch in receiver.batches} == {CONFIG_A}
    sent = {e["guid"]: e for batch in receiver.batches for e in batch["events"]}
    assert sent[events[0]["guid"]] == {**events[0], "syncLevel": 2}

    def told() -> bool:
        return len(pull_all(device, CONFIG_A, cursor)[2]) == 5

    wait_for(told)
    new, _, updates = pull_all(device, CONFIG_A, cursor)
    assert new == []
    assert sorted((u["guid"], u["syncLevel"]) for u in updates) == sorted(
        (e["guid"], 2) for e in events)
    fresh, _, _ = pull_all(server.as_user(WORKER_A), CONFIG_A)
    assert {e["guid"]: e["syncLevel"] for e in fresh} == {e["guid"]: 2 for e in events}
