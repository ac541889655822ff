"""Login throttling: failed attempts counted per (account, address) and per address.

Only failures count, and a guesser elsewhere never locks the owner out: an account's failures
count against the address they came from, so its owner at another address still signs in.
Past a key's free failures each further one doubles the wait (capped at the window), so
a busy office behind one address waits seconds, not a quarter of an hour, for a few typos.
The count and the check are one step in the store (`reserve_login_attempt`): an attempt is
recorded as a failure before its password is checked and taken back if it was right, so
parallel attempts cannot all pass the same count. While a wait runs, attempts are refused
with 429 before the password is checked: checking it would tell a guesser when they are right.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from datacollect_desktop.server.errors import ApiError
from datacollect_desktop.server.store.base import ServerStore


@dataclass(frozen=True, slots=True)
class Rule:
    """`free` failures pass; the next waits `delay` seconds after the last one, doubling."""

    free: int
    delay: float


@dataclass(frozen=True, slots=True)
class Attempt:
    """A login attempt let through, recorded as a failure until it is settled."""

    keys: tuple[str, str]
    at: float


def wait_after(failures: list[float], rule: Rule, cap: float, now: float) -> float:
    """Seconds until the next attempt may be tried, given the failures kept for a key."""
    if len(failures) < rule.free:
        return 0.0
    extra = min(len(failures) - rule.free, 32)  # 2**32 delays are past any cap
    delay: float = min(rule.delay * 2.0**extra, cap)
    return failures[-1] + delay - now


def retry_minutes(seconds: int) -> int:
    """Whole minutes, rounded up, for a wait told to a person."""
    return max(1, math.ceil(seconds / 60))


class LoginThrottle:
    """Growing waits after failed logins, shared by every process using the store."""

    def __init__(
        self,
        store: ServerStore,
        *,
        window_seconds: int,
        per_account: int,
        per_address: int,
        account_delay_seconds: float = 60.0,
        address_delay_seconds: float = 10.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._store = store
        self.window = window_seconds
        self.account = Rule(per_account, account_delay_seconds)
        self.address = Rule(per_address, address_delay_seconds)
        self._clock = clock

    @staticmethod
    def _keys(email: str, address: str) -> tuple[str, str]:
        return f"account:{email.strip().lower()}@{address}", f"address:{address}"

    def begin(self, email: str, address: str) -> Attempt:
        """Let an attempt be tried, or raise 429 `rate_limited` with Retry-After."""
        now = self._clock()
        keys = self._keys(email, address)

        def wait(failures: Mapping[str, list[float]]) -> float:
            return max(wait_after(failures[keys[0]], self.account, self.window, now),
                       wait_after(failures[keys[1]], self.address, self.window, now))

        waited = self._store.reserve_login_attempt(keys, now, now - self.window, wait)
        if waited > 0:
            seconds = max(1, math.ceil(waited))
            minutes = retry_minutes(seconds)
            raise ApiError(
                429,
                "rate_limited",
                f"too many wrong passwords; try again in {minutes} "
                f"minute{'s' if minutes != 1 else ''}",
                headers={"Retry-After": str(seconds)},
            )
        return Attempt(keys, now)

    def succeeded(self, attempt: Attempt) -> None:
        """The password was right: the attempt is no failure, and its pair starts afresh."""
        self._store.settle_login_attempt(attempt.keys, attempt.at, clear=[attempt.keys[0]])
