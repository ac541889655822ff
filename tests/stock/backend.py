"""The real stock DataCollect backend (upstream release 1.0.0), built once and run for tests.

The upstream source tarball is unpacked and its `packages/backend` built with pnpm into a
cache outside the clone, keyed by the tarball's SHA-256, so a second run starts in seconds.
Each start gets its own PostgreSQL database and listens on 127.0.0.1 only: a `--require`
preload binds every `net.Server.listen` to loopback, since the backend itself listens on all
interfaces and we do not edit upstream code.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import shutil
import subprocess
import tarfile
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from tests.integration.server.support import REPO, free_port

TARBALL_NAME = "idpass-data-collect-1.0.0.tar.gz"
TARBALL_ENV = "DATACOLLECT_STOCK_TARBALL"
ADMIN_EMAIL = "admin@stock.example.org"
ADMIN_PASSWORD = "stock admin password"
STARTUP_SECONDS = 60.0
BUILD_SECONDS = 1800
# The loopback preload: whatever host the backend asks for, bind 127.0.0.1.
LOOPBACK_JS = """\
const net = require("net");
const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  if (typeof args[0] === "number" || typeof args[0] === "string" && /^\\d+$/.test(args[0])) {
    const port = Number(args[0]);
    const callback = args.find((a) => typeof a === "function");
    return listen.call(this, { port, host: "127.0.0.1" }, callback);
  }
  const options = args[0];
  if (options && typeof options === "object" && options.port !== undefined) {
    args[0] = { ...args[0], host: "127.0.0.1" };
  }
  return listen.apply(this, args);
};
"""


class StockUnavailable(Exception):
    """The stock backend cannot be built on this machine (the reason says what is missing)."""


def tarball() -> Path:
    """The upstream source: $DATACOLLECT_STOCK_TARBALL, or `shared/upstream/` beside an
    ancestor of the clone (the layout the project is developed in)."""
    named = os.environ.get(TARBALL_ENV)
    if named:
        return Path(named)
    for parent in REPO.parents:
        candidate = parent / "shared" / "upstream" / TARBALL_NAME
        if candidate.is_file():
            return candidate
    raise StockUnavailable(f"the upstream source {TARBALL_NAME} was not found (set {TARBALL_ENV})")


def cache_root() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "datacollect-desktop" / "stock"


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _pnpm() -> list[str]:
    found = shutil.which("pnpm")
    if found:
        return [found]
    npx = shutil.which("npx")
    if npx:
        return [npx, "--yes", "pnpm@10"]
    raise StockUnavailable("neither pnpm nor npx (npm) is installed")


def _require_tools() -> None:
    missing = [tool for tool in ("node", "python3", "make", "g++") if shutil.which(tool) is None]
    if missing:
        raise StockUnavailable(f"building the stock backend needs {', '.join(missing)}")
    version = subprocess.run(["node", "--version"], capture_output=True, text=True,
                             check=False).stdout.strip()
    major = int(version.lstrip("v").split(".")[0] or 0) if version else 0
    if major < 20:
        raise StockUnavailable(f"the stock backend needs Node 20 or later (found {version})")


def _run(cmd: list[str], cwd: Path, log: Path) -> None:
    env = {**os.environ, "CI": "true",
           # Use the pnpm we have rather than fetching the one upstream's packageManager names.
           "npm_config_manage_package_manager_versions": "false"}
    with log.open("ab") as out:
        out.write(f"$ {' '.join(cmd)}\n".encode())
        out.flush()
        done = subprocess.run(cmd, cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT,
                              timeout=BUILD_SECONDS, check=False)
    if done.returncode != 0:
        tail = log.read_text(errors="replace")[-3000:]
        raise RuntimeError(f"{' '.join(cmd)} failed ({done.returncode}):\n{tail}")


def built_backend() -> Path:
    """The directory of the built `packages/backend` (building it on first use)."""
    source = tarball()
    home = cache_root() / sha256(source)
    entry = home / "src" / "packages" / "backend" / "dist" / "index.js"
    done = home / "built"
    if done.is_file() and entry.is_file():
        return entry.parent.parent
    _require_tools()
    pnpm = _pnpm()
    home.mkdir(parents=True, exist_ok=True)
    with (home / "lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # another test process may be building it
        if done.is_file() and entry.is_file():
            return entry.parent.parent
        shutil.rmtree(home / "src", ignore_errors=True)
        with tarfile.open(source) as archive:
            work = Path(tempfile.mkdtemp(prefix="unpack-", dir=home))
            archive.extractall(work, filter="data")
            (top,) = list(work.iterdir())
            top.rename(home / "src")
            work.rmdir()
        log = home / "build.log"
        src = home / "src"
        _run([*pnpm, "install", "--frozen-lockfile", "--filter",
              "@idpass/data-collect-backend..."], src, log)
        _run([*pnpm, "--filter", "@idpass/data-collect-core", "run", "build"], src, log)
        _run([*pnpm, "--filter", "@idpass/data-collect-backend", "run", "build"], src, log)
        done.write_text(time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()))
    return entry.parent.parent


def example_configs() -> dict[str, Any]:
    """Every example app config in the upstream source (`website/docs/examples/*.json`)."""
    configs: dict[str, Any] = {}
    with tarfile.open(tarball()) as archive:
        for member in archive.getmembers():
            parts = Path(member.name).parts
            if member.isfile() and parts[1:4] == ("website", "docs", "examples") \
                    and member.name.endswith(".json"):
                stream = archive.extractfile(member)
                assert stream is not None
                doc = json.loads(stream.read())
                if isinstance(doc, dict) and "entityForms" in doc:  # not package.json
                    configs[Path(member.name).name] = doc
    return configs


@dataclass
class StockBackend:
    """A running stock backend: its URL, how to sign in, and its log."""

    base_url: str
    process: subprocess.Popen[bytes]
    log_path: Path
    users: dict[str, str] = field(default_factory=dict)

    def login(self, email: str = ADMIN_EMAIL, password: str = ADMIN_PASSWORD) -> str:
        response = httpx.post(f"{self.base_url}/api/users/login",
                              json={"email": email, "password": password}, timeout=30.0)
        assert response.status_code == 200, response.text
        token: str = response.json()["token"]
        return token

    def client(self, email: str = ADMIN_EMAIL, password: str = ADMIN_PASSWORD) -> httpx.Client:
        return httpx.Client(base_url=self.base_url, timeout=120.0,
                            headers={"Authorization": f"Bearer {self.login(email, password)}"})

    def add_user(self, email: str, password: str, role: str = "USER") -> None:
        with self.client() as admin:
            answer = admin.post("/api/users", json={"email": email, "password": password,
                                                    "role": role})
        assert answer.status_code in (200, 201), answer.text
        self.users[email] = password

    def upload_config(self, config: dict[str, Any]) -> str:
        """POST /api/apps (multipart `config`, application/json); the config's id."""
        body = json.dumps(config).encode()
        with self.client() as admin:
            answer = admin.post("/api/apps", files={
                "config": (f"{config['id']}.json", body, "application/json")})
        assert answer.status_code == 200, answer.text
        config_id: str = config["id"]
        return config_id

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)


