"""Passwords (Argon2id) and bearer tokens (JWT-shaped, HS256 only, with expiry)."""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import math
import os
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

from cryptography.exceptions import InvalidKey
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from datacollect_desktop.domain.canonical import InvalidJSON, parse_json
from datacollect_desktop.server.keyfiles import TOKEN_SECRET_FILE, read_or_create
from datacollect_desktop.server.validation import safe_text

MIN_PASSWORD = 8
MAX_PASSWORD = 1024
MAX_TOKEN = 4096
MAX_SUBJECT = 200
# Header fields our tokens carry; any other (`jku`, `kid`, `x5u`, `crit`...) asks the
# verifier to fetch or trust something, and is refused.
HEADER_FIELDS = frozenset({"alg", "typ"})
CLOCK_SKEW = 60  # seconds an expiry may lie beyond now + lifetime (another server's clock)


class PasswordHasher:
    """Argon2id in the PHC string format; the defaults follow OWASP (19 MiB, 2 passes)."""

    def __init__(self, memory_kib: int = 19 * 1024, iterations: int = 2, lanes: int = 1) -> None:
        self.memory_kib = memory_kib
        self.iterations = iterations
        self.lanes = lanes
        self._dummy: str | None = None

    def hash(self, password: str) -> str:
        kdf = Argon2id(
            salt=os.urandom(16),
            length=32,
            iterations=self.iterations,
            lanes=self.lanes,
            memory_cost=self.memory_kib,
        )
        return kdf.derive_phc_encoded(password.encode("utf-8"))

    def verify(self, password: str, encoded: str) -> bool:
        try:
            Argon2id.verify_phc_encoded(password.encode("utf-8"), encoded)
        except (InvalidKey, ValueError, UnicodeEncodeError):
            return False
        return True

    def verify_nobody(self, password: str) -> None:
        """Spend the time a real check takes, so unknown emails cannot be told apart."""
        if self._dummy is None:
            self._dummy = self.hash(secrets.token_urlsafe(16))
        self.verify(password, self._dummy)


def password_problem(password: str) -> str | None:
    """Why a new password is refused, or None."""
    if len(password) < MIN_PASSWORD:
        return f"a password needs at least {MIN_PASSWORD} characters"
    if len(password) > MAX_PASSWORD:
        return f"a password has at most {MAX_PASSWORD} characters"
    return None


class TokenError(Exception):
    """A bearer token is missing, malformed, forged or expired."""


def _b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def _unb64url(text: str) -> bytes:
    if not text or "=" in text:
        raise TokenError("malformed token")
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError):
        raise TokenError("malformed token") from None


def _json_object(raw: bytes) -> dict[str, Any]:
    try:
        value = parse_json(raw)
    except InvalidJSON:
        raise TokenError("malformed token") from None
    if not isinstance(value, dict):
        raise TokenError("malformed token")
    return value


@dataclass(frozen=True, slots=True)
class TokenClaims:
    """What a valid token says: whose it is, its id (`jti`, or one made from its signature),
    when it expires, its generation."""

    subject: str
    token_id: str
    expires_at: int
    generation: int


def _whole_number(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


class TokenService:
    """Issues and checks HS256 tokens carrying the account id (`sub`), an expiry (`exp`), an
    id (`jti`, for logout) and the account's token generation (`gen`, for revocation)."""

    HEADER: ClassVar[dict[str, str]] = {"alg": "HS256", "typ": "JWT"}

    def __init__(
        self, secret: bytes, ttl_seconds: int, clock: Callable[[], float] = time.time
    ) -> None:
        if len(secret) < 32:
            raise ValueError("the token secret must be at least 32 bytes")
        self._secret = secret
        self.ttl_seconds = ttl_seconds
        self._clock = clock

    @classmethod
    def from_data_dir(cls, data_dir: Path, ttl_seconds: int) -> TokenService:
        text = read_or_create(
            data_dir / TOKEN_SECRET_FILE, lambda: _b64url(secrets.token_bytes(32))
        )
        return cls(_unb64url(text), ttl_seconds)

    def _sign(self, signing_input: bytes) -> bytes:
        return hmac.new(self._secret, signing_input, hashlib.sha256).digest()

    def issue(self, user_id: str, generation: int = 0) -> str:
        now = self._clock()
        # Whole seconds, rounded up: a token never lives shorter than the configured lifetime.
        payload = {"sub": user_id, "iat": int(now), "exp": math.ceil(now + self.ttl_seconds),
                   "jti": secrets.token_urlsafe(12), "gen": generation}
        header = _b64url(json.dumps(self.HEADER, separators=(",", ":")).encode())
        body = _b64url(json.dumps(payload, separators=(",", ":")).encode())
        signing_input = f"{header}.{body}".encode("ascii")
        return f"{header}.{body}.{_b64url(self._sign(signing_input))}"

    def verify(self, token: str) -> str:
        """The account id a valid token carries; raises `TokenError` otherwise."""
        return self.verify_claims(token).subject

    def verify_claims(self, token: str) -> TokenClaims:
        """What a valid token says; raises `TokenError` otherwise."""
        if len(token) > MAX_TOKEN or not token.isascii():
            raise TokenError("malformed token")
        parts = token.split(".")
        if len(parts) != 3:
            raise TokenError("malformed token")
        header = _json_object(_unb64url(parts[0]))
        # Only HS256: "none", RS256 with our secret as a public key, and the rest are refused.
        if header.get("alg") != "HS256" or header.get("typ", "JWT") != "JWT":
            raise TokenError("unsupported token algorithm")
        if not set(header) <= HEADER_FIELDS:
            raise TokenError("unsupported token header")
        expected = self._sign(f"{parts[0]}.{parts[1]}".encode("ascii"))
        if not hmac.compare_digest(expected, _unb64url(parts[2])):
            raise TokenError("token signature does not verify")
        payload = _json_object(_unb64url(parts[1]))
        expiry = payload.get("exp")
        subject = payload.get("sub")
        token_id = payload.get("jti", "")
        generation = payload.get("gen", 0)
        if isinstance(expiry, bool) or not isinstance(expiry, int | float):
            raise TokenError("token has no expiry")
        if (not isinstance(subject, str) or not subject or len(subject) > MAX_SUBJECT
                or not safe_text(subject)):
            raise TokenError("token names no account")
        if not isinstance(token_id, str) or len(token_id) > MAX_SUBJECT:
            raise TokenError("malformed token")
        if not token_id:
            # A token made without an id (not by us) is named by its signature, so logout
            # can still revoke it alone.
            token_id = "sig:" + hashlib.sha256(parts[2].encode("ascii")).hexdigest()
        if not _whole_number(generation) or generation < 0:
            raise TokenError("malformed token")
        now = self._clock()
        if expiry <= now:
            raise TokenError("token has expired")
        # We issue whole seconds at most one lifetime ahead; `exp: 1e308` never came from us.
        if not isinstance(expiry, int) or expiry > now + self.ttl_seconds + CLOCK_SKEW:
            raise TokenError("token expiry is not one this server gives")
        return TokenClaims(subject, token_id, expiry, generation)
