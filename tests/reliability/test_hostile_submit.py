"""Hostile input: what `submit` is given that is not UTF-8, lines too long to hold, and key
files that ask for an exhausting key derivation."""

from __future__ import annotations

import io
import json
import tracemalloc
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

from datacollect_desktop.cli import main as cli_main
from datacollect_desktop.cli.prompt import MAX_LINE
from datacollect_desktop.storage.profile import Profile
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.factories import wire
from tests.reliability.recorder import Tally

pytestmark = pytest.mark.reliability(scenario="Hostile input")


def run_cli(data_dir: Path, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = cli_main(["--data-dir", str(data_dir), *args])
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def profile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("DATACOLLECT_PASSPHRASE", PASSPHRASE)
    directory = tmp_path / "profile"
    Profile(directory).create(PASSPHRASE, FAST_KDF)[0].close()
    return directory


def names(directory: Path) -> list[str]:
    code, out, _ = run_cli(directory, "entities")
    assert code == 0
    return sorted(doc["data"]["name"] for doc in json.loads(out))


def latin1_person(guid: str) -> bytes:
    return json.dumps(wire(f"p-{guid}", "create-individual", {"name": "José"}, guid=guid),
                      ensure_ascii=False).encode("latin-1")


def test_input_that_is_not_utf8_is_refused_with_its_line_and_nothing_of_it_is_stored(
        profile: Path, tmp_path: Path, tally: Tally) -> None:
    """`José` written in Latin-1: as JSON lines, that line is refused naming its number and
    the others are stored; as one JSON array, all of it is refused. No name is ever stored
    with U+FFFD in place of what was sent."""
    good = json.dumps(wire("p-ok", "create-individual", {"name": "Awa"}, guid="e-ok")).encode()
    path = tmp_path / "lines.json"
    path.write_bytes(good + b"\n" + latin1_person("e-latin1") + b"\n")
    code, out, err = run_cli(profile, "submit", str(path))
    assert code == 1 and not err
    results = [json.loads(line) for line in out.splitlines()]
    assert [r["status"] for r in results] == ["applied", "rejected"]
    assert "line 2" in results[1]["error"] and "UTF-8" in results[1]["error"]
    array = tmp_path / "array.json"
    array.write_bytes(b"[\n" + good.replace(b"e-ok", b"e-ok2").replace(b"p-ok", b"p-ok2")
                      + b",\n" + latin1_person("e-latin1-array") + b"\n]\n")
    code, out, err = run_cli(profile, "submit", str(array))
    assert code == 1 and not err
    [refused] = [json.loads(line) for line in out.splitlines()]
    assert refused["status"] == "rejected" and "line 3" in refused["error"]
    assert names(profile) == ["Awa"]
    assert "\ufffd" not in run_cli(profile, "events")[1]
    tally.add(inputs=2, rejected=2, applied=1)


def test_an_oversized_line_is_refused_without_holding_it_in_memory(
        profile: Path, tmp_path: Path, tally: Tally) -> None:
    """A 48 MiB line (more than ten times the line limit) among good lines: it is refused
    naming its line, the others are stored, and reading it never holds more than a few
    MiB (the whole input was read into memory, four times over once decoded)."""
    path = tmp_path / "huge.jsonl"
    with path.open("wb") as out:
        out.write(json.dumps(wire("p-1", "create-individual", {"name": "First"})).encode()
                  + b"\n")
        out.write(b'{"guid": "' + b"x" * (48 * 1024 * 1024) + b'"}\n')
        out.write(json.dumps(wire("p-3", "create-individual", {"name": "Third"})).encode()
                  + b"\n")
    tracemalloc.start()
    try:
        code, out_text, err = run_cli(profile, "submit", str(path))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert code == 1 and not err
    results = [json.loads(line) for line in out_text.splitlines()]
    assert [r["status"] for r in results] == ["applied", "rejected", "applied"]
    assert "line 2" in results[1]["error"] and "longer than" in results[1]["error"]
    assert peak < 3 * MAX_LINE, f"{peak:,} bytes held"
    assert names(profile) == ["First", "Third"]
    tally.add(inputs=1, rejected=1, applied=2)


def test_a_json_document_over_many_lines_or_one_long_line_is_still_read_whole(
        profile: Path, tmp_path: Path) -> None:
    """A pretty-printed array, a pretty-printed single object, and a compact array on one
    line longer than the line limit (as `json.dumps` writes an export) are each read as one
    document."""
    array = [wire(f"p-a{i}", "create-individual", {"name": f"Array {i}"}) for i in range(3)]
    (tmp_path / "array.json").write_text(json.dumps(array, indent=2))
    (tmp_path / "one.json").write_text(json.dumps(
        wire("p-one", "create-individual", {"name": "Single"}), indent=2))
    compact = [wire(f"p-c{i}", "create-individual", {"name": f"Compact {i}",
                                                     "notes": "n" * 2000}) for i in range(2200)]
    (tmp_path / "compact.json").write_text(json.dumps(compact))
    assert (tmp_path / "compact.json").stat().st_size > MAX_LINE
    for name in ("array.json", "one.json", "compact.json"):
        code, out, err = run_cli(profile, "submit", str(tmp_path / name))
        assert code == 0 and not err, out[-500:]
    stored = names(profile)
    assert stored[:3] == ["Array 0", "Array 1", "Array 2"] and "Single" in stored
    assert len(stored) == 3 + 1 + 2200


@pytest.mark.parametrize("cost", [{"iterations": 13}, {"lanes": 17},
                                  {"memoryCost": 4 * 1024 * 1024}],
                         ids=["passes", "lanes", "memory"])
def test_a_key_file_asking_for_an_exhausting_key_derivation_is_refused_at_once(
        profile: Path, cost: dict[str, int], tally: Tally) -> None:
    """A key file whose Argon2id cost is above four times our own (as bundles are bounded):
    refused as damaged before any derivation, exit 2, the file unchanged."""
    keys = profile / "keys.json"
    doc = json.loads(keys.read_text())
    doc["kdf"].update(cost)
    keys.write_text(json.dumps(doc))
    before = keys.read_bytes()
    code, out, err = run_cli(profile, "stats")
    assert code == 2 and not out
    error = json.loads(err)
    assert error["error"] == "corrupt_profile" and "key derivation" in error["message"]
    assert keys.read_bytes() == before
    tally.add(inputs=1, rejected=1)
