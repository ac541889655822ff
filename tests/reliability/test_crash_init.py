"""Crash safety: `init` killed at any moment leaves no profile or a whole one whose recovery
key was shown, and the next `init` goes on; the window shows an unconfirmed key again."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from datacollect_desktop.app.gate import ProfileGate
from datacollect_desktop.storage.profile import Profile
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.reliability.crash.harness import REPO
from tests.reliability.recorder import Tally

pytestmark = pytest.mark.reliability(scenario="Crash safety")
Moment = Callable[[Path], bool]


def init(directory: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "DATACOLLECT_PASSPHRASE": PASSPHRASE, "PYTHONPATH": str(REPO)}
    return subprocess.Popen([sys.executable, "-m", "datacollect_desktop", "--data-dir",
                             str(directory), "init"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=env)


def named(parent: Path, name: str) -> bool:
    return any(path.name == name for path in parent.rglob("*"))


# When to kill, watched on the files: as soon as the profile's folder (or one built aside)
# appears, as soon as a key file or a database appears anywhere under it, or at random.
MOMENTS: dict[str, Moment] = {
    "first folder": lambda parent: any(parent.iterdir()),
    "key file written": lambda parent: named(parent, "keys.json"),
    "database made": lambda parent: named(parent, "profile.db"),
}


def kill_when(proc: subprocess.Popen[bytes], parent: Path, moment: Moment | float
              ) -> tuple[bytes, bool]:
    """SIGKILL `proc` at `moment`; what it printed, and whether it ended before."""
    started = time.monotonic()
    while proc.poll() is None:
        due = (time.monotonic() - started >= moment if isinstance(moment, float)
               else moment(parent))
        if due:
            proc.send_signal(signal.SIGKILL)
            break
        time.sleep(0.0005)
    out, _ = proc.communicate(timeout=60)
    return out, proc.returncode == 0


def printed_recovery_key(out: bytes) -> str | None:
    try:
        return str(json.loads(out)["recoveryKey"])
    except (ValueError, KeyError):
        return None


def test_init_killed_at_any_moment_leaves_no_profile_or_a_whole_one(
        tmp_path: Path, soak: int, tally: Tally) -> None:
    """`datacollect-desktop init` killed when its folder appears, when the key file or the
    database is written, and at random moments: afterwards either no profile exists and
    `init` again makes one (no "profile already exists", no "database is missing"), or a
    whole profile exists that opens with the passphrase and with the recovery key the killed
    command had printed."""
    rng = random.Random(15)
    moments: list[Moment | float] = [*MOMENTS.values()] * 2 * soak
    moments += [rng.uniform(0.5, 2.5) for _ in range(6 * soak)]
    for n, moment in enumerate(moments):
        parent = tmp_path / f"run-{n}"
        parent.mkdir()
        directory = parent / "profile"
        out, finished = kill_when(init(directory), parent, moment)
        recovery = printed_recovery_key(out)
        if (directory / "keys.json").exists():
            assert recovery is not None, (n, "a profile whose recovery key was never shown")
            Profile(directory).open(PASSPHRASE).close()
            Profile(directory).open_with_recovery(recovery).close()
            tally.add(whole_profiles=1)
        else:
            again = init(directory)
            out, err = again.communicate(timeout=120)
            assert again.returncode == 0, (n, err.decode())
            assert printed_recovery_key(out) is not None
            Profile(directory).open(PASSPHRASE).close()
            leftovers = [p.name for p in parent.iterdir() if p.name != "profile"]
            assert not leftovers, (n, leftovers)
            tally.add(no_profile=1)
        tally.add(kills=0 if finished else 1, lost=0)
        shutil.rmtree(parent)


def test_a_key_file_left_alone_by_an_older_version_does_not_block_init(
        tmp_path: Path, tally: Tally) -> None:
    """A key file without its database (what a kill between the two left before): `init`
    sets it aside, says so, and makes the profile."""
    directory = tmp_path / "profile"
    Profile(directory).create(PASSPHRASE, FAST_KDF)[0].close()
    for name in ("profile.db", "log-head"):
        (directory / name).unlink(missing_ok=True)
    proc = init(directory)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err.decode()
    assert "set aside" in json.loads(out)["cleared"]
    assert [p.name for p in directory.glob("keys.json.unused-*")]
    Profile(directory).open(PASSPHRASE).close()
    tally.add(no_profile=1, lost=0)


def test_a_recovery_key_nobody_confirmed_is_shown_again_at_the_next_unlock(
        tmp_path: Path) -> None:
    """The window's first run keeps the key until the person confirms storing it: closed
    (or killed) before that, the next unlock has it to show again; once confirmed, never."""
    gate = ProfileGate(tmp_path / "profile", FAST_KDF)
    workspace, recovery = gate.create("Awa", PASSPHRASE, PASSPHRASE, confirm_later=True)
    workspace.close()
    assert recovery is not None
    workspace = gate.unlock(PASSPHRASE)
    try:
        assert gate.unconfirmed_recovery_key(workspace) == recovery
        gate.recovery_key_stored(workspace)
    finally:
        workspace.close()
    workspace = gate.unlock(PASSPHRASE)
    try:
        assert gate.unconfirmed_recovery_key(workspace) is None
    finally:
        workspace.close()
    ProfileGate(tmp_path / "profile", FAST_KDF).unlock_with_recovery(recovery).close()