@contextlib.contextmanager
def running_backend(postgres_url: str, workdir: Path) -> Iterator[StockBackend]:
    """Start the built backend against `postgres_url` (an empty database) on a free port."""
    backend_dir = built_backend()
    port = free_port()
    secret = os.urandom(16).hex()
    env = {**os.environ, "POSTGRES": postgres_url, "ADMIN_EMAIL": ADMIN_EMAIL,
           "ADMIN_PASSWORD": ADMIN_PASSWORD, "JWT_SECRET": secret,
           "SYNC_SERVER_PORT": str(port), "NODE_ENV": "production"}
    workdir.mkdir(parents=True, exist_ok=True)
    preload = workdir / "loopback.js"
    preload.write_text(LOOPBACK_JS)
    log_path = workdir / f"stock-backend-{port}.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            ["node", "--require", str(preload),
             str(backend_dir / "dist" / "index.js")],
            cwd=workdir, env=env, stdout=log, stderr=subprocess.STDOUT)
    backend = StockBackend(f"http://127.0.0.1:{port}", process, log_path)
    try:
        _wait_ready(backend)
        yield backend
    finally:
        backend.stop()


def _wait_ready(backend: StockBackend) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while True:
        if backend.process.poll() is not None:
            raise RuntimeError(f"the stock backend exited:\n{backend.log()[-3000:]}")
        try:
            # The initial admin is created just after the port opens: wait for a login.
            answer = httpx.post(f"{backend.base_url}/api/users/login", timeout=2.0,
                                json={"email": ADMIN_EMAIL, "password": ADMIN_PASSWORD})
            if answer.status_code == 200:
                return
        except httpx.HTTPError:
            pass
        if time.monotonic() > deadline:
            raise RuntimeError(f"the stock backend did not start:\n{backend.log()[-3000:]}")
        time.sleep(0.2)
