"""Login throttling counts failures per account and per address in a sliding window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from datacollect_desktop.server.errors import ApiError
from datacollect_desktop.server.ratelimit import LoginThrottle
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
    return LoginThrottle(store, window_seconds=900, per_account=3, per_address=5, clock=clock)


def test_an_account_is_refused_after_its_limit_until_the_window_slides(
    store: ServerStore,
) -> None:
    clock = Clock()
    limits = throttle(store, clock)
    for step in range(3):
        limits.check("Ana@x.org", "10.0.0.1")
        limits.failed("ana@x.org", f"10.0.0.{step}")
        clock.now += 100
    with pytest.raises(ApiError) as refused:
        limits.check("ana@x.org", "10.9.9.9")
    assert refused.value.status == 429
    # The first failure (at 10,000) ages out at 10,900; now is 10,300.
    assert refused.value.headers["Retry-After"] == "600"
    clock.now = 10_900.0
    limits.check("ana@x.org", "10.9.9.9")


def test_an_address_is_refused_after_failures_on_many_accounts(store: ServerStore) -> None:
    clock = Clock()
    limits = throttle(store, clock)
    for n in range(5):
        limits.failed(f"user{n}@x.org", "10.0.0.1")
    with pytest.raises(ApiError):
        limits.check("fresh@x.org", "10.0.0.1")
    limits.check("fresh@x.org", "10.0.0.2")


def test_a_success_clears_the_account_but_not_the_address(store: ServerStore) -> None:
    clock = Clock()
    limits = throttle(store, clock)
    for _ in range(2):
        limits.failed("ana@x.org", "10.0.0.1")
    limits.succeeded("ana@x.org", "10.0.0.1")
    for _ in range(2):
        limits.failed("ana@x.org", "10.0.0.1")
    limits.check("ana@x.org", "10.0.0.3")
    limits.failed("bob@x.org", "10.0.0.1")
    with pytest.raises(ApiError):
        limits.check("carol@x.org", "10.0.0.1")
