"""A fresh SQLite-backed sync server process on a free loopback port, for the sync benchmarks."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

from datacollect_desktop.server import cli

REPO = Path(__file__).resolve().parents[1]
EMAIL = "bench@example.org"
PASSWORD = "bench password 1"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def sync_server(root: Path, config: dict[str, Any]) -> Iterator[str]:
    """A server with one field worker (EMAIL, PASSWORD) allowed the app config `config`;
    yields its base URL and stops it on exit. Its data and log live under `root`."""
    data = root / "server"
    os.environ["DATACOLLECT_USER_PASSWORD"] = PASSWORD
    cli.main(["create-user", EMAIL, "--role", "field-worker", "--config-id", config["id"],
              "--data-dir", str(data)])
    config_file = root / "config.json"
    config_file.write_text(json.dumps(config))
    cli.main(["load-config", str(config_file), "--data-dir", str(data)])
    port = _free_port()
    with (root / "server.log").open("wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "datacollect_desktop.server", "--host", "127.0.0.1",
             "--port", str(port), "--data-dir", str(data)],
            stdout=log, stderr=subprocess.STDOUT, cwd=REPO,
            env={**os.environ, "PYTHONPATH": str(REPO)})
        base = f"http://127.0.0.1:{port}"
        try:
            _wait_healthy(base, process)
            yield base
        finally:
            process.terminate()
            process.wait(timeout=30)


def _wait_healthy(base: str, process: subprocess.Popen[bytes], seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the sync server exited with code {process.returncode}")
        try:
            if httpx.get(f"{base}/health").status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.05)
    raise TimeoutError("the sync server did not answer /health in time")


def login(base: str) -> str:
    """The field worker's bearer token."""
    response = httpx.post(f"{base}/api/users/login", json={"email": EMAIL, "password": PASSWORD})
    response.raise_for_status()
    token: str = response.json()["token"]
    return token
