"""A fresh sync server process on a free loopback port, for the sync benchmarks: on SQLite, or
on a throwaway PostgreSQL cluster (initdb in a temp dir, 127.0.0.1, a free port)."""

from __future__ import annotations

import glob
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

REPO = Path(__file__).resolve().parents[1]
EMAIL = "bench@example.org"
PASSWORD = "bench password 1"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _cli(args: list[str], repo: Path) -> None:
    """Run a `datacollect-server` command of the code at `repo` in a child process."""
    subprocess.run([sys.executable, "-m", "datacollect_desktop.server", *args], check=True,
                   cwd=repo, capture_output=True,
                   env={**os.environ, "PYTHONPATH": str(repo), "DATACOLLECT_USER_PASSWORD":
                        PASSWORD})


@contextmanager
def sync_server(root: Path, config: dict[str, Any], *, database: str | None = None,
                workers: int = 1, repo: Path = REPO,
                extra_configs: Sequence[dict[str, Any]] = ()) -> Iterator[str]:
    """A server with one field worker (EMAIL, PASSWORD) allowed the app config `config`;
    yields its base URL and stops it on exit. Its data and log live under `root`.

    `database` is a PostgreSQL URL (default: SQLite in the data dir); `workers` the server
    processes answering on the port; `repo` the source tree whose server runs (another
    checkout, to compare two versions on the same events); `extra_configs` more app
    configs the field worker is allowed too."""
    data = root / "server"
    storage = ["--data-dir", str(data)] + (["--database", database] if database else [])
    configs = [config, *extra_configs]
    _cli(["create-user", EMAIL, "--role", "field-worker", "--config-id",
          *(c["id"] for c in configs), *storage], repo)
    for n, each in enumerate(configs):
        config_file = root / ("config.json" if n == 0 else f"config-{n}.json")
        config_file.write_text(json.dumps(each))
        _cli(["load-config", str(config_file), *storage], repo)
    port = _free_port()
    command = [sys.executable, "-m", "datacollect_desktop.server", "--host", "127.0.0.1",
               "--port", str(port), *storage]
    if workers != 1:
        command += ["--workers", str(workers)]
    with (root / "server.log").open("wb") as log:
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, cwd=repo,
                                   env={**os.environ, "PYTHONPATH": str(repo)})
        base = f"http://127.0.0.1:{port}"
        STARTED[base] = process.pid
        try:
            _wait_healthy(base, process)
            yield base
        finally:
            STARTED.pop(base, None)
            process.terminate()
            process.wait(timeout=30)


#: The process of each running server by base URL, for `cpu_seconds`.
STARTED: dict[str, int] = {}


def _stat(pid: int) -> list[str]:
    text = Path(f"/proc/{pid}/stat").read_text()
    return text.rsplit(")", 1)[1].split()  # after the command name, which may hold spaces


def _children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found += [int(child) for child in (task / "children").read_text().split()]
    return found


def tree_cpu_seconds(pid: int) -> float:
    """CPU seconds (user + system) used by a process, its live children, and the children it
    has waited for (Linux /proc)."""
    tick = os.sysconf("SC_CLK_TCK")
    fields = _stat(pid)
    total = sum(int(value) for value in fields[11:15])  # utime stime cutime cstime
    for child in _children(pid):
        try:
            total += sum(int(value) for value in _stat(child)[11:13])
        except FileNotFoundError:
            continue  # ended meanwhile: counted in cutime from now on
    return total / tick


def cpu_seconds(base: str) -> float:
    """CPU seconds used so far by the server at `base` (with its worker processes)."""
    return tree_cpu_seconds(STARTED[base])


def _wait_healthy(base: str, process: subprocess.Popen[bytes], seconds: float = 60) -> None:
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


# PostgreSQL ------------------------------------------------------------------------------------


def postgres_bin_dir() -> Path | None:
    """Where initdb and pg_ctl are (the newest Debian version first, then PATH), or None."""
    for initdb in sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), reverse=True):
        return Path(initdb).parent
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def _as_postgres(command: list[str]) -> None:
    # PostgreSQL refuses to run as root: drop to the postgres account when we are root.
    if os.geteuid() == 0:
        command = ["runuser", "-u", "postgres", "--", *command]
    subprocess.run(command, check=True, capture_output=True, timeout=120)


class PostgresCluster:
    """A running throwaway cluster; `database()` makes a fresh empty database on it."""

    def __init__(self, dsn: str, data: Path) -> None:
        self.dsn = dsn
        self.data = data

    def cpu_seconds(self) -> float:
        """CPU seconds used so far by the cluster's processes (the postmaster's tree)."""
        pid = int((self.data / "postmaster.pid").read_text().split()[0])
        return tree_cpu_seconds(pid)

    def database(self) -> str:
        import psycopg

        name = f"bench_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(self.dsn, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.dsn.rsplit("/", 1)[0] + "/" + name


@contextmanager
def postgres_cluster() -> Iterator[PostgresCluster]:
    """initdb and start a cluster in a temp dir on 127.0.0.1 and a free port, as the tests do
    (fsync off: the figures are the server's, not the disk's); removed on exit."""
    import psycopg

    bin_dir = postgres_bin_dir()
    if bin_dir is None:
        raise RuntimeError("PostgreSQL server binaries (initdb, pg_ctl) are not installed")
    root = Path(tempfile.mkdtemp(prefix="dc-bench-pg-"))
    (root / "sock").mkdir()
    if os.geteuid() == 0:
        shutil.chown(root, "postgres", "postgres")
        shutil.chown(root / "sock", "postgres", "postgres")
    data = root / "data"
    _as_postgres([str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust",
                  "--encoding=UTF8", "--no-sync"])
    port = _free_port()
    options = (f"-c listen_addresses=127.0.0.1 -p {port} -k {root / 'sock'} -c fsync=off "
               "-c synchronous_commit=off -c full_page_writes=off -c max_connections=300")
    _as_postgres([str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(root / "server.log"),
                  "-o", options, "-w", "-t", "60", "start"])
    dsn = f"postgresql://postgres@127.0.0.1:{port}/postgres"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with psycopg.connect(dsn, connect_timeout=2):
                    break
            except psycopg.OperationalError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        yield PostgresCluster(dsn, data)
    finally:
        try:
            _as_postgres([str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"])
        finally:
            shutil.rmtree(root, ignore_errors=True)
