"""Signing in: the bearer token is kept in the encrypted profile and reused until it expires."""

from __future__ import annotations

import base64
import binascii
import json
import time
from collections.abc import Callable
from dataclasses import dataclass

from datacollect_desktop.storage.remote import RemoteStore
from datacollect_desktop.sync.client import SyncClient
from datacollect_desktop.sync.errors import WrongCredentials

# A token this close to its expiry is not used: it could expire in the middle of a run.
EXPIRY_MARGIN_SECONDS = 60.0

Password = Callable[[], str]


@dataclass(frozen=True)
class Account:
    """Who syncs: an email, and the password, asked for only when a login is needed."""

    email: str
    password: Password | None = None


def token_expiry(token: str) -> float | None:
    """The `exp` claim of a JWT-shaped token (not verified: only the server can), or None."""
    parts = token.split(".")
    if len(parts) != 3:
        return None
    try:
        payload = json.loads(base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4)))
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return None
    expiry = payload.get("exp") if isinstance(payload, dict) else None
    if isinstance(expiry, bool) or not isinstance(expiry, int | float):
        return None
    return float(expiry)


class Login:
    """Gives `client` a valid token: the stored one while it lasts, else a fresh login."""

    def __init__(self, client: SyncClient, remote: RemoteStore, account: Account,
                 clock: Callable[[], float] = time.time) -> None:
        self.client = client
        self.remote = remote
        self.account = account
        self.clock = clock
        # The account id the server gave at the last sign-in of this run (None: none given).
        self.user_id: str | None = None

    def ensure(self) -> None:
        state = self.remote.get()
        if state is not None and state.token and state.email == self.account.email and (
                state.token_expires is None
                or state.token_expires - EXPIRY_MARGIN_SECONDS > self.clock()):
            self.client.token = state.token
            return
        self.renew()

    def renew(self) -> None:
        """Sign in with the password (after the server refused the stored token)."""
        self.remote.forget_token()
        if self.account.password is None:
            raise WrongCredentials(
                "Sign in again: the sync server needs the password of {email}.",
                email=self.account.email)
        token, self.user_id = self.client.login(self.account.email, self.account.password())
        self.remote.save_token(self.account.email, token, token_expiry(token))
