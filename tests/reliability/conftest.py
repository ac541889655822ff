"""Fixtures of the reliability suite: the crash host, and the sync server and devices of the
sync tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.integration.server.conftest import (
    postgres_cluster,
    postgres_database,
    server_process,
    start_server_with,
)
from tests.integration.sync.conftest import devices, proxy
from tests.reliability.crash.harness import CrashHost, crash_host

__all__ = ["devices", "host", "postgres_cluster", "postgres_database", "proxy",
           "server_process", "start_server_with"]


@pytest.fixture
def host(tmp_path: Path) -> Iterator[CrashHost]:
    """A fork server for crash runs; its children's tracebacks go to its log."""
    with crash_host(tmp_path) as running:
        yield running
