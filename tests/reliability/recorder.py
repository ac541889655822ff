"""Records each reliability test's outcome and counts in a JSON file, the source of the table
in docs/RELIABILITY.md (`python scripts/reliability_report.py` writes it).

A test marked `reliability(scenario=...)` lands in the file with its outcome and duration;
one that takes the `tally` fixture also lands with what it counted (kills, acknowledged
events, lost events, generated inputs...).
"""

from __future__ import annotations

import json
import os
import platform
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

DEFAULT_RESULTS = Path("build") / "reliability" / "latest.json"


@dataclass
class Tally:
    """Counts a test adds up as it runs; summed over the run into the results file."""

    counts: Counter[str] = field(default_factory=Counter)

    def add(self, **counts: int) -> None:
        self.counts.update(counts)


TALLY = pytest.StashKey[Tally]()


def _first_line(text: str | None) -> str:
    return " ".join((text or "").strip().split("\n\n", 1)[0].split())


class Recorder:
    """A pytest plugin: one entry per reliability test case, written when the run ends."""

    def __init__(self, path: Path, soak: int) -> None:
        self.path = path
        self.soak = soak
        self.started = time.time()
        self.tests: dict[str, dict[str, Any]] = {}

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_makereport(self, item: pytest.Item, call: pytest.CallInfo[None]
                                  ) -> Any:
        outcome = yield
        report: pytest.TestReport = outcome.get_result()
        marker = item.get_closest_marker("reliability")
        if marker is None:
            return
        function = getattr(item, "function", None)
        module = getattr(item, "module", None)
        entry = self.tests.setdefault(item.nodeid, {
            "nodeid": item.nodeid,
            "test": getattr(item, "originalname", item.name),
            "scenario": marker.kwargs.get("scenario") or _first_line(
                getattr(module, "__doc__", None)),
            "module": _first_line(getattr(module, "__doc__", None)),
            "checks": _first_line(getattr(function, "__doc__", None)),
            "outcome": "not run",
            "duration": 0.0,
            "counts": {},
        })
        entry["duration"] += report.duration
        if report.failed:
            entry["outcome"] = "failed" if report.when == "call" else "error"
        elif report.skipped and entry["outcome"] == "not run":
            entry["outcome"] = "skipped"
            if isinstance(report.longrepr, tuple):
                entry["skip_reason"] = str(report.longrepr[2]).removeprefix("Skipped: ")
        elif report.when == "call" and entry["outcome"] == "not run":
            entry["outcome"] = "passed"
        tally = item.stash.get(TALLY, None)
        if tally is not None:
            entry["counts"] = dict(tally.counts)

    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        if not self.tests:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        document = {
            "started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(self.started)),
            "seconds": round(time.time() - self.started, 1),
            "reliability_seconds": round(sum(t["duration"] for t in self.tests.values()), 1),
            "mode": f"soak x{self.soak}" if self.soak > 1 else "CI",
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(terse=True),
            "command": " ".join(["pytest", *sys.argv[1:]]),
            "tests": sorted(self.tests.values(), key=lambda t: t["nodeid"]),
        }
        self.path.write_text(json.dumps(document, indent=1) + "\n")
