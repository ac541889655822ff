"""A loopback HTTP proxy in front of a real server that injects faults on chosen requests.

A `Fault` names a path, when to strike (before forwarding the request, or after the server has
handled it: then the server acted but the client never hears so) and how: a 500, a hang past
the client's timeout, a 404, an answer cut off in the middle, a non-JSON answer, a dropped
connection, a TCP reset, or an answer with flipped bits. Faults are used once each, in order;
everything else passes through untouched, unless `Chaos` is set: then every request risks a
random fault, as on a bad network.
"""

from __future__ import annotations

import random
import socket
import struct
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx

KINDS = ("500", "404", "hang", "truncate", "garbage", "drop", "reset", "corrupt")


@dataclass
class Fault:
    """`corrupt` before forwarding alters the request the server gets, after forwarding the
    answer the client gets: with `alter` when given, else by flipping random bits."""

    path: str
    kind: str
    after_forward: bool = False
    hang_seconds: float = 3.0
    alter: Callable[[bytes], bytes] | None = None

    def __post_init__(self) -> None:
        assert self.kind in KINDS, self.kind


@dataclass
class Chaos:
    """Random faults on every request, each with its probability; `struck` counts them.

    Before forwarding: the connection is dropped or reset (the server never sees the
    request). After the server acted: the answer is lost, cut off, reset, has bits flipped,
    or comes late.
    """

    rng: random.Random
    before: dict[str, float] = field(default_factory=lambda: {"drop": 0.015, "reset": 0.015})
    after: dict[str, float] = field(default_factory=lambda: {
        "drop": 0.015, "truncate": 0.015, "reset": 0.015, "corrupt": 0.03})
    delay: float = 0.15  # probability of a delay of up to `max_delay` seconds
    max_delay: float = 0.3
    struck: Counter[str] = field(default_factory=Counter)

    def pick(self, when: dict[str, float], path: str) -> Fault | None:
        roll = self.rng.random()
        for kind, chance in when.items():
            if roll < chance:
                self.struck[kind] += 1
                return Fault(path, kind, after_forward=when is self.after)
            roll -= chance
        return None

    def pause(self) -> float:
        if self.rng.random() < self.delay:
            self.struck["delay"] += 1
            return self.rng.uniform(0.0, self.max_delay)
        return 0.0


