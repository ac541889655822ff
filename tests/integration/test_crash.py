"""Crash consistency: a writer killed with SIGKILL leaves every event fully in or fully out."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from datacollect_desktop.storage.database import open_database
from datacollect_desktop.storage.keys import KeyFile
from datacollect_desktop.storage.profile import Profile
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.unit.storage.test_store import table_dump

WRITER = Path(__file__).with_name("crash_writer.py")


def kill_writer_at_random(directory: Path, start: int, rng: random.Random) -> list[str]:
    proc = subprocess.Popen([sys.executable, str(WRITER), str(directory), str(start)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    time.sleep(rng.uniform(0.6, 1.6))
    proc.send_signal(signal.SIGKILL)
    stdout, stderr = proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL, stderr.decode()
    return stdout.decode().split()


@pytest.mark.parametrize("seed", range(4))
def test_sigkill_mid_write_loses_nothing_acknowledged_and_keeps_log_and_projections_in_step(
        tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    directory = tmp_path / "profile"
    acknowledged: list[str] = []
    for round_ in range(3):
        acknowledged += kill_writer_at_random(directory, 10_000 * (round_ + 1), rng)
        session = Profile(directory).open(PASSPHRASE)
        try:
            guids = [s.event.guid for s in session.queries.events()]
            assert len(guids) == len(set(guids))
            assert set(acknowledged) <= set(guids)
            assert session.integrity.verify().ok
            before = table_dump(session)
            session.store.rebuild()
            assert table_dump(session) == before
        finally:
            session.close()
    assert acknowledged


RUNNER = Path(__file__).with_name("rebuild_runner.py")


def test_a_rebuild_killed_part_way_is_finished_on_the_next_open(tmp_path: Path) -> None:
    from tests.factories import wire

    directory = tmp_path / "profile"
    session = Profile(directory).create(PASSPHRASE, FAST_KDF)[0]
    session.store.submit([wire(f"h{i}", "create-group", {"name": f"H{i}", "members": [
        {"guid": f"m{i}-{k}", "name": f"M {k}"} for k in range(3)]}) for i in range(6000)])
    expected = table_dump(session)
    session.close()
    rng = random.Random(5)
    for _ in range(3):
        proc = subprocess.Popen([sys.executable, str(RUNNER), str(directory)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert proc.stdout is not None and proc.stdout.readline().strip() == b"started"
        time.sleep(rng.uniform(0.05, 0.8))
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=30)
        raw = open_database(directory / "profile.db",
                            KeyFile(directory / "keys.json").unlock(PASSPHRASE))
        interrupted = raw.execute_sql(
            "SELECT count(*) FROM meta WHERE key = 'rebuild_in_progress'").fetchone()[0]
        raw.close()
        assert interrupted == 1, "the rebuild finished before the kill: nothing was tested"
        reopened = Profile(directory).open(PASSPHRASE)
        try:
            assert not reopened.store.rebuild_interrupted()
            assert table_dump(reopened) == expected
            assert reopened.integrity.verify().ok
        finally:
            reopened.close()
