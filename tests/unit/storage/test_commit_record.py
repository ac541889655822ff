"""The log head record: newest valid slot wins, a torn write keeps the one before, and a
record made under another key is not trusted."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from datacollect_desktop.storage.commit_record import (
    SLOT,
    DamagedRecord,
    HeadRecord,
    LogHead,
)
from datacollect_desktop.storage.profile import Profile
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.factories import wire


def test_a_torn_write_leaves_the_head_recorded_before(tmp_path: Path) -> None:
    key = os.urandom(32)
    record = HeadRecord(tmp_path / "log-head", key)
    record.write(LogHead(3, b"\x03" * 32))
    record.write(LogHead(4, b"\x04" * 32))
    assert HeadRecord(record.path, key).read() == LogHead(4, b"\x04" * 32)
    data = bytearray(record.path.read_bytes())
    newest = 0 if data[:SLOT].find(b'"treeSize": 4') >= 0 else SLOT
    data[newest + 10:newest + 60] = bytes(50)  # the slot written last, half written
    record.path.write_bytes(bytes(data))
    assert HeadRecord(record.path, key).read() == LogHead(3, b"\x03" * 32)


def test_a_record_under_another_key_is_not_trusted(tmp_path: Path) -> None:
    HeadRecord(tmp_path / "log-head", os.urandom(32)).write(LogHead(9, bytes(32)))
    with pytest.raises(DamagedRecord):
        HeadRecord(tmp_path / "log-head", os.urandom(32)).read()


def test_each_commit_that_appends_events_moves_the_record(tmp_path: Path) -> None:
    """Submits move it; a commit that appends nothing (a setting) leaves it."""
    session = Profile(tmp_path / "p").create(PASSPHRASE, FAST_KDF)[0]
    try:
        record = tmp_path / "p" / "log-head"
        before = record.read_bytes()
        session.store.submit([wire("p1", "create-individual", {"name": "Ana"})])
        after_submit = record.read_bytes()
        assert after_submit != before
        session.set_meta("a setting", "value")
        assert record.read_bytes() == after_submit
        size, _ = session.integrity.head()
    finally:
        session.close()
    assert size == 1
    reopened = Profile(tmp_path / "p").open(PASSPHRASE)
    try:
        assert reopened.lost_on_open is None
    finally:
        reopened.close()
