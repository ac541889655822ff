"""The profile lock: one holder at a time, within one process as between processes."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from datacollect_desktop.app.gate import ProfileGate
from datacollect_desktop.app.profile_lock import LOCK_NAME, ProfileInUse, ProfileLock
from tests.conftest import FAST_KDF, PASSPHRASE


def test_a_second_hold_in_the_same_process_is_refused_until_the_first_lets_go(
        tmp_path: Path) -> None:
    directory = tmp_path / "profile"
    first = ProfileLock.acquire(directory)
    assert stat.S_IMODE((directory / LOCK_NAME).stat().st_mode) == 0o600
    with pytest.raises(ProfileInUse, match="open in another DataCollect window"):
        ProfileLock.acquire(directory)
    first.release()
    first.release()  # twice does nothing
    assert not first.held
    ProfileLock.acquire(directory).release()


def test_an_exclusive_gate_holds_the_profile_while_its_workspace_is_open(
        tmp_path: Path) -> None:
    directory = tmp_path / "profile"
    made, _ = ProfileGate(directory, FAST_KDF, exclusive=True).create("Awa", PASSPHRASE,
                                                                      PASSPHRASE)
    with pytest.raises(ProfileInUse):
        ProfileGate(directory, FAST_KDF, exclusive=True).unlock(PASSPHRASE)
    ProfileGate(directory, FAST_KDF).unlock(PASSPHRASE).close()  # the command line's way
    made.close()
    again = ProfileGate(directory, FAST_KDF, exclusive=True).unlock(PASSPHRASE)
    again.close()


def test_a_failed_unlock_does_not_keep_the_profile_held(tmp_path: Path) -> None:
    directory = tmp_path / "profile"
    ProfileGate(directory, FAST_KDF).create("Awa", PASSPHRASE, PASSPHRASE)[0].close()
    gate = ProfileGate(directory, FAST_KDF, exclusive=True)
    with pytest.raises(Exception, match="passphrase is not right"):
        gate.unlock(PASSPHRASE + "!")
    ProfileLock.acquire(directory).release()


def test_a_window_creating_the_profile_keeps_holding_it_and_the_folder_is_renamed_whole(
        tmp_path: Path) -> None:
    """The lock is taken in the (empty) folder before the profile is built aside; it moves
    with the built folder, so the folder is still replaced in one rename (a kill leaves no
    profile or a whole one) and the profile stays held once made."""
    directory = tmp_path / "profile"
    lock = ProfileLock.acquire(directory)
    before = directory.stat().st_ino
    lock.release()
    made, _ = ProfileGate(directory, FAST_KDF, exclusive=True).create("Awa", PASSPHRASE,
                                                                      PASSPHRASE)
    assert directory.stat().st_ino != before  # replaced by the folder built aside
    assert (directory / LOCK_NAME).exists()
    with pytest.raises(ProfileInUse):
        ProfileLock.acquire(directory)
    made.close()
    ProfileLock.acquire(directory).release()
    assert [p.name for p in tmp_path.iterdir()] == ["profile"]  # nothing left aside
