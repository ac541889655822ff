"""`python -m bench [--full]`: every benchmark, each figure beside its budget.

The quick suite measures at 100k events; `--full` goes to 1M where a benchmark supports it.
Results merge into bench/results/latest.json. Nothing here fails on time: it is to be read.
"""

from __future__ import annotations

import argparse
import importlib.util

from bench import store_bench
from bench.report import report


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--full", action="store_true", help="scale to 1M events")
    parser.add_argument("--only", choices=("store", "server", "sync"), help="run one section")
    args = parser.parse_args()
    if args.only in (None, "store"):
        count = 1_000_000 if args.full else 100_000
        report(f"event store, {count:,} events", store_bench.run(count))
    if args.only in (None, "server") and importlib.util.find_spec("bench.server_bench"):
        from bench import server_bench

        report("sync server on loopback", server_bench.run(quick=not args.full))
    if args.only in (None, "sync"):
        # Imported here: it starts Qt (offscreen) for the window-stall measurement.
        from bench import sync_bench

        report("sync engine and worker", sync_bench.run(quick=not args.full))


if __name__ == "__main__":
    main()
