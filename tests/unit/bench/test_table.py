"""A saved run as Markdown: verdicts, budgets and peer ratios as the docs show them."""

from __future__ import annotations

from bench.report import Figure, Measured, Peer, add_section, new_document
from bench.table import markdown


def test_the_table_marks_misses_and_shows_peer_ratios_both_ways() -> None:
    figures = Measured([
        Figure("batch apply", 1_000, "ev/s", 20_000, higher_is_better=True,
               peers=[Peer("sqlite3", 40_000)]),
        Figure("verify", 10.0, "s", 15.0, peers=[Peer("slow", 20.0)]),
        Figure("rebuild", 53.0, "s"),
    ])
    figures.problems.append("bench.store_bench --events 1000000 exited with code -15")
    doc = new_document("full")
    add_section(doc, "store", figures, [1.0, 1.0, 1.0], 3.0)
    text = markdown(doc)
    assert "| batch apply | 1,000 ev/s | >= 20,000: **miss** | sqlite3 40,000 (app 1/40) |" \
        in text
    assert "| verify | 10.0 s | <= 15.0: pass | slow 20.0 (app 2x) |" in text
    assert "| rebuild | 53.0 s |  |  |" in text
    assert "Stopped early: bench.store_bench --events 1000000 exited with code -15" in text


def test_a_failed_section_is_named_not_dropped() -> None:
    doc = new_document("quick")
    doc["sections"]["gui"] = {"error": "Traceback ...", "figures": []}
    assert "### gui\n\n(the section failed" in markdown(doc)
