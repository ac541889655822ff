"""`form check`: the shared form rules on a file of data, without a profile."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

FIXTURE = Path(__file__).parents[1] / "fixtures" / "expressions-config.json"


def check(tmp_path: Path, data: Any, *extra: str, raw: str | None = None,
          config: Path = FIXTURE) -> subprocess.CompletedProcess[str]:
    path = tmp_path / "data.json"
    path.write_text(raw if raw is not None else json.dumps(data), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "DATACOLLECT_PASSPHRASE"}
    return subprocess.run(
        [sys.executable, "-m", "datacollect_desktop", "--data-dir", str(tmp_path / "none"),
         "form", "check", str(config), "--form", "person", str(path), *extra],
        capture_output=True, text=True, env=env, timeout=120)


def test_good_data_exits_zero_with_the_calculated_values(tmp_path: Path) -> None:
    proc = check(tmp_path, {"givenName": "Ana", "dateOfBirth": "2010-05-01", "ageYears": 3,
                            "region": "north", "district": "na"}, "--today", "2024-06-01")
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert result["errors"] == [] and result["warnings"] == []
    assert result["calculated"] == {"ageYears": 14, "greeting": "Hello Ana",
                                    "memberCount": 0, "ageSum": 0}
    assert not (tmp_path / "none").exists()  # no profile made or needed


def test_errors_name_their_field_and_exit_one(tmp_path: Path) -> None:
    proc = check(tmp_path, {"region": "south", "district": "na", "children": 30,
                            "siblings": [{"age": "x"}]})
    assert proc.returncode == 1, proc.stderr
    errors = json.loads(proc.stdout)["errors"]
    assert [e["key"] for e in errors] == ["district", "children", "siblings[0].age"]
    assert errors[1]["message"] == "At most 20 children."


def test_unreadable_input_exits_two(tmp_path: Path) -> None:
    assert check(tmp_path, None, raw="{not json").returncode == 2
    assert check(tmp_path, {}, config=tmp_path / "missing.json").returncode == 2
    bad = tmp_path / "bad-config.json"
    bad.write_text('{"entityForms": 3}', encoding="utf-8")
    assert check(tmp_path, {}, config=bad).returncode == 2
    proc = subprocess.run(
        [sys.executable, "-m", "datacollect_desktop", "form", "check", str(FIXTURE), "--form",
         "nobody", str(FIXTURE)], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2 and "no form 'nobody'" in proc.stderr