@dataclass
class FaultPlan:
    """Pending faults and what passed through, shared with the handler threads."""

    faults: list[Fault] = field(default_factory=list)
    seen: list[str] = field(default_factory=list)
    struck: list[Fault] = field(default_factory=list)
    # Hold the answer to a request on `hold_path` (after `hold_skip` others passed) until
    # `hold` is set: the server has acted, the client waits. `holding` tells the test.
    hold: threading.Event | None = None
    hold_path: str | None = None
    hold_skip: int = 0
    holding: threading.Event = field(default_factory=threading.Event)
    delay: float = 0.0  # seconds added to every answer
    chaos: Chaos | None = None
    lock: threading.Lock = field(default_factory=threading.Lock)

    def take(self, path: str, after_forward: bool) -> Fault | None:
        with self.lock:
            if self.chaos is not None:
                return self.chaos.pick(self.chaos.after if after_forward else
                                       self.chaos.before, path)
            for fault in self.faults:
                if path.startswith(fault.path) and fault.after_forward == after_forward:
                    self.faults.remove(fault)
                    self.struck.append(fault)
                    return fault
        return None


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body go out in two writes: with Nagle's algorithm the second waits for
    # the client's delayed ACK, adding 40 ms to every answer.
    disable_nagle_algorithm = True
    server: _ProxyServer

    def log_message(self, format: str, *args: object) -> None:
        """Quiet."""

    def _relay(self) -> None:
        plan = self.server.plan
        path = self.path.split("?", 1)[0]
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        with plan.lock:
            plan.seen.append(f"{self.command} {path}")
        fault = plan.take(path, after_forward=False)
        if fault is not None and fault.kind == "corrupt":
            body = fault.alter(body) if fault.alter else _flip_bits(body, plan)
        elif fault is not None:
            self._strike(fault, None)
            return
        headers = {k: v for k, v in self.headers.items()
                   if k.lower() not in ("host", "content-length", "connection")}
        try:
            upstream = self.server.upstream.request(self.command, self.path, content=body,
                                                    headers=headers)
        except httpx.HTTPError:
            self._send(502, b'{"error":"bad_gateway","message":"upstream down"}')
            return
        if plan.hold_path is not None and path.startswith(plan.hold_path) and plan.hold:
            with plan.lock:
                plan.hold_skip -= 1
                wait = plan.hold_skip < 0
            if wait:
                plan.holding.set()
                plan.hold.wait(60)
        if plan.delay:
            time.sleep(plan.delay)
        if plan.chaos is not None:
            with plan.lock:
                pause = plan.chaos.pause()
            time.sleep(pause)
        fault = plan.take(path, after_forward=True)
        if fault is not None:
            self._strike(fault, upstream.content, upstream.status_code, _passed_on(upstream))
            return
        self._send(upstream.status_code, upstream.content,
                   upstream.headers.get("content-type", "application/json"),
                   _passed_on(upstream))

    def _relay_quietly(self) -> None:
        # A client killed mid-answer (the kill tests) is not the proxy's problem.
        with suppress(BrokenPipeError, ConnectionResetError, ValueError):
            self._relay()

    do_GET = _relay_quietly
    do_POST = _relay_quietly
    do_PUT = _relay_quietly

    def _send(self, status: int, body: bytes, content_type: str = "application/json",
              headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _strike(self, fault: Fault, answer: bytes | None, status: int = 200,
                headers: dict[str, str] | None = None) -> None:
        if fault.kind == "500":
            self._send(500, b'{"error":"internal_error","message":"injected"}')
        elif fault.kind == "404":
            self._send(404, b'{"detail":"Not Found"}')
        elif fault.kind == "garbage":
            self._send(200, b"<html><body>Bad gateway</body></html>", "text/html")
        elif fault.kind == "truncate":
            whole = answer if answer else b'{"status":"success","results":[]}'
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(whole)))
            self.end_headers()
            self.wfile.write(whole[: max(1, len(whole) // 2)])
            self.wfile.flush()
            self._abort()
        elif fault.kind == "corrupt":
            whole = answer or b"{}"
            self._send(status, fault.alter(whole) if fault.alter else _flip_bits(
                whole, self.server.plan), headers=headers)
        elif fault.kind == "hang":
            time.sleep(fault.hang_seconds)
            self._abort()
        elif fault.kind == "reset":
            # No lingering: close() sends a TCP RST instead of an orderly FIN.
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER,
                                       struct.pack("ii", 1, 0))
            self.close_connection = True
            self.connection.close()
        else:  # drop
            self._abort()

    def _abort(self) -> None:
        self.close_connection = True
        with suppress(OSError):
            self.connection.shutdown(socket.SHUT_RDWR)


def _passed_on(upstream: httpx.Response) -> dict[str, str]:
    """Answer headers the proxy relays besides the content type: a checksum of the body, and
    the part of an attachment a ranged answer holds."""
    return {k: v for k, v in upstream.headers.items()
            if k.lower() in ("content-digest", "content-range")}


def _flip_bits(body: bytes, plan: FaultPlan) -> bytes:
    """One to three random bits flipped anywhere in the body."""
    if not body:
        return body
    rng = plan.chaos.rng if plan.chaos is not None else random.Random(len(body))
    flipped = bytearray(body)
    for _ in range(rng.randint(1, 3)):
        flipped[rng.randrange(len(flipped))] ^= 1 << rng.randrange(8)
    return bytes(flipped)


class _ProxyServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, upstream: str, plan: FaultPlan) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.upstream = httpx.Client(base_url=upstream, timeout=120.0)
        self.plan = plan


@dataclass
class FaultProxy:
    """A running proxy: `url` to give clients, `plan` to arm faults."""

    url: str
    plan: FaultPlan
    server: _ProxyServer

    def arm(self, *faults: Fault) -> None:
        with self.plan.lock:
            self.plan.faults.extend(faults)

    def hold_answer(self, path: str, skip: int = 0) -> threading.Event:
        """Hold the answer to the next request on `path` (after `skip`); set the result to
        let it go."""
        release = threading.Event()
        with self.plan.lock:
            self.plan.hold, self.plan.hold_path, self.plan.hold_skip = release, path, skip
            self.plan.holding.clear()
        return release

    def requests(self, prefix: str = "") -> list[str]:
        with self.plan.lock:
            return [r for r in self.plan.seen if r.split(" ", 1)[1].startswith(prefix)]


@contextmanager
def fault_proxy(upstream: str) -> Iterator[FaultProxy]:
    plan = FaultPlan()
    server = _ProxyServer(upstream, plan)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    host, port = server.server_address[:2]
    try:
        yield FaultProxy(f"http://{host!s}:{port}", plan, server)
    finally:
        if plan.hold is not None:
            plan.hold.set()
        server.shutdown()
        server.server_close()
        server.upstream.close()
