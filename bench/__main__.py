"""`python -m bench [--full] [--only SECTION ...]`: every benchmark, each figure beside its budget.

The quick suite measures the event store at 10k and 100k events; `--full` goes to 1M. Every
run writes bench/results/latest.json (and quick.json or full.json) and the PNG plots in
bench/results/. Nothing here fails on time: a missed budget is printed as MISS, to be read.
"""

from __future__ import annotations

import argparse
import importlib
import shutil
import sys
import time
import traceback

from bench import plots
from bench.report import RESULTS, add_section, load_average, new_document, print_section, write

# A section is a module with `run(quick: bool) -> list[Figure]` (a `Measured` list may carry
# curves too). The suite runs them in this order: the quick ones first, so a long store run
# holds up nothing else. A new benchmark joins the suite with one line here.
SECTIONS: dict[str, str] = {
    "server": "bench.server_bench",
    "attachments": "bench.attachments_bench",
    "gui": "bench.gui_bench",  # imports Qt (offscreen)
    "sync": "bench.sync_bench",  # imports Qt (offscreen)
    "attachment-sync": "bench.attachment_sync_bench",
    "stock": "bench.stock_bench",  # needs Node to build the upstream stock backend
    "store": "bench.store_bench",
    "supervisor": "bench.supervisor_bench",  # imports Qt (offscreen)
    "exports": "bench.exports_bench",
}


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--full", action="store_true", help="scale the store to 1M events")
    parser.add_argument("--only", nargs="+", choices=SECTIONS, help="run these sections")
    args = parser.parse_args()
    mode = "full" if args.full else "quick"
    doc = new_document(mode)
    doc["run"]["sections"] = list(args.only or SECTIONS)
    failed = []
    for name in args.only or SECTIONS:
        print(f"\n-- {name} ({mode}) --", flush=True)
        load, started = load_average(), time.perf_counter()
        try:
            figures = importlib.import_module(SECTIONS[name]).run(quick=not args.full)
        except Exception:  # a broken benchmark must not lose the others' figures
            traceback.print_exc()
            failed.append(name)
            doc["sections"][name] = {"error": traceback.format_exc(), "figures": []}
            continue
        print_section(name, figures)
        add_section(doc, name, figures, load, time.perf_counter() - started)
        doc["run"]["finished"] = doc["sections"][name]["finished"]
        write(doc)
        shutil.copyfile(RESULTS / "latest.json", RESULTS / f"{mode}.json")
        plots.draw(doc)
    write(doc)
    shutil.copyfile(RESULTS / "latest.json", RESULTS / f"{mode}.json")
    print(f"\nresults: {RESULTS / 'latest.json'}; plots: {RESULTS}/*.png")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
