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
SCENARIOS = ["Crash safety", "Network faults", "Disk faults", "Tampering", "Hostile input",
             "Secrets"]
# Counts that must be zero for "nothing lost".
LOSSES = ("lost", "doubled", "half_read", "leaks")


def humanized(test: str) -> str:
    words = test.removeprefix("test_").replace("_", " ")
    return words[:1].upper() + words[1:]


def counted(counts: Counter[str]) -> str:
    return ", ".join(f"{value:,} {name.replace('_', ' ')}" for name, value in counts.items())


def outcome(outcomes: Counter[str]) -> str:
    cases = sum(outcomes.values())
    if outcomes["passed"] == cases:
        return "passed"
    return ", ".join(f"{n} {kind}" for kind, n in sorted(outcomes.items()))


def group(tests: list[dict[str, Any]]) -> dict[str, dict[str, dict[str, Any]]]:
    """Scenario -> test function -> its cases' outcomes, counts and description."""
    grouped: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    for case in tests:
        function = case["nodeid"].split("[", 1)[0]
        entry = grouped[case["scenario"]].setdefault(function, {
            "test": case["test"], "checks": case["checks"], "outcomes": Counter(),
            "counts": Counter(), "seconds": 0.0})
        entry["outcomes"][case["outcome"]] += 1
        entry["counts"].update(case["counts"])
        entry["seconds"] += case["duration"]
    return grouped


def tables(results: dict[str, Any]) -> str:
    grouped = group(results["tests"])
    order = [s for s in SCENARIOS if s in grouped] + sorted(set(grouped) - set(SCENARIOS))
    lines = [
        f"Last run: {results['started']}, {results['mode']} mode, {results['cpus']} CPUs, "
        f"Python {results['python']}, `{results['command']}`; the reliability tests took "
        f"{results['reliability_seconds'] / 60:.1f} min.",
        "",
        "| Scenario | Tests | Cases | Counted | Outcome |",
        "| --- | ---: | ---: | --- | --- |",
    ]
    for scenario in order:
        entries = grouped[scenario].values()
        outcomes = sum((e["outcomes"] for e in entries), Counter())
        counts = sum((e["counts"] for e in entries), Counter())
        losses = sum(counts[name] for name in LOSSES)
        verdict = outcome(outcomes)
        if verdict == "passed":
            verdict = "passed, nothing lost" if not losses else f"passed, {losses} lost"
        shown = Counter({k: v for k, v in counts.items() if k not in LOSSES})
        lines.append(f"| {scenario} | {len(entries)} | {sum(outcomes.values())} | "
                     f"{counted(shown)} | {verdict} |")
    for scenario in order:
        lines += ["", f"### {scenario}", "", "| What was checked | Ran | Outcome |",
                  "| --- | --- | --- |"]
        for entry in grouped[scenario].values():
            checked = humanized(entry["test"])
            if entry["checks"]:
                checked += f". {entry['checks']}"
            cases = sum(entry["outcomes"].values())
            ran = f"{cases} case{'s' if cases != 1 else ''}"
            if entry["counts"]:
                ran += f": {counted(entry['counts'])}"
            lines.append(f"| {checked} | {ran} | {outcome(entry['outcomes'])} |")
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
