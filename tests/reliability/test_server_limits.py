"""Hostile requests at the sync server's edges: tokens with odd claims and headers, slow
clients holding connections, unreadable Content-Digest headers. Each is refused or cut off
in bounded time, and the server keeps serving everyone else.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import socket
import time
from typing import Any

import httpx
import pytest

from datacollect_desktop.domain.content_digest import content_digest
from datacollect_desktop.server.keyfiles import TOKEN_SECRET_FILE
from tests.integration.server.conftest import StartServer
from tests.integration.server.support import (
    ADMIN,
    CONFIG_A,
    WORKER_A,
    ServerHandle,
    make_event,
    pull_all,
)
from tests.reliability.recorder import Tally

pytestmark = pytest.mark.reliability(scenario="Hostile input")


def b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def signed(server: ServerHandle, header: dict[str, Any], claims: dict[str, Any]) -> str:
    """A token signed HS256 with the server's own secret: only its claims are odd."""
    text = (server.data_dir / TOKEN_SECRET_FILE).read_text().strip()
    secret = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    signing_input = f"{b64(json.dumps(header).encode())}.{b64(json.dumps(claims).encode())}"
    signature = hmac.new(secret, signing_input.encode(), hashlib.sha256).digest()
    return f"{signing_input}.{b64(signature)}"


def odd_tokens(server: ServerHandle) -> dict[str, str]:
    good = server.login(WORKER_A)
    claims = json.loads(base64.urlsafe_b64decode(good.split(".")[1] + "=="))
    hs256 = {"alg": "HS256", "typ": "JWT"}
    return {
        "exp 1e308": signed(server, hs256, {**claims, "exp": 1e308}),
        "exp far beyond the lifetime": signed(server, hs256, {**claims,
                                                              "exp": int(time.time()) + 10**9}),
        "jku header": signed(server, {**hs256, "jku": "http://127.0.0.1:9/keys"}, claims),
        "kid header": signed(server, {**hs256, "kid": "../../dev/null"}, claims),
        "sub with NUL": signed(server, hs256, {**claims, "sub": claims["sub"] + "\x00"}),
        "sub with only NUL": signed(server, hs256, {**claims, "sub": "\x00"}),
        "generation not a number": signed(server, hs256, {**claims, "gen": "0"}),
    }


def refuse_odd_tokens(server: ServerHandle, tally: Tally) -> None:
    for name, token in odd_tokens(server).items():
        answer = httpx.post(f"{server.base_url}/api/sync/push", timeout=30,
                            headers={"Authorization": f"Bearer {token}"},
                            json={"configId": CONFIG_A, "events": [make_event()]})
        assert answer.status_code == 401, (name, answer.status_code, answer.text[:200])
        assert answer.json()["error"] == "unauthorized", name
        tally.add(requests=1, refused=1)


def test_tokens_with_odd_claims_or_headers_are_refused(
        server_process: ServerHandle, tally: Tally) -> None:
    """Signed with the server's own secret: an expiry of 1e308 or far beyond the lifetime,
    `jku` and `kid` headers, a subject holding NUL: each is 401 JSON, never accepted."""
    refuse_odd_tokens(server_process, tally)


@pytest.mark.postgres
def test_tokens_with_odd_claims_are_refused_on_postgresql(
        start_server_with: StartServer, postgres_database: str, tally: Tally) -> None:
    """The same on PostgreSQL, which refuses NUL in text: 401, never 500."""
    refuse_odd_tokens(start_server_with(database=postgres_database), tally)


def test_an_unreadable_content_digest_is_refused_and_changes_nothing(
        server_process: ServerHandle, tally: Tally) -> None:
    """A Content-Digest that is not a dictionary of `algorithm=:base64:` members, or whose
    SHA-256 is not 32 bytes: 400 `damaged_request`, nothing stored; well-formed headers
    of other algorithms still say nothing (a stock peer)."""
    worker = server_process.as_user(WORKER_A)
    before = len(pull_all(worker, CONFIG_A)[0])
    body = json.dumps({"configId": CONFIG_A, "events": [make_event()]}).encode()
    right = content_digest(body)
    malformed = ["", "sha-256", "sha-256=", "sha-256=abc", "sha-256=:not base64!:",
                 "sha-256=:" + base64.b64encode(b"short").decode() + ":",
                 right + ", garbage", right.replace(":", ""), "SHA-256=" + right[8:],
                 "sha-256=:" + right[9:-1] + "=:"]
    for header in malformed:
        answer = worker.post("/api/sync/push", content=body, headers={
            "Content-Type": "application/json", "Content-Digest": header})
        assert answer.status_code == 400, (header, answer.text)
        assert answer.json()["error"] == "damaged_request", header
        tally.add(requests=1, refused=1)
    assert len(pull_all(worker, CONFIG_A)[0]) == before
    other = "sha-512=:" + base64.b64encode(b"x" * 64).decode() + ":"
    kept = worker.post("/api/sync/push", content=body, headers={
        "Content-Type": "application/json", "Content-Digest": other})
    assert kept.status_code == 200, kept.text
    assert len(pull_all(worker, CONFIG_A)[0]) == before + 1


