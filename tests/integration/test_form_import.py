"""`form import`: an XLSForm workbook to an app config, without a profile."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.xlsforms import household_workbook, write_workbook


def form_import(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "DATACOLLECT_PASSPHRASE"}
    return subprocess.run(
        [sys.executable, "-m", "datacollect_desktop", "--data-dir", str(tmp_path / "none"),
         "form", "import", *args], capture_output=True, text=True, env=env, timeout=120)


def test_import_writes_a_config_that_form_check_uses(tmp_path: Path) -> None:
    workbook = household_workbook(tmp_path / "household.xlsx")
    out = tmp_path / "config.json"
    proc = form_import(tmp_path, str(workbook), "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert (report["form"], report["rows"], report["carried"]) == ("household", 18, 18)
    assert report["problems"] == []
    data = tmp_path / "data.json"
    data.write_text(json.dumps({"hh_name": "Okello", "head_dob": "1980-01-15",
                                "region": "north", "district": "sa", "hh_size": 3}))
    env = {k: v for k, v in os.environ.items() if k != "DATACOLLECT_PASSPHRASE"}
    check = subprocess.run(
        [sys.executable, "-m", "datacollect_desktop", "--data-dir", str(tmp_path / "none"),
         "form", "check", str(out), "--form", "household", str(data),
         "--today", "2024-06-01"], capture_output=True, text=True, env=env, timeout=120)
    assert check.returncode == 1, check.stderr
    result = json.loads(check.stdout)
    assert [e["key"] for e in result["errors"]] == ["district"]
    assert result["calculated"]["head_age"] == 44
    assert not (tmp_path / "none").exists()  # no profile made or needed


def test_import_into_adds_the_form_and_reports_rows_it_cannot_carry(tmp_path: Path) -> None:
    config = tmp_path / "app.json"
    config.write_text(json.dumps({"id": "app", "name": "App", "version": "1",
                                  "entityForms": [{"name": "person", "formio": {
                                      "components": []}}]}))
    workbook = write_workbook(tmp_path / "visit.xlsx", [
        {"type": "text", "name": "note", "label": "Note"},
        {"type": "audio", "name": "voice", "label": "Voice"}])
    proc = form_import(tmp_path, str(workbook), "--into", str(config), "--name", "visit")
    assert proc.returncode == 0, proc.stderr
    problems = json.loads(proc.stdout)["problems"]
    assert [(p["row"], p["name"], p["outcome"]) for p in problems] == [
        (3, "voice", "not carried")]
    doc = json.loads(config.read_text())
    assert [f["name"] for f in doc["entityForms"]] == ["person", "visit"]
    again = form_import(tmp_path, str(workbook), "--into", str(config), "--name", "visit")
    assert again.returncode == 2 and "already has a form 'visit'" in again.stderr


def test_a_file_that_is_not_an_xlsform_exits_two_with_a_message(tmp_path: Path) -> None:
    fake = tmp_path / "fake.xlsx"
    fake.write_text("name,age\n")
    proc = form_import(tmp_path, str(fake), "--out", str(tmp_path / "c.json"))
    assert proc.returncode == 2
    error = json.loads(proc.stderr)
    assert error["error"] == "invalid_xlsform" and "cannot be read" in error["message"]
    assert not (tmp_path / "c.json").exists()
    assert form_import(tmp_path, str(tmp_path / "missing.xlsx")).returncode == 2
