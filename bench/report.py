"""A measured figure with its budget and its peers, printed and stored the same way by every
benchmark. Nothing here fails on time: a missed budget is printed as MISS, to be read."""

from __future__ import annotations

import json
import os
import platform
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).parent / "results"
LATEST = RESULTS / "latest.json"


@dataclass
class Peer:
    """The same workload run by something else: another library, or the machine's limit."""

    name: str
    value: float


@dataclass
class Figure:
    """One measurement. `budget` is None for figures reported without a target.

    `metric` names what is measured independently of the profile size (`events`), so figures
    of one metric at several sizes make a curve.
    """

    name: str
    value: float
    unit: str
    budget: float | None = None
    higher_is_better: bool = False
    note: str = ""
    metric: str = ""
    events: int | None = None
    peers: list[Peer] = field(default_factory=list)

    @property
    def passed(self) -> bool | None:
        if self.budget is None:
            return None
        return self.value >= self.budget if self.higher_is_better else self.value <= self.budget

    def ratio(self, peer: Peer) -> float | None:
        """How many times better the app does than the peer: above 1 the app is faster (or
        smaller), below 1 slower. None when either side measured zero."""
        if self.value <= 0 or peer.value <= 0:
            return None
        return self.value / peer.value if self.higher_is_better else peer.value / self.value

    def line(self) -> str:
        mark = {True: "pass", False: "MISS", None: "    "}[self.passed]
        budget = ""
        if self.budget is not None:
            budget = f"{'>=' if self.higher_is_better else '<='} {self.budget:,.6g} {self.unit}"
        text = f"[{mark}] {self.name:<58} {self.value:>14,.6g} {self.unit:<8} {budget}"
        if self.note:
            text = f"{text}  {self.note}"
        for peer in self.peers:
            ratio = _times(self.ratio(peer))
            text += f"\n{'':7}vs {peer.name}: {peer.value:,.6g} {self.unit}, {ratio}"
        return text

    def to_json(self) -> dict[str, Any]:
        doc = asdict(self)
        doc["passed"] = self.passed
        doc["peers"] = [asdict(p) | {"ratio": self.ratio(p)} for p in self.peers]
        return doc

    @classmethod
    def from_json(cls, doc: dict[str, Any]) -> Figure:
        known = {k: v for k, v in doc.items() if k not in ("passed", "peers")}
        peers = [Peer(p["name"], p["value"]) for p in doc.get("peers", [])]
        return cls(**known, peers=peers)


class Measured(list[Figure]):
    """A section's figures, with curves measured along the way (x, y points by curve name),
    such as batch-apply throughput as a profile fills, and what stopped early."""

    def __init__(self, figures: list[Figure] | None = None) -> None:
        super().__init__(figures or [])
        self.curves: dict[str, list[list[float]]] = {}
        self.problems: list[str] = []


def attach_peers(figures: list[Figure], peers: list[tuple[str, Figure]]) -> list[Figure]:
    """Give each app figure the peers' figures of the same metric at the same size; returns
    the peers' figures that match none, renamed after their peer, to be reported alone."""
    by_key = {(f.metric, f.events): f for f in figures if f.metric}
    alone = []
    for name, peer in peers:
        figure = by_key.get((peer.metric, peer.events))
        if figure is None or figure.unit != peer.unit:
            alone.append(Figure(f"{name}: {peer.name}", peer.value, peer.unit,
                                higher_is_better=peer.higher_is_better, note=peer.note))
        else:
            figure.peers.append(Peer(name, peer.value))
    return alone


def _times(ratio: float | None) -> str:
    if ratio is None:
        return "no ratio"
    if ratio >= 1:
        return f"the app is {ratio:,.3g}x better"
    return f"the app is {1 / ratio:,.3g}x worse"


def machine() -> dict[str, Any]:
    """What the figures were measured on."""
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    return {"python": platform.python_version(), "platform": platform.platform(),
            "cores": os.cpu_count(), "memory_gib": round(memory / 2**30, 1)}


def load_average() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


def now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


def new_document(mode: str) -> dict[str, Any]:
    """The start of one suite run's results."""
    return {"run": {"mode": mode, "started": now(), "machine": machine(),
                    "load_average_at_start": load_average()},
            "sections": {}}


def add_section(doc: dict[str, Any], section: str, figures: list[Figure],
                load_at_start: list[float], seconds: float | None) -> None:
    """Record a section's figures, with the machine's load before and after it ran."""
    doc["sections"][section] = {
        "finished": now(), "seconds": None if seconds is None else round(seconds, 1),
        "load_average": {"start": load_at_start, "end": load_average()},
        "figures": [f.to_json() for f in figures],
        "curves": figures.curves if isinstance(figures, Measured) else {},
        "problems": figures.problems if isinstance(figures, Measured) else [],
    }


def write(doc: dict[str, Any], path: Path = LATEST) -> None:
    path.parent.mkdir(exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(doc, indent=2))
    tmp.replace(path)


def print_section(section: str, figures: list[Figure]) -> None:
    print(f"\n== {section} ==")
    for figure in figures:
        print(figure.line(), flush=True)


def report(section: str, figures: list[Figure]) -> None:
    """Print a section's figures and merge them into latest.json (one benchmark run alone)."""
    print_section(section, figures)
    try:
        doc = json.loads(LATEST.read_text())
    except (FileNotFoundError, ValueError):
        doc = new_document("single section")
    add_section(doc, section, figures, load_average(), None)
    write(doc)
