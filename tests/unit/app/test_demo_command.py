"""`datacollect-desktop demo`: creates the profile when there is none, then adds households."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from datacollect_desktop.cli import main
from datacollect_desktop.storage.profile import Profile
from tests.conftest import PASSPHRASE


def test_demo_creates_a_profile_then_adds_to_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DATACOLLECT_PASSPHRASE", PASSPHRASE)
    directory = tmp_path / "field"
    assert main(["--data-dir", str(directory), "demo", "--households", "4"]) == 0
    first = json.loads(capsys.readouterr().out)
    assert first["households"] == 5 and first["recoveryKey"]
    assert main(["--data-dir", str(directory), "demo", "--households", "2"]) == 0
    second = json.loads(capsys.readouterr().out)
    assert second["households"] == 3 and "recoveryKey" not in second
    session = Profile(directory).open(PASSPHRASE)
    try:
        groups = session.db.execute_sql(
            "SELECT count(*) FROM entities WHERE type = 'group'").fetchone()[0]
        assert groups == 8
    finally:
        session.close()


def test_demo_with_a_wrong_passphrase_changes_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    directory = tmp_path / "field"
    monkeypatch.setenv("DATACOLLECT_PASSPHRASE", PASSPHRASE)
    assert main(["--data-dir", str(directory), "demo", "--households", "1"]) == 0
    capsys.readouterr()
    monkeypatch.setenv("DATACOLLECT_PASSPHRASE", "not the passphrase")
    assert main(["--data-dir", str(directory), "demo"]) == 2
    assert json.loads(capsys.readouterr().err)["error"] == "wrong_passphrase"
