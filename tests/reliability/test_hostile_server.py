"""Hostile requests to the sync server: forged, expired and `alg: none` tokens, a field
worker reaching another app config, oversized bodies and events, and SQL syntax in every
parameter. Each is answered with a JSON error and changes nothing on the server. The other
way round, the server's answers to such pushes read as the sync protocol, and a server whose
push answer breaks the protocol is refused by the desktop's client in plain words.

The server's property fuzzing from its OpenAPI document, and its auth, roles and error tests,
are part of this suite too (tests/integration/server).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from datacollect_desktop.domain.protocol import parse_pull_answer, parse_push_answer
from datacollect_desktop.domain.vocabulary import PushStatus
from datacollect_desktop.server.keyfiles import TOKEN_SECRET_FILE
from datacollect_desktop.sync.client import SyncClient
from datacollect_desktop.sync.errors import ServerTrouble
from tests.integration.server.support import (
    ADMIN,
    CONFIG_A,
    CONFIG_B,
    WORKER_A,
    ServerHandle,
    make_event,
    pull_all,
)
from tests.reliability.hostile import NASTY
from tests.reliability.recorder import Tally

pytestmark = pytest.mark.reliability(scenario="Hostile input")


def b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def token(header: dict[str, Any], claims: dict[str, Any], key: bytes | None) -> str:
    """A JWT-shaped token signed HS256 with `key`, or with an empty signature."""
    signing_input = f"{b64(json.dumps(header).encode())}.{b64(json.dumps(claims).encode())}"
    signature = hmac.new(key, signing_input.encode(), hashlib.sha256).digest() if key else b""
    return f"{signing_input}.{b64(signature)}"


class State:
    """What a hostile request must not change: the signed log and every config's events."""

    def __init__(self, server: ServerHandle) -> None:
        self.server = server
        self.admin = server.as_user(ADMIN)

    def snapshot(self) -> tuple[Any, ...]:
        head = httpx.get(f"{self.server.base_url}/api/sync/checkpoint", timeout=30).json()
        return (head["treeSize"], head["rootHash"],
                *(len(pull_all(self.admin, config)[0]) for config in (CONFIG_A, CONFIG_B)))


@pytest.fixture(scope="module")
def state(server_process: ServerHandle) -> Iterator[State]:
    yield State(server_process)


@pytest.fixture(scope="module")
def worker(server_process: ServerHandle) -> httpx.Client:
    """Signed in once: failed logins below are throttled per address."""
    return server_process.as_user(WORKER_A)


def answered_json(response: httpx.Response, status: int) -> str:
    assert response.status_code == status, (response.status_code, response.text[:300])
    assert response.headers["content-type"].startswith("application/json")
    code: str = response.json()["error"]
    return code


def test_forged_expired_and_unsigned_tokens_change_nothing(
        server_process: ServerHandle, state: State, tally: Tally) -> None:
    """Tokens forged with another secret, `alg: none` (signed or not), other algorithms,
    expired ones signed with the server's own secret, one for an account that does not
    exist, and garbage: each push is 401 JSON and the log is unchanged."""
    good = server_process.login(WORKER_A)
    claims = json.loads(base64.urlsafe_b64decode(good.split(".")[1] + "=="))
    secret_text = (server_process.data_dir / TOKEN_SECRET_FILE).read_text().strip()
    secret = base64.urlsafe_b64decode(secret_text + "=" * (-len(secret_text) % 4))
    now = int(time.time())
    hs256 = {"alg": "HS256", "typ": "JWT"}
    tokens: dict[str, str | None] = {
        "another secret": token(hs256, claims, b"k" * 32),
        "alg none": token({"alg": "none", "typ": "JWT"}, claims, None),
        "alg none, signed": token({"alg": "none"}, claims, secret),
        "alg None": token({"alg": "None"}, claims, None),
        "HS512": token({"alg": "HS512", "typ": "JWT"}, claims, secret),
        "RS256": token({"alg": "RS256", "typ": "JWT"}, claims, secret),
        "critical header": token({**hs256, "crit": ["exp"]}, claims, secret),
        "expired": token(hs256, {**claims, "exp": now - 1}, secret),
        "no expiry": token(hs256, {"sub": claims["sub"]}, secret),
        "expiry not a number": token(hs256, {**claims, "exp": "never"}, secret),
        "nobody": token(hs256, {**claims, "sub": "no-such-account"}, secret),
        "account swapped": ".".join((good.split(".")[0],
                                     b64(json.dumps({**claims, "sub": "x"}).encode()),
                                     good.split(".")[2])),
        "too long": good + "A" * 5000,
        "garbage": "not.a.token",
        "missing": None,
    }
    before = state.snapshot()
    for name, forged in tokens.items():
        response = httpx.post(f"{server_process.base_url}/api/sync/push", timeout=30,
                              headers={"Authorization": f"Bearer {forged}"} if forged else {},
                              json={"configId": CONFIG_A, "events": [make_event()]})
        assert answered_json(response, 401) == "unauthorized", name
        tally.add(requests=1, refused=1)
    assert state.snapshot() == before


