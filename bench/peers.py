"""Peers of the event store, on the same events (the canonical bytes the app stores and hashes):

- the `eventsourcing` library's SQLite application recorder, a Python event store: the same
  appends (batches of the app's transaction size, then one event per transaction) and reads
  (one entity's history, the log in order);
- plain `sqlite3` and `sqlcipher3` (the app's page encryption and pragmas) `executemany` of rows
  of the same size: what the machine's SQLite does with no projections, no tree, no Python;
- `hashlib` SHA-256 over the same bytes: the floor for hashing every event.

Each peer is given ready bytes and timed on the store call alone; the app's own figures include
parsing, canonical JSON, the Merkle tree and the projections. One child process per size, like
the store's: `python -m bench.peers --events N`.
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import sqlcipher3
from eventsourcing.persistence import StoredEvent
from eventsourcing.sqlite import SQLiteApplicationRecorder, SQLiteDatastore

from bench.child import FigureLog
from bench.report import Figure
from bench.store_bench import READ_LOG_EVENTS
from bench.workload import LONG_HISTORY, profile_events
from datacollect_desktop.domain.canonical import canonical_json
from datacollect_desktop.domain.events import event_from_wire
from datacollect_desktop.storage.database import PAGE_HMAC, PRAGMAS
from datacollect_desktop.storage.store import BATCH

ES = "eventsourcing SQLite recorder"
SQLITE = "plain sqlite3"
SQLCIPHER = "sqlcipher3, the app's encryption"
SHA = "hashlib SHA-256"
RAW = "the event's canonical bytes"

Row = tuple[str, str, str, bytes]  # guid, entity guid, type, canonical body


def _rows(docs: list[dict[str, Any]]) -> list[Row]:
    rows = []
    for doc in docs:
        event = event_from_wire(doc, strict=True)
        rows.append((event.guid, event.entity_guid, event.type,
                     canonical_json(event.leaf_document())))
    return rows


def _size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))


class EsPeer:
    """The eventsourcing recorder; entity guids as originator ids, versions counted here."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.datastore = SQLiteDatastore(str(path), originator_id_type="text")
        self.recorder = SQLiteApplicationRecorder(self.datastore)
        self.recorder.create_table()
        self.versions: dict[str, int] = {}

    def stored(self, rows: list[Row]) -> list[StoredEvent]:
        events = []
        for _, entity, type_, body in rows:
            version = self.versions.get(entity, 0) + 1
            self.versions[entity] = version
            events.append(StoredEvent(entity, version, type_, body))
        return events

    def append(self, events: list[StoredEvent]) -> None:
        for start in range(0, len(events), BATCH):
            self.recorder.insert_events(events[start:start + BATCH])

    def read_log(self, count: int) -> int:
        read, start = 0, 1
        while read < count:
            page = self.recorder.select_notifications(start, min(1000, count - read))
            if not page:
                break
            read += len(page)
            start = page[-1].id + 1
        return read

    def checkpoint(self) -> None:
        with sqlite3.connect(self.path) as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


class TablePeer:
    """A table of (seq, guid, body) rows, written with executemany, on sqlite3 or SQLCipher."""

    def __init__(self, path: Path, encrypted: bool) -> None:
        self.path = path
        if encrypted:
            self.conn: Any = sqlcipher3.connect(str(path), isolation_level=None)
            self.conn.execute(f"PRAGMA key = \"x'{'ab' * 32}'\"")
            self.conn.execute(f"PRAGMA cipher_hmac_algorithm = {PAGE_HMAC}")
        else:
            self.conn = sqlite3.connect(path, isolation_level=None)
        for name, value in PRAGMAS:
            self.conn.execute(f"PRAGMA {name} = {value}")
        self.conn.execute("CREATE TABLE events (seq INTEGER PRIMARY KEY, guid TEXT NOT NULL "
                          "UNIQUE, body BLOB NOT NULL)")
        self.seq = 0

    def append(self, rows: list[Row], batch: int = BATCH) -> None:
        for start in range(0, len(rows), batch):
            chunk = rows[start:start + batch]
            params = [(self.seq + n + 1, guid, body) for n, (guid, _, _, body) in enumerate(chunk)]
            self.seq += len(chunk)
            self.conn.execute("BEGIN IMMEDIATE")
            self.conn.executemany("INSERT INTO events VALUES (?,?,?)", params)
            self.conn.execute("COMMIT")

    def read_log(self, count: int) -> int:
        cursor = self.conn.execute("SELECT seq, guid, body FROM events ORDER BY seq LIMIT ?",
                                   (count,))
        return sum(1 for _ in cursor)

    def checkpoint(self) -> None:
        self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _hash_all(rows: list[Row]) -> None:
    for row in rows:
        hashlib.sha256(b"\x00" + row[3]).digest()


