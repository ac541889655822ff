"""The benchmark report: which way a budget is compared, peer ratios, the results' JSON."""

from __future__ import annotations

import json
from pathlib import Path

from bench.child import FigureLog, read_log
from bench.report import (
    Figure,
    Measured,
    Peer,
    add_section,
    attach_peers,
    new_document,
    write,
)


def test_a_throughput_passes_at_or_above_its_budget() -> None:
    assert Figure("apply", 20_000, "ev/s", 20_000, higher_is_better=True).passed is True
    assert Figure("apply", 19_999, "ev/s", 20_000, higher_is_better=True).passed is False


def test_a_time_passes_at_or_below_its_budget() -> None:
    assert Figure("verify", 15.0, "s", 15.0).passed is True
    assert Figure("verify", 15.1, "s", 15.0).passed is False


def test_a_figure_without_budget_neither_passes_nor_misses() -> None:
    figure = Figure("rebuild", 53.0, "s")
    assert figure.passed is None
    assert figure.line().startswith("[    ]")


def test_the_line_marks_a_miss_and_shows_the_budget_with_its_direction() -> None:
    line = Figure("submit", 637, "ev/s", 2_000, higher_is_better=True).line()
    assert line.startswith("[MISS]")
    assert ">= 2,000 ev/s" in line
    assert "<= 20 ms" in Figure("at-seq", 1.1, "ms", 20).line()


def test_ratio_is_above_one_when_the_app_is_faster_for_a_throughput() -> None:
    figure = Figure("apply", 2_000, "ev/s", higher_is_better=True)
    assert figure.ratio(Peer("sqlite3", 100_000)) == 0.02
    assert figure.ratio(Peer("slow peer", 1_000)) == 2.0


def test_ratio_is_above_one_when_the_app_is_faster_for_a_time() -> None:
    figure = Figure("verify", 10.0, "s")
    assert figure.ratio(Peer("sha256", 2.0)) == 0.2
    assert figure.ratio(Peer("slow peer", 40.0)) == 4.0


def test_ratio_is_none_when_a_side_measured_zero() -> None:
    assert Figure("x", 0.0, "s").ratio(Peer("p", 1.0)) is None
    assert Figure("x", 1.0, "s").ratio(Peer("p", 0.0)) is None


def test_the_line_prints_each_peer_with_how_many_times_better_or_worse() -> None:
    figure = Figure("apply", 2_000, "ev/s", higher_is_better=True,
                    peers=[Peer("sqlite3", 100_000), Peer("slow", 1_000)])
    line = figure.line()
    assert "vs sqlite3: 100,000 ev/s, the app is 50x worse" in line
    assert "vs slow: 1,000 ev/s, the app is 2x better" in line


def test_peers_attach_to_the_figure_of_the_same_metric_and_size() -> None:
    at_10k = Figure("apply 10k", 4_000, "ev/s", metric="batch_apply", events=10_000,
                    higher_is_better=True)
    at_1m = Figure("apply 1M", 800, "ev/s", metric="batch_apply", events=1_000_000,
                   higher_is_better=True)
    peer = Figure("append", 80_000, "ev/s", metric="batch_apply", events=1_000_000,
                  higher_is_better=True)
    other = Figure("hash", 2.0, "s", metric="not_measured_by_the_app", events=10_000)
    alone = attach_peers([at_10k, at_1m], [("eventsourcing", peer), ("sha", other)])
    assert at_10k.peers == []
    assert at_1m.peers == [Peer("eventsourcing", 80_000)]
    assert [f.name for f in alone] == ["sha: hash"]


def test_a_peer_in_another_unit_is_not_compared() -> None:
    app = Figure("verify", 10.0, "s", metric="verify", events=10)
    alone = attach_peers([app], [("sha", Figure("hash", 5.0, "ms", metric="verify", events=10))])
    assert app.peers == []
    assert len(alone) == 1


def test_the_results_document_holds_every_figure_with_budget_verdict_and_ratio(
        tmp_path: Path) -> None:
    figures = Measured([
        Figure("apply", 2_000, "ev/s", 20_000, higher_is_better=True, metric="batch_apply",
               events=100_000, peers=[Peer("sqlite3", 100_000)]),
        Figure("rebuild", 53.0, "s"),
    ])
    figures.curves["build"] = [[20_000, 3_000.0]]
    doc = new_document("quick")
    add_section(doc, "store", figures, [1.0, 0.5, 0.2], 12.34)
    path = tmp_path / "latest.json"
    write(doc, path)
    saved = json.loads(path.read_text())
    assert saved["run"]["mode"] == "quick"
    assert set(saved["run"]["machine"]) >= {"cores", "memory_gib", "python"}
    assert len(saved["run"]["load_average_at_start"]) == 3
    section = saved["sections"]["store"]
    assert section["seconds"] == 12.3
    assert section["load_average"]["start"] == [1.0, 0.5, 0.2]
    assert len(section["load_average"]["end"]) == 3
    assert section["curves"] == {"build": [[20_000, 3_000.0]]}
    apply, rebuild = section["figures"]
    assert apply["passed"] is False
    assert apply["budget"] == 20_000
    assert apply["peers"] == [{"name": "sqlite3", "value": 100_000, "ratio": 0.02}]
    assert rebuild["passed"] is None
    assert rebuild["budget"] is None
    assert rebuild["peers"] == []


def test_a_figure_survives_the_round_trip_through_json() -> None:
    figure = Figure("apply", 2_000, "ev/s", 20_000, True, "note", "batch_apply", 10,
                    [Peer("sqlite3", 3.0)])
    assert Figure.from_json(json.loads(json.dumps(figure.to_json()))) == figure


def test_a_child_log_keeps_figures_peers_and_curves_in_order(tmp_path: Path) -> None:
    path = tmp_path / "child.jsonl"
    log = FigureLog(path)
    log.add(Figure("apply", 1.0, "ev/s", metric="batch_apply", events=10))
    log.point("build", 10, 1.0)
    log.add(Figure("append", 9.0, "ev/s", metric="batch_apply", events=10), "eventsourcing")
    result = read_log(path)
    assert [f.name for f in result.figures] == ["apply"]
    assert [(name, f.value) for name, f in result.peers] == [("eventsourcing", 9.0)]
    assert result.curves == {"build": [[10, 1.0]]}
