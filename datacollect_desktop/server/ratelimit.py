"""Login throttling: failed attempts counted per account and per address, kept in the store.

Only failures count. A success is never refused for successes before it (a busy office behind
one address is not throttled) and clears its account's failures. Once either limit is reached,
attempts are refused with 429 before the password is checked, until the window slides on:
checking it would tell a guesser when they are right.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from datacollect_desktop.server.errors import ApiError
from datacollect_desktop.server.store.base import ServerStore


class LoginThrottle:
    """Sliding-window limits on failed logins, shared by every process using the store."""

    def __init__(
        self,
        store: ServerStore,
        *,
        window_seconds: int,
        per_account: int,
        per_address: int,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._store = store
        self.window = window_seconds
        self.per_account = per_account
        self.per_address = per_address
        self._clock = clock

    @staticmethod
    def _keys(email: str, address: str) -> tuple[str, str]:
        return f"account:{email.strip().lower()}", f"address:{address}"

    def _wait(self, key: str, limit: int, now: float) -> float:
        failures = self._store.login_failures(key, now - self.window)
        if len(failures) < limit:
            return 0.0
        # The failure that has to age out for the count to drop below the limit.
        return failures[len(failures) - limit] + self.window - now

    def check(self, email: str, address: str) -> None:
        """Raise 429 `rate_limited` (with Retry-After) if this attempt must not be tried."""
        now = self._clock()
        account, addr = self._keys(email, address)
        wait = max(self._wait(account, self.per_account, now),
                   self._wait(addr, self.per_address, now))
        if wait > 0:
            seconds = max(1, math.ceil(wait))
            raise ApiError(
                429,
                "rate_limited",
                f"too many failed logins; try again in {seconds} seconds",
                headers={"Retry-After": str(seconds)},
            )

    def failed(self, email: str, address: str) -> None:
        now = self._clock()
        self._store.record_login_failure(self._keys(email, address), now, now - self.window)

    def succeeded(self, email: str, address: str) -> None:
        self._store.clear_login_failures(self._keys(email, address)[0])
