"""Event store scale curves: one child process per profile size (10k, 100k, 1M events).

Each child builds its profile once (the bulk applied in batches, one person's 1,000-event
history, then single submissions), then measures every read on that same profile: time travel,
proofs, the window's list and search, reading histories and the log, verify, reopening, file
size and rebuild. Peak memory is read from the kernel's high-water mark, reset between the
build and the reads so the read side's own peak shows.

Beside each size, `bench.peers` runs the same appends and reads on other stores and the
machine's limits; each app figure carries their values and the ratio. `run(quick)` measures
10k and 100k events, and 1M as well when not quick. `python -m bench.store_bench --events N`
measures one size and prints each figure.
"""

from __future__ import annotations

import argparse
import itertools
import random
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench.child import FigureLog, run_child
from bench.report import Figure, Measured, attach_peers, report
from bench.workload import LONG_HISTORY, profile_events
from datacollect_desktop.storage.browse import Browse, ListFilter
from datacollect_desktop.storage.keys import KdfParams
from datacollect_desktop.storage.profile import Profile, Session

PASSPHRASE = "benchmark passphrase"
PAGE = 201  # the window asks for one row more than it shows, to know whether more follow
SEARCH_WORDS = ("diallo", "mar", "kibera amina", "a")
READ_LOG_EVENTS = 100_000
SUBMIT_BUDGET = 2_000.0
BATCH_BUDGET = 20_000.0
QUICK_SIZES = (10_000, 100_000)
FULL_SIZES = (10_000, 100_000, 1_000_000)


def _ms(seconds: float) -> float:
    return seconds * 1e3


def _p(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(len(ordered) * q))]


def peak_mib() -> float:
    """The process's peak resident memory since start or the last `reset_peak`."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM in /proc/self/status")


def reset_peak() -> None:
    Path("/proc/self/clear_refs").write_text("5")


def _dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.iterdir() if p.is_file())


def _timed(call: Callable[[], object], repeat: int) -> list[float]:
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        call()
        samples.append(time.perf_counter() - started)
    return samples


def build(session: Session, total: int, log: FigureLog) -> None:
    """Store the profile's events; figures for batch apply and single submissions."""
    rates, applied = [], 0
    for kind, docs in profile_events(total):
        if kind == "bulk":
            started = time.perf_counter()
            results = session.store.submit(docs)
            elapsed = time.perf_counter() - started
            assert all(r.status == "applied" for r in results)
            applied += len(docs)
            rates.append((len(docs), elapsed))
            log.point(f"batch apply, {total:,}-event build", applied, len(docs) / elapsed)
        elif kind == "history":
            session.store.submit(docs)
        else:
            latencies = []
            for doc in docs:
                started = time.perf_counter()
                result = session.store.submit([doc])[0]
                latencies.append(time.perf_counter() - started)
                assert result.status == "applied", result
    last_count, last_seconds = rates[-1]
    mean = sum(c for c, _ in rates) / sum(s for _, s in rates)
    log.add(Figure(f"batch apply at {total:,} (last {last_count:,} of the build)",
                   last_count / last_seconds, "ev/s", BATCH_BUDGET, higher_is_better=True,
                   note=f"whole build {mean:,.0f} ev/s; households mix, ~2.2 entities/event",
                   metric="batch_apply", events=total))
    log.add(Figure(f"submit, one event per transaction, at {total:,}",
                   len(latencies) / sum(latencies), "ev/s", SUBMIT_BUDGET,
                   higher_is_better=True, metric="submit_rate", events=total))
    log.add(Figure(f"submit latency p50 at {total:,}", _ms(_p(latencies, .5)), "ms",
                   metric="submit_p50", events=total))
    log.add(Figure(f"submit latency p99 at {total:,}", _ms(_p(latencies, .99)), "ms",
                   metric="submit_p99", events=total))