def test_a_field_worker_reaching_another_app_config_changes_nothing(
        worker: httpx.Client, state: State, tally: Tally) -> None:
    """Worker A (config A only) pushes to, pulls, reads and asks proofs of config B."""
    other = state.admin
    hidden = make_event()
    assert other.post("/api/sync/push", json={"configId": CONFIG_B, "events": [hidden]}
                      ).status_code == 200
    before = state.snapshot()
    head = worker.get("/api/sync/checkpoint").json()
    attempts = [
        worker.post("/api/sync/push", json={"configId": CONFIG_B, "events": [make_event()]}),
        worker.get("/api/sync/pull", params={"configId": CONFIG_B}),
        worker.get(f"/api/apps/{CONFIG_B}"),
        worker.get("/api/sync/pull/audit-logs", params={"configId": CONFIG_B}),
        worker.post("/api/sync/push/audit-logs", json={"configId": CONFIG_B, "auditLogs": []}),
        worker.post("/api/sync/proof/inclusion", json={"guids": [hidden["guid"]],
                                                       "treeSize": head["treeSize"]}),
        worker.get("/api/sync/proof/inclusion", params={"guid": hidden["guid"],
                                                        "treeSize": head["treeSize"]}),
        worker.get("/api/users"),
    ]
    for response in attempts:
        assert response.status_code in (403, 404), (response.request.url, response.text)
        assert isinstance(response.json()["error"], str)
        assert hidden["guid"] not in response.text
        tally.add(requests=1, refused=1)
    assert state.snapshot() == before


def test_oversized_bodies_and_events_change_nothing_they_should_not(
        worker: httpx.Client, state: State, tally: Tally) -> None:
    """A body above the 10 MiB limit is refused whole (413); an event above the 1 MiB limit
    is refused alone while the others of its push are stored."""
    before = state.snapshot()
    huge = {"configId": CONFIG_A, "events": [make_event(data={"givenName": "x" * 1000})
                                             for _ in range(11_000)]}
    assert answered_json(worker.post("/api/sync/push", json=huge), 413) == "payload_too_large"
    assert state.snapshot() == before
    small = make_event()
    answer = worker.post("/api/sync/push", json={"configId": CONFIG_A, "events": [
        make_event(data={"givenName": "x" * (1024 * 1024 + 1)}), small]})
    assert answer.status_code == 200
    assert [r["status"] for r in answer.json()["results"]] == ["rejected", "accepted"]
    assert state.snapshot()[2] == before[2] + 1
    tally.add(requests=2, refused=2)


