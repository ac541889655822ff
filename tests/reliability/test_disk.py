"""Disk faults: a full disk is a clear message and loses nothing saved; a truncated or
bit-flipped database file is reported as damaged, never half read."""

from __future__ import annotations

import json
import os
import random
import resource
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from datacollect_desktop.storage.profile import Profile
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.factories import wire
from tests.reliability.crash.harness import REPO
from tests.reliability.recorder import Tally

pytestmark = pytest.mark.reliability(scenario="Disk faults")
FULL = "The disk is full"


def cli(data_dir: Path, *args: str, stdin: bytes = b"", file_limit: int | None = None
        ) -> subprocess.CompletedProcess[bytes]:
    """`datacollect-desktop` as a process, with files capped at `file_limit` bytes (writes
    beyond it fail with EFBIG, as they would with ENOSPC on a full disk)."""

    def cap() -> None:
        if file_limit is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (file_limit, file_limit))

    env = {**os.environ, "DATACOLLECT_PASSPHRASE": PASSPHRASE, "PYTHONPATH": str(REPO)}
    return subprocess.run([sys.executable, "-m", "datacollect_desktop", "--data-dir",
                           str(data_dir), *args], input=stdin, capture_output=True, env=env,
                          preexec_fn=cap, timeout=120, check=False)


def event_lines(prefix: str, count: int) -> bytes:
    return "\n".join(json.dumps(wire(f"{prefix}-p{i}", "create-individual",
                                     {"name": f"Person {i} " + "x" * 200},
                                     guid=f"{prefix}-e{i}")) for i in range(count)).encode()


def stored_guids(directory: Path) -> list[str]:
    session = Profile(directory).open(PASSPHRASE)
    try:
        assert session.integrity.verify().ok
        return [g for (g,) in session.db.execute_sql("SELECT guid FROM events ORDER BY seq")]
    finally:
        session.close()


def refused_as_full(proc: subprocess.CompletedProcess[bytes]) -> bool:
    """Exit 2 with the plain-words JSON error, no traceback, nothing on stdout."""
    if proc.returncode != 2:
        return False
    error = json.loads(proc.stderr)
    return error["error"] == "storage_full" and FULL in error["message"] and not proc.stdout


def test_a_full_disk_during_submits_is_a_clear_message_and_loses_nothing_saved(
        tmp_path: Path, soak: int, tally: Tally) -> None:
    """Submits of a batch with the database's files capped at their size plus a random
    margin (RLIMIT_FSIZE): each either stores the whole batch or says the disk is full,
    exit 2, and the profile still holds everything saved before and verifies."""
    rng = random.Random(21)
    directory = tmp_path / "profile"
    Profile(directory).create(PASSPHRASE, FAST_KDF)[0].close()
    saved: list[str] = []
    for attempt in range(8 * soak):
        size = max(p.stat().st_size for p in directory.iterdir())
        count = rng.randint(20, 300)
        margin = rng.choice([rng.randint(0, 150_000), 50_000_000])  # full, or room enough
        proc = cli(directory, "submit", stdin=event_lines(f"a{attempt}", count),
                   file_limit=size + margin)
        if proc.returncode == 0:
            saved += [f"a{attempt}-e{i}" for i in range(count)]
            tally.add(batches_stored=1)
        else:
            assert refused_as_full(proc), proc.stderr.decode()[-2000:]
            tally.add(disk_full=1)
        assert stored_guids(directory) == saved  # all or nothing, and nothing lost
    tally.add(lost=0)
    assert tally.counts["disk_full"] and tally.counts["batches_stored"]


def test_creating_a_profile_on_a_full_disk_is_a_clear_message(tmp_path: Path) -> None:
    """`init` when not even the key file fits: a plain message, exit 2, no partial file."""
    proc = cli(tmp_path / "profile", "init", file_limit=100)
    assert refused_as_full(proc), proc.stderr.decode()[-2000:]
    assert not any((tmp_path / "profile").iterdir())


def tiny_filesystems() -> bool:
    """Whether a private tmpfs can be mounted here without privileges (user namespaces)."""
    if shutil.which("unshare") is None:
        return False
    probe = subprocess.run(["unshare", "--user", "--map-root-user", "--mount", "sh", "-c",
                            "mount -t tmpfs -o size=64k tmpfs /mnt"], capture_output=True,
                           check=False)
    return probe.returncode == 0


@pytest.mark.skipif(not tiny_filesystems(), reason="no user namespaces to mount a tmpfs in")
def test_a_really_full_filesystem_is_a_clear_message_and_loses_nothing_saved(
        tmp_path: Path, tally: Tally) -> None:
    """A 3 MiB filesystem filled by `submit`: the refused batch says the disk is full; an
    export and a draft on the full disk say so too and leave no partial file; everything
    saved before is there and verifies."""
    mount = tmp_path / "tiny"
    mount.mkdir()
    script = (f"mount -t tmpfs -o size=3m tmpfs {mount} && exec {sys.executable} -m "
              f"tests.reliability.tiny_disk {mount}")
    proc = subprocess.run(["unshare", "--user", "--map-root-user", "--mount", "sh", "-c",
                           script], capture_output=True, cwd=REPO, timeout=300, check=False,
                          env={**os.environ, "PYTHONPATH": str(REPO)})
    assert proc.returncode == 0, proc.stderr.decode()[-3000:]
    report = json.loads(proc.stdout)
    refused = report["refused"]
    assert refused is not None and refused["code"] == 2, refused
    assert json.loads(refused["stderr"])["error"] == "storage_full", refused
    assert FULL in json.loads(refused["stderr"])["message"]
    assert report["export"]["code"] == 2, report["export"]
    assert json.loads(report["export"]["stderr"])["error"] == "storage_full"
    assert report["draft"]["code"] == "storage_full", report["draft"]
    assert report["verify"] and report["stored"] == report["saved"]
    assert not [name for name in report["files"] if name.endswith(".tmp") or
                name.startswith("bundle")], report["files"]
    tally.add(events_saved=len(report["saved"]), disk_full=3, lost=0)
