"""Measurements in a child process, one per profile size, so each size's peak memory is its own.

The child appends one JSON line per figure (and per curve point) to a file as it measures, so a
long run that is stopped keeps what it measured; the parent reads the file when the child ends.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from bench.report import Figure

ROOT = Path(__file__).resolve().parents[1]


class FigureLog:
    """The child's side: print each figure as it is measured and keep it in the file."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.figures: list[Figure] = []

    def _write(self, doc: dict[str, object]) -> None:
        if self.path is not None:
            with self.path.open("a") as out:
                out.write(json.dumps(doc) + "\n")

    def add(self, figure: Figure, peer: str | None = None) -> None:
        """`peer` names who measured it when the figure is a peer's, for an app metric."""
        prefix = f"({peer}) " if peer else ""
        print(prefix + figure.line(), flush=True)
        self.figures.append(figure)
        self._write({"figure": figure.to_json(), "peer": peer})

    def point(self, curve: str, x: float, y: float) -> None:
        self._write({"curve": curve, "point": [x, y]})


@dataclass
class ChildResult:
    """What a child measured: its own figures, peers' figures by peer name, curve points."""

    figures: list[Figure] = field(default_factory=list)
    peers: list[tuple[str, Figure]] = field(default_factory=list)
    curves: dict[str, list[list[float]]] = field(default_factory=dict)
    failed: str | None = None


def run_child(module: str, args: list[str], out: Path) -> ChildResult:
    """Run `python -m module *args --out out` with this checkout first on the path."""
    out.unlink(missing_ok=True)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)}
    process = subprocess.run([sys.executable, "-m", module, *args, "--out", str(out)],
                             cwd=ROOT, env=env, check=False)
    result = read_log(out)
    if process.returncode != 0:
        result.failed = f"{module} {' '.join(args)} exited with code {process.returncode}"
        print(f"!! {result.failed}; keeping the {len(result.figures)} figures it measured",
              flush=True)
    return result


def read_log(path: Path) -> ChildResult:
    result = ChildResult()
    if not path.exists():
        return result
    for line in path.read_text().splitlines():
        doc = json.loads(line)
        if "curve" in doc:
            result.curves.setdefault(doc["curve"], []).append(doc["point"])
        elif doc.get("peer"):
            result.peers.append((doc["peer"], Figure.from_json(doc["figure"])))
        else:
            result.figures.append(Figure.from_json(doc["figure"]))
    return result
