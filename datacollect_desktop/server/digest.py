"""An ASGI guard that puts a Content-Digest on every answer and refuses a request body that
does not match the Content-Digest its sender computed (`domain.content_digest`)."""

from __future__ import annotations

import base64
import binascii
import json
import re

from datacollect_desktop.domain.content_digest import content_digest, digest_matches
from datacollect_desktop.server.body_limit import (
    ASGIApp,
    Message,
    Receive,
    Scope,
    Send,
    replay_body,
)

DAMAGED = "damaged_request"
# One member of an RFC 9530 dictionary: `algorithm=:base64:` (RFC 8941 byte sequence).
_MEMBER = re.compile(r"([a-z][a-z0-9_.*-]*)=:([A-Za-z0-9+/]*={0,2}):")
SHA256_BYTES = 32


def digest_well_formed(header: str) -> bool:
    """Whether a Content-Digest header is a dictionary of `algorithm=:base64:` members, with
    a SHA-256 value (if any) of 32 bytes. Another algorithm's value is not checked further."""
    members = header.split(",")
    for member in members:
        match = _MEMBER.fullmatch(member.strip(" \t"))
        if match is None:
            return False
        name, value = match.groups()
        try:
            raw = base64.b64decode(value, validate=True)
        except (binascii.Error, ValueError):
            return False
        if name == "sha-256" and len(raw) != SHA256_BYTES:
            return False
    return True


class ContentDigest:
    """Checks request digests (bodies arrive whole from `BodySizeLimit`) and adds one to every
    answer, buffering the answer's body to compute it."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        stated = _header(scope, b"content-digest")
        if stated is not None:
            if not digest_well_formed(stated):
                # A header that cannot be read checks nothing: never let it pass unchecked.
                await _refuse(send, "its Content-Digest header cannot be read")
                return
            body, receive = await _whole_body(receive)
            if not digest_matches(stated, body):
                await _refuse(send, "its body does not match its Content-Digest")
                return
        start: Message | None = None
        chunks: list[bytes] = []

        async def digesting_send(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = message
                return
            if message["type"] != "http.response.body" or start is None:
                await send(message)
                return
            chunks.append(message.get("body", b""))
            if message.get("more_body", False):
                return
            body = b"".join(chunks)
            headers = [(k, v) for k, v in start.get("headers", [])
                       if k.lower() != b"content-digest"]
            headers.append((b"content-digest", content_digest(body).encode("ascii")))
            await send({**start, "headers": headers})
            await send({"type": "http.response.body", "body": body})

        await self.app(scope, receive, digesting_send)


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", []):
        if key.lower() == name:
            return bytes(value).decode("latin-1")
    return None


async def _whole_body(receive: Receive) -> tuple[bytes, Receive]:
    """The request body, and a `receive` that hands it on to the application."""
    chunks: list[bytes] = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    body = b"".join(chunks)
    return body, replay_body(body, receive)


async def _refuse(send: Send, why: str) -> None:
    body = json.dumps({
        "error": DAMAGED,
        "message": f"the request was damaged on the way: {why}; send it again",
    }).encode()
    await send({"type": "http.response.start", "status": 400, "headers": [
        (b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
        (b"content-digest", content_digest(body).encode("ascii"))]})
    await send({"type": "http.response.body", "body": body})
