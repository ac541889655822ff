"""An ASGI guard that refuses request bodies above the size limit, chunked ones included,
and bodies that do not arrive within their deadline (a slow client holds no server for ever)."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

# An oversized body is still read (and dropped) up to this much, so the client, which
# sends its whole body before reading, gets the 413 answer instead of a broken pipe.
DRAIN_LIMIT = 64 * 1024 * 1024


class BodyTooSlow(Exception):
    """The request body did not arrive within its deadline."""


class BodySizeLimit:
    """Buffer each request body, answering 413 JSON once it exceeds `max_bytes`, and 408 JSON
    when it has not all arrived `timeout` seconds after its headers, plus one second for each
    `min_rate` bytes received: a large push on a slow link still gets through, a client
    holding the connection open with a trickle does not."""

    def __init__(self, app: ASGIApp, max_bytes: int, timeout: float | None = None,
                 min_rate: float = 0.0) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.timeout = timeout
        self.min_rate = min_rate

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        # Only the body's reading has the deadline: the application may wait longer for
        # the client to go away.
        timed = receive if self.timeout is None else _with_deadline(
            receive, time.monotonic() + self.timeout, self.min_rate)
        try:
            body = await self._read(scope, timed, send)
        except BodyTooSlow:
            await _answer(send, 408, "request_timeout",
                          f"the request body did not arrive within {self.timeout:g} seconds")
            return
        if body is not None:
            await self.app(scope, replay_body(body, receive), send)

    async def _read(self, scope: Scope, receive: Receive, send: Send) -> bytes | None:
        """The whole body, or None when it was refused or the client went away."""
        declared = _content_length(scope)
        if declared is not None and declared > self.max_bytes:
            await self._drain(receive, declared)
            await self._refuse(send)
            return None
        chunks: list[bytes] = []
        total = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                # The client went away before finishing its body: nothing to answer.
                return None
            body = message.get("body", b"")
            total += len(body)
            if total > self.max_bytes:
                await self._drain(receive, total, more=message.get("more_body", False))
                await self._refuse(send)
                return None
            chunks.append(body)
            if not message.get("more_body", False):
                break
        return b"".join(chunks)

    async def _drain(self, receive: Receive, seen: int, more: bool = True) -> None:
        while more and seen < DRAIN_LIMIT:
            message = await receive()
            if message["type"] != "http.request":
                return
            seen += len(message.get("body", b""))
            more = message.get("more_body", False)

    async def _refuse(self, send: Send) -> None:
        await _answer(send, 413, "payload_too_large",
                      f"the request body is larger than {self.max_bytes} bytes")


async def _answer(send: Send, status: int, code: str, message: str) -> None:
    """A JSON error that closes the connection (the rest of the body is not read)."""
    body = json.dumps({"error": code, "message": message}).encode()
    await send({
        "type": "http.response.start",
        "status": status,
        "headers": [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(body)).encode()),
            (b"connection", b"close"),
        ],
    })
    await send({"type": "http.response.body", "body": body})


def _with_deadline(receive: Receive, deadline: float, min_rate: float) -> Receive:
    """A `receive` that raises `BodyTooSlow` once the deadline has passed; each `min_rate`
    bytes received move it one second on."""
    received = 0

    async def receive_in_time() -> Message:
        nonlocal received
        earned = received / min_rate if min_rate > 0 else 0.0
        remaining = deadline + earned - time.monotonic()
        if remaining <= 0:
            raise BodyTooSlow()
        try:
            message = await asyncio.wait_for(receive(), remaining)
        except TimeoutError:
            raise BodyTooSlow() from None
        received += len(message.get("body", b""))
        return message

    return receive_in_time


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", []):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


def replay_body(body: bytes, receive: Receive) -> Receive:
    """A `receive` that hands an already-read body on to the application."""
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay
