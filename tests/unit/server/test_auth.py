"""Argon2id passwords and HS256 bearer tokens: what is accepted and everything refused."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from pathlib import Path

import pytest

from datacollect_desktop.server.auth import (
    PasswordHasher,
    TokenError,
    TokenService,
    password_problem,
)

SECRET = b"k" * 32


def b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def forge(header: dict[str, object], payload: dict[str, object], secret: bytes = SECRET,
          alg: str = "sha256") -> str:
    signing_input = f"{b64(json.dumps(header).encode())}.{b64(json.dumps(payload).encode())}"
    signature = hmac.new(secret, signing_input.encode(), alg).digest()
    return f"{signing_input}.{b64(signature)}"


class Clock:
    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now


def test_passwords_verify_only_with_the_right_password() -> None:
    hasher = PasswordHasher()
    encoded = hasher.hash("correct horse")
    assert encoded.startswith("$argon2id$v=19$m=19456,t=2,p=1$")
    assert hasher.verify("correct horse", encoded)
    assert not hasher.verify("correct horsE", encoded)
    assert not hasher.verify("correct horse", "not a hash")
    assert hasher.hash("correct horse") != encoded  # salted


def test_password_rules() -> None:
    assert password_problem("short") is not None
    assert password_problem("x" * 2000) is not None
    assert password_problem("long enough") is None


def test_an_issued_token_names_its_account_until_it_expires() -> None:
    clock = Clock()
    tokens = TokenService(SECRET, ttl_seconds=60, clock=clock)
    token = tokens.issue("user-1")
    assert tokens.verify(token) == "user-1"
    clock.now += 59
    assert tokens.verify(token) == "user-1"
    clock.now += 1
    with pytest.raises(TokenError, match="expired"):
        tokens.verify(token)


@pytest.mark.parametrize("token", [
    forge({"alg": "none", "typ": "JWT"}, {"sub": "u", "exp": 2e9}).rsplit(".", 1)[0] + ".",
    forge({"alg": "none"}, {"sub": "u", "exp": 2e9}),
    forge({"alg": "HS512", "typ": "JWT"}, {"sub": "u", "exp": 2e9}, alg="sha512"),
    forge({"alg": "hs256"}, {"sub": "u", "exp": 2e9}),
    forge({"alg": "HS256", "crit": ["x"]}, {"sub": "u", "exp": 2e9}),
    forge({"alg": "HS256"}, {"sub": "u", "exp": 2e9}, secret=b"w" * 32),
    forge({"alg": "HS256"}, {"sub": "u"}),
    forge({"alg": "HS256"}, {"sub": "u", "exp": True}),
    forge({"alg": "HS256"}, {"sub": "", "exp": 2e9}),
    forge({"alg": "HS256"}, {"exp": 2e9}),
    forge({"alg": "HS256"}, {"sub": "u", "exp": 1}),
    "a.b",
    "a.b.c.d",
    "...",
    "é.é.é",
    "x" * 5000,
])
def test_forged_malformed_and_foreign_tokens_are_refused(token: str) -> None:
    with pytest.raises(TokenError):
        TokenService(SECRET, ttl_seconds=60).verify(token)


def test_a_hand_made_hs256_token_with_the_secret_is_accepted() -> None:
    # Within the lifetime: an expiry further out than the server gives is refused (issue 15).
    token = forge({"alg": "HS256", "typ": "JWT"}, {"sub": "u", "exp": int(time.time()) + 30})
    assert TokenService(SECRET, ttl_seconds=60).verify(token) == "u"


def test_the_token_secret_is_created_once_and_kept_private(tmp_path: Path) -> None:
    first = TokenService.from_data_dir(tmp_path, 60)
    token = first.issue("u")
    second = TokenService.from_data_dir(tmp_path, 60)
    assert second.verify(token) == "u"
    assert (tmp_path / "token-secret.key").stat().st_mode & 0o777 == 0o600
    assert hashlib.sha256((tmp_path / "token-secret.key").read_bytes()).digest()
