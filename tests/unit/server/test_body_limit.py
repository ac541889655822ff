"""The body-size guard answers 413 JSON for declared and for streamed (chunked) bodies."""

from __future__ import annotations

import asyncio
import json
from typing import Any

from datacollect_desktop.server.body_limit import BodySizeLimit


async def echo_length(scope: Any, receive: Any, send: Any) -> None:
    body = b""
    while True:
        message = await receive()
        body += message.get("body", b"")
        if not message.get("more_body"):
            break
    await send({"type": "http.response.start", "status": 200, "headers": []})
    await send({"type": "http.response.body", "body": str(len(body)).encode()})


def run(chunks: list[bytes], headers: list[tuple[bytes, bytes]]) -> tuple[int, bytes]:
    messages = [{"type": "http.request", "body": chunk, "more_body": i < len(chunks) - 1}
                for i, chunk in enumerate(chunks)]
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return messages.pop(0) if messages else {"type": "http.disconnect"}

    async def send(message: Any) -> None:
        sent.append(message)

    guard = BodySizeLimit(echo_length, max_bytes=10)
    scope = {"type": "http", "headers": headers}
    asyncio.run(guard(scope, receive, send))
    return sent[0]["status"], b"".join(m.get("body", b"") for m in sent[1:])


def test_a_body_within_the_limit_reaches_the_app_whole() -> None:
    assert run([b"12345", b"67890"], []) == (200, b"10")


def test_a_declared_oversized_body_is_refused_before_it_is_read() -> None:
    status, body = run([b"x" * 11], [(b"content-length", b"11")])
    assert status == 413
    assert json.loads(body)["error"] == "payload_too_large"


def test_a_streamed_body_is_refused_once_it_grows_past_the_limit() -> None:
    status, body = run([b"x" * 6, b"x" * 6, b"x"], [])
    assert status == 413
    assert json.loads(body)["error"] == "payload_too_large"