def closed_within(sock: socket.socket, seconds: float) -> bytes | None:
    """What the server sent before closing the connection, or None if it kept it open."""
    sock.settimeout(seconds)
    received = b""
    try:
        while chunk := sock.recv(4096):
            received += chunk
    except TimeoutError:
        return None
    except ConnectionResetError:
        pass
    return received


def test_slow_clients_are_cut_off_and_others_are_served(
        start_server_with: StartServer, tally: Tally) -> None:
    """Twenty connections sending nothing, or headers a byte at a time, and five sending a
    body too slowly, with a 1 s header and a 2 s body deadline: each is closed within a few
    seconds (the slow bodies with 408 JSON); meanwhile other clients sign in and pull."""
    server = start_server_with("--header-timeout", "1", "--body-timeout", "2")
    host, port = "127.0.0.1", int(server.base_url.rsplit(":", 1)[1])
    silent = [socket.create_connection((host, port), timeout=5) for _ in range(10)]
    dribbling = [socket.create_connection((host, port), timeout=5) for _ in range(10)]
    for sock in dribbling:
        sock.sendall(b"GET /health HTTP/1.1\r\nHost: x\r\n")  # and never the blank line
    slow_bodies = [socket.create_connection((host, port), timeout=5) for _ in range(5)]
    for sock in slow_bodies:
        sock.sendall(b"POST /api/users/login HTTP/1.1\r\nHost: x\r\n"
                     b"Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"em")
    worker = server.as_user(WORKER_A)
    assert pull_all(worker, CONFIG_A)[0] == []
    started = time.monotonic()
    try:
        for sock in silent + dribbling:
            assert closed_within(sock, 10) == b"", "a slow header was not cut off"
            tally.add(requests=1, refused=1)
        for sock in slow_bodies:
            answer = closed_within(sock, 10)
            assert answer is not None and answer.startswith(b"HTTP/1.1 408"), answer
            assert b'"request_timeout"' in answer
            tally.add(requests=1, refused=1)
    finally:
        for sock in silent + dribbling + slow_bodies:
            sock.close()
    assert time.monotonic() - started < 30
    assert server.as_user(ADMIN).get("/health").status_code == 200


def test_connections_beyond_the_limit_are_answered_at_once_until_the_slow_ones_are_cut(
        start_server_with: StartServer, tally: Tally) -> None:
    """With room for eight connections, eight silent ones fill it: a request is answered 503
    at once (not queued behind them), and served again once the header deadline cut them."""
    server = start_server_with("--header-timeout", "2", "--max-connections", "8")
    host, port = "127.0.0.1", int(server.base_url.rsplit(":", 1)[1])
    silent = [socket.create_connection((host, port), timeout=5) for _ in range(8)]
    try:
        time.sleep(0.5)  # the server has accepted them all
        full = httpx.get(f"{server.base_url}/health", timeout=10)
        assert full.status_code == 503, full.text
        tally.add(requests=1, refused=1)
        for sock in silent:
            assert closed_within(sock, 10) == b""
    finally:
        for sock in silent:
            sock.close()
    assert httpx.get(f"{server.base_url}/health", timeout=10).status_code == 200


def test_a_slow_but_steady_body_gets_through(start_server_with: StartServer) -> None:
    """A body arriving at 200 bytes a second for 3 s, past a 1 s deadline that each 100
    bytes received move on a second: answered as usual (a long push on a slow link)."""
    server = start_server_with("--body-timeout", "1", "--min-body-rate", "100")
    host, port = "127.0.0.1", int(server.base_url.rsplit(":", 1)[1])
    body = json.dumps({"email": WORKER_A, "password": "not the password"}).encode()
    body = body[:-1] + b" " * (600 - len(body)) + b"}"
    with socket.create_connection((host, port), timeout=10) as sock:
        sock.sendall(b"POST /api/users/login HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                     b"Content-Type: application/json\r\n"
                     + f"Content-Length: {len(body)}\r\n\r\n".encode())
        for start in range(0, len(body), 100):
            time.sleep(0.5)
            sock.sendall(body[start:start + 100])
        answer = closed_within(sock, 10)
    assert answer is not None and answer.startswith(b"HTTP/1.1 401"), answer
