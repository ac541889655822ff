"""Secrets: the desktop process writes no core dump (it would hold the data key and the
passphrase), and its log is readable by its owner only."""

from __future__ import annotations

import os
import resource
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from datacollect_desktop.app.errors import LOG_NAME, configure_logging, log
from datacollect_desktop.storage.profile import Profile
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.reliability.crash.harness import REPO

pytestmark = pytest.mark.reliability(scenario="Secrets")
# Run the command line, then say what the process allows: its core file limit, and whether
# Linux would dump it (prctl PR_GET_DUMPABLE).
PROBE = """
import ctypes, json, resource, sys
from datacollect_desktop.cli import main
code = main(sys.argv[1:])
dumpable = ctypes.CDLL(None).prctl(3, 0, 0, 0, 0) if sys.platform.startswith("linux") else 0
print(json.dumps({"code": code, "core": resource.getrlimit(resource.RLIMIT_CORE),
                  "dumpable": dumpable}))
"""


@pytest.mark.parametrize("command", [("stats",), ("verify",)])
def test_the_desktop_process_can_write_no_core_dump(tmp_path: Path, command: tuple[str, ...]
                                                    ) -> None:
    """Started with core dumps allowed (as `ulimit -c unlimited` leaves them), a command that
    unlocked the profile runs with a core limit of 0 and, on Linux, is not dumpable."""
    directory = tmp_path / "profile"
    Profile(directory).create(PASSPHRASE, FAST_KDF)[0].close()

    def allow_cores() -> None:
        hard = resource.getrlimit(resource.RLIMIT_CORE)[1]
        resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))

    env = {**os.environ, "DATACOLLECT_PASSPHRASE": PASSPHRASE, "PYTHONPATH": str(REPO)}
    proc = subprocess.run([sys.executable, "-c", PROBE, "--data-dir", str(directory), *command],
                          capture_output=True, env=env, preexec_fn=allow_cores, timeout=120,
                          check=False)
    probe = proc.stdout.decode().strip().splitlines()[-1]
    assert '"code": 0' in probe, proc.stderr.decode()
    assert '"core": [0, 0]' in probe and '"dumpable": 0' in probe, probe


def test_the_desktop_log_is_private_in_a_private_folder(tmp_path: Path) -> None:
    """The window's log (it names records and people) is 0600 in a 0700 folder, with the
    usual umask, and a log and folder left readable by an older version are closed too."""
    folder = tmp_path / "logs"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    (folder / LOG_NAME).write_text("an older line\n")
    os.chmod(folder / LOG_NAME, 0o644)
    old_umask = os.umask(0o022)
    try:
        path = configure_logging(folder)
        log.warning("a line in the private log")
        for handler in log.handlers:
            handler.flush()
    finally:
        os.umask(old_umask)
        for handler in list(log.handlers):
            if getattr(handler, "baseFilename", None) == str(folder / LOG_NAME):
                log.removeHandler(handler)
                handler.close()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert "a line in the private log" in path.read_text()

    fresh = tmp_path / "fresh" / "logs"
    old_umask = os.umask(0o022)
    try:
        made = configure_logging(fresh)
        log.warning("first line")
    finally:
        os.umask(old_umask)
        for handler in list(log.handlers):
            if getattr(handler, "baseFilename", None) == str(made):
                log.removeHandler(handler)
                handler.close()
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o700
    assert stat.S_IMODE(made.stat().st_mode) == 0o600