def reads(session: Session, total: int, log: FigureLog) -> None:
    """Time travel, proofs, the list and search, histories and the log, on the built profile."""
    rng = random.Random(3)
    seqs = [s.seq for s in session.queries.events(LONG_HISTORY)]
    timings = _timed(lambda: session.queries.entity(LONG_HISTORY, at_seq=rng.choice(seqs)), 300)
    log.add(Figure(f"entity --at-seq p99, 1,000-event entity, at {total:,}",
                   _ms(_p(timings, .99)), "ms", 20, metric="at_seq_p99", events=total))

    guids = [row[0] for row in session.db.execute_sql(
        "SELECT guid FROM events ORDER BY random() LIMIT 500").fetchall()]
    proof_guids = iter(guids)
    timings = _timed(lambda: session.integrity.proof(next(proof_guids)), len(guids))
    log.add(Figure(f"inclusion proof, mean, at {total:,}", _ms(statistics.mean(timings)), "ms",
                   1, metric="proof", events=total))

    browse = Browse(session.db)
    timings = _timed(lambda: browse.rows(ListFilter(), 0, PAGE), 7)
    log.add(Figure(f"entity list first page (query), at {total:,}",
                   _ms(statistics.median(timings)), "ms", 300, metric="list_page",
                   events=total, note=f"median of 7, first {_ms(timings[0]):.0f} ms; the "
                   "window's budget for opening the list"))
    timings = _timed(lambda: browse.count(ListFilter()), 3)
    log.add(Figure(f"entity list count (query), at {total:,}", _ms(statistics.median(timings)),
                   "ms", 50, metric="list_count", events=total,
                   note="shown beside the list once known; does not hold the first page"))
    timings = _timed(lambda: browse.counts_by_level(), 3)
    log.add(Figure(f"events by sync level (status bar), at {total:,}",
                   _ms(statistics.median(timings)), "ms", 50, metric="level_counts",
                   events=total))
    words = iter(SEARCH_WORDS)
    timings = _timed(lambda: browse.rows(ListFilter(text=next(words)), 0, PAGE),
                     len(SEARCH_WORDS))
    log.add(Figure(f"search first page, worst of {len(SEARCH_WORDS)} words, at {total:,}",
                   _ms(max(timings)), "ms", 50, metric="search", events=total))
    words = iter(SEARCH_WORDS)
    timings = _timed(lambda: browse.count(ListFilter(text=next(words))), len(SEARCH_WORDS))
    log.add(Figure(f"search count, worst of {len(SEARCH_WORDS)} words, at {total:,}",
                   _ms(max(timings)), "ms", 50, metric="search_count", events=total,
                   note="exact up to 1,000, then \"more than 1,000\""))

    timings = _timed(lambda: list(session.queries.events(LONG_HISTORY)), 20)
    log.add(Figure(f"read a 1,000-event history, at {total:,}", _ms(statistics.median(timings)),
                   "ms", metric="read_history", events=total, note="median of 20; parsed"))
    count = min(total, READ_LOG_EVENTS)
    started = time.perf_counter()
    read = sum(1 for _ in itertools.islice(session.queries.events(), count))
    log.add(Figure(f"read the log in order ({count:,} events), at {total:,}",
                   read / (time.perf_counter() - started), "ev/s", higher_is_better=True,
                   metric="read_log", events=total, note="parsed into events"))


def integrity_and_reopen(profile: Profile, session: Session, total: int, log: FigureLog
                         ) -> None:
    started = time.perf_counter()
    verified = session.integrity.verify()
    seconds = time.perf_counter() - started
    assert verified.ok, verified.mismatches[:3]
    log.add(Figure(f"verify {total:,} events", seconds, "s", 15 * total / 1_000_000,
                   metric="verify", events=total, note="budget 15 s per 1M events"))
    session.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    session.close()
    log.add(Figure(f"file size per event at {total:,}", _dir_size(profile.directory) / total,
                   "B", metric="size_per_event", events=total))

    started = time.perf_counter()
    reopened = profile.open(PASSPHRASE)
    reopened.queries.size()
    log.add(Figure(f"open and unlock (Argon2id 64 MiB) at {total:,}",
                   time.perf_counter() - started, "s", metric="open", events=total))
    started = time.perf_counter()
    Browse(reopened.db).rows(ListFilter(), 0, PAGE)
    log.add(Figure(f"entity list first page right after opening, at {total:,}",
                   _ms(time.perf_counter() - started), "ms", 300, metric="list_page_cold",
                   events=total, note="cold page cache of the new connection"))
    started = time.perf_counter()
    reopened.store.rebuild()
    log.add(Figure(f"rebuild projections ({total:,} events)", time.perf_counter() - started,
                   "s", metric="rebuild", events=total))
    reopened.close()


def measure(total: int, log: FigureLog) -> None:
    root = Path(tempfile.mkdtemp(prefix="dc-bench-"))
    try:
        profile = Profile(root / "profile")
        session, _ = profile.create(PASSPHRASE, KdfParams())
        build(session, total, log)
        log.add(Figure(f"peak memory, build of {total:,}", peak_mib(), "MiB",
                       metric="peak_build", events=total,
                       note="includes the benchmark's workload generator"))
        reset_peak()
        reads(session, total, log)
        integrity_and_reopen(profile, session, total, log)
        log.add(Figure(f"peak memory, reads, verify and rebuild at {total:,}", peak_mib(),
                       "MiB", metric="peak_reads", events=total))
    finally:
        shutil.rmtree(root, ignore_errors=True)


def run(quick: bool) -> Measured:
    """Every size in its own child process, then its peers in another; peers attached."""
    measured = Measured()
    with tempfile.TemporaryDirectory(prefix="dc-bench-logs-") as temp:
        for total in QUICK_SIZES if quick else FULL_SIZES:
            app = run_child("bench.store_bench", ["--events", str(total)],
                            Path(temp) / f"store-{total}.jsonl")
            peers = run_child("bench.peers", ["--events", str(total)],
                              Path(temp) / f"peers-{total}.jsonl")
            measured += app.figures
            measured += attach_peers(app.figures, peers.peers + [
                ("peers", f) for f in peers.figures])
            measured.curves.update(app.curves)
            measured.problems += [f for f in (app.failed, peers.failed) if f]
    return measured


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.store_bench", description=__doc__)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--out", type=Path, help="append each figure to this file as JSON")
    args = parser.parse_args()
    log = FigureLog(args.out)
    measure(args.events, log)
    if args.out is None:
        report(f"event store, {args.events:,} events", log.figures)


if __name__ == "__main__":
    main()
