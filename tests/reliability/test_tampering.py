"""Tampering: someone with the data key edits the database directly, or the server rewrites
or forks its log; each is detected and named (`verify`, and the sync's integrity alarm).

The session-level checks of the same tampering are in tests/unit/storage/test_integrity.py,
and the server's rewrites, shrinking and key swaps in tests/integration/sync/test_integrity.py;
both are part of this suite.
"""

from __future__ import annotations

import io
import json
import shutil
from collections.abc import Callable
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path
from typing import Any

import pytest

from datacollect_desktop.cli import main as cli_main
from datacollect_desktop.domain import merkle
from datacollect_desktop.storage.database import open_database
from datacollect_desktop.storage.keys import KeyFile
from datacollect_desktop.storage.profile import Profile
from datacollect_desktop.sync.errors import IntegrityAlarm
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.factories import wire
from tests.integration.server.conftest import StartServer
from tests.integration.server.support import start_server
from tests.integration.sync.devices import DeviceFactory, uid
from tests.reliability.recorder import Tally
from tests.unit.storage.test_store import table_dump

pytestmark = pytest.mark.reliability(scenario="Tampering")
Conn = Any


def rewrite_tree(conn: Conn) -> None:
    """Recompute every tree node from the events as they now are: covering the tracks."""
    leaves = [merkle.leaf_hash(bytes(body)) for (body,) in
              conn.execute("SELECT body FROM events ORDER BY seq").fetchall()]
    conn.execute("DELETE FROM merkle_nodes")
    conn.executemany("INSERT INTO merkle_nodes VALUES (?,?,?)", [
        (level, index, node) for (level, index), node
        in merkle.perfect_nodes_from_leaf_hashes(leaves)])


def alter_event(conn: Conn) -> None:
    body = bytes(conn.execute("SELECT body FROM events WHERE seq = 7").fetchone()[0])
    conn.execute("UPDATE events SET body = ? WHERE seq = 7",
                 (body.replace(b"Person 6", b"Person X"),))


def swap_rows(conn: Conn) -> None:
    rows = conn.execute("SELECT seq, guid, body FROM events WHERE seq IN (9, 10) ORDER BY seq"
                        ).fetchall()
    conn.execute("UPDATE events SET guid = guid || '-moving' WHERE seq IN (9, 10)")
    for (seq, _, _), (_, guid, body) in zip(rows, reversed(rows), strict=True):
        conn.execute("UPDATE events SET guid = ?, body = ? WHERE seq = ?", (guid, body, seq))


def rewrite_history(conn: Conn) -> None:
    alter_event(conn)
    rewrite_tree(conn)


def drop_the_last_events(conn: Conn) -> None:
    conn.execute("DELETE FROM events WHERE seq > 17")
    rewrite_tree(conn)


TAMPERING: dict[str, tuple[Callable[[Conn], None], list[tuple[Any, str]]]] = {
    "an event's content edited": (alter_event, [(7, "altered")]),
    "a row deleted": (lambda c: c.execute("DELETE FROM events WHERE seq = 4"),
                      [(4, "missing")]),
    "two rows swapped": (swap_rows, [(9, "altered"), (10, "altered")]),
    "an indexed column edited": (
        lambda c: c.execute("UPDATE events SET entity_guid = 'p-other' WHERE seq = 3"),
        [(3, "indexed columns disagree")]),
    "a tree node edited": (
        lambda c: c.execute("UPDATE merkle_nodes SET hash = zeroblob(32) "
                            "WHERE level = 2 AND idx = 1"),
        [(None, "tree node does not match")]),
    "history rewritten with the tree recomputed": (rewrite_history, [(None, "rewritten")]),
    "the last events removed with the tree recomputed": (drop_the_last_events,
                                                         [(None, "were removed")]),
}


def verify_cli(directory: Path) -> tuple[int, dict[str, Any]]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = cli_main(["--data-dir", str(directory), "verify"])
    assert not err.getvalue(), err.getvalue()
    report: dict[str, Any] = json.loads(out.getvalue())
    return code, report


@pytest.fixture
def verified(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A profile of 20 events that verified once (so it holds a checkpoint)."""
    monkeypatch.setenv("DATACOLLECT_PASSPHRASE", PASSPHRASE)
    directory = tmp_path / "verified"
    session = Profile(directory).create(PASSPHRASE, FAST_KDF)[0]
    session.store.submit([wire(f"p{i}", "create-individual", {"name": f"Person {i}"},
                               guid=f"e{i}") for i in range(20)])
    session.close()
    code, report = verify_cli(directory)
    assert code == 0 and report["ok"]
    return directory


@pytest.mark.parametrize("case", list(TAMPERING))
def test_direct_edits_of_the_database_with_the_key_are_named_by_verify(
        verified: Path, tmp_path: Path, case: str, tally: Tally) -> None:
    """Edits made with the data key straight in the database: `datacollect-desktop verify`
    exits 1 and names each altered position and what is wrong with it."""
    tamper, expected = TAMPERING[case]
    directory = tmp_path / "tampered"
    shutil.copytree(verified, directory)
    raw = open_database(directory / "profile.db",
                        KeyFile(directory / "keys.json").unlock(PASSPHRASE))
    try:
        with raw.atomic():
            tamper(raw.connection())
    finally:
        raw.close()
    code, report = verify_cli(directory)
    assert code == 1 and not report["ok"]
    for seq, words in expected:
        assert any(words in m["reason"] and (seq is None or m.get("seq") == seq)
                   for m in report["mismatches"]), (case, report["mismatches"])
    tally.add(tamperings=1, detected=1)


def test_a_server_restored_from_a_backup_that_forked_its_log_raises_the_alarm(
        start_server_with: StartServer, tmp_path: Path, tally: Tally) -> None:
    """The server's data is put back from an older copy and takes other events, so its log
    forks from what a device saw: the next sync names the rewrite and the device keeps all."""
    server = start_server_with()
    port = int(server.base_url.rsplit(":", 1)[1])
    factory = DeviceFactory(tmp_path / "devices", server.base_url)
    try:
        device, other = factory(), factory()
        device.submit(*[wire(uid("p"), "create-individual", {"name": f"P{n}"})
                        for n in range(5)])
        device.sync()
        server.stop()
        backup = tmp_path / "backup"
        shutil.copytree(server.data_dir, backup)
        server = start_server(server.data_dir, port=port)
        device.submit(*[wire(uid("p"), "create-individual", {"name": f"Q{n}"})
                        for n in range(5)])
        device.sync()  # the device has now seen 10 events
        server.stop()
        forked = start_server(backup, port=port)  # the old copy, behind the same address
        try:
            other.submit(*[wire(uid("p"), "create-individual", {"name": f"F{n}"})
                           for n in range(8)])
            other.sync()  # the fork grows past what the device saw, with other events
            before = table_dump(device.session)
            with pytest.raises(IntegrityAlarm, match="history was rewritten"):
                device.sync()
            assert table_dump(device.session) == before
        finally:
            forked.stop()
    finally:
        factory.close()
        server.stop()
    tally.add(forks=1, detected=1)
