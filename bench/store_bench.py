"""Event store figures: submits, batch apply, verify, proofs, time travel, size, memory.

`python -m bench.store_bench` measures at 100k events; `--full` at 1M.
"""

from __future__ import annotations

import argparse
import random
import resource
import shutil
import tempfile
import time
from pathlib import Path

from bench.report import Figure, report
from bench.workload import Workload
from datacollect_desktop.storage.keys import KdfParams
from datacollect_desktop.storage.profile import Profile

PASSPHRASE = "benchmark passphrase"


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.iterdir() if p.is_file())


class _Figures(list[Figure]):
    """Prints each figure as it is measured: a long run shows its progress and keeps it."""

    def append(self, figure: Figure) -> None:
        print(figure.line(), flush=True)
        super().append(figure)


def run(events: int = 100_000, singles: int = 3_000) -> list[Figure]:
    root = Path(tempfile.mkdtemp(prefix="dc-bench-"))
    figures: list[Figure] = _Figures()
    try:
        profile = Profile(root / "profile")
        session, _ = profile.create(PASSPHRASE, KdfParams())
        work = Workload(seed=11)

        # One event per transaction, as the GUI submits a form.
        docs = list(work.events(singles))
        latencies = []
        for doc in docs:
            t0 = time.perf_counter()
            result = session.store.submit([doc])[0]
            latencies.append(time.perf_counter() - t0)
            assert result.status == "applied", result
        total = sum(latencies)
        figures.append(Figure("submit, one event per transaction", singles / total, "ev/s",
                              2_000, higher_is_better=True))
        latencies.sort()
        figures.append(Figure("submit latency p50", latencies[len(latencies) // 2] * 1e3, "ms"))
        figures.append(Figure("submit latency p99", latencies[int(len(latencies) * .99)] * 1e3,
                              "ms"))

        # Batch apply: the bulk of the registry arrives as a sync or an import would bring it.
        remaining = events - singles - 1_000 - 20_000
        t0 = time.perf_counter()
        chunk = 20_000
        done = 0
        while done < remaining:
            batch = list(work.events(min(chunk, remaining - done)))
            results = session.store.submit(batch)
            assert all(r.status == "applied" for r in results)
            done += len(batch)
        elapsed = time.perf_counter() - t0
        figures.append(Figure(f"batch apply, households mix ({remaining:,} events)",
                              remaining / elapsed, "ev/s", 20_000, higher_is_better=True,
                              note="35% households with 1-6 members: ~2.2 entities per event"))
        people = list(work.individuals(20_000))
        t0 = time.perf_counter()
        results = session.store.submit(people)
        elapsed = time.perf_counter() - t0
        assert all(r.status == "applied" for r in results)
        figures.append(Figure("batch apply, one entity per event (20,000 events)",
                              len(people) / elapsed, "ev/s", 20_000, higher_is_better=True))

        # One person with a 1,000-event history, for time travel.
        long_guid = "long-history-person"
        session.store.submit(list(work.long_history(long_guid, 1_000)))
        size = session.queries.size()
        session.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")

        seqs = [s.seq for s in session.queries.events(long_guid)]
        rng = random.Random(3)
        timings = []
        for _ in range(300):
            n = rng.choice(seqs)
            t0 = time.perf_counter()
            entity = session.queries.entity(long_guid, at_seq=n)
            timings.append(time.perf_counter() - t0)
            assert entity is not None
        figures.append(Figure("entity --at-seq, 1,000-event entity (p99)",
                              sorted(timings)[int(len(timings) * .99)] * 1e3, "ms", 20))

        guids = [row[0] for row in session.db.execute_sql(
            "SELECT guid FROM events ORDER BY random() LIMIT 1000").fetchall()]
        t0 = time.perf_counter()
        for guid in guids:
            session.integrity.proof(guid)
        figures.append(Figure(f"inclusion proof (tree of {size:,})",
                              (time.perf_counter() - t0) / len(guids) * 1e3, "ms", 1))

        t0 = time.perf_counter()
        verified = session.integrity.verify()
        verify_s = time.perf_counter() - t0
        assert verified.ok, verified.mismatches[:3]
        figures.append(Figure(f"verify {size:,} events", verify_s, "s",
                              15 * size / 1_000_000,
                              note="budget scaled from 15 s per 1M events"))

        session.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        session.close()

        t0 = time.perf_counter()
        reopened = profile.open(PASSPHRASE)
        reopened.queries.size()
        figures.append(Figure("open and unlock (Argon2id 64 MiB)", time.perf_counter() - t0,
                              "s"))
        reopened.close()
        figures.append(Figure("file size per event", _dir_size(root / "profile") / size, "B"))
        session = profile.open(PASSPHRASE)
        t0 = time.perf_counter()
        session.store.rebuild()
        figures.append(Figure(f"rebuild projections ({size:,} events)",
                              time.perf_counter() - t0, "s"))
        session.close()
        figures.append(Figure("peak memory (whole benchmark process)", _peak_mib(), "MiB"))
        return list(figures)
    finally:
        shutil.rmtree(root, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--full", action="store_true", help="1M events instead of 100k")
    parser.add_argument("--events", type=int, default=None)
    args = parser.parse_args()
    count = args.events or (1_000_000 if args.full else 100_000)
    report(f"event store, {count:,} events", run(count))


if __name__ == "__main__":
    main()