def _seconds(call: Callable[[], object]) -> float:
    started = time.perf_counter()
    call()
    return time.perf_counter() - started


def measure(total: int, log: FigureLog) -> None:
    root = Path(tempfile.mkdtemp(prefix="dc-peers-"))
    try:
        es = EsPeer(root / "es.sqlite")
        plain = TablePeer(root / "plain.sqlite", encrypted=False)
        cipher = TablePeer(root / "cipher.db", encrypted=True)
        last: dict[str, float] = {}
        singles: dict[str, list[float]] = {}
        hashing, body_bytes = 0.0, 0
        for kind, docs in profile_events(total):
            rows = _rows(docs)
            body_bytes += sum(len(r[3]) for r in rows)
            chunk_hashing = _seconds(partial(_hash_all, rows))
            hashing += chunk_hashing
            if kind == "bulk":
                stored = es.stored(rows)
                last = {ES: len(rows) / _seconds(partial(es.append, stored)),
                        SQLITE: len(rows) / _seconds(partial(plain.append, rows)),
                        SQLCIPHER: len(rows) / _seconds(partial(cipher.append, rows)),
                        SHA: len(rows) / chunk_hashing}
            elif kind == "history":
                es.append(es.stored(rows))
                plain.append(rows)
                cipher.append(rows)
            else:
                singles = _singles(es, plain, cipher, rows)
        for peer, rate in last.items():
            log.add(Figure(f"batch append at {total:,}", rate, "ev/s", higher_is_better=True,
                           metric="batch_apply", events=total), peer)
        for peer, latencies in singles.items():
            log.add(Figure(f"one event per transaction at {total:,}",
                           len(latencies) / sum(latencies), "ev/s", higher_is_better=True,
                           metric="submit_rate", events=total), peer)
        latencies = sorted(singles[ES])
        log.add(Figure("append latency p50", statistics.median(latencies) * 1e3, "ms",
                       metric="submit_p50", events=total), ES)
        log.add(Figure("append latency p99", latencies[int(len(latencies) * .99)] * 1e3, "ms",
                       metric="submit_p99", events=total), ES)
        log.add(Figure(f"SHA-256 of every event's bytes ({total:,})", hashing, "s",
                       metric="verify", events=total), SHA)

        timings = [_seconds(partial(es.recorder.select_events, LONG_HISTORY)) for _ in range(20)]
        log.add(Figure("read a 1,000-event history", statistics.median(timings) * 1e3, "ms",
                       metric="read_history", events=total), ES)
        count = min(total, READ_LOG_EVENTS)
        stores: list[tuple[str, EsPeer | TablePeer]] = [(ES, es), (SQLITE, plain),
                                                        (SQLCIPHER, cipher)]
        for peer, store in stores:
            seconds = _seconds(partial(store.read_log, count))
            log.add(Figure(f"read the log in order ({count:,} events)", count / seconds,
                           "ev/s", higher_is_better=True, metric="read_log", events=total), peer)
        for peer, store in stores:
            store.checkpoint()
            log.add(Figure("file size per event", _size(store.path) / total, "B",
                           metric="size_per_event", events=total), peer)
        log.add(Figure("bytes per event", body_bytes / total, "B", metric="size_per_event",
                       events=total), RAW)
    finally:
        shutil.rmtree(root, ignore_errors=True)


def _singles(es: EsPeer, plain: TablePeer, cipher: TablePeer, rows: list[Row]
             ) -> dict[str, list[float]]:
    """One event per transaction, interleaved between the peers."""
    times: dict[str, list[float]] = {ES: [], SQLITE: [], SQLCIPHER: []}
    for row in rows:
        stored = es.stored([row])
        times[ES].append(_seconds(partial(es.recorder.insert_events, stored)))
        times[SQLITE].append(_seconds(partial(plain.append, [row])))
        times[SQLCIPHER].append(_seconds(partial(cipher.append, [row])))
    return times


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.peers", description=__doc__)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--out", type=Path, help="append each figure to this file as JSON")
    args = parser.parse_args()
    measure(args.events, FigureLog(args.out))  # prints each figure as it is measured


if __name__ == "__main__":
    main()
