"""Fixtures for the interop tests against the real stock DataCollect backend (marker `stock`).

The backend is built once (cached by the tarball's hash, see backend.py) and started once per
session with its own PostgreSQL; every test uploads its own app config, so tests do not see
each other's events. Where it cannot be built the tests skip with the reason, except in CI
(`CI=true`), where that is a failure.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.integration.server.pg import PostgresUnavailable, start_cluster
from tests.stock.backend import StockBackend, StockUnavailable, running_backend
from tests.stock.devices import WORKER, WORKER_PASSWORD, StockDevices, household_config


def _unavailable(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"the stock backend must run in CI: {reason}")
    pytest.skip(f"stock backend unavailable: {reason}")


@pytest.fixture(scope="session")
def stock_backend(tmp_path_factory: pytest.TempPathFactory) -> Iterator[StockBackend]:
    """The real stock backend, on 127.0.0.1 with its own PostgreSQL database."""
    try:
        cluster = start_cluster()
    except PostgresUnavailable as exc:
        _unavailable(str(exc))
    try:
        database = cluster.create_database()
        try:
            with running_backend(database, tmp_path_factory.mktemp("stock")) as backend:
                backend.add_user(WORKER, WORKER_PASSWORD)
                yield backend
        except StockUnavailable as exc:
            _unavailable(str(exc))
    finally:
        cluster.stop()


@pytest.fixture
def stock_config(stock_backend: StockBackend) -> str:
    """A fresh copy of the bundled household-registration config on the backend: its id."""
    return stock_backend.upload_config(household_config())


@pytest.fixture
def stock_devices(tmp_path: Path, stock_backend: StockBackend, stock_config: str
                  ) -> Iterator[StockDevices]:
    made = StockDevices(tmp_path / "devices", stock_backend.base_url, stock_config)
    yield made
    made.close()
