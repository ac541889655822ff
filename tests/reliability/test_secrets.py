"""Secrets: the passphrase, the data key and server tokens never appear in logs, temporary
files, exports or crash reports.

The commands run as processes with their home, temporary and log directories inside the
test's directory, so every file they leave behind is scanned, with what they printed. The
sync worker runs with the application's log file, through failures that are logged with their
traceback; the server writes its own log. Then every file is searched for each secret, as
text, UTF-16, hex and base64.
"""

from __future__ import annotations

import base64
import os
import secrets
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from datacollect_desktop.app.errors import configure_logging, log
from datacollect_desktop.storage.keys import KeyFile
from datacollect_desktop.storage.profile import Profile
from datacollect_desktop.storage.remote import RemoteStore
from datacollect_desktop.sync.client import SyncClient
from datacollect_desktop.sync.engine import SyncEngine, SyncTarget
from datacollect_desktop.sync.login import Account
from datacollect_desktop.sync.worker import Backoff, SyncWorker, WorkerPhase, WorkerStatus
from tests.integration.server.conftest import StartServer
from tests.integration.server.support import CONFIG_A, PASSWORD, REPO, WORKER_A, ServerHandle
from tests.reliability.recorder import Tally

pytestmark = pytest.mark.reliability(scenario="Secrets")


