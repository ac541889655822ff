"""A saved run as Markdown tables, for docs/BENCHMARKS.md: `python -m bench.table [run.json]`."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from bench.report import LATEST


def _number(value: float) -> str:
    if value >= 100:
        return f"{value:,.0f}"
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.3g}"


def _times(ratio: float) -> str:
    return f"{ratio:,.0f}" if ratio >= 10 else f"{ratio:.2g}"


def _budget(figure: dict[str, Any]) -> str:
    if figure["budget"] is None:
        return ""
    sign = ">=" if figure["higher_is_better"] else "<="
    verdict = "pass" if figure["passed"] else "**miss**"
    return f"{sign} {_number(figure['budget'])}: {verdict}"


def _peers(figure: dict[str, Any]) -> str:
    parts = []
    for peer in figure["peers"]:
        ratio = peer["ratio"]
        times = "" if ratio is None else (
            f" (app {_times(ratio)}x)" if ratio >= 1 else f" (app 1/{_times(1 / ratio)})")
        parts.append(f"{peer['name']} {_number(peer['value'])}{times}")
    return "; ".join(parts)


def markdown(doc: dict[str, Any]) -> str:
    lines = []
    for name, section in doc["sections"].items():
        lines += [f"### {name}", ""]
        if "error" in section:
            lines += ["(the section failed; see the run's log)", ""]
            continue
        load = section["load_average"]
        lines += [f"Load average (1, 5, 15 min) {load['start']} before, {load['end']} after; "
                  f"{section['seconds']} s.", ""]
        lines += ["| figure | value | budget | peers (app's ratio: above 1 better) |",
                  "|---|---|---|---|"]
        for figure in section["figures"]:
            value = f"{_number(figure['value'])} {figure['unit']}"
            lines.append(f"| {figure['name']} | {value} | {_budget(figure)} | "
                         f"{_peers(figure)} |")
        lines += [f"Stopped early: {problem}" for problem in section.get("problems", [])]
        lines.append("")
    return "\n".join(lines)


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else LATEST
    print(markdown(json.loads(source.read_text())))


if __name__ == "__main__":
    main()
