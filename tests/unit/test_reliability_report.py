"""The reliability report: tables from the suite's results, written between the markers."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def report_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "reliability_report", ROOT / "scripts" / "reliability_report.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def case(nodeid: str, scenario: str, outcome: str, **counts: int) -> dict[str, object]:
    return {"nodeid": nodeid, "test": nodeid.split("::")[1].split("[")[0], "scenario": scenario,
            "checks": "", "outcome": outcome, "duration": 1.0, "counts": counts}


def test_the_report_fills_its_section_and_says_when_something_was_lost(tmp_path: Path) -> None:
    results = tmp_path / "latest.json"
    results.write_text(json.dumps({
        "started": "2024-05-01T10:00:00Z", "mode": "CI", "cpus": 2, "python": "3.11",
        "command": "pytest -m reliability", "reliability_seconds": 240.0, "tests": [
            case("t.py::test_kills_lose_nothing[1]", "Crash safety", "passed", kills=10,
                 lost=0),
            case("t.py::test_kills_lose_nothing[2]", "Crash safety", "passed", kills=5,
                 lost=0),
            case("t.py::test_sync_ends_identical", "Network faults", "passed", lost=1),
            case("t.py::test_tokens_are_refused", "Hostile input", "failed"),
        ]}))
    doc = tmp_path / "RELIABILITY.md"
    doc.write_text("# Title\n\nprose\n\n<!-- results:start -->\nold\n<!-- results:end -->\n")
    assert report_script().main(["--results", str(results), "--doc", str(doc)]) == 0
    text = doc.read_text()
    assert text.startswith("# Title\n\nprose\n") and "old" not in text
    rows = {line.split(" | ")[0]: line for line in text.splitlines()}
    assert rows["| Crash safety"].startswith("| Crash safety | 1 test, 2 cases; 15 kills | ")
    assert rows["| Crash safety"].endswith(" | passed, nothing lost |")
    assert rows["| Network faults"].endswith(" | passed, 1 lost |")
    assert rows["| Hostile input"].endswith(" | 1 failed |")
    assert "| Kills lose nothing | 2 cases: 15 kills, 0 lost | passed |" in text