@pytest.mark.parametrize("nasty", NASTY[:16])
def test_sql_syntax_in_every_parameter_is_a_clear_error_or_plain_text(
        worker: httpx.Client, state: State, nasty: str, tally: Tally) -> None:
    """SQL and FTS syntax as config id, cursor, guid and field values: a JSON answer below
    500 every time, and nothing changes but what a valid push stores."""
    before = state.snapshot()
    requests = [
        worker.get("/api/sync/pull", params={"configId": nasty}),
        worker.get("/api/sync/pull", params={"configId": CONFIG_A, "since": nasty}),
        worker.get("/api/sync/proof/inclusion", params={"guid": nasty, "treeSize": 1}),
        worker.post("/api/sync/push", json={"configId": nasty, "events": [make_event()]}),
        worker.post("/api/sync/push", json={"configId": CONFIG_A, "events": [
            make_event(guid=nasty), make_event(entityGuid=nasty)]}),
        worker.get(f"/api/apps/{nasty}") if "/" not in nasty and nasty.isprintable()
        else worker.get("/api/apps/x"),
    ]
    for response in requests:
        assert response.status_code < 500, (response.request.url, response.text[:300])
        assert response.headers["content-type"].startswith("application/json")
        tally.add(requests=1)
    after = state.snapshot()
    stored = [r for r in requests[4].json().get("results", []) if r["status"] == "accepted"]
    assert after[2] == before[2] + len(stored) and after[3] == before[3]


def test_sql_syntax_as_email_and_password_is_a_refused_login(
        server_process: ServerHandle, state: State, tally: Tally) -> None:
    """Logins with SQL syntax: 400 or 401 JSON (then throttled, 429), never signed in."""
    before = state.snapshot()
    for nasty in ("' OR 1=1 --", "admin@example.org' --", "\"; DROP TABLE accounts; --"):
        response = httpx.post(f"{server_process.base_url}/api/users/login", timeout=30,
                              json={"email": nasty, "password": nasty})
        assert response.status_code in (400, 401, 429), response.text
        assert "token" not in response.json()
        tally.add(requests=1, refused=1)
    assert state.snapshot() == before


def test_the_answers_to_hostile_pushes_read_as_the_sync_protocol(
        worker: httpx.Client, tally: Tally) -> None:
    """Refusals of every kind (a guid too long, an oversized event, empty data, no readable
    guid) and a repeat are answered in the shape the desktop parses, one result per event."""
    repeat = make_event()
    events = [make_event(guid="g" * 201), make_event(data={"givenName": "x" * (1024 * 1024 + 1)}),
              {**make_event(), "data": {}}, {"guid": 5}, repeat, repeat]
    response = worker.post("/api/sync/push", json={"configId": CONFIG_A, "events": events})
    assert response.status_code == 200, response.text[:300]
    answer = parse_push_answer(response.json(), len(events))
    assert answer.results is not None and answer.checkpoint is not None
    statuses = [r.status for r in answer.results]
    assert statuses[-2:] == [PushStatus.ACCEPTED, PushStatus.DUPLICATE]
    assert all(r.code and r.error for r in answer.results[:4])
    assert statuses[:4] == [PushStatus.REJECTED] * 4
    pulled = worker.get("/api/sync/pull", params={"configId": CONFIG_A, "limit": 2})
    assert parse_pull_answer(pulled.json()).cursor
    tally.add(requests=2, refused=4)


@pytest.mark.parametrize("result, part", [
    ({"guid": "a", "status": "applied"}, "push result status"),
    ({"guid": "a", "status": None}, "push result status"),
    ({"guid": ["a"], "status": "accepted"}, "push results"),
    ({"guid": "a", "status": "rejected", "error": 5}, "push results"),
    ("accepted", "push results"),
])
def test_a_push_answer_that_breaks_the_protocol_is_refused_in_plain_words(
        result: Any, part: str, tally: Tally) -> None:
    """A server answering a push with a result the protocol does not know is not believed:
    the push fails as a server problem naming the part, and sync tries again later."""
    def serve(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"status": "success", "results": [result],
                                         "checkpoint": {"treeSize": 1}})

    client = SyncClient("http://sync.example", transport=httpx.MockTransport(serve))
    with pytest.raises(ServerTrouble, match=f"cannot be used \\({part}\\)") as refused:
        client.push([b'{"guid":"a"}'], "cfg")
    assert refused.value.transient
    tally.add(requests=1, refused=1)
