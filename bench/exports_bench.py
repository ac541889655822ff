"""Exports of the registry: 10k records to XLSX and to CSV, beside a plain csv.writer.

    python -m bench.exports_bench [--quick] [--rounds N]

A profile of demo households (about 10k records: households and their members, written as
the benchmark profiles are, `fill_demo(compact=True)`) is exported through the app's
service (`workspace.exports.export`: reading the living records, building the typed rows
of each form, writing the file beside its destination and renaming it) to XLSX (openpyxl,
write-only) and to CSV (a zip of one UTF-8 file per form). The peer writes the same rows,
already built, with a plain `csv.writer` to one file: what any CSV export costs at least.
The three alternate round by round; a fourth figure is the part of both exports that
reads the records and builds the rows. Budgets: 15 s for XLSX and 5 s for CSV at 10k records
(the window shows progress meanwhile; a supervisor exports a few times a day).
"""

from __future__ import annotations

import argparse
import csv
import statistics
import tempfile
import time
from pathlib import Path

from bench.report import Figure, Peer, load_average, report
from datacollect_desktop.app.demo import fill_demo
from datacollect_desktop.app.exports import ExportRequest
from datacollect_desktop.app.gate import ProfileGate
from datacollect_desktop.app.workspace import Workspace
from datacollect_desktop.storage.keys import KdfParams

PASSPHRASE = "benchmark passphrase"
FAST = KdfParams(iterations=1, lanes=1, memory_cost=8 * 1024)
HOUSEHOLDS = 2250  # 1 to 6 members each: about 10k records
XLSX_BUDGET_S = 15.0
CSV_BUDGET_S = 5.0


def _timed(workspace: Workspace, request: ExportRequest, out: Path) -> float:
    start = time.perf_counter()
    workspace.exports.export(request, out)
    return time.perf_counter() - start


def _plain(rows: list[list[object]], out: Path) -> float:
    start = time.perf_counter()
    with out.open("w", newline="", encoding="utf-8") as stream:
        csv.writer(stream).writerows(rows)
    return time.perf_counter() - start


def run(quick: bool = True, rounds: int | None = None) -> list[Figure]:
    rounds = rounds or (2 if quick else 5)
    with tempfile.TemporaryDirectory(prefix="dc-exports-bench-") as tmp:
        root = Path(tmp)
        workspace = ProfileGate(root / "profile", FAST).create("Bench", PASSPHRASE,
                                                                PASSPHRASE)[0]
        try:
            fill_demo(workspace, HOUSEHOLDS, compact=True)
            tables = workspace.exports.tables(ExportRequest("csv"))
            records = sum(len(t.rows) for t in tables)
            rows = [row for t in tables for row in [t.header, *t.rows]]
            xlsx: list[float] = []
            zipped: list[float] = []
            plain: list[float] = []
            built: list[float] = []
            for number in range(rounds):  # interleaved, on the same records
                xlsx.append(_timed(workspace, ExportRequest("xlsx"), root / f"{number}.xlsx"))
                zipped.append(_timed(workspace, ExportRequest("csv"), root / f"{number}.zip"))
                plain.append(_plain(rows, root / f"{number}.csv"))
                start = time.perf_counter()
                workspace.exports.tables(ExportRequest("csv"))
                built.append(time.perf_counter() - start)
        finally:
            workspace.close()
    note = f"{records:,} records, {rounds} rounds interleaved; load {load_average()}"
    peer = Peer("plain csv.writer of the same rows, one file", statistics.median(plain))
    return [
        Figure(f"export {records:,} records to XLSX (median)", statistics.median(xlsx), "s",
               XLSX_BUDGET_S, note=note, peers=[peer]),
        Figure(f"export {records:,} records to CSV in a zip (median)",
               statistics.median(zipped), "s", CSV_BUDGET_S, note=note, peers=[peer]),
        Figure(f"of which reading the {records:,} records and building the rows (median)",
               statistics.median(built), "s", note=note),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--rounds", type=int, default=None)
    args = parser.parse_args()
    report("exports", run(quick=args.quick, rounds=args.rounds))


if __name__ == "__main__":
    main()
