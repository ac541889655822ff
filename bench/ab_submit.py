"""A/B steps: each one measures an old way against the new way on the same events.

`STEPS` is a list of named steps, each a function of the built profile and the run's options.
A step keeps the old code it compares with (the new one is the app's), and interleaves A and B
in rounds (ABBA), so both see the same load; the load average is printed beside each figure,
because the machine's cores are shared.

    python -m bench.ab_submit --events 100000 [--steps submit,rebuild] [--rounds 4]

The profile is built once (the bulk through the app's batch path), checkpointed, and copied,
so A and B start from the same file and store the same events.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import shutil
import statistics
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.store_bench import PASSPHRASE, peak_mib, reset_peak
from bench.workload import SINGLES, Workload, profile_events
from datacollect_desktop.domain.admission import Admitted
from datacollect_desktop.domain.projection import project
from datacollect_desktop.domain.vocabulary import SubmitStatus
from datacollect_desktop.storage import store as store_module
from datacollect_desktop.storage.connection import Connection
from datacollect_desktop.storage.database import CipherDatabase, write_transaction
from datacollect_desktop.storage.eventlog import LogWriter
from datacollect_desktop.storage.keys import KdfParams
from datacollect_desktop.storage.order import canonical_batches
from datacollect_desktop.storage.profile import Profile, Session
from datacollect_desktop.storage.projector import ProjectionWriter
from datacollect_desktop.storage.schema import PROJECTION_TABLES
from datacollect_desktop.storage.store import (
    BATCH,
    REBUILD_MARK,
    EventStore,
    Rejected,
    SubmitResult,
    admission,
    prefetch_guids,
    require_complete_projections,
)

FRAME = 24 + 4096  # a WAL frame: its header and one page
PAGE_SAMPLE = 400  # submits whose WAL frames are counted (automatic checkpoints off)


def load() -> str:
    return Path("/proc/loadavg").read_text().split(" ", 1)[0]


def say(text: str) -> None:
    print(f"{text}   [load {load()}]", flush=True)


# -- the old ways ------------------------------------------------------------------------------


def old_submit(store: EventStore, items: Iterable[Any]) -> list[SubmitResult]:
    """Before: log, tree and projections in one transaction, committed with synchronous=FULL."""
    config = store.config()
    parsed = [admission(item, config) for item in items]
    results: list[SubmitResult] = []
    for start in range(0, len(parsed), BATCH):
        batch = parsed[start:start + BATCH]
        # Looked up at each call, so `counted_commits` sees the old way's commits too.
        transaction = getattr(store_module, "write_transaction")  # noqa: B009
        with transaction(store.db) as conn:
            require_complete_projections(conn, store.registry)
            log = LogWriter(conn)
            projections = ProjectionWriter(conn)
            events = [item.event for item in batch if isinstance(item, Admitted)]
            existing = log.existing_bodies(e.guid for e in events)
            projections.prefetch(g for e in events for g in prefetch_guids(e))
            for item in batch:
                if isinstance(item, Rejected):
                    results.append(SubmitResult(item.guid, SubmitStatus.REJECTED, item.error))
                    continue
                results.append(store._submit_event(item, log, projections, existing))
            log.flush()
            projections.flush()
    return results


def new_submit(store: EventStore, items: Iterable[Any]) -> list[SubmitResult]:
    return store.submit(items)


def old_rebuild(store: EventStore) -> int:
    """Before: one transaction DELETEs every projection row (the search index's trigger firing
    row by row), then the batches replay into the indexed tables and rewrite every status."""
    with write_transaction(store.db) as conn:
        for table in PROJECTION_TABLES:
            conn.execute(f"DELETE FROM {table}")
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, '1')",
                     (REBUILD_MARK,))
    count = 0
    for stored in canonical_batches(store.db.connection(), BATCH):
        with write_transaction(store.db) as conn:
            projections = ProjectionWriter(conn)
            projections.prefetch(g for s in stored for g in prefetch_guids(s.event))
            status = []
            for item in stored:
                outcome = project(item.event, projections.lookup, store.registry, strict=False)
                projections.record(item.seq, item.event, outcome)
                status.append((int(outcome.applied), outcome.flag, item.seq))
            projections.flush()
            conn.executemany("UPDATE events SET applied = ?, flag = ? WHERE seq = ?", status)
        count += len(stored)
    with write_transaction(store.db) as conn:
        conn.execute("DELETE FROM meta WHERE key = ?", (REBUILD_MARK,))
    return count


def new_rebuild(store: EventStore) -> int:
    return store.rebuild()


# -- the profile -------------------------------------------------------------------------------


@dataclass
class Built:
    """The built profile (closed, checkpointed) and the events the steps submit after it."""

    root: Path
    template: Path
    events: int
    singles: list[dict[str, Any]]

    def copy(self, name: str) -> Path:
        target = self.root / name
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(self.template, target)
        return target


def build(root: Path, total: int) -> Built:
    started = time.perf_counter()
    template = root / "template"
    session, _ = Profile(template).create(PASSPHRASE, KdfParams())
    stored = 0
    for kind, docs in profile_events(total):
        if kind != "single":
            session.store.submit(docs)
            stored += len(docs)
    session.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    session.close()
    say(f"built {stored:,} events in {time.perf_counter() - started:.0f} s")
    return Built(root, template, stored, list(Workload(seed=29).events(SINGLES * 4)))


def wal_frames(db: CipherDatabase) -> int:
    wal = Path(db.database + "-wal")
    size = wal.stat().st_size if wal.exists() else 0
    return max(size - 32, 0) // FRAME


@contextmanager
def counted_commits(commits: list[tuple[bool, int]]) -> Iterator[None]:
    """Note the WAL's frame count after each commit of the event store, and whether it was
    durable, while automatic checkpoints are off (frames only accumulate)."""
    real = getattr(store_module, "write_transaction")  # noqa: B009 (replaced below)

    @contextmanager
    def counting(db: CipherDatabase, *, durable: bool = True) -> Iterator[Connection]:
        with real(db, durable=durable) as conn:
            yield conn
        commits.append((durable, wal_frames(db)))

    setattr(store_module, "write_transaction", counting)  # noqa: B010 (a module's global)
    try:
        yield
    finally:
        setattr(store_module, "write_transaction", real)  # noqa: B010


def pages_per_commit(session: Session, submit: Callable[[EventStore, Iterable[Any]], object],
                     docs: Sequence[dict[str, Any]]) -> tuple[float, float, float]:
    """(frames per submit, per durable commit, per relaxed commit) over `docs`."""
    db = session.db
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.execute_sql("PRAGMA wal_autocheckpoint = 0")
    commits: list[tuple[bool, int]] = []
    try:
        with counted_commits(commits):
            for doc in docs:
                submit(session.store, [doc])
    finally:
        db.execute_sql("PRAGMA wal_autocheckpoint = 1000")
        db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    sizes = {True: [], False: []}  # type: dict[bool, list[int]]
    before = 0
    for durable, frames in commits:
        sizes[durable].append(frames - before)
        before = frames
    per_submit = before / len(docs)
    return (per_submit, statistics.mean(sizes[True]) if sizes[True] else 0.0,
            statistics.mean(sizes[False]) if sizes[False] else 0.0)


@contextmanager
def largest_wal(db: CipherDatabase) -> Iterator[list[int]]:
    """The WAL file's size, sampled every 50 ms while the block runs."""
    sizes: list[int] = []
    wal = Path(db.database + "-wal")
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.05):
            with contextlib.suppress(FileNotFoundError):
                sizes.append(wal.stat().st_size)

    thread = threading.Thread(target=sample, daemon=True)
    thread.start()
    try:
        yield sizes
    finally:
        done.set()
        thread.join()


