"""The headless commands, run as real processes on real SQLCipher files."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from datacollect_desktop.app.settings import SettingsService
from datacollect_desktop.storage.profile import Profile
from tests.declared_types import declared_config
from tests.factories import wire

PASS = "field worker passphrase"


def cli(data_dir: Path, *args: str, stdin: str | bytes | None = None,
        env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "DATACOLLECT_PASSPHRASE": PASS, **(env or {})}
    full_env.pop("QT_QPA_PLATFORM", None) if "--smoke" not in args else None
    data = stdin.encode() if isinstance(stdin, str) else stdin
    proc = subprocess.run(
        [sys.executable, "-m", "datacollect_desktop", "--data-dir", str(data_dir), *args],
        input=data, capture_output=True, env=full_env, timeout=120,
    )
    return subprocess.CompletedProcess(proc.args, proc.returncode, proc.stdout.decode(),
                                       proc.stderr.decode())


def out(proc: subprocess.CompletedProcess[str]) -> Any:
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


@pytest.fixture
def home(tmp_path: Path) -> Path:
    directory = tmp_path / "profile"
    init = out(cli(directory, "init"))
    assert len(init["recoveryKey"].replace("-", "")) == 52
    return directory


def test_submit_prints_one_result_per_line_in_input_order(home: Path) -> None:
    household = json.dumps(wire("h1", "create-group", {"name": "Diaz", "members": [
        {"guid": "p1", "name": "Ana"}]}, guid="a"))
    lines = "\n".join([
        household,
        "{not json",
        json.dumps(wire("p2", "teleport", {"x": 1}, guid="b")),
        json.dumps(wire("p1", "update-individual", {"age": 7}, guid="c")),
        household,
    ])
    proc = cli(home, "submit", "-", stdin=lines)
    assert proc.returncode == 1
    results = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [(r["guid"], r["status"]) for r in results] == [
        ("a", "applied"), (None, "rejected"), ("b", "rejected"), ("c", "applied"),
        ("a", "duplicate")]
    assert "line 2: malformed JSON" in results[1]["error"]
    assert "unknown event type" in results[2]["error"]
    entity = out(cli(home, "entity", "p1"))
    assert entity["data"] == {"name": "Ana", "age": 7} and entity["version"] == 2


def test_submit_accepts_an_object_or_an_array_and_exits_zero(home: Path, tmp_path: Path) -> None:
    path = tmp_path / "events.json"
    path.write_text(json.dumps([wire("p1", "create-individual", {"name": "A"}),
                                wire("p2", "create-individual", {"name": "B"})]))
    assert cli(home, "submit", str(path)).returncode == 0
    proc = cli(home, "submit", stdin=json.dumps(wire("p3", "create-individual", {"name": "C"})))
    assert proc.returncode == 0 and json.loads(proc.stdout)["status"] == "applied"
    assert len(out(cli(home, "entities"))) == 3
    assert [e["guid"] for e in out(cli(home, "entities", "--search", "name=b"))] == ["p2"]


def test_history_commands_show_state_at_any_point(home: Path) -> None:
    cli(home, "submit", stdin="\n".join(json.dumps(d) for d in [
        wire("p1", "create-individual", {"name": "Ana", "age": 1}, second=10),
        wire("p1", "update-individual", {"age": 2}, second=20),
        wire("p1", "update-individual", {"age": 3}, second=30),
    ]))
    assert out(cli(home, "entity", "p1", "--at-seq", "2"))["data"]["age"] == 2
    assert out(cli(home, "entity", "p1", "--at", "2024-05-01T00:00:25.000Z"))["data"]["age"] == 2
    assert [e["data"]["age"] for e in out(cli(home, "entities", "--at-seq", "1"))] == [1]
    events = out(cli(home, "events", "--entity", "p1"))
    assert [e["seq"] for e in events] == [1, 2, 3] and events[0]["syncLevel"] == 0
    too_far = cli(home, "entity", "p1", "--at-seq", "9")
    assert too_far.returncode == 2 and "between 0 and 3" in too_far.stderr


def test_entities_at_a_time_counts_every_event_stamped_by_then(home: Path) -> None:
    """Entered out of time order: the rename stamped 00:00:15 is entered after the record
    stamped 00:00:20 and still counts as of 00:00:17; the deleted record is left out."""
    cli(home, "submit", stdin="\n".join(json.dumps(d) for d in [
        wire("p1", "create-individual", {"name": "Ana"}, second=10),
        wire("p2", "create-individual", {"name": "Bo"}, second=20),
        wire("p1", "update-individual", {"name": "Eve"}, second=15),
        wire("p2", "delete-entity", {"reason": "twice"}, second=30),
    ]))
    then = out(cli(home, "entities", "--at", "2024-05-01T00:00:17.000Z"))
    assert [(e["guid"], e["name"]) for e in then] == [("p1", "Eve")]
    assert out(cli(home, "entity", "p1", "--at", "2024-05-01T00:00:17.000Z"))["name"] == "Eve"
    later = out(cli(home, "entities", "--at", "2024-05-01T00:00:25.000Z", "--search",
                    "name=o"))
    assert [e["guid"] for e in later] == ["p2"]
    assert out(cli(home, "entities", "--at", "2024-05-01T00:00:35.000Z")) == [
        out(cli(home, "entity", "p1"))]
    gone = cli(home, "entity", "p2", "--at", "2024-05-01T00:00:05.000Z")
    assert gone.returncode == 2 and "No entity p2" in gone.stderr
    wrong = cli(home, "entities", "--at", "tuesday")
    assert wrong.returncode == 2 and "UTC ISO-8601" in wrong.stderr


def test_audit_exports_csv_with_the_same_rows_as_json(home: Path) -> None:
    cli(home, "submit", stdin="\n".join(json.dumps(d) for d in [
        wire("p1", "create-individual", {"name": "Ana"}, user="u1"),
        wire("p1", "update-individual", {"name": "Anna"}, user="u2"),
    ]))
    rows = out(cli(home, "audit", "--user", "u2"))
    assert rows[0]["changes"] == [{"field": "name", "before": "Ana", "after": "Anna"}]
    proc = cli(home, "audit", "--format", "csv")
    table = list(csv.DictReader(io.StringIO(proc.stdout)))
    assert [r["userId"] for r in table] == ["u1", "u2"]
    assert json.loads(table[1]["changes"]) == rows[0]["changes"]


def test_stats_verify_proof_and_consistency(home: Path) -> None:
    cli(home, "submit", stdin="\n".join(json.dumps(wire(f"p{i}", "create-individual",
                                                        {"name": f"N{i}"}, guid=f"g{i}"))
                                        for i in range(5)))
    stats = out(cli(home, "stats"))
    assert stats["totalEvents"] == 5 and stats["eventsBySyncLevel"] == {
        "LOCAL": 5, "REMOTE": 0, "EXTERNAL": 0}
    assert stats["treeSize"] == 5 and stats["treeDepth"] == 3
    verify = out(cli(home, "verify"))
    assert verify["ok"] and verify["treeSize"] == 5 and verify["mismatches"] == []
    proof = out(cli(home, "proof", "g3"))
    assert proof["leafIndex"] == 3 and proof["rootHash"] == verify["rootHash"]
    assert set(proof) == {"leafIndex", "treeSize", "leafHash", "auditPath", "rootHash"}
    consistency = out(cli(home, "consistency", "--from", "2"))
    assert (consistency["first"], consistency["second"]) == (2, 5)
    inspected = out(cli(home, "inspect", "g3"))
    assert inspected["verified"] is True and inspected["event"]["guid"] == "g3"
    assert out(cli(home, "rebuild"))["rebuilt"] == 5


@pytest.mark.reliability(scenario="Hostile input")
def test_wrong_passphrase_exits_2_with_a_plain_message(home: Path) -> None:
    proc = cli(home, "stats", env={"DATACOLLECT_PASSPHRASE": "wrong passphrase"})
    assert proc.returncode == 2
    assert json.loads(proc.stderr)["error"] == "wrong_passphrase"
    assert proc.stdout == ""


def test_missing_profile_and_usage_errors_exit_2(tmp_path: Path) -> None:
    proc = cli(tmp_path / "nothing", "stats")
    assert proc.returncode == 2 and "No profile" in proc.stderr
    assert cli(tmp_path, "entity").returncode == 2


def test_passwd_then_old_passphrase_no_longer_opens(home: Path) -> None:
    proc = cli(home, "passwd", env={"DATACOLLECT_NEW_PASSPHRASE": "another long phrase"})
    assert out(proc) == {"changed": True}
    assert cli(home, "stats").returncode == 2
    assert cli(home, "stats", env={"DATACOLLECT_PASSPHRASE": "another long phrase"}
               ).returncode == 0


@pytest.mark.reliability(scenario="Hostile input")
def test_export_then_import_into_another_profile(home: Path, tmp_path: Path) -> None:
    cli(home, "submit", stdin="\n".join(json.dumps(wire(f"p{i}", "create-individual",
                                                        {"name": f"N{i}"})) for i in range(4)))
    bundle = tmp_path / "out.dcb"
    env = {"DATACOLLECT_BUNDLE_PASSPHRASE": "bundle secret"}
    exported = out(cli(home, "export", str(bundle), env=env))
    assert exported["events"] == 4
    assert b"N1" not in bundle.read_bytes()
    other = tmp_path / "other"
    out(cli(other, "init"))
    imported = out(cli(other, "import", str(bundle), env=env))
    assert imported["imported"] == 4 and imported["rootHash"] == exported["rootHash"]
    assert out(cli(other, "verify"))["rootHash"] == exported["rootHash"]
    wrong = cli(other, "import", str(bundle), env={"DATACOLLECT_BUNDLE_PASSPHRASE": "nope"})
    assert wrong.returncode == 2 and "passphrase is wrong" in wrong.stderr
    original = bundle.read_bytes()
    # A flipped byte in the encrypted events (just before the 64-byte signature) and one in
    # the JSON header: each is refused, and nothing is imported.
    for position, message in ((len(original) - 80, "signature"), (40, "damaged")):
        data = bytearray(original)
        data[position] ^= 1
        bundle.write_bytes(bytes(data))
        tampered = cli(other, "import", str(bundle), env=env)
        assert tampered.returncode == 2 and message in tampered.stderr, tampered.stderr


def test_help_does_not_import_qt() -> None:
    code = ("import sys; from datacollect_desktop.cli import main\n"
            "try: main(['--help'])\nexcept SystemExit: pass\n"
            "assert 'PySide6' not in sys.modules")
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)


def test_submit_and_rebuild_apply_the_types_the_stored_config_declares(home: Path) -> None:
    session = Profile(home).open(PASS)
    try:
        SettingsService(session).store_config(declared_config())
    finally:
        session.close()
    lines = "\n".join(json.dumps(doc) for doc in (
        wire("h1", "create-group", {"name": "Diaz", "entityName": "household"}, guid="a"),
        wire("h1", "assign-case-worker", {"caseWorkerId": "cw-7"}, guid="b"),
        wire("h1", "record-visit", {"outcome": "home"}, guid="c")))
    proc = cli(home, "submit", "-", stdin=lines)
    assert proc.returncode == 0, proc.stderr
    assert [json.loads(line)["status"] for line in proc.stdout.splitlines()] == ["applied"] * 3
    before = out(cli(home, "entity", "h1"))
    assert before["data"]["caseWorker"] == "cw-7"
    assert before["data"]["visits"] == [{"outcome": "home"}]
    assert out(cli(home, "rebuild"))["rebuilt"] == 3
    assert out(cli(home, "entity", "h1")) == before
