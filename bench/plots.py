"""PNG plots of a results document: each metric against the profile size, with its budget
(dashed) and its peers (dotted), and the batch-apply throughput as the largest profile filled.

`python -m bench.plots [results.json] [out dir]` redraws them from a saved run.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")  # no screen: files only

import matplotlib.pyplot as plt
from matplotlib.axes import Axes

from bench.report import LATEST, RESULTS


@dataclass(frozen=True)
class Panel:
    title: str
    unit: str
    metrics: tuple[str, ...]


PLOTS: dict[str, tuple[Panel, ...]] = {
    "write.png": (
        Panel("Batch apply (households mix)", "events/s", ("batch_apply",)),
        Panel("One event per transaction", "events/s", ("submit_rate",)),
    ),
    "latency.png": (
        Panel("Submit and history reads", "ms",
              ("submit_p50", "submit_p99", "read_history", "at_seq_p99", "proof")),
        Panel("The window's list and search", "ms",
              ("list_page", "list_page_cold", "list_count", "search")),
    ),
    "integrity.png": (
        Panel("Verify and rebuild", "s", ("verify", "rebuild")),
        Panel("Open and unlock", "s", ("open",)),
    ),
    "size_memory.png": (
        Panel("File size per event", "bytes", ("size_per_event",)),
        Panel("Peak memory", "MiB", ("peak_build", "peak_reads")),
    ),
    "sync.png": (
        Panel("Sync server on loopback", "s", ("server_push", "server_pull")),
        Panel("Device sync through the worker", "s", ("sync_up", "sync_down")),
    ),
}


LABELS = {
    "batch_apply": "app: batch apply", "submit_rate": "app: submit", "submit_p50": "submit p50",
    "submit_p99": "submit p99", "read_history": "read a 1,000-event history",
    "at_seq_p99": "--at-seq p99", "proof": "inclusion proof", "list_page": "list first page",
    "list_page_cold": "list first page after opening", "list_count": "list count",
    "search": "search (worst word)", "verify": "app: verify", "rebuild": "rebuild",
    "open": "open and unlock", "size_per_event": "app: file size per event",
    "peak_build": "peak RSS, build", "peak_reads": "peak RSS, reads/verify/rebuild",
    "server_push": "push", "server_pull": "pull", "sync_up": "sync up", "sync_down":
    "first sync down",
}


def _figures(doc: dict[str, Any]) -> list[dict[str, Any]]:
    return [f for section in doc["sections"].values() for f in section["figures"]
            if f.get("metric") and f.get("events")]


def _draw_panel(ax: Axes, panel: Panel, figures: list[dict[str, Any]]) -> None:
    for metric in panel.metrics:
        points = sorted(((f["events"], f) for f in figures if f["metric"] == metric),
                        key=lambda p: p[0])
        xs = [x for x, _ in points]
        label = LABELS.get(metric, metric)
        line, = ax.plot(xs, [f["value"] for _, f in points], "o-", label=label)
        budgets = [(x, f["budget"]) for x, f in points if f["budget"] is not None]
        if budgets:
            ax.plot(*zip(*budgets, strict=True), "--", color=line.get_color(), alpha=.6,
                    label=f"budget: {label}")
        by_peer: dict[str, list[tuple[int, float]]] = defaultdict(list)
        for x, f in points:
            for peer in f.get("peers", []):
                by_peer[peer["name"]].append((x, peer["value"]))
        for style, (name, values) in zip("sd^v<>", by_peer.items(), strict=False):
            ax.plot(*zip(*values, strict=True), f"{style}:", color=line.get_color(), alpha=.8,
                    label=f"{name} ({label})")
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_title(panel.title)
    ax.set_xlabel("events in the profile")
    ax.set_ylabel(panel.unit)
    ax.grid(True, which="both", alpha=.3)
    ax.legend(fontsize=7)


def _draw_curves(doc: dict[str, Any], out: Path) -> Path | None:
    curves = {name: points for section in doc["sections"].values()
              for name, points in section.get("curves", {}).items()}
    if not curves:
        return None
    fig, ax = plt.subplots(figsize=(8, 4.5))
    for name, points in sorted(curves.items()):
        ax.plot(*zip(*points, strict=True), ".-", label=name)
    ax.set_title("Batch apply while the profile fills (each point one chunk)")
    ax.set_xlabel("events in the profile")
    ax.set_ylabel("events/s")
    ax.grid(True, alpha=.3)
    ax.legend(fontsize=7)
    path = out / "build.png"
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


def draw(doc: dict[str, Any], out: Path = RESULTS) -> list[Path]:
    """Draw every plot the document has data for; returns the files written."""
    out.mkdir(parents=True, exist_ok=True)
    figures = _figures(doc)
    written = []
    run = doc.get("run", {})
    measured = {f["metric"] for f in figures}
    for filename, panels in PLOTS.items():
        shown = [p for p in panels if measured.intersection(p.metrics)]
        if not shown:
            continue
        fig, axes = plt.subplots(1, len(shown), figsize=(6 * len(shown), 4.5), squeeze=False)
        for ax, panel in zip(axes[0], shown, strict=True):
            _draw_panel(ax, panel, figures)
        fig.suptitle(f"{run.get('mode', '')} run, {run.get('started', '')}", fontsize=8)
        fig.tight_layout()
        fig.savefig(out / filename, dpi=110)
        written.append(out / filename)
        plt.close(fig)
    curves = _draw_curves(doc, out)
    return written + ([curves] if curves else [])


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else LATEST
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else RESULTS
    for path in draw(json.loads(source.read_text()), out):
        print(path)


if __name__ == "__main__":
    main()
