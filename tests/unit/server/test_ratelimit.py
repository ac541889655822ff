"""Login throttling: failures per (account, address) and per address, with growing waits
(issue 15 item 7 replaced the per-account lockout these tests checked before)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from datacollect_desktop.server.errors import ApiError
from datacollect_desktop.server.ratelimit import LoginThrottle, retry_minutes
from datacollect_desktop.server.store import open_store
from datacollect_desktop.server.store.base import ServerStore


class Clock:
    def __init__(self) -> None:
        self.now = 10_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def store(tmp_path: Path) -> Iterator[ServerStore]:
    opened = open_store(f"sqlite:///{tmp_path / 's.db'}")
    yield opened
    opened.close()


def throttle(store: ServerStore, clock: Clock) -> LoginThrottle:
    return LoginThrottle(store, window_seconds=900, per_account=3, per_address=5,
                         account_delay_seconds=60, address_delay_seconds=10, clock=clock)


def fail(limits: LoginThrottle, email: str, address: str) -> None:
    """An attempt let through whose password was wrong (it stays counted)."""
    limits.begin(email, address)


def refused_for(limits: LoginThrottle, email: str, address: str) -> int:
    with pytest.raises(ApiError) as refused:
        limits.begin(email, address)
    assert refused.value.status == 429 and refused.value.code == "rate_limited"
    return int(refused.value.headers["Retry-After"])


def test_an_account_is_refused_at_one_address_with_growing_waits(store: ServerStore) -> None:
    clock = Clock()
    limits = throttle(store, clock)
    for _ in range(3):
        fail(limits, "Ana@x.org", "10.0.0.1")
    assert refused_for(limits, "ana@x.org", "10.0.0.1") == 60
    # The owner at another address is not locked out by the guesser.
    limits.succeeded(limits.begin("ana@x.org", "10.0.0.2"))
    clock.now += 60
    fail(limits, "ana@x.org", "10.0.0.1")  # the fourth: the wait doubles
    assert refused_for(limits, "ana@x.org", "10.0.0.1") == 120
    clock.now += 120
    fail(limits, "ana@x.org", "10.0.0.1")
    assert refused_for(limits, "ana@x.org", "10.0.0.1") == 240


def test_waits_never_exceed_the_window_and_old_failures_are_forgotten(
    store: ServerStore,
) -> None:
    clock = Clock()
    limits = throttle(store, clock)
    for _ in range(3):
        fail(limits, "ana@x.org", "10.0.0.1")
    for _ in range(3):
        clock.now += refused_for(limits, "ana@x.org", "10.0.0.1")
        fail(limits, "ana@x.org", "10.0.0.1")
    assert refused_for(limits, "ana@x.org", "10.0.0.1") == 480
    clock.now += 480
    fail(limits, "ana@x.org", "10.0.0.1")
    assert refused_for(limits, "ana@x.org", "10.0.0.1") == 900  # not 960: the window caps it
    clock.now += 2000
    fail(limits, "ana@x.org", "10.0.0.1")  # what is older than the window is forgotten


def test_an_address_is_slowed_after_failures_on_many_accounts(store: ServerStore) -> None:
    clock = Clock()
    limits = throttle(store, clock)
    for n in range(5):
        fail(limits, f"user{n}@x.org", "10.0.0.1")
    assert refused_for(limits, "fresh@x.org", "10.0.0.1") == 10
    limits.begin("fresh@x.org", "10.0.0.2")
    clock.now += 10
    fail(limits, "fresh@x.org", "10.0.0.1")
    assert refused_for(limits, "other@x.org", "10.0.0.1") == 20


def test_a_success_is_no_failure_and_clears_its_pair_but_not_the_address(
    store: ServerStore,
) -> None:
    clock = Clock()
    limits = throttle(store, clock)
    for _ in range(2):
        fail(limits, "ana@x.org", "10.0.0.1")
    limits.succeeded(limits.begin("ana@x.org", "10.0.0.1"))
    for _ in range(2):
        fail(limits, "ana@x.org", "10.0.0.1")
    limits.begin("ana@x.org", "10.0.0.1")  # the pair started afresh: a fifth is let through
    assert refused_for(limits, "carol@x.org", "10.0.0.1") == 10  # the address kept its five


def test_waits_are_told_in_whole_minutes_rounded_up() -> None:
    assert [retry_minutes(s) for s in (1, 60, 61, 900)] == [1, 1, 2, 15]