class Machine:
    """A home directory for the commands, and a record of everything they printed."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.runs = 0
        self.env = {**os.environ, "HOME": str(root / "home"), "TMPDIR": str(root / "tmp"),
                    "XDG_DATA_HOME": str(root / "home" / "data"),
                    "XDG_STATE_HOME": str(root / "home" / "state"),
                    "XDG_CACHE_HOME": str(root / "home" / "cache"),
                    "XDG_CONFIG_HOME": str(root / "home" / "config"),
                    "PYTHONPATH": str(REPO)}
        for key in ("HOME", "TMPDIR"):
            Path(self.env[key]).mkdir(parents=True, exist_ok=True)

    def run(self, *args: str, **secrets_env: str) -> int:
        """`datacollect-desktop ARGS`; stdout and stderr are kept as files to be scanned."""
        self.runs += 1
        with (self.root / f"out-{self.runs}.txt").open("wb") as out, \
                (self.root / f"err-{self.runs}.txt").open("wb") as err:
            return subprocess.run([sys.executable, "-m", "datacollect_desktop", *args],
                                  env={**self.env, **secrets_env}, stdout=out, stderr=err,
                                  stdin=subprocess.DEVNULL, timeout=180, check=False).returncode


def forms(secret: str | bytes) -> list[bytes]:
    """How a secret could be written: as text, UTF-16, hex and base64."""
    raw = secret.encode() if isinstance(secret, str) else secret
    found = [raw, raw.hex().encode(), raw.hex().upper().encode(), base64.b64encode(raw),
             base64.urlsafe_b64encode(raw).rstrip(b"=")]
    if isinstance(secret, str):
        found.append(secret.encode("utf-16-le"))
    return found


@pytest.fixture
def server(start_server_with: StartServer) -> ServerHandle:
    return start_server_with()


def run_worker(directory: Path, passphrase: str, targets: list[SyncTarget]) -> list[str]:
    """The sync worker on its own thread, once per target, as the window runs it; the
    phases it ended in."""
    session = Profile(directory).open(passphrase)
    phases: list[str] = []
    done = threading.Event()

    def run_once(progress: Any, cancelled: Any) -> Any:
        target = targets.pop(0)
        engine = SyncEngine(session, target, client=SyncClient(target.server_url, timeout=5))
        try:
            return engine.run(progress, cancelled)
        finally:
            engine.close()

    def on_status(status: WorkerStatus) -> None:
        if status.phase != WorkerPhase.SYNCING:
            phases.append(status.phase.value)
            if targets:
                worker.sync_now()
            else:
                done.set()

    # Retries after failures are far off: each next run is the one `sync_now` asks for.
    worker = SyncWorker(run_once, lambda: {}, on_status, backoff=Backoff(base=600.0))

    def loop() -> None:
        try:
            worker.run()
        finally:
            session.close()

    thread = threading.Thread(target=loop)
    thread.start()
    assert done.wait(120), phases
    worker.stop()
    thread.join(30)
    return phases


def test_no_secret_is_written_to_logs_temporary_files_exports_or_crash_reports(
        tmp_path: Path, server: ServerHandle, tally: Tally) -> None:
    """init, submit, sync (right and wrong password, server down), export, import (right and
    wrong bundle passphrase), passwd, verify, and the sync worker through an unreachable
    server, a refused password and a failure logged with its traceback."""
    machine = Machine(tmp_path)
    passphrase, new_passphrase = f"pass-{secrets.token_hex(8)}", f"new-{secrets.token_hex(8)}"
    bundle_passphrase = f"bundle-{secrets.token_hex(8)}"
    device, other = tmp_path / "home" / "device", tmp_path / "home" / "other"
    bundle = tmp_path / "export.dcb"
    given = {"DATACOLLECT_PASSPHRASE": passphrase}
    sync = ("sync", "--server", server.base_url, "--email", WORKER_A, "--config-id", CONFIG_A)
    events = tmp_path / "events.json"
    events.write_text("\n".join(
        f'{{"guid":"e{i}","entityGuid":"p{i}","type":"create-individual","data":{{"name":'
        f'"N{i}"}},"timestamp":"2024-05-01T10:00:0{i}.000Z","userId":"u1"}}' for i in range(5)))
    codes = [
        machine.run("--data-dir", str(device), "init", **given),
        machine.run("--data-dir", str(device), "submit", str(events), **given),
        machine.run("--data-dir", str(device), *sync, **given,
                    DATACOLLECT_SERVER_PASSWORD=PASSWORD),
        machine.run("--data-dir", str(device), "export", str(bundle), **given,
                    DATACOLLECT_BUNDLE_PASSPHRASE=bundle_passphrase),
        machine.run("--data-dir", str(other), "init", **given),
        machine.run("--data-dir", str(other), "import", str(bundle), **given,
                    DATACOLLECT_BUNDLE_PASSPHRASE=bundle_passphrase),
        machine.run("--data-dir", str(device), "passwd", **given,
                    DATACOLLECT_NEW_PASSPHRASE=new_passphrase),
        machine.run("--data-dir", str(device), "verify", "--deep",
                    DATACOLLECT_PASSPHRASE=new_passphrase),
    ]
    assert codes == [0] * len(codes), codes
    failing = [
        machine.run("--data-dir", str(other), *sync, **given,
                    DATACOLLECT_SERVER_PASSWORD="wrong password"),
        machine.run("--data-dir", str(other), "import", str(bundle), **given,
                    DATACOLLECT_BUNDLE_PASSPHRASE="not the bundle passphrase"),
        machine.run("--data-dir", str(device), "stats", **given),  # the old passphrase
        machine.run("--data-dir", str(other), "sync", "--server", "http://127.0.0.1:9",
                    "--email", WORKER_A, "--config-id", CONFIG_A, **given,
                    DATACOLLECT_SERVER_PASSWORD=PASSWORD),
    ]
    assert failing == [2] * len(failing), failing

    log_file = configure_logging(tmp_path / "home" / "state" / "datacollect-desktop" / "log")
    try:
        phases = run_worker(device, new_passphrase, [
            SyncTarget(server.base_url, Account(WORKER_A, lambda: PASSWORD), CONFIG_A),
            SyncTarget("http://[::1", Account(WORKER_A, lambda: PASSWORD), CONFIG_A),
        ])
        phases += run_worker(other, passphrase, [
            SyncTarget("http://127.0.0.1:9", Account(WORKER_A, lambda: PASSWORD), CONFIG_A),
            SyncTarget(server.base_url, Account(WORKER_A, lambda: "wrong password"),
                       CONFIG_A)])
    finally:
        for handler in list(log.handlers):
            if getattr(handler, "baseFilename", None) == str(log_file):
                log.removeHandler(handler)
                handler.close()
    assert phases == ["idle", "error", "offline", "error"], phases
    assert "Traceback" in log_file.read_text()  # the failure was logged with its traceback

    session = Profile(device).open(new_passphrase)
    try:
        state = RemoteStore(session.db).get()
        assert state is not None and state.token
        stored_token = state.token
    finally:
        session.close()
    data_key = KeyFile(device / "keys.json").unlock(new_passphrase)
    found_secrets: dict[str, str | bytes] = {
        "passphrase": passphrase, "new passphrase": new_passphrase,
        "bundle passphrase": bundle_passphrase, "server password": PASSWORD,
        "data key": data_key, "server token": stored_token,
        "another token": server.login(WORKER_A),
    }
    files = [p for p in [*tmp_path.rglob("*"), server.log_path] if p.is_file()]
    assert bundle in files and log_file in files and server.log_path in files
    leaks = []
    for path in files:
        content = path.read_bytes()
        for name, secret in found_secrets.items():
            if any(form in content for form in forms(secret)):
                leaks.append(f"{name} in {path.relative_to(tmp_path.parent)}")
    assert not leaks, leaks
    tally.add(files_scanned=len(files), secrets=len(found_secrets),
              commands=machine.runs, leaks=0)
