"""Fixtures for the sync-server tests: real server processes and a real PostgreSQL."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.integration.server.pg import PostgresCluster, PostgresUnavailable, start_cluster
from tests.integration.server.support import ServerHandle, prepare_data_dir, start_server

StartServer = Callable[..., ServerHandle]


@pytest.fixture(scope="module")
def server_process(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerHandle]:
    """One SQLite-backed server per test module, with the standard accounts and configs."""
    data_dir = tmp_path_factory.mktemp("server") / "data"
    prepare_data_dir(data_dir)
    handle = start_server(data_dir)
    yield handle
    handle.stop()


@pytest.fixture
def start_server_with(tmp_path: Path) -> Iterator[StartServer]:
    """Start servers with extra flags on fresh data dirs; all are stopped after the test."""
    started: list[ServerHandle] = []
    count = 0

    def start(*extra: str, database: str | None = None, data_dir: Path | None = None,
              prepare: bool = True) -> ServerHandle:
        nonlocal count
        count += 1
        directory = data_dir or tmp_path / f"data-{count}"
        if prepare:
            prepare_data_dir(directory, database)
        handle = start_server(directory, *extra, database=database)
        started.append(handle)
        return handle

    yield start
    for handle in started:
        handle.stop()


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[PostgresCluster]:
    """A real PostgreSQL for the session; skipped here without binaries, failed on CI."""
    try:
        cluster = start_cluster()
    except PostgresUnavailable as exc:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI must run the PostgreSQL store tests: {exc}")
        pytest.skip(f"PostgreSQL store tests skipped: {exc}")
    yield cluster
    cluster.stop()


@pytest.fixture(scope="session")
def postgres(postgres_cluster: PostgresCluster) -> str:
    """The DSN of the session's PostgreSQL maintenance database (a superuser)."""
    return postgres_cluster.dsn


@pytest.fixture
def postgres_database(postgres_cluster: PostgresCluster) -> Iterator[str]:
    """A DSN to a fresh, empty database, dropped after the test."""
    dsn = postgres_cluster.create_database()
    yield dsn
    postgres_cluster.drop_database(dsn)
