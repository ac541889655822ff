"""Disk faults: a full disk is a clear message and loses nothing saved; a truncated or
bit-flipped database file is reported as damaged, never half read."""

from __future__ import annotations

import io
import json
import os
import random
import resource
import shutil
import subprocess
import sys
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

from datacollect_desktop.cli import main as cli_main
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
        # Full (less room than even 20 events need, about 3 KB each), or room enough: with
        # more room a batch can fit its write-ahead log and be stored, and none is refused.
        margin = rng.choice([rng.randint(0, 40_000), 50_000_000])
        proc = cli(directory, "submit", stdin=event_lines(f"a{attempt}", count),
                   file_limit=size + margin)
        if proc.returncode == 0:
            saved += [f"a{attempt}-e{i}" for i in range(count)]
            tally.add(batches_stored=1)
        else:
            assert refused_as_full(proc), proc.stderr.decode()[-2000:]
            tally.add(full_disk_refusals=1)
        assert stored_guids(directory) == saved  # all or nothing, and nothing lost
    tally.add(lost=0)
    assert tally.counts["full_disk_refusals"] and tally.counts["batches_stored"]


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
    tally.add(events_saved=len(report["saved"]), full_disk_refusals=3, lost=0)


# -- damaged database files ------------------------------------------------------------------

READS = (("verify", "--deep"), ("verify",), ("events",), ("entities",), ("stats",),
         ("audit",))


def run_cli(data_dir: Path, *args: str) -> tuple[int, str, str]:
    """The command line in this process (fast), as (exit code, stdout, stderr); a bug would
    raise here instead of printing a traceback."""
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = cli_main(["--data-dir", str(data_dir), *args])
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def pristine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, dict[str, str]]:
    """A closed profile of about a megabyte, and what each read command prints on it."""
    monkeypatch.setenv("DATACOLLECT_PASSPHRASE", PASSPHRASE)
    directory = tmp_path / "pristine"
    session = Profile(directory).create(PASSPHRASE, FAST_KDF)[0]
    session.store.submit([wire(f"h{i}", "create-group", {"name": f"Household {i}", "members": [
        {"guid": f"m{i}-{k}", "name": f"Member {i} {k}", "dateOfBirth": "1990-02-03"}
        for k in range(3)]}) for i in range(400)])
    session.store.submit([wire(f"m{i}-1", "update-individual", {"age": i}) for i in range(400)])
    session.close()
    outputs = {}
    for args in READS:
        copy = tmp_path / "copy"
        shutil.copytree(directory, copy)
        code, out, _ = run_cli(copy, *args)
        assert code == 0
        outputs[" ".join(args)] = out
        shutil.rmtree(copy)
    return directory, outputs


def damaged_copies(pristine: Path, into: Path, rng: random.Random, count: int
                   ) -> list[tuple[str, bytes]]:
    """(what was done, the damaged file): single bit flips anywhere, and cuts at page
    boundaries and inside pages."""
    data = (pristine / "profile.db").read_bytes()
    damaged = []
    for n in range(count):
        if n % 3 == 2:
            cut = rng.choice([rng.randrange(1, len(data) // 4096) * 4096,
                              rng.randrange(1, len(data))])
            damaged.append((f"cut at byte {cut} of {len(data)}", data[:cut]))
        else:
            offset, bit = rng.randrange(len(data)), rng.randrange(8)
            flipped = bytearray(data)
            flipped[offset] ^= 1 << bit
            damaged.append((f"bit {bit} of byte {offset} flipped", bytes(flipped)))
    return damaged


def test_a_truncated_or_bit_flipped_database_is_reported_damaged_never_half_read(
        pristine: tuple[Path, dict[str, str]], tmp_path: Path, soak: int, tally: Tally
        ) -> None:
    """Each read command on a damaged copy either prints exactly what it prints on the
    intact file (it did not need the damaged page) or exits 2 saying the profile is damaged,
    with nothing on stdout; `verify --deep` always finds the damage."""
    directory, expected = pristine
    rng = random.Random(31)
    for what, content in damaged_copies(directory, tmp_path, rng, 24 * soak):
        for args in READS:
            copy = tmp_path / "damaged"
            shutil.rmtree(copy, ignore_errors=True)
            shutil.copytree(directory, copy)
            (copy / "profile.db").write_bytes(content)
            code, out, err = run_cli(copy, *args)
            command = " ".join(args)
            if code == 0 and command != "verify --deep":
                assert out == expected[command], (what, command)
                tally.add(reads_intact=1)
                continue
            assert code == 2 and not out, (what, command, code, err)
            assert json.loads(err)["error"] == "corrupt_profile", (what, command, err)
            tally.add(reads_refused=1)
        tally.add(damaged_files=1)
    tally.add(half_read=0)
