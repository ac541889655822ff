"""A throwaway PostgreSQL cluster for the server-store tests (loopback only, trust auth)."""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import psycopg
from psycopg import sql

from tests.integration.server.support import free_port

DSN_ENV = "DATACOLLECT_TEST_POSTGRES_DSN"  # use an already running server instead


class PostgresUnavailable(Exception):
    """No PostgreSQL binaries on this machine."""


def find_bin_dir() -> Path:
    """The directory holding initdb and pg_ctl (newest Debian version first, then PATH)."""
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), reverse=True)
    for initdb in candidates:
        return Path(initdb).parent
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    raise PostgresUnavailable("PostgreSQL server binaries (initdb, pg_ctl) are not installed")


@dataclass
class PostgresCluster:
    """A running cluster; `dsn` reaches its maintenance database as a superuser."""

    dsn: str
    root: Path | None = None
    bin_dir: Path | None = None

    def with_database(self, name: str) -> str:
        return self.dsn.rsplit("/", 1)[0] + "/" + name

    def create_database(self) -> str:
        name = f"dc_test_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(self.dsn, autocommit=True) as conn:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        return self.with_database(name)

    def drop_database(self, dsn: str) -> None:
        name = dsn.rsplit("/", 1)[1]
        with psycopg.connect(self.dsn, autocommit=True) as conn:
            conn.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )

    def stop(self) -> None:
        if self.root is None or self.bin_dir is None:
            return
        _as_postgres([str(self.bin_dir / "pg_ctl"), "-D", str(self.root / "data"),
                      "-m", "fast", "-w", "stop"], check=False)
        shutil.rmtree(self.root, ignore_errors=True)


def _as_postgres(cmd: list[str], *, check: bool = True) -> subprocess.CompletedProcess[str]:
    # PostgreSQL refuses to run as root: drop to the postgres account when we are root.
    if os.geteuid() == 0:
        cmd = ["runuser", "-u", "postgres", "--", *cmd]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    if check and proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed:\n{proc.stdout}\n{proc.stderr}")
    return proc


def start_cluster() -> PostgresCluster:
    """initdb and start a cluster in a temp dir, listening on 127.0.0.1 and a private socket."""
    external = os.environ.get(DSN_ENV)
    if external:
        return PostgresCluster(external)
    bin_dir = find_bin_dir()
    root = Path(tempfile.mkdtemp(prefix="dc-pg-"))
    (root / "sock").mkdir()
    if os.geteuid() == 0:
        account = pwd.getpwnam("postgres")
        for path in (root, root / "sock"):
            os.chown(path, account.pw_uid, account.pw_gid)
    _as_postgres([str(bin_dir / "initdb"), "-D", str(root / "data"), "-U", "postgres",
                  "--auth=trust", "--encoding=UTF8", "--no-sync"])
    port = free_port()
    options = (f"-c listen_addresses=127.0.0.1 -p {port} -k {root / 'sock'} -c fsync=off "
               "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200")
    _as_postgres([str(bin_dir / "pg_ctl"), "-D", str(root / "data"), "-l",
                  str(root / "server.log"), "-o", options, "-w", "-t", "60", "start"])
    cluster = PostgresCluster(f"postgresql://postgres@127.0.0.1:{port}/postgres", root, bin_dir)
    deadline = time.monotonic() + 30
    while True:
        try:
            with psycopg.connect(cluster.dsn, connect_timeout=2):
                return cluster
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                cluster.stop()
                raise
            time.sleep(0.1)
