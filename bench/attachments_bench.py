"""Where attachment bytes live: SQLCipher BLOB rows vs AES-256-GCM files beside the database.

    python -m bench.attachments_bench [--rounds N]

For 20 photos of ~300 KB and 200 of ~30 KB (random bytes: photos do not compress), each
layout writes every file durably (one synced commit or one fsync per file, as an add does)
and reads them all back; it prints write and read MB/s and the bytes on disk per byte stored.
The two layouts alternate round by round on the same bytes. The load average is printed
beside the figures (other work shares the cores).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import secrets
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from datacollect_desktop.storage.database import open_database, write_transaction

SETS = (("20 x 300 KB", 20, 300 * 1024), ("200 x 30 KB", 200, 30 * 1024))


def _blob_layout(directory: Path, key: bytes, files: list[bytes]) -> tuple[float, float, int]:
    db = open_database(directory / "profile.db", key)
    db.execute_sql("CREATE TABLE attachments (digest TEXT PRIMARY KEY, data BLOB NOT NULL)")
    digests = [hashlib.sha256(f).hexdigest() for f in files]
    start = time.perf_counter()
    for digest, data in zip(digests, files, strict=True):
        with write_transaction(db) as conn:
            conn.execute("INSERT INTO attachments VALUES (?, ?)", (digest, data))
    written = time.perf_counter() - start
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    db = open_database(directory / "profile.db", key)
    start = time.perf_counter()
    for digest in digests:
        blob = db.execute_sql("SELECT data FROM attachments WHERE digest = ?",
                              (digest,)).fetchone()[0]
        hashlib.sha256(blob).hexdigest()
    read = time.perf_counter() - start
    db.close()
    size = sum(p.stat().st_size for p in directory.iterdir())
    return written, read, size


def _file_layout(directory: Path, key: bytes, files: list[bytes]) -> tuple[float, float, int]:
    file_key = HKDF(SHA256(), 32, salt=None, info=b"attachments").derive(key)
    aes = AESGCM(file_key)
    folder = directory / "attachments"
    folder.mkdir()
    digests = [hashlib.sha256(f).hexdigest() for f in files]
    start = time.perf_counter()
    for digest, data in zip(digests, files, strict=True):
        nonce = secrets.token_bytes(12)
        path = folder / digest
        tmp = path.with_suffix(".tmp")
        with open(tmp, "wb") as out:
            out.write(nonce + aes.encrypt(nonce, data, digest.encode()))
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    fd = os.open(folder, os.O_RDONLY)
    os.fsync(fd)
    os.close(fd)
    written = time.perf_counter() - start
    start = time.perf_counter()
    for digest in digests:
        raw = (folder / digest).read_bytes()
        hashlib.sha256(aes.decrypt(raw[:12], raw[12:], digest.encode())).hexdigest()
    read = time.perf_counter() - start
    size = sum(p.stat().st_size for p in folder.iterdir())
    return written, read, size


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    key = secrets.token_bytes(32)
    layouts: dict[str, Callable[[Path, bytes, list[bytes]], tuple[float, float, int]]] = {
        "sqlcipher blob": _blob_layout, "aes-gcm files": _file_layout}
    print(f"load average at start: {Path('/proc/loadavg').read_text().split()[:3]}")
    for label, count, size in SETS:
        files = [secrets.token_bytes(size) for _ in range(count)]
        total = count * size
        results: dict[str, list[tuple[float, float, int]]] = {name: [] for name in layouts}
        for _ in range(args.rounds):
            for name, layout in layouts.items():
                with tempfile.TemporaryDirectory() as tmp:
                    results[name].append(layout(Path(tmp), key, files))
        for name, runs in results.items():
            write = statistics.median(total / r[0] / 1e6 for r in runs)
            read = statistics.median(total / r[1] / 1e6 for r in runs)
            overhead = statistics.median(r[2] / total for r in runs)
            print(f"{label:12} {name:15} write {write:7.1f} MB/s  read {read:7.1f} MB/s  "
                  f"disk {overhead:.3f} x")
    print(f"load average at end: {Path('/proc/loadavg').read_text().split()[:3]}")


if __name__ == "__main__":
    main()
