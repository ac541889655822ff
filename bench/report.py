"""A measured figure with its budget, printed the same way by every benchmark."""

from __future__ import annotations

import json
import platform
import time
from dataclasses import asdict, dataclass
from pathlib import Path

RESULTS = Path(__file__).parent / "results"


@dataclass
class Figure:
    """One measurement. `budget` is None for figures reported without a target."""

    name: str
    value: float
    unit: str
    budget: float | None = None
    higher_is_better: bool = False
    note: str = ""

    @property
    def passed(self) -> bool | None:
        if self.budget is None:
            return None
        return self.value >= self.budget if self.higher_is_better else self.value <= self.budget

    def line(self) -> str:
        mark = {True: "pass", False: "MISS", None: "    "}[self.passed]
        budget = ""
        if self.budget is not None:
            budget = f"{'>=' if self.higher_is_better else '<='} {self.budget:,.6g} {self.unit}"
        text = f"[{mark}] {self.name:<58} {self.value:>14,.6g} {self.unit:<8} {budget}"
        return f"{text}  {self.note}" if self.note else text


def report(section: str, figures: list[Figure]) -> None:
    """Print a section's figures and merge them into bench/results/latest.json."""
    print(f"\n== {section} ==")
    for figure in figures:
        print(figure.line(), flush=True)
    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / "latest.json"
    try:
        doc = json.loads(path.read_text())
    except (FileNotFoundError, ValueError):
        doc = {}
    machine = {"python": platform.python_version(), "platform": platform.platform()}
    doc.setdefault("machine", machine)
    doc.setdefault("sections", {})[section] = {
        "at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "figures": [asdict(f) | {"passed": f.passed} for f in figures],
    }
    path.write_text(json.dumps(doc, indent=2))
