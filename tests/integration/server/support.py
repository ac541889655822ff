"""Real sync-server processes for tests: data dirs with accounts and configs, start, log in."""

from __future__ import annotations

import contextlib
import itertools
import os
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from datacollect_desktop.domain.canonical import canonical_json
from datacollect_desktop.server import cli

REPO = Path(__file__).resolve().parents[3]
PASSWORD = "correct horse battery"
ADMIN = "admin@example.org"
SUPERVISOR = "supervisor@example.org"
WORKER_A = "worker-a@example.org"
WORKER_B = "worker-b@example.org"
CONFIG_A = "cfg-a"
CONFIG_B = "cfg-b"
STARTUP_SECONDS = 30.0

_counter = itertools.count(1)


def app_config(config_id: str) -> dict[str, Any]:
    """A small DataCollect app config with one validated form and a secret section."""
    return {
        "id": config_id,
        "name": f"App {config_id}",
        "version": "1.0.0",
        "description": "test app",
        "externalSync": {"type": "openspp", "url": "https://x.example", "password": "s3cret"},
        "entityForms": [{
            "name": "person",
            "title": "Person",
            "formio": {"components": [
                {"type": "textfield", "key": "givenName", "label": "Given name", "input": True,
                 "validate": {"required": True, "maxLength": 50}},
                {"type": "number", "key": "age", "label": "Age", "input": True,
                 "validate": {"min": 0, "max": 150}},
                {"type": "textfield", "key": "apiToken", "label": "Token", "input": True},
            ]},
        }],
    }


def stamp(second: int) -> str:
    minutes, seconds = divmod(second, 60)
    hours, minutes = divmod(minutes, 60)
    return f"2024-05-01T{hours % 24:02d}:{minutes:02d}:{seconds:02d}.000Z"


def make_event(
    *, guid: str | None = None, timestamp: str | None = None, user: str | None = None,
    data: dict[str, Any] | None = None, **extra: Any,
) -> dict[str, Any]:
    """A valid wire event for the `person` form (names its form through metadata).

    Each event's default `userId` is one no account holds yet: the server links an unheld
    id to the first account pushing under it, so tests sharing a server keep apart."""
    n = next(_counter)
    user = user if user is not None else f"device-user-{uuid.uuid4().hex[:12]}"
    doc: dict[str, Any] = {
        "guid": guid or f"evt-{uuid.uuid4()}",
        "entityGuid": f"person-{n}",
        "type": "create-individual",
        "data": data if data is not None else {"givenName": f"Person {n}", "age": n % 100},
        "timestamp": timestamp or stamp(n),
        "userId": user,
        "syncLevel": 0,
        "metadata": {"formName": "person", "device": "laptop-1"},
    }
    doc.update(extra)
    return doc


# What a pull adds to the stored event: its current level and the account that pushed it.
PULL_ONLY_FIELDS = ("syncLevel", "pushedBy")


