"""Profiles and keys: wrong passphrases, recovery, re-keying, damaged and foreign files."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from datacollect_desktop.domain.errors import KnownError
from datacollect_desktop.storage.database import DRIVER_ERRORS, translate
from datacollect_desktop.storage.errors import CorruptProfile, ProfileExists, WrongPassphrase
from datacollect_desktop.storage.keys import format_recovery_key, parse_recovery_key
from datacollect_desktop.storage.profile import Profile
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.factories import wire


def digest_dir(directory: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(directory.iterdir())}


def make(profile_dir: Path) -> str | None:
    session, recovery = Profile(profile_dir).create(PASSPHRASE, FAST_KDF)
    session.store.submit([wire("p1", "create-individual", {"name": "Ana"})])
    session.close()
    return recovery


@pytest.mark.reliability(scenario="Hostile input")
def test_wrong_passphrase_says_so_and_changes_no_byte(profile_dir: Path) -> None:
    make(profile_dir)
    before = digest_dir(profile_dir)
    with pytest.raises(WrongPassphrase, match="not right"):
        Profile(profile_dir).open("not the passphrase")
    assert digest_dir(profile_dir) == before


def test_recovery_key_opens_the_profile(profile_dir: Path) -> None:
    recovery = make(profile_dir)
    assert recovery is not None and len(recovery.replace("-", "")) == 52
    session = Profile(profile_dir).open_with_recovery(recovery.lower())
    assert session.queries.entity("p1") is not None
    session.close()
    with pytest.raises(WrongPassphrase):
        Profile(profile_dir).open_with_recovery(format_recovery_key(b"\x01" * 32))


def test_recovery_key_text_round_trips() -> None:
    raw = bytes(range(32))
    assert parse_recovery_key(format_recovery_key(raw)) == raw


def test_changing_the_passphrase_rewraps_only(profile_dir: Path) -> None:
    make(profile_dir)
    db_before = (profile_dir / "profile.db").read_bytes()
    Profile(profile_dir).change_passphrase(PASSPHRASE, "a new long passphrase", FAST_KDF)
    assert (profile_dir / "profile.db").read_bytes() == db_before
    with pytest.raises(WrongPassphrase):
        Profile(profile_dir).open(PASSPHRASE)
    session = Profile(profile_dir).open("a new long passphrase")
    assert session.queries.size() == 1
    session.close()


def test_short_passphrase_is_refused(profile_dir: Path) -> None:
    with pytest.raises(KnownError, match="at least 8"):
        Profile(profile_dir).create("short", FAST_KDF)
    assert not profile_dir.exists() or not any(profile_dir.iterdir())


def test_a_second_init_does_not_overwrite(profile_dir: Path) -> None:
    make(profile_dir)
    with pytest.raises(ProfileExists):
        Profile(profile_dir).create(PASSPHRASE, FAST_KDF)


@pytest.mark.reliability(scenario="Hostile input")
def test_foreign_key_file_is_reported(profile_dir: Path) -> None:
    make(profile_dir)
    (profile_dir / "keys.json").write_text("<html>not keys</html>")
    with pytest.raises(CorruptProfile, match="not a DataCollect key file"):
        Profile(profile_dir).open(PASSPHRASE)


@pytest.mark.reliability(scenario="Disk faults")
def test_foreign_database_file_is_reported_as_such(profile_dir: Path) -> None:
    make(profile_dir)
    (profile_dir / "profile.db").write_bytes(b"SQLite format 3\x00" + b"\x00" * 4080)
    for suffix in ("-wal", "-shm"):
        (profile_dir / f"profile.db{suffix}").unlink(missing_ok=True)
    with pytest.raises(CorruptProfile, match="damaged or is not a DataCollect database"):
        Profile(profile_dir).open(PASSPHRASE)


@pytest.mark.reliability(scenario="Disk faults")
def test_bit_flipped_database_is_reported_corrupt_not_half_read(profile_dir: Path) -> None:
    session, _ = Profile(profile_dir).create(PASSPHRASE, FAST_KDF)
    session.store.submit([wire(f"p{i}", "create-individual", {"name": f"N{i}" * 40})
                          for i in range(300)])
    session.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    session.close()
    path = profile_dir / "profile.db"
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x40
    path.write_bytes(bytes(data))
    opened = Profile(profile_dir).open(PASSPHRASE)
    try:
        with pytest.raises(CorruptProfile, match="damaged"):
            opened.integrity.verify(deep=True)
        # Reading everything reaches the damaged page: an error, never altered data.
        failures = []
        reads = [f"SELECT * FROM {table}" for table in
                 ("events", "merkle_nodes", "entities", "audit", "meta")]
        reads.append("PRAGMA quick_check")  # every page of every table and index
        for sql in reads:
            try:
                opened.db.execute_sql(sql).fetchall()
            except DRIVER_ERRORS as exc:
                failures.append(translate(exc))
        assert failures and all(isinstance(f, CorruptProfile) for f in failures)
    finally:
        opened.close()
