"""The digest guard: a checksum on every answer, and damaged request bodies refused."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest

from datacollect_desktop.domain.content_digest import content_digest, digest_matches
from datacollect_desktop.server.digest import ContentDigest


async def echo(scope: Any, receive: Any, send: Any) -> None:
    message = await receive()
    await send({"type": "http.response.start", "status": 200, "headers": []})
    await send({"type": "http.response.body", "body": b"got ", "more_body": True})
    await send({"type": "http.response.body", "body": message.get("body", b"")})


def run(body: bytes, headers: list[tuple[bytes, bytes]]) -> tuple[int, dict[bytes, bytes],
                                                                   bytes]:
    messages = [{"type": "http.request", "body": body, "more_body": False}]
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return messages.pop(0) if messages else {"type": "http.disconnect"}

    async def send(message: Any) -> None:
        sent.append(message)

    asyncio.run(ContentDigest(echo)({"type": "http", "headers": headers}, receive, send))
    return (sent[0]["status"], dict(sent[0]["headers"]),
            b"".join(m.get("body", b"") for m in sent[1:]))


def test_the_digest_is_rfc_9530_sha_256() -> None:
    # The example of RFC 9530, appendix D.
    assert content_digest(b'{"hello": "world"}\n') == (
        "sha-256=:RK/0qy18MlBSVnWgjwz6lZEWjP/lF5HF9bvEF8FabDg=:")
    assert digest_matches("sha-512=:abc=:, sha-256=:RK/0qy18MlBSVnWgjwz6lZEWjP/lF5HF9bvEF8Fa"
                          "bDg=:", b'{"hello": "world"}\n')
    assert not digest_matches(content_digest(b"one"), b"two")
    assert digest_matches(None, b"anything") and digest_matches("md5=:x:", b"anything")


def test_every_answer_carries_the_digest_of_its_whole_body() -> None:
    status, headers, body = run(b"hello", [])
    assert (status, body) == (200, b"got hello")
    assert headers[b"content-digest"] == content_digest(b"got hello").encode()


@pytest.mark.reliability(scenario="Network faults")
def test_a_request_body_that_does_not_match_its_digest_is_refused() -> None:
    good = run(b"hello", [(b"content-digest", content_digest(b"hello").encode())])
    assert good[2] == b"got hello"
    status, headers, body = run(b"hellp", [(b"content-digest",
                                            content_digest(b"hello").encode())])
    assert status == 400
    assert json.loads(body)["error"] == "damaged_request"
    assert digest_matches(headers[b"content-digest"].decode(), body)