def leaf_bytes(event: dict[str, Any]) -> bytes:
    """The leaf a client computes from a pulled event: canonical JSON without syncLevel."""
    return canonical_json({k: v for k, v in event.items() if k not in PULL_ONLY_FIELDS})


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextlib.contextmanager
def _env(**values: str) -> Iterator[None]:
    old = {key: os.environ.get(key) for key in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for key, value in old.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def run_cli(*args: str) -> None:
    """Run a `datacollect-server` command in this process (the CLI code, without a fork)."""
    with _env(DATACOLLECT_USER_PASSWORD=PASSWORD):
        code = cli.main(list(args))
    assert code == 0, f"datacollect-server {' '.join(args)} exited {code}"


def prepare_data_dir(data_dir: Path, database: str | None = None) -> None:
    """Accounts (admin, supervisor of A, a worker on A, a worker on B) and configs A and B."""
    storage = ["--data-dir", str(data_dir)] + (["--database", database] if database else [])
    run_cli("create-user", ADMIN, "--role", "admin", *storage)
    run_cli("create-user", SUPERVISOR, "--role", "supervisor", "--config-id", CONFIG_A, *storage)
    run_cli("create-user", WORKER_A, "--role", "field-worker", "--config-id", CONFIG_A, *storage)
    run_cli("create-user", WORKER_B, "--role", "field-worker", "--config-id", CONFIG_B, *storage)
    for config_id in (CONFIG_A, CONFIG_B):
        path = data_dir / f"{config_id}.json"
        path.write_bytes(canonical_json(app_config(config_id)))
        run_cli("load-config", str(path), *storage)


@dataclass
class ServerHandle:
    """A running `python -m datacollect_desktop.server` process on a loopback port."""

    base_url: str
    data_dir: Path
    process: subprocess.Popen[bytes]
    log_path: Path
    clients: list[httpx.Client] = field(default_factory=list)

    def client(self, token: str | None = None, **kwargs: Any) -> httpx.Client:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        made = httpx.Client(base_url=self.base_url, headers=headers, timeout=60.0, **kwargs)
        self.clients.append(made)
        return made

    def login(self, email: str, password: str = PASSWORD) -> str:
        response = httpx.post(f"{self.base_url}/api/users/login",
                              json={"email": email, "password": password}, timeout=60.0)
        assert response.status_code == 200, response.text
        token: str = response.json()["token"]
        return token

    def as_user(self, email: str) -> httpx.Client:
        return self.client(self.login(email))

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def stop(self) -> None:
        for made in self.clients:
            made.close()
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)


def start_server(
    data_dir: Path, *extra: str, database: str | None = None, port: int | None = None
) -> ServerHandle:
    """Start a server process and wait until `/health` answers.

    A free port can be taken by another process between finding and binding it: then
    start again on another one.
    """
    for attempt in range(3):
        try:
            return _start_once(data_dir, *extra, database=database, port=port)
        except PortTaken:
            if port is not None or attempt == 2:
                raise
    raise AssertionError("unreachable")


class PortTaken(RuntimeError):
    """The server could not bind its port."""


def _start_once(
    data_dir: Path, *extra: str, database: str | None = None, port: int | None = None
) -> ServerHandle:
    port = port or free_port()
    log_path = data_dir.parent / f"{data_dir.name}-server-{port}.log"
    cmd = [sys.executable, "-m", "datacollect_desktop.server", "--host", "127.0.0.1",
           "--port", str(port), "--data-dir", str(data_dir), *extra]
    if database:
        cmd += ["--database", database]
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("DATACOLLECT_DATABASE_URL", None)
    with log_path.open("wb") as log:
        process = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, cwd=REPO, env=env)
    handle = ServerHandle(f"http://127.0.0.1:{port}", data_dir, process, log_path)
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            output = handle.log()
            if "address already in use" in output:
                raise PortTaken(output)
            raise RuntimeError(f"the server exited with {process.returncode}:\n{output}")
        try:
            if httpx.get(f"{handle.base_url}/health", timeout=2.0).status_code == 200:
                return handle
        except httpx.HTTPError:
            pass
        time.sleep(0.05)
    handle.stop()
    raise RuntimeError(f"the server did not answer within {STARTUP_SECONDS} s:\n{handle.log()}")


def pull_all(
    client: httpx.Client, config_id: str, since: str | None = None, limit: int | None = None
) -> tuple[list[dict[str, Any]], str, list[dict[str, Any]]]:
    """Pull pages until `nextCursor` is null: (events, final cursor, sync-level updates)."""
    events: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    cursor = since
    while True:
        params: dict[str, Any] = {"configId": config_id}
        if cursor is not None:
            params["since"] = cursor
        if limit is not None:
            params["limit"] = limit
        response = client.get("/api/sync/pull", params=params)
        assert response.status_code == 200, response.text
        page = response.json()
        events.extend(page["events"])
        updates.extend(page["syncLevelUpdates"])
        cursor = page["cursor"]
        if page["nextCursor"] is None:
            assert isinstance(cursor, str)
            return events, cursor, updates
        assert page["nextCursor"] == page["cursor"]


def push(client: httpx.Client, events: list[dict[str, Any]], config_id: str = CONFIG_A
         ) -> dict[str, Any]:
    response = client.post("/api/sync/push", json={"events": events, "configId": config_id})
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body
