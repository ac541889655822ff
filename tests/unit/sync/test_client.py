"""The protocol client's reading of answers: every failure becomes a plain-words SyncError."""

from __future__ import annotations

import json
from collections.abc import Callable

import httpx
import pytest

from datacollect_desktop.domain.content_digest import content_digest, digest_matches
from datacollect_desktop.sync.client import PayloadTooLarge, SyncClient, TreeTooSmall
from datacollect_desktop.sync.errors import (
    AccessRefused,
    ServerTrouble,
    ServerUnreachable,
    SyncError,
    TokenRejected,
    WrongCredentials,
)

Handler = Callable[[httpx.Request], httpx.Response]


def client(handler: Handler) -> SyncClient:
    return SyncClient("http://sync.example", transport=httpx.MockTransport(handler))


def answer(status: int, body: object = None, raw: bytes | None = None) -> Handler:
    def handle(request: httpx.Request) -> httpx.Response:
        content = raw if raw is not None else json.dumps(body).encode()
        return httpx.Response(status, content=content)
    return handle


def fails(exc: Exception) -> Handler:
    def handle(request: httpx.Request) -> httpx.Response:
        raise exc
    return handle


@pytest.mark.parametrize("handler, error, words", [
    (answer(500, {"error": "internal_error", "message": "x"}), ServerTrouble, r"error \(500"),
    (answer(200, raw=b"<html>proxy</html>"), ServerTrouble, "not readable JSON"),
    (answer(200, raw=b'{"events": [{"guid": "a"'), ServerTrouble, "cut off"),
    (answer(200, {"events": "many"}), ServerTrouble, "cannot be used"),
    (answer(401, {"error": "unauthorized"}), TokenRejected, "sign in again"),
    (answer(403, {"error": "forbidden", "message": "not your app"}), AccessRefused,
     "not your app"),
    (answer(404, {"error": "not_found"}), AccessRefused, "no app"),
    (answer(429, {"error": "rate_limited"}), ServerTrouble, "busy"),
    (fails(httpx.ConnectError("refused")), ServerUnreachable, "Cannot reach"),
    (fails(httpx.ReadTimeout("slow")), ServerUnreachable, "did not answer in time"),
    (fails(httpx.RemoteProtocolError("peer closed")), ServerTrouble, "broke off"),
])
def test_a_failed_pull_is_told_in_plain_words(handler: Handler, error: type[SyncError],
                                              words: str) -> None:
    with pytest.raises(error, match=words) as caught:
        client(handler).pull(None, "cfg")
    assert (error in (ServerUnreachable, ServerTrouble)) == caught.value.transient


def test_a_push_answer_must_match_the_events_pushed() -> None:
    one = answer(200, {"status": "success", "results": [{"guid": "a", "status": "accepted"}]})
    with pytest.raises(ServerTrouble, match="push results"):
        client(one).push([b"{}", b"{}"], "cfg")
    stock = client(answer(200, {"status": "success"})).push([b"{}"], "cfg")
    assert stock.results is None and stock.checkpoint is None
    with pytest.raises(PayloadTooLarge):
        client(answer(413, {"error": "payload_too_large", "message": "big"})).push([b"{}"], "c")


def test_the_push_body_carries_the_events_as_given() -> None:
    seen: list[bytes] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request.content)
        return httpx.Response(200, json={"status": "success"})

    client(handle).push([b'{"guid":"a","syncLevel":0}'], 'cfg "x"')
    assert json.loads(seen[0]) == {"configId": 'cfg "x"', "events": [{"guid": "a",
                                                                       "syncLevel": 0}]}


def test_a_refused_login_is_a_wrong_password_and_a_good_one_keeps_the_token() -> None:
    with pytest.raises(WrongCredentials, match=r"ana@example\.org"):
        client(answer(401, {"error": "unauthorized"})).login("ana@example.org", "x")
    good = client(answer(200, {"token": "t0k", "userId": "u1"}))
    assert good.login("ana@example.org", "pw") == ("t0k", "u1")
    assert good.token == "t0k"


def test_a_missing_key_means_a_stock_server_and_proof_errors_are_told_apart() -> None:
    assert client(answer(404, {"detail": "Not Found"})).verifier_key() is None
    with pytest.raises(TreeTooSmall):
        client(answer(400, {"error": "invalid_tree_size", "message": "m"})).batch_inclusion(
            ["g"], 3)
    short = answer(200, {"treeSize": 3, "leafIndices": [], "proof": []})
    with pytest.raises(ServerTrouble, match="inclusion proof"):
        client(short).batch_inclusion(["g"], 3)
    bad_hex = answer(200, {"first": 1, "second": 2, "proof": ["zz"]})
    with pytest.raises(ServerTrouble, match="proof"):
        client(bad_hex).consistency(1, 2)


@pytest.mark.reliability(scenario="Network faults")
def test_an_answer_that_does_not_match_its_digest_is_not_used_and_requests_carry_one(
) -> None:
    seen: list[httpx.Request] = []

    def damaged(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        body = b'{"events": [], "cursor": "v1.12.0", "nextCursor": null}'
        return httpx.Response(200, content=body.replace(b"12", b"92"),
                              headers={"Content-Digest": content_digest(body)})

    with pytest.raises(ServerTrouble, match="damaged on the way"):
        client(damaged).pull(None, "cfg")
    with pytest.raises(ServerTrouble, match="damaged on the way"):
        client(damaged).push([b'{"guid":"a"}'], "cfg")
    assert digest_matches(seen[-1].headers["Content-Digest"], seen[-1].content)


def test_a_login_refused_as_damaged_on_the_way_is_not_a_wrong_password() -> None:
    refusal = {"error": "damaged_request", "message": "the request was damaged on the way"}
    with pytest.raises(ServerTrouble, match="damaged"):
        client(answer(400, refusal)).login("a@b.org", "password")
