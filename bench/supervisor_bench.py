"""Supervisor figures: timeline scrubbing on a 1,000-event record, the registry as of a moment
after back-dated events arrived late, audit filters over a million entries, and what the audit
filter indexes cost on the write path.

`python -m bench.supervisor_bench [--quick]` (offscreen). Budgets: a slider step 16 ms
(including the widget update), an audit filter 200 ms (to the first page on screen).
Quick mode filters 100k audit entries instead of 1M.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.report import Figure, report
from bench.workload import Workload
from datacollect_desktop.app.audit import AuditFilter, AuditService
from datacollect_desktop.app.clock import parse_stamp, utc_stamp
from datacollect_desktop.app.gate import ProfileGate
from datacollect_desktop.app.workspace import Workspace
from datacollect_desktop.storage.keys import KdfParams
from datacollect_desktop.storage.schema_supervisor import SCHEMA_SUPERVISOR

PASSPHRASE = "benchmark passphrase"
FAST = KdfParams(iterations=1, lanes=1, memory_cost=8 * 1024)
USERS = ("amina.kamau", "kofi.mensah", "lucia.silva", "omar.haddad")
HISTORY = 1_000
STEP_BUDGET_MS = 16.0
FILTER_BUDGET_MS = 200.0


def _app() -> Any:
    from datacollect_desktop.ui.app import application

    return application()


def _wait(app: Any, condition: Callable[[], bool], seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not get there in time")
        app.processEvents()


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))]


def _workspace(directory: Path) -> Workspace:
    return ProfileGate(directory, FAST).create("Bench", PASSPHRASE, PASSPHRASE)[0]


# -- the timeline slider ---------------------------------------------------------------------

def scrub(root: Path) -> list[Figure]:
    """Every step of a 1,000-event record, forwards then backwards, each measured from the
    slider move to the painted page (the table's layout and paint included)."""
    from datacollect_desktop.app.timeline import TimelineService
    from datacollect_desktop.ui.audit_text import FieldLabels
    from datacollect_desktop.ui.timeline_page import TimelinePage
    from datacollect_desktop.ui.worker import Worker

    app = _app()
    workspace = _workspace(root / "timeline")
    work = Workload(seed=5)
    docs = list(work.events(2_000))
    guid = "long-history-person"
    history = list(work.long_history(guid, HISTORY))
    for position, doc in enumerate(history):  # a realistic record: several fields change
        doc["data"].update({"entityName": "individual", "village": f"V{position % 7}"})
    docs[500:500] = history
    workspace.session.store.submit(docs)
    worker = Worker("bench-timeline")
    page = TimelinePage(workspace, TimelineService(workspace.session),
                        FieldLabels(workspace.config), worker)
    page.resize(1000, 700)
    page.show()
    try:
        started = time.perf_counter()
        page.show_entity(guid)
        _wait(app, lambda: page.timeline is not None)
        load = (time.perf_counter() - started) * 1e3
        steps: list[float] = []
        positions = [*range(HISTORY), *range(HISTORY - 2, -1, -1)]
        for position in positions:
            started = time.perf_counter()
            page.slider.set_position(position)
            app.processEvents()
            page.repaint()
            steps.append((time.perf_counter() - started) * 1e3)
        assert page.model.rowCount() > 0
    finally:
        page.close()
        worker.stop(workspace.session.db.close)
        workspace.close()
    return [
        Figure("timeline slider step, 1,000-event record (p50)", statistics.median(steps), "ms",
               STEP_BUDGET_MS, note="slider move to painted page"),
        Figure("timeline slider step, 1,000-event record (p99)", _percentile(steps, 0.99), "ms",
               STEP_BUDGET_MS, note=f"{len(steps):,} steps, both ways"),
        Figure("timeline computed for 1,000 events (background)", load, "ms",
               note="replay with the domain appliers, once per record"),
    ]


# -- as of a moment --------------------------------------------------------------------------

def as_of(root: Path, total: int) -> list[Figure]:
    """The registry as of a moment when an offline device's back-dated edits came last in
    canonical order, against the plain definition's cost (replaying every counted event)."""
    from datacollect_desktop.app.history import AsOfService
    from datacollect_desktop.app.timeline import TimelineService
    from datacollect_desktop.domain.as_of import Cut, replay_as_of
    from datacollect_desktop.storage.order import canonical_batches

    workspace = _workspace(root / "as-of")
    try:
        work = Workload(seed=9)
        docs = list(work.events(total))
        late = [work.edit() for _ in range(total // 100)]
        stamps = sorted(d["timestamp"] for d in docs)
        for n, doc in enumerate(late):  # stamped in the first half, entered at the end
            doc["timestamp"] = stamps[(n * 37) % (len(stamps) // 2)]
        history = list(work.long_history("late-history", HISTORY))
        for n, doc in enumerate(history[1:], start=1):
            if n % 10 == 0:  # every tenth edit entered late, stamped a while before
                doc["timestamp"] = history[n - 5]["timestamp"]
        workspace.session.store.submit(docs + late + history)
        moment = stamps[len(stamps) * 3 // 4]
        service = AsOfService(workspace.session)
        started = time.perf_counter()
        past = service.registry(moment)
        fast = (time.perf_counter() - started) * 1e3
        started = time.perf_counter()
        ranked = [(n, s.event) for n, s in enumerate(
            e for batch in canonical_batches(workspace.session.db.connection(), 2000)
            for e in batch)]
        everything = replay_as_of(ranked, Cut(moment), workspace.session.registry)
        plain = (time.perf_counter() - started) * 1e3
        assert len(past.rows) == sum(not e.deleted for e in everything.values())
        started = time.perf_counter()
        timeline = TimelineService(workspace.session).timeline("late-history",
                                                               workspace.config)
        load = (time.perf_counter() - started) * 1e3
        assert timeline is not None and sum(s.late for s in timeline.steps) == 99
    finally:
        workspace.close()
    size = total + len(late) + HISTORY
    return [
        Figure(f"registry as of a moment, {size:,} events, {len(late):,} entered late",
               fast, "ms", note="prefix from the projections, late events projected afresh"),
        Figure(f"the same, replaying every counted event ({size:,} events)", plain, "ms",
               note="the definition, for comparison"),
        Figure("timeline computed for 1,000 events, 99 entered late (background)", load, "ms",
               note="replayed from the checkpoint before each late event"),
    ]


# -- the audit filters -----------------------------------------------------------------------

def _registrations(entries: int) -> Iterator[list[dict[str, Any]]]:
    """Batches of work by four field workers, their clocks interleaved: mostly household
    registrations (one audit entry for the household and one per member), and edits of people
    and households (one entry each)."""
    workloads = [Workload(seed=20 + n, user=user) for n, user in enumerate(USERS)]
    written = 0
    while written < entries:
        batch = []
        for _ in range(500):
            for work in workloads:
                edit = work.households and work.rng.random() >= 0.6
                event = work.edit() if edit else work.household()
                members = event["data"].get("members")
                written += 1 + (len(members) if event["type"] == "create-group" else 0)
                batch.append(event)
        yield batch


def fill_audit(workspace: Workspace, entries: int) -> tuple[int, float]:
    started = time.perf_counter()
    for batch in _registrations(entries):
        results = workspace.session.store.submit(batch)
        assert all(r.status == "applied" for r in results)
    workspace.session.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    count = workspace.session.db.execute_sql("SELECT count(*) FROM audit").fetchone()[0]
    return int(count), time.perf_counter() - started


def _filters(workspace: Workspace) -> dict[str, AuditFilter]:
    db = workspace.session.db
    first, last = db.execute_sql("SELECT min(timestamp), max(timestamp) FROM audit").fetchone()
    middle = db.execute_sql("SELECT timestamp FROM audit ORDER BY timestamp LIMIT 1 OFFSET "
                            "(SELECT count(*) / 2 FROM audit)").fetchone()[0]
    week_end = utc_stamp(parse_stamp(middle) + timedelta(days=7))
    entity = db.execute_sql("SELECT entity_guid FROM audit WHERE id = "
                            "(SELECT max(id) / 3 FROM audit)").fetchone()[0]
    return {
        "no filter": AuditFilter(),
        "one user": AuditFilter(user=USERS[1]),
        "one user, one week": AuditFilter(user=USERS[2], since=middle, until=week_end),
        "one week": AuditFilter(since=middle, until=week_end),
        "one action": AuditFilter(action="update-individual"),
        "one form": AuditFilter(form="household"),
        "one record": AuditFilter(entity=entity),
        "user and form, one week": AuditFilter(user=USERS[3], form="individual", since=middle,
                                               until=week_end),
        "text (a family name)": AuditFilter(text="Okafor"),
        "since the first day": AuditFilter(since=first[:10], until=last),
    }


def filter_latency(workspace: Workspace, entries: int) -> list[Figure]:
    """First page of each filter through the service, and in the window's lazy model."""
    from datacollect_desktop.ui.audit_model import PAGE, AuditModel
    from datacollect_desktop.ui.audit_text import FieldLabels
    from datacollect_desktop.ui.worker import Worker

    service = AuditService(workspace.session)
    figures = []
    first_pages: dict[str, float] = {}
    for name, spec in _filters(workspace).items():
        runs = []
        for _ in range(5):
            started = time.perf_counter()
            rows = service.page(spec, None, PAGE + 1)
            runs.append((time.perf_counter() - started) * 1e3)
        first_pages[name] = statistics.median(runs)
        started = time.perf_counter()
        total = service.count(spec)
        counted = (time.perf_counter() - started) * 1e3
        figures.append(Figure(f"audit filter over {entries:,}: {name}", first_pages[name], "ms",
                              FILTER_BUDGET_MS, note=f"first page; {total:,} match, counted in "
                              f"{counted:,.0f} ms in the background; {len(rows)} rows"))
    app = _app()
    worker = Worker("bench-audit")
    model = AuditModel(service, worker, FieldLabels(workspace.config))
    try:
        shown = []
        for spec in (AuditFilter(user=USERS[0]), AuditFilter(action="add-member"),
                     AuditFilter(user=USERS[1]), AuditFilter()):
            _wait(app, lambda: not worker.busy)
            started = time.perf_counter()
            model.set_filter(spec)
            _wait(app, lambda: model.rowCount() > 0 or not model.more)
            shown.append((time.perf_counter() - started) * 1e3)
        figures.append(Figure(f"audit filter over {entries:,}, in the window's model",
                              max(shown), "ms", FILTER_BUDGET_MS,
                              note="worst of 4 filters, set to rows shown (background query)"))
        key = workspace.session.db.execute_sql(
            "SELECT timestamp, seq, id FROM audit ORDER BY timestamp DESC, seq DESC, id DESC "
            "LIMIT 1 OFFSET ?", (entries * 9 // 10,)).fetchone()
        started = time.perf_counter()
        service.page(AuditFilter(), tuple(key), PAGE + 1)
        figures.append(Figure(f"audit page {entries * 9 // 10:,} entries down (keyset)",
                              (time.perf_counter() - started) * 1e3, "ms",
                              note="as fast as the first: pages start at a key, not an offset"))
        started = time.perf_counter()
        activity = service.activity(AuditFilter())
        figures.append(Figure(f"activity chart over {entries:,} (background)",
                              (time.perf_counter() - started) * 1e3, "ms",
                              note=f"{len(activity.days)} days x {len(activity.users)} users"))
    finally:
        worker.stop(workspace.session.db.close)
    return figures


def index_cost(root: Path, entries: int) -> Figure:
    """Batch apply of the same work with schema 4's audit indexes and with schema 3's (by
    user and by record, in log order); best of two rounds each, alternating."""
    rates: dict[bool, float] = {True: 0.0, False: 0.0}
    for attempt in range(2):
        for with_filters in (True, False):
            workspace = _workspace(root / f"cost-{with_filters}-{attempt}")
            try:
                if not with_filters:
                    db = workspace.session.db
                    for statement in SCHEMA_SUPERVISOR:
                        if statement.startswith("CREATE INDEX audit_"):
                            db.execute_sql(f"DROP INDEX {statement.split()[2]}")
                    db.execute_sql("CREATE INDEX audit_entity ON audit (entity_guid, seq)")
                    db.execute_sql("CREATE INDEX audit_user ON audit (user_id, seq)")
                _, seconds = fill_audit(workspace, entries)
                rates[with_filters] = max(rates[with_filters], entries / seconds)
            finally:
                workspace.close()
    change = (rates[True] / rates[False] - 1) * 100
    return Figure(f"audit entries written per second, batches ({entries:,} entries)",
                  rates[True], "entries/s", higher_is_better=True,
                  note=f"with schema 3's audit indexes {rates[False]:,.0f} ({change:+.0f}%)")


def run(quick: bool) -> list[Figure]:
    entries = 100_000 if quick else 1_000_000
    root = Path(tempfile.mkdtemp(prefix="dc-supervisor-bench-"))
    try:
        figures = scrub(root)
        figures += as_of(root, 20_000 if quick else 200_000)
        workspace = _workspace(root / "audit")
        try:
            count, seconds = fill_audit(workspace, entries)
            print(f"(wrote {count:,} audit entries in {seconds:.0f} s)", flush=True)
            figures += filter_latency(workspace, count)
        finally:
            workspace.close()
        figures.append(index_cost(root, 40_000 if quick else 100_000))
        return figures
    finally:
        shutil.rmtree(root, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="100k audit entries, not 1M")
    args = parser.parse_args()
    report("supervisor views", run(quick=args.quick))


if __name__ == "__main__":
    main()
