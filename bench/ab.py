"""A/B of the event store's write path: the same events applied to two versions of the app.

Each version (a git commit) is unpacked aside and runs in its own child process, which builds
its own profile. The parent hands both children the same chunks of the benchmark's workload
(bench/workload.py), one chunk at a time and alternating which goes first, so the two share
the machine's load alike. For each chunk it prints ev/s and CPU per event; at the end the file
size per event (after a WAL checkpoint).

`STEPS` names each change measured: a step is a function giving the two commits (before,
after). `python -m bench.ab --events 100000` runs every step; `--step NAME` one of them;
`--a REF --b REF` any two commits (the same one twice with `--pragma-a`/`--pragma-b`
compares settings, e.g. page cache sizes; `--batch-a`/`--batch-b` the events per write
transaction).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
PASSPHRASE = "benchmark passphrase"


def git(*args: str) -> str:
    return subprocess.run(["git", "-C", str(REPO), *args], check=True, capture_output=True,
                          text=True).stdout.strip()


def by_subject(start: str) -> tuple[str, str]:
    """The commit whose subject starts with `start`, and its parent."""
    for line in git("log", "--format=%H %s").splitlines():
        commit, subject = line.split(" ", 1)
        if subject.startswith(start):
            return f"{commit}^", commit
    raise LookupError(f"no commit starts with {start!r}")


@dataclass(frozen=True)
class Step:
    name: str
    refs: Callable[[], tuple[str, str]]


STEPS: list[Step] = [
    Step("schema 8: search by the projector, fewer indexes, covered duplicate reads",
         lambda: by_subject("Schema 8: the projector writes the search index")),
    Step("entity rows: only changed columns; bulk rows in key order",
         lambda: by_subject("Projection writer: update only the changed columns")),
    Step("page cache", lambda: by_subject("Page cache")),
]


# -- the child: one version of the app, one profile ----------------------------------------


def child(directory: Path) -> None:
    """Build a profile chunk by chunk as the parent says; one JSON line back per command."""
    from bench.workload import profile_events
    from datacollect_desktop.storage.keys import KdfParams
    from datacollect_desktop.storage.profile import Profile

    session, _ = Profile(directory / "profile").create(PASSPHRASE, KdfParams())
    chunks: Iterator[tuple[str, list[dict[str, Any]]]] | None = None
    for line in sys.stdin:
        command = json.loads(line)
        if command["do"] == "start":
            chunks = (c for c in profile_events(command["events"]) if c[0] == "bulk")
            for pragma in command["pragmas"]:  # e.g. "cache_size = -65536", on this variant
                session.db.execute_sql(f"PRAGMA {pragma}")
            if command.get("batch"):  # events per write transaction
                import datacollect_desktop.storage.store as store
                store.BATCH = command["batch"]
            reply: dict[str, Any] = {}
        elif command["do"] == "chunk":
            assert chunks is not None
            _, docs = next(chunks)
            cpu, wall = time.process_time(), time.perf_counter()
            results = session.store.submit(docs)
            reply = {"events": len(docs), "wall": time.perf_counter() - wall,
                     "cpu": time.process_time() - cpu}
            assert all(r.status == "applied" for r in results)
        else:  # "size"
            session.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            files = [p for p in (directory / "profile").iterdir() if p.is_file()]
            reply = {"bytes": sum(p.stat().st_size for p in files),
                     "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}
        print(json.dumps(reply), flush=True)
    session.close()


# -- the parent --------------------------------------------------------------------------------


@contextmanager
def unpacked(ref: str) -> Iterator[Path]:
    """The package and benchmarks of `ref`, aside."""
    with tempfile.TemporaryDirectory(prefix="dc-ab-src-") as aside:
        archive = subprocess.run(["git", "-C", str(REPO), "archive", "--format=tar", ref,
                                  "datacollect_desktop", "bench"], check=True,
                                 capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", aside], input=archive, check=True)
        yield Path(aside)


class Variant:
    def __init__(self, label: str, source: Path, work: Path) -> None:
        self.label = label
        work.mkdir()
        self.proc = subprocess.Popen(
            [sys.executable, str(Path(__file__).resolve()), "--child", str(work)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=source,
            env={**os.environ, "PYTHONPATH": str(source)})
        self.wall = self.cpu = 0.0
        self.events = 0

    def ask(self, **command: Any) -> dict[str, Any]:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(json.dumps(command) + "\n")
        self.proc.stdin.flush()
        reply: dict[str, Any] = json.loads(self.proc.stdout.readline())
        return reply

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(timeout=120)


def load() -> str:
    return Path("/proc/loadavg").read_text().split()[0]


def compare(name: str, a_ref: str, b_ref: str, events: int,
            pragmas: tuple[list[str], list[str]] = ([], []),
            batches: tuple[int | None, int | None] = (None, None)) -> None:
    print(f"\n== {name}\n   A {git('rev-parse', '--short', a_ref)}  "
          f"B {git('rev-parse', '--short', b_ref)}  ({events:,} events)", flush=True)
    with unpacked(a_ref) as a_src, unpacked(b_ref) as b_src, \
            tempfile.TemporaryDirectory(prefix="dc-ab-") as work:
        a = Variant("A", a_src, Path(work) / "a")
        b = Variant("B", b_src, Path(work) / "b")
        try:
            for v, extra, batch in zip((a, b), pragmas, batches, strict=True):
                v.ask(do="start", events=events, pragmas=extra, batch=batch)
            chunks = -(-(events - 2_000) // 20_000)
            for i in range(chunks):
                rates = {}
                for v in (a, b) if i % 2 == 0 else (b, a):
                    r = v.ask(do="chunk")
                    v.wall += r["wall"]
                    v.cpu += r["cpu"]
                    v.events += r["events"]
                    rates[v.label] = r["events"] / r["wall"]
                print(f"   at {a.events:>9,}: A {rates['A']:>7,.0f} ev/s  B {rates['B']:>7,.0f} "
                      f"ev/s  (load {load()})", flush=True)
            sizes = {v.label: v.ask(do="size") for v in (a, b)}
        finally:
            a.close()
            b.close()
    for v in (a, b):
        size = sizes[v.label]
        print(f"   {v.label}: {v.events / v.wall:,.0f} ev/s, {1e6 * v.cpu / v.events:,.0f} µs "
              f"CPU/event, {size['bytes'] / v.events:,.0f} B/event, peak "
              f"{size['peak_mib']:,.0f} MiB", flush=True)
    print(f"   B/A: {(b.events / b.wall) / (a.events / a.wall):.2f}x ev/s, CPU/event "
          f"{(b.cpu / b.events) / (a.cpu / a.events) - 1:+.0%}; load {load()}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.ab", description=__doc__)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--step", help="run only the step whose name starts with this")
    parser.add_argument("--a")
    parser.add_argument("--b")
    parser.add_argument("--pragma-a", action="append", default=[],
                        help="a PRAGMA for A's connection, e.g. 'cache_size = -65536'")
    parser.add_argument("--pragma-b", action="append", default=[])
    parser.add_argument("--batch-a", type=int, help="events per write transaction for A")
    parser.add_argument("--batch-b", type=int)
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        child(args.child)
        return
    if args.a and args.b:
        compare(f"{args.a} {args.pragma_a} {args.batch_a or ''} vs {args.b} {args.pragma_b} "
                f"{args.batch_b or ''}", args.a, args.b, args.events,
                (args.pragma_a, args.pragma_b), (args.batch_a, args.batch_b))
        return
    for step in STEPS:
        if args.step and not step.name.startswith(args.step):
            continue
        try:
            a_ref, b_ref = step.refs()
        except LookupError as exc:
            print(f"\n== {step.name}: skipped ({exc})")
            continue
        compare(step.name, a_ref, b_ref, args.events)


if __name__ == "__main__":
    main()
