"""Signing in: the token lives in the encrypted profile and is reused until it expires."""

from __future__ import annotations

import base64
import json

import httpx
import pytest

from datacollect_desktop.storage.profile import Session
from datacollect_desktop.storage.remote import RemoteStore
from datacollect_desktop.sync.client import SyncClient
from datacollect_desktop.sync.errors import WrongCredentials
from datacollect_desktop.sync.login import Account, Login, token_expiry


def jwt(expires: float) -> str:
    def part(doc: dict[str, object]) -> str:
        return base64.urlsafe_b64encode(json.dumps(doc).encode()).rstrip(b"=").decode()
    return f"{part({'alg': 'HS256'})}.{part({'sub': 'u', 'exp': expires})}.sig"


class LoginServer:
    def __init__(self, expires: float) -> None:
        self.logins = 0
        self.expires = expires

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.logins += 1
        return httpx.Response(200, json={"token": jwt(self.expires), "userId": "u"})


def test_token_expiry_is_read_from_a_jwt_and_unknown_otherwise() -> None:
    assert token_expiry(jwt(1_700_000_000)) == 1_700_000_000
    assert token_expiry("opaque-token") is None
    assert token_expiry("a.!!!.c") is None


def test_a_stored_token_is_reused_until_a_minute_before_it_expires(session: Session) -> None:
    server = LoginServer(expires=10_000)
    remote = RemoteStore(session.db)
    remote.bind("http://sync.example", "cfg")
    now = [1_000.0]
    client = SyncClient("http://sync.example", transport=httpx.MockTransport(server))
    login = Login(client, remote, Account("ana@example.org", lambda: "pw"), clock=lambda: now[0])
    login.ensure()
    login.ensure()
    assert server.logins == 1 and client.token == jwt(10_000)
    state = remote.get()
    assert state is not None and state.token == jwt(10_000) and state.token_expires == 10_000
    now[0] = 10_000 - 30
    login.ensure()
    assert server.logins == 2


def test_another_account_signs_in_afresh_and_no_password_says_so(session: Session) -> None:
    server = LoginServer(expires=1e12)
    remote = RemoteStore(session.db)
    remote.bind("http://sync.example", "cfg")
    client = SyncClient("http://sync.example", transport=httpx.MockTransport(server))
    Login(client, remote, Account("ana@example.org", lambda: "pw")).ensure()
    Login(client, remote, Account("bo@example.org", lambda: "pw")).ensure()
    assert server.logins == 2
    with pytest.raises(WrongCredentials, match="Sign in again"):
        Login(client, remote, Account("cy@example.org")).ensure()


def test_the_token_is_not_in_any_plain_file(session: Session) -> None:
    token = jwt(1e12)
    RemoteStore(session.db).bind("http://sync.example", "cfg")
    RemoteStore(session.db).save_token("ana@example.org", token, 1e12)
    session.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    for path in session.directory.iterdir():
        assert token.encode() not in path.read_bytes(), path