def _digest(session: Session) -> str:
    """A digest of every projection and event status: equal digests, equal results."""
    digest = hashlib.sha256()
    conn = session.db.connection()
    for table in (*PROJECTION_TABLES, "events"):
        columns = "seq, entity_guid, changes, flag, form" if table == "audit" else "*"
        query = ("SELECT seq, applied, flag FROM events ORDER BY seq" if table == "events"
                 else f"SELECT {columns} FROM {table} ORDER BY 1, 2")
        for row in conn.execute(query):
            digest.update(repr(row).encode())
    search = conn.execute("SELECT count(*) FROM entity_search").fetchone()[0]
    digest.update(str(search).encode())
    return digest.hexdigest()[:16]


# -- the steps ---------------------------------------------------------------------------------


def submit_step(built: Built, rounds: int) -> None:
    """Old vs new single submit (one event per call, as the window's Ctrl+S)."""
    sides = {"A old": old_submit, "B new": new_submit}
    sessions = {name: Profile(built.copy(name.split()[0])).open(PASSPHRASE) for name in sides}
    docs = built.singles
    timing = docs[:len(docs) - PAGE_SAMPLE]
    per_round = len(timing) // rounds
    latencies: dict[str, list[float]] = {name: [] for name in sides}
    try:
        for round_ in range(rounds):
            chunk = timing[round_ * per_round:(round_ + 1) * per_round]
            order = list(sides) if round_ % 2 == 0 else list(reversed(sides))
            for name in order:
                for doc in chunk:
                    started = time.perf_counter()
                    result = sides[name](sessions[name].store, [doc])[0]
                    latencies[name].append(time.perf_counter() - started)
                    assert result.status == SubmitStatus.ACCEPTED, result
        for name in sides:
            samples = sorted(latencies[name])
            p50, p99 = samples[len(samples) // 2], samples[int(len(samples) * .99)]
            say(f"submit {name} at {built.events:,}: {len(samples) / sum(samples):,.0f} ev/s, "
                f"p50 {p50 * 1e3:.2f} ms, p99 {p99 * 1e3:.2f} ms ({len(samples)} submits)")
        for name in sides:
            total, durable, relaxed = pages_per_commit(sessions[name], sides[name],
                                                       docs[len(docs) - PAGE_SAMPLE:])
            say(f"pages {name} at {built.events:,}: {total:.1f} WAL frames per submit; "
                f"{durable:.1f} per synchronous=FULL commit, {relaxed:.1f} per NORMAL commit")
        digests = {name: _digest(s) for name, s in sessions.items()}
        say(f"same projections after both: {len(set(digests.values())) == 1} {digests}")
    finally:
        for session in sessions.values():
            session.close()


def batch_step(built: Built, rounds: int) -> None:
    """Old vs new batch submit (2,000 events per call, as an import)."""
    sides = {"A old": old_submit, "B new": new_submit}
    sessions = {name: Profile(built.copy(name.split()[0])).open(PASSPHRASE) for name in sides}
    batches = list(Workload(seed=31).events(BATCH * 2 * rounds))
    seconds = {name: 0.0 for name in sides}
    try:
        for round_ in range(rounds * 2):
            chunk = batches[round_ * BATCH:(round_ + 1) * BATCH]
            order = list(sides) if round_ % 2 == 0 else list(reversed(sides))
            for name in order:
                started = time.perf_counter()
                results = sides[name](sessions[name].store, chunk)
                seconds[name] += time.perf_counter() - started
                assert all(r.status == SubmitStatus.ACCEPTED for r in results)
        for name in sides:
            say(f"batch {name} at {built.events:,}: {len(batches) / seconds[name]:,.0f} ev/s "
                f"({len(batches) // BATCH} batches of {BATCH:,})")
        digests = {name: _digest(s) for name, s in sessions.items()}
        say(f"same projections after both: {len(set(digests.values())) == 1} {digests}")
    finally:
        for session in sessions.values():
            session.close()


def rebuild_step(built: Built, rounds: int) -> None:
    """Old vs new rebuild of the whole log: seconds, peak memory, largest WAL."""
    sides = {"A old": old_rebuild, "B new": new_rebuild}
    sessions = {name: Profile(built.copy(name.split()[0])).open(PASSPHRASE) for name in sides}
    digests: dict[str, str] = {}
    try:
        for round_ in range(rounds):
            order = list(sides) if round_ % 2 == 0 else list(reversed(sides))
            for name in order:
                session = sessions[name]
                session.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
                reset_peak()
                with largest_wal(session.db) as wal_sizes:
                    started = time.perf_counter()
                    count = sides[name](session.store)
                    seconds = time.perf_counter() - started
                wal = max(wal_sizes, default=0) / 2**20
                say(f"rebuild {name} of {count:,} events: {seconds:.1f} s, peak "
                    f"{peak_mib():.0f} MiB, WAL {wal:.0f} MiB")
                digests[name] = _digest(session)
        say(f"same projections after both: {len(set(digests.values())) == 1} {digests}")
    finally:
        for session in sessions.values():
            session.close()


@dataclass(frozen=True)
class Step:
    name: str
    run: Callable[[Built, int], None]


STEPS: list[Step] = [
    Step("submit", submit_step),
    Step("batch", batch_step),
    Step("rebuild", rebuild_step),
]


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.ab_submit", description=__doc__)
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--steps", default=",".join(s.name for s in STEPS))
    parser.add_argument("--rounds", type=int, default=4)
    args = parser.parse_args()
    wanted = args.steps.split(",")
    root = Path(tempfile.mkdtemp(prefix="dc-ab-"))
    try:
        built = build(root, args.events)
        for step in STEPS:
            if step.name in wanted:
                step.run(built, args.rounds)
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
