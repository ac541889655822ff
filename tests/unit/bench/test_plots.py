"""Plots are drawn for the metrics a run measured, and only for those."""

from __future__ import annotations

from pathlib import Path

from bench.plots import draw
from bench.report import Figure, Measured, Peer, add_section, new_document


def test_plots_are_drawn_for_measured_metrics_only(tmp_path: Path) -> None:
    figures = Measured([
        Figure("apply", rate, "ev/s", 20_000, higher_is_better=True, metric="batch_apply",
               events=size, peers=[Peer("sqlite3", 90_000)])
        for size, rate in ((10_000, 4_000), (100_000, 1_500))
    ])
    figures.curves["batch apply, 100,000-event build"] = [[20_000, 3_000], [40_000, 2_000]]
    doc = new_document("quick")
    add_section(doc, "store", figures, [0.0, 0.0, 0.0], 1.0)
    written = draw(doc, tmp_path)
    assert sorted(p.name for p in written) == ["build.png", "write.png"]
    assert all(p.stat().st_size > 1_000 for p in written)
