"""Login, bearer tokens and their expiry, and login throttling, over real HTTP."""

from __future__ import annotations

import base64
import json
import time

import httpx
import pytest

from tests.integration.server.conftest import StartServer
from tests.integration.server.support import (
    ADMIN,
    PASSWORD,
    SUPERVISOR,
    WORKER_A,
    WORKER_B,
    ServerHandle,
)

pytestmark = pytest.mark.reliability(scenario="Hostile input")


def b64(doc: dict[str, object]) -> str:
    return base64.urlsafe_b64encode(json.dumps(doc).encode()).rstrip(b"=").decode()


def login(server: ServerHandle, email: str, password: str) -> httpx.Response:
    return httpx.post(f"{server.base_url}/api/users/login",
                      json={"email": email, "password": password}, timeout=30)


def me(server: ServerHandle, token: str | None) -> httpx.Response:
    headers = {"Authorization": f"Bearer {token}"} if token is not None else {}
    return httpx.get(f"{server.base_url}/api/users/me", headers=headers, timeout=30)


def test_login_returns_a_token_that_names_the_account(server_process: ServerHandle) -> None:
    response = login(server_process, WORKER_A.upper(), PASSWORD)
    assert response.status_code == 200
    body = response.json()
    assert set(body) == {"token", "userId"}
    mine = me(server_process, body["token"]).json()
    assert mine == {"id": body["userId"], "email": WORKER_A, "role": "field-worker",
                    "configIds": ["cfg-a"]}


def test_a_wrong_password_or_unknown_account_gets_401_json(server_process: ServerHandle) -> None:
    for email, password in ((SUPERVISOR, "not the password"), ("nobody@example.org", PASSWORD)):
        response = login(server_process, email, password)
        assert response.status_code == 401
        assert response.json() == {"error": "unauthorized", "message": "wrong email or password"}


def test_missing_invalid_and_forged_tokens_get_401_json(server_process: ServerHandle) -> None:
    good = server_process.login(WORKER_A)
    header, payload, signature = good.split(".")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=="))
    forged_payload = b64({**claims, "sub": "someone-else"})
    candidates = {
        "missing": None,
        "garbage": "not-a-token",
        "alg none": f"{b64({'alg': 'none', 'typ': 'JWT'})}.{payload}.",
        "alg none signed": f"{b64({'alg': 'none'})}.{payload}.{signature}",
        "other alg": f"{b64({'alg': 'HS512', 'typ': 'JWT'})}.{payload}.{signature}",
        "forged payload": f"{header}.{forged_payload}.{signature}",
        "bad signature": f"{header}.{payload}.{signature[:-4]}AAAA",
        "no expiry": f"{header}.{b64({'sub': claims['sub']})}.{signature}",
    }
    for name, token in candidates.items():
        response = me(server_process, token)
        assert response.status_code == 401, name
        assert response.json()["error"] == "unauthorized", name
        assert response.headers["content-type"] == "application/json"
    assert me(server_process, good).status_code == 200


def test_tokens_expire(start_server_with: StartServer) -> None:
    server = start_server_with("--token-ttl", "1")
    token = server.login(WORKER_A)
    assert me(server, token).status_code == 200
    time.sleep(2.1)
    expired = me(server, token)
    assert expired.status_code == 401
    assert expired.json() == {"error": "unauthorized", "message": "token has expired"}


def test_failed_logins_are_throttled_per_account_even_with_the_right_password(
    start_server_with: StartServer,
) -> None:
    server = start_server_with()
    for _ in range(5):
        assert login(server, WORKER_A, "wrong password").status_code == 401
    refused = login(server, WORKER_A, PASSWORD)
    assert refused.status_code == 429
    assert refused.json()["error"] == "rate_limited"
    assert 1 <= int(refused.headers["Retry-After"]) <= 15 * 60
    # Another account from the same address is not locked out by this one's failures.
    assert login(server, WORKER_B, PASSWORD).status_code == 200


def test_failed_logins_are_throttled_per_address(start_server_with: StartServer) -> None:
    server = start_server_with()
    for attempt in range(20):
        assert login(server, f"guess-{attempt}@example.org", "x").status_code == 401
    assert login(server, SUPERVISOR, PASSWORD).status_code == 429


def test_successful_logins_are_never_throttled_and_reset_the_account_count(
    start_server_with: StartServer,
) -> None:
    server = start_server_with()
    for _ in range(25):
        assert login(server, ADMIN, PASSWORD).status_code == 200
    for _ in range(2):
        for _ in range(4):
            assert login(server, WORKER_A, "typo").status_code == 401
        assert login(server, WORKER_A, PASSWORD).status_code == 200
