"""Crash consistency: a writer killed with SIGKILL leaves every event fully in or fully out."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from datacollect_desktop.storage.profile import Profile
from tests.conftest import PASSPHRASE
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
