"""Fixtures for sync tests: the real sync server (from the server tests), devices, a stock
DataCollect stand-in, and a fault-injecting proxy."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.integration.server.conftest import server_process, start_server_with
from tests.integration.server.support import PASSWORD, REPO, ServerHandle, free_port
from tests.integration.sync.devices import DeviceFactory
from tests.integration.sync.fault_proxy import FaultProxy, fault_proxy

__all__ = ["devices", "proxy", "server_process", "small_stock_server", "start_server_with",
           "stock_server"]
SMALL_BODY_LIMIT = 20 * 1024


@pytest.fixture
def devices(tmp_path: Path, server_process: ServerHandle) -> Iterator[DeviceFactory]:
    """Profiles that sync with the module's server, each in its own directory."""
    factory = DeviceFactory(tmp_path, server_process.base_url)
    yield factory
    factory.close()


@pytest.fixture
def proxy(server_process: ServerHandle) -> Iterator[FaultProxy]:
    """A fault-injecting proxy in front of the module's server."""
    with fault_proxy(server_process.base_url) as running:
        yield running


@contextlib.contextmanager
def _stock_process(tmp_path: Path, *extra: str) -> Iterator[str]:
    port = free_port()
    log = (tmp_path / f"stock-{port}.log").open("wb")
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.integration.sync.stock_server", str(port), PASSWORD,
         *extra], cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)}, stdout=log,
        stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    try:
        while True:
            assert process.poll() is None, (tmp_path / f"stock-{port}.log").read_text()
            try:
                httpx.get(f"{url}/api/sync/checkpoint/key", timeout=1.0)
                break
            except httpx.HTTPError:
                assert time.monotonic() < deadline, "the stock server did not start"
                time.sleep(0.05)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=20)
        log.close()


@pytest.fixture
def stock_server(tmp_path: Path) -> Iterator[str]:
    """A stock DataCollect stand-in process (see stock_server.py); its base URL."""
    with _stock_process(tmp_path) as url:
        yield url


@pytest.fixture
def small_stock_server(tmp_path: Path) -> Iterator[str]:
    """The stand-in with a 20 kB body limit, below the stock default the client assumes."""
    with _stock_process(tmp_path, str(SMALL_BODY_LIMIT)) as url:
        yield url
