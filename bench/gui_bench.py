"""Window figures: cold start, opening the list at 100k entities, Ctrl+S to the list, and what
the search index's triggers cost on the submit path.

`python -m bench.gui_bench` (offscreen). Budgets: cold start 2 s, list 300 ms, Ctrl+S 100 ms.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.report import Figure, report
from bench.workload import Workload
from datacollect_desktop.app.demo import fill_demo
from datacollect_desktop.app.gate import ProfileGate
from datacollect_desktop.storage.keys import KdfParams
from datacollect_desktop.storage.schema_v2 import SCHEMA_V2

PASSPHRASE = "benchmark passphrase"
HOUSEHOLDS = 22_300  # about 100,000 entities
ROOT = Path(__file__).resolve().parents[1]


def _wait(app: object, condition: Callable[[], bool], seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not get there in time")
        app.processEvents()  # type: ignore[attr-defined]


# -- cold start (a child process per run) ---------------------------------------------------

def child_start(directory: Path) -> None:
    """Start the window; print when the unlock screen, then the workspace, is interactive."""
    from PySide6.QtCore import QTimer

    from datacollect_desktop.ui.app import application
    from datacollect_desktop.ui.main_window import MainWindow

    app = application()
    window = MainWindow(directory)
    window.show()
    QTimer.singleShot(0, lambda: print("unlock-screen", time.time(), flush=True))
    _wait(app, lambda: window.unlock_page.isVisible())
    app.processEvents()
    window.unlock_page.passphrase.setText(PASSPHRASE)
    window.unlock_page.unlock_button.click()
    _wait(app, lambda: window.view is not None and window.view.register.form_view is not None
          and window.view.records.model.rowCount() > 0)
    print("workspace", time.time(), flush=True)
    window.close()


def cold_start(directory: Path, runs: int = 5) -> list[Figure]:
    to_unlock, to_work = [], []
    for _ in range(runs):
        started = time.time()
        out = subprocess.run([sys.executable, "-m", "bench.gui_bench", "--child-start",
                              str(directory)], cwd=ROOT, capture_output=True, text=True,
                             check=True, env={**os.environ, "PYTHONPATH": str(ROOT)}).stdout
        marks = dict(line.split() for line in out.splitlines() if line.count(" ") == 1)
        to_unlock.append(float(marks["unlock-screen"]) - started)
        to_work.append(float(marks["workspace"]) - started)
    return [
        Figure("cold start to an interactive window (unlock screen)",
               statistics.median(to_unlock), "s", 2.0, note=f"median of {runs} processes"),
        Figure("cold start, unlock (Argon2id 64 MiB), form and list ready",
               statistics.median(to_work), "s", note="100k-entity profile"),
    ]


# -- in-process window figures --------------------------------------------------------------

def window_figures(directory: Path, saves: int = 30) -> list[Figure]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from datacollect_desktop.ui.app import application
    from datacollect_desktop.ui.entity_model import PAGE
    from datacollect_desktop.ui.main_window import MainWindow

    app = application()
    window = MainWindow(directory)
    window.show()
    window.activateWindow()
    _wait(app, lambda: QApplication.activeWindow() is window)  # shortcuts need it
    window.unlock_page.passphrase.setText(PASSPHRASE)
    window.unlock_page.unlock_button.click()
    _wait(app, lambda: window.view is not None)
    view = window.view
    assert view is not None
    model = view.records.model
    _wait(app, lambda: model.total is not None)

    opened = []
    for _ in range(7):
        started = time.perf_counter()
        view.show_page("records")
        view.records.refresh()
        _wait(app, lambda: model.rowCount() >= PAGE)
        opened.append(time.perf_counter() - started)
        _wait(app, lambda: model.total is not None)
    searched = []
    for text in ("diallo", "mar", "kibera amina", "a"):
        started = time.perf_counter()
        view.records.search.setText(text)
        view.records.apply_filter()
        _wait(app, lambda: not model.loading)
        searched.append(time.perf_counter() - started)
    view.records.search.clear()
    view.records.apply_filter()

    view.show_page("register")
    page = view.register
    latencies = []
    for number in range(saves):
        assert page.form_view is not None
        page.form_view.set_values({"name": f"Bench household {number}", "dwelling": "house"})
        page.form_view.focus_field("name")
        target = QApplication.focusWidget()
        started = time.perf_counter()
        QTest.keyClick(target, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        guid = page.entry.parent_guid
        if guid is None:
            raise RuntimeError(f"Ctrl+S did not save: {page.problems.text() or 'no shortcut'}")
        _wait(app, lambda g=guid: model.rowCount() > 0 and model.guid_at(model.index(0, 0)) == g)
        latencies.append(time.perf_counter() - started)
        page.finish()
    window.close()
    latencies.sort()
    return [
        Figure("open the list, 100k entities (first page shown)", statistics.median(opened)
               * 1e3, "ms", 300, note=f"median of {len(opened)}; first {opened[0] * 1e3:.0f} ms"),
        Figure("search as you type, 100k entities (worst of 4 words)", max(searched) * 1e3,
               "ms", note="from the keystroke's filter to the first rows"),
        Figure("Ctrl+S to the record in the list (p50)", latencies[len(latencies) // 2] * 1e3,
               "ms", 100, note="household saved, list reloaded, row 0 is the new record"),
        Figure("Ctrl+S to the record in the list (max)", latencies[-1] * 1e3, "ms"),
    ]


# -- what the schema-2 triggers and indexes cost on the submit path ------------------------

def _drop_schema_2(workspace_db: object) -> None:
    for statement in SCHEMA_V2:
        words = statement.split()
        if words[0] == "CREATE" and words[1] in ("INDEX", "TRIGGER"):
            workspace_db.execute_sql(f"DROP {words[1]} {words[2]}")  # type: ignore[attr-defined]


def submit_cost(root: Path, singles: int = 1_500, batch: int = 10_000, rounds: int = 3
                ) -> list[Figure]:
    """Submits with and without schema 2's triggers and indexes, interleaved, medians."""
    wall: dict[bool, list[float]] = {True: [], False: []}
    cpu: dict[bool, list[float]] = {True: [], False: []}
    rate: dict[bool, list[float]] = {True: [], False: []}
    for number in range(rounds):
        for with_index in (True, False):
            workspace, _ = ProfileGate(root / f"cost-{number}-{with_index}", KdfParams()).create(
                "Bench", PASSPHRASE, PASSPHRASE)
            if not with_index:
                _drop_schema_2(workspace.session.db)
            work = Workload(seed=5)
            workspace.session.store.submit(list(work.events(1_000)))
            docs = list(work.events(singles))
            started, cpu_started = time.perf_counter(), time.process_time()
            for doc in docs:
                workspace.session.store.submit([doc])
            wall[with_index].append((time.perf_counter() - started) / singles * 1e3)
            cpu[with_index].append((time.process_time() - cpu_started) / singles * 1e3)
            docs = list(work.events(batch))
            started = time.perf_counter()
            workspace.session.store.submit(docs)
            rate[with_index].append(batch / (time.perf_counter() - started))
            workspace.close()
    med = statistics.median

    def change(a: float, b: float) -> str:
        return f"{(a / b - 1) * 100:+.0f}%"

    return [
        Figure("submit one event (wall), with search triggers and list indexes",
               med(wall[True]), "ms", note=f"without them {med(wall[False]):.2f} ms "
               f"({change(med(wall[True]), med(wall[False]))}); fsync dominates"),
        Figure("submit one event (CPU), with search triggers and list indexes",
               med(cpu[True]), "ms", note=f"without them {med(cpu[False]):.2f} ms "
               f"({change(med(cpu[True]), med(cpu[False]))})"),
        Figure("batch apply, with search triggers and list indexes", med(rate[True]), "ev/s",
               higher_is_better=True, note=f"without them {med(rate[False]):,.0f} ev/s "
               f"({change(med(rate[True]), med(rate[False]))})"),
    ]


def build_profile(directory: Path) -> None:
    workspace, _ = ProfileGate(directory, KdfParams()).create("Bench", PASSPHRASE, PASSPHRASE)
    try:
        fill_demo(workspace, HOUSEHOLDS, seed=11, compact=True)
        workspace.session.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        workspace.close()


def run(quick: bool) -> list[Figure]:
    """The window's figures on a fresh 100k-entity profile; the submit-path costs when full."""
    root = Path(tempfile.mkdtemp(prefix="dc-gui-bench-"))
    try:
        profile = root / "profile"
        started = time.perf_counter()
        build_profile(profile)
        print(f"(built a 100k-entity profile in {time.perf_counter() - started:.0f} s)")
        figures = cold_start(profile) + window_figures(profile)
        if not quick:
            figures += submit_cost(root)
        return figures
    finally:
        shutil.rmtree(root, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--child-start", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--skip-cost", action="store_true", help="skip the submit-path figures")
    args = parser.parse_args()
    if args.child_start is not None:
        child_start(args.child_start)
        return
    report("window (offscreen)", run(quick=args.skip_cost))


if __name__ == "__main__":
    main()
