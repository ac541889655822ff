"""Write the results table of docs/RELIABILITY.md from the reliability suite's last run.

`python -m pytest -m reliability` records each reliability test's outcome and counts in
build/reliability/latest.json (tests/reliability/recorder.py); this script turns that file
into tables and puts them between the results markers of docs/RELIABILITY.md, leaving the
rest of the document as written.

`python scripts/reliability_report.py [--results FILE] [--doc FILE]`
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
START, END = "<!-- results:start -->", "<!-- results:end -->"
# Each scenario: what it checks in one line, and the counts that say how often it ran.
SCENARIOS = {
    "Crash safety": (
        "kill -9 during submits, drafts, rebuilds and sync; after each restart every "
        "acknowledged event is there once, projections equal a rebuild, verify passes",
        ("kills", "acknowledged_events")),
    "Network faults": (
        "sync through dropped, delayed, cut-off, reset and corrupted traffic; devices and "
        "server identical once the network heals", ("syncs", "faults", "altered_bodies")),
    "Disk faults": (
        "a full disk is a clear message and loses nothing saved; truncated or bit-flipped "
        "files are reported damaged, never half read", ("full_disk_refusals", "damaged_files")),
    "Tampering": (
        "edits, deletions and reordering with the key, tree nodes and rewritten history are "
        "named by verify; a rewritten or forked server log raises the alarm",
        ("tamperings", "forks")),
    "Hostile input": (
        "fuzzed submits and forms, SQL and FTS search strings, bad bundles and path tricks, "
        "forged tokens, other app configs, oversized bodies: a clear error, nothing changed",
        ("inputs", "searches", "bundles", "requests")),
    "Secrets": (
        "passphrases, the data key, passwords and tokens are in no log, temporary file, "
        "export or crash report", ("files_scanned", "secrets")),
}
# Counts that must be zero for "nothing lost".
LOSSES = ("lost", "doubled", "half_read", "leaks")


def humanized(test: str) -> str:
    words = test.removeprefix("test_").replace("_", " ")
    return words[:1].upper() + words[1:]


def plural(count: int, word: str) -> str:
    return f"{count:,} {word}{'s' if count != 1 else ''}"


def counted(counts: Counter[str]) -> str:
    def named(name: str, value: int) -> str:
        words = name.replace("_", " ")
        return words[:-1] if value == 1 and words.endswith("s") else words

    return ", ".join(f"{value:,} {named(name, value)}" for name, value in counts.items())


def outcome(outcomes: Counter[str], skip_reason: str = "") -> str:
    """"passed" when every case that ran passed (tests kept for soak mode are skipped in CI
    mode, and said so); else how many of each outcome."""
    ran = outcomes["passed"] + outcomes["failed"] + outcomes["error"]
    if not ran and outcomes["skipped"] and skip_reason:
        return f"skipped ({skip_reason})"
    if outcomes["passed"] == ran and ran:
        skipped = outcomes["skipped"]
        return "passed" + (f" ({skipped} skipped)" if skipped else "")
    return ", ".join(f"{n} {kind}" for kind, n in sorted(outcomes.items()))


def group(tests: list[dict[str, Any]]) -> dict[str, dict[str, dict[str, Any]]]:
    """Scenario -> test function -> its cases' outcomes, counts and description."""
    grouped: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    for case in tests:
        function = case["nodeid"].split("[", 1)[0]
        entry = grouped[case["scenario"]].setdefault(function, {
            "test": case["test"], "checks": case["checks"], "outcomes": Counter(),
            "counts": Counter(), "seconds": 0.0, "skip_reason": ""})
        entry["outcomes"][case["outcome"]] += 1
        entry["counts"].update(case["counts"])
        entry["seconds"] += case["duration"]
        entry["skip_reason"] = case.get("skip_reason", entry["skip_reason"])
    return grouped


def tables(results: dict[str, Any]) -> str:
    grouped = group(results["tests"])
    order = [s for s in SCENARIOS if s in grouped] + sorted(set(grouped) - set(SCENARIOS))
    lines = [
        f"Last run: {results['started']}, {results['mode']} mode, {results['cpus']} CPUs, "
        f"Python {results['python']}, `{results['command']}`; the reliability tests took "
        f"{results['reliability_seconds'] / 60:.1f} min.",
        "",
        "| Scenario | Ran | What was checked | Outcome |",
        "| --- | --- | --- | --- |",
    ]
    for scenario in order:
        entries = grouped[scenario].values()
        outcomes = sum((e["outcomes"] for e in entries), Counter())
        counts = sum((e["counts"] for e in entries), Counter())
        checked, headline = SCENARIOS.get(scenario, ("", ()))
        losses = sum(counts[name] for name in LOSSES)
        verdict = outcome(outcomes)
        if verdict.startswith("passed"):
            verdict += ", nothing lost" if not losses else f", {losses} lost"
        ran = f"{plural(len(entries), 'test')}, {plural(sum(outcomes.values()), 'case')}"
        shown = Counter({name: counts[name] for name in headline if counts[name]})
        if shown:
            ran += f"; {counted(shown)}"
        lines.append(f"| {scenario} | {ran} | {checked} | {verdict} |")
    for scenario in order:
        lines += ["", f"### {scenario}", "", "| What was checked | Ran | Outcome |",
                  "| --- | --- | --- |"]
        for entry in grouped[scenario].values():
            checked = humanized(entry["test"])
            if entry["checks"]:
                checked += f". {entry['checks']}"
            ran = plural(sum(entry["outcomes"].values()), "case")
            if entry["counts"]:
                ran += f": {counted(entry['counts'])}"
            lines.append(f"| {checked} | {ran} | "
                         f"{outcome(entry['outcomes'], entry['skip_reason'])} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--results", type=Path,
                        default=ROOT / "build" / "reliability" / "latest.json")
    parser.add_argument("--doc", type=Path, default=ROOT / "docs" / "RELIABILITY.md")
    args = parser.parse_args(argv)
    try:
        results = json.loads(args.results.read_text())
    except FileNotFoundError:
        sys.stderr.write(f"No results in {args.results}: run `python -m pytest -m "
                         "reliability` first.\n")
        return 2
    doc = args.doc.read_text()
    if START not in doc or END not in doc:
        sys.stderr.write(f"{args.doc} has no {START} ... {END} section to fill.\n")
        return 2
    filled = re.sub(f"{re.escape(START)}.*{re.escape(END)}",
                    lambda _: f"{START}\n{tables(results)}\n{END}", doc, flags=re.S)
    args.doc.write_text(filled)
    print(f"wrote {args.doc} from {args.results}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
