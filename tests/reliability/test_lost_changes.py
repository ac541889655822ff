"""Disk faults: a database cut to nothing is refused, never made a new profile; saved changes a
damaged write-ahead log dropped are named, and those on the sync server come back."""

from __future__ import annotations

import io
import json
import shutil
from collections.abc import Callable
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from datacollect_desktop.app.integrity import IntegrityService
from datacollect_desktop.cli import main as cli_main
from datacollect_desktop.storage.profile import Profile, Session
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.factories import wire
from tests.gui.conftest import Keys, keys, open_window, unlock
from tests.integration.sync.devices import DeviceFactory, uid
from tests.reliability.recorder import Tally

pytestmark = pytest.mark.reliability(scenario="Disk faults")
__all__ = ["keys"]  # the keyboard fixture of the window tests
WAL_HEADER, FRAME = 32, 24 + 4096  # SQLite's WAL header, and a frame of a 4 KiB page


def run_cli(data_dir: Path, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = cli_main(["--data-dir", str(data_dir), *args])
    return code, out.getvalue(), err.getvalue()


def people(prefix: str, count: int) -> list[dict[str, object]]:
    return [wire(f"{prefix}-p{i}", "create-individual", {"name": f"Person {prefix} {i}"},
                 guid=f"{prefix}-e{i}") for i in range(count)]


@pytest.mark.parametrize("size", [0, 1, 100])
def test_a_database_cut_to_nothing_is_refused_as_damaged_and_left_as_it_is(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, size: int, tally: Tally) -> None:
    """A profile of 140 events whose database is cut to 0, 1 or 100 bytes, its key file
    intact: every command (even `stats`) exits 2 saying the database is damaged; no schema
    is made over it, and the file keeps its bytes."""
    monkeypatch.setenv("DATACOLLECT_PASSPHRASE", PASSPHRASE)
    directory = tmp_path / "profile"
    session = Profile(directory).create(PASSPHRASE, FAST_KDF)[0]
    session.store.submit(people("cut", 140))
    session.close()
    database = directory / "profile.db"
    cut = database.read_bytes()[:size]
    database.write_bytes(cut)
    events = tmp_path / "events.json"
    events.write_text(json.dumps(people("after", 1)[0]))
    for args in (("stats",), ("verify",), ("events",), ("submit", str(events))):
        code, out, err = run_cli(directory, *args)
        assert code == 2 and not out, (args, code, out)
        error = json.loads(err)
        assert error["error"] == "corrupt_profile", (args, error)
        assert "database" in error["message"] and "damaged" in error["message"], error
        assert database.read_bytes() == cut, args
        assert not (directory / "profile.db-wal").exists(), args
        tally.add(reads_refused=1)
    tally.add(damaged_files=1, lost=0)


def _drop_wal(wal: bytes) -> bytes | None:
    return None


def _cut_to_header(wal: bytes) -> bytes:
    return wal[:WAL_HEADER]


def _cut_mid_frame(wal: bytes) -> bytes:
    # Into the frames of an earlier commit: the last one only holds projection rows, which
    # the log replays, so a cut inside it loses no saved change.
    frames = (len(wal) - WAL_HEADER) // FRAME
    return wal[:WAL_HEADER + (frames * 2 // 3) * FRAME + FRAME // 2]


def _cut_at_frames(wal: bytes) -> bytes:
    frames = (len(wal) - WAL_HEADER) // FRAME
    return wal[:WAL_HEADER + (frames * 2 // 3) * FRAME]


def _flip_in_frame(wal: bytes) -> bytes:
    frames = (len(wal) - WAL_HEADER) // FRAME
    offset = WAL_HEADER + (frames // 2) * FRAME + 24 + 100
    flipped = bytearray(wal)
    flipped[offset] ^= 0x10
    return bytes(flipped)


def _zero_header(wal: bytes) -> bytes:
    return bytes(WAL_HEADER) + wal[WAL_HEADER:]


WAL_DAMAGE: dict[str, Callable[[bytes], bytes | None]] = {
    "the log removed": _drop_wal, "cut to its header": _cut_to_header,
    "cut inside a frame": _cut_mid_frame, "cut at a frame boundary": _cut_at_frames,
    "a bit flipped in a frame": _flip_in_frame, "its header zeroed": _zero_header,
}


def power_cut_copy(directory: Path, into: Path) -> None:
    """The profile's files as a power cut leaves them while it is open: database, log and
    record, without the shared-memory index (SQLite rebuilds it from the log)."""
    into.mkdir()
    for path in directory.iterdir():
        if not path.name.endswith("-shm"):
            shutil.copy(path, into / path.name)


def open_profile(directory: Path) -> Session:
    return Profile(directory).open(PASSPHRASE)


@pytest.fixture
def saved_after_a_checkpoint(tmp_path: Path) -> tuple[Path, int, int]:
    """A profile open when the power went: 20 events folded into the database file, then
    15 more each acknowledged by its own commit, held in the write-ahead log."""
    directory = tmp_path / "open"
    session = Profile(directory).create(PASSPHRASE, FAST_KDF)[0]
    session.store.submit(people("base", 20))
    session.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    for event in people("late", 15):
        assert session.store.submit([event])[0].status == "applied"
    copy = tmp_path / "power-cut"
    power_cut_copy(directory, copy)
    session.close()
    return copy, 20, 35


@pytest.mark.parametrize("damage", list(WAL_DAMAGE))
def test_saved_changes_a_damaged_write_ahead_log_dropped_are_named(
        saved_after_a_checkpoint: tuple[Path, int, int], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, damage: str, tally: Tally) -> None:
    """After a power cut with 15 acknowledged events in the write-ahead log, the log is
    removed, cut or damaged: SQLite falls back to its last intact transaction without a word.
    `verify` exits 1 and says how many saved changes were lost, exactly those acknowledged
    and gone; the Integrity screen's service says the same, and every later open too."""
    monkeypatch.setenv("DATACOLLECT_PASSPHRASE", PASSPHRASE)
    source, _, acknowledged = saved_after_a_checkpoint
    directory = tmp_path / "damaged"
    shutil.copytree(source, directory)
    wal = directory / "profile.db-wal"
    damaged = WAL_DAMAGE[damage](wal.read_bytes())
    if damaged is None:
        wal.unlink()
    else:
        wal.write_bytes(damaged)
    code, out, err = run_cli(directory, "verify")
    assert code == 1, (damage, code, out, err)
    report = json.loads(out)
    stats = json.loads(run_cli(directory, "stats")[1])
    kept = stats["totalEvents"]
    assert kept < acknowledged, damage  # the damage did drop saved changes
    [loss] = report["lostEvents"]
    assert loss["count"] == acknowledged - kept, (damage, loss)
    assert f"{loss['count']} saved changes were lost from this laptop" in loss["message"] or (
        loss["count"] == 1 and "saved change was lost" in loss["message"])
    session = open_profile(directory)
    try:
        status = IntegrityService(session).status()
        assert [str(m) for m in status.lost] == [loss["message"]]
        assert session.lost_on_open is None  # found once, kept since
    finally:
        session.close()
    assert json.loads(run_cli(directory, "verify")[1])["lostEvents"] == [loss]
    tally.add(damaged_files=1, acknowledged_events=acknowledged, named_lost=loss["count"],
              lost=0)


def test_the_record_of_a_closed_profile_raises_no_alarm(
        saved_after_a_checkpoint: tuple[Path, int, int], monkeypatch: pytest.MonkeyPatch
        ) -> None:
    """The intact power-cut copy and later commits check out: nothing is said lost."""
    monkeypatch.setenv("DATACOLLECT_PASSPHRASE", PASSPHRASE)
    directory, _, acknowledged = saved_after_a_checkpoint
    session = open_profile(directory)
    try:
        assert session.lost_on_open is None
        session.store.submit(people("more", 3))
    finally:
        session.close()
    code, out, _ = run_cli(directory, "verify")
    assert code == 0 and "lostEvents" not in json.loads(out)
    assert json.loads(run_cli(directory, "stats")[1])["totalEvents"] == acknowledged + 3


def test_lost_changes_already_on_the_sync_server_come_back_at_the_next_sync(
        devices: DeviceFactory, tmp_path: Path, tally: Tally) -> None:
    """A device syncs 12 events, then saves 4 more that it never sends; the power goes and
    its write-ahead log is lost. On open the 16 saved changes are named lost, the pull
    starts again from the start, and the next sync brings back the 12 the server holds; the
    4 never sent stay named as lost."""
    device = devices()
    device.session.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    device.submit(*[wire(uid("back"), "create-individual", {"name": f"Synced {i}"})
                    for i in range(12)])
    sent = device.sync()
    assert sent.pushed == 12
    synced = set(device.levels())
    device.submit(*[wire(uid("gone"), "create-individual", {"name": f"Unsent {i}"})
                    for i in range(4)])
    copy = tmp_path / "after-power-cut"
    power_cut_copy(device.session.directory, copy)
    (copy / "profile.db-wal").unlink()
    session = open_profile(copy)
    device.session.close()
    device.session = session
    assert session.lost_on_open is not None and session.lost_on_open.count == 16
    assert "come back at the next sync" in session.lost_on_open.message()
    device.sync()
    back = device.levels()
    assert set(back) == synced and all(level == 1 for level in back.values())
    tally.add(acknowledged_events=16, named_lost=16, pulled_back=12, syncs=2, lost=0)


def test_the_integrity_screen_says_how_many_saved_changes_were_lost(
        saved_after_a_checkpoint: tuple[Path, int, int], qtbot: QtBot, keys: Keys) -> None:
    """The window on a profile whose write-ahead log was lost at a power cut: its Integrity
    screen says the 15 saved changes were lost, apart from the tampering alarm."""
    directory, _, _ = saved_after_a_checkpoint
    (directory / "profile.db-wal").unlink()
    window = open_window(qtbot, directory)
    unlock(qtbot, window)
    assert window.view is not None
    window.view.nav.setFocus()
    keys(Qt.Key.Key_7, ctrl=True)
    page = window.view.supervision.integrity
    qtbot.waitUntil(lambda: page.status is not None)
    assert page.lost.isVisible()
    assert "The last 15 saved changes were lost from this laptop" in page.lost.text()
    assert not page.alarm.isVisible()
