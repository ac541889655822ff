"""Content-Digest (RFC 9530) with SHA-256: a checksum of an HTTP body, sent beside it.

Plain HTTP on a local network has only TCP's weak checksum, and a faulty middlebox can alter
a body and still deliver valid JSON: a pull cursor moved on, an event renamed, a push result
changed. The sender states the body's digest; the receiver refuses a body that does not
match it before using any of it.
"""

from __future__ import annotations

import base64
import hashlib

HEADER = "Content-Digest"


def content_digest(body: bytes) -> str:
    """The header value for `body`: `sha-256=:<base64>:`."""
    return f"sha-256=:{base64.b64encode(hashlib.sha256(body).digest()).decode('ascii')}:"


def digest_matches(header: str | None, body: bytes) -> bool:
    """False only when the header states a SHA-256 digest that `body` does not have; a
    missing header, or one with other algorithms only, says nothing (a stock peer)."""
    if header is None:
        return True
    for member in header.split(","):
        name, _, value = member.strip().partition("=")
        if name.strip().lower() == "sha-256":
            return value.strip() == content_digest(body).partition("=")[2]
    return True
