"""Attachments: registering a household with three photos, and where the bytes live.

    python -m bench.attachments_bench [--quick]       the suite's section (python -m bench)
    python -m bench.attachments_bench --layouts [--rounds N]

The section registers households through the app services (`workspace.attachments.add_bytes`
for three ~300 KB photos, then `registrar.register`), alternating with the same household
without photos; the peer writes the same bytes to three plain files, each synced. Budget:
100 ms per household with photos (a field worker presses Save once per household, and
notices a tenth of a second).

`--layouts` is the measurement behind docs/STORAGE.md, "Attachments": SQLCipher BLOB rows vs
AES-256-GCM files beside the database, for 20 photos of ~300 KB and 200 of ~30 KB (random
bytes: photos do not compress); each layout writes every file durably (one synced commit or
one fsync per file) and reads them all back; it prints write and read MB/s and the bytes on
disk per byte stored. The two layouts alternate round by round on the same bytes.
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

from bench.report import Figure, Peer, load_average, report
from datacollect_desktop.app.gate import ProfileGate
from datacollect_desktop.app.workspace import Workspace
from datacollect_desktop.domain.forms import AppConfig
from datacollect_desktop.storage.database import open_database, write_transaction
from datacollect_desktop.storage.keys import KdfParams

PASSPHRASE = "benchmark passphrase"
FAST = KdfParams(iterations=1, lanes=1, memory_cost=8 * 1024)
PHOTO_BYTES = 300 * 1024
PHOTOS = 3
# What a person pressing Save notices (about a tenth of a second); the photos are stored
# as they are added, the sum is what one household with three of them costs.
HOUSEHOLD_BUDGET_MS = 100.0
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


def _photo() -> bytes:
    return b"\xff\xd8\xff" + secrets.token_bytes(PHOTO_BYTES - 5) + b"\xff\xd9"


def _photo_config(workspace: Workspace) -> AppConfig:
    doc = dict(workspace.config.raw)
    forms = [dict(f) for f in doc["entityForms"]]
    formio = dict(forms[0]["formio"])
    formio["components"] = [*formio["components"], {
        "type": "file", "key": "photos", "label": "Photos", "image": True, "multiple": True}]
    forms[0]["formio"] = formio
    doc["entityForms"] = forms
    return AppConfig.from_json(doc)


def _register(workspace: Workspace, photos: list[bytes], number: int) -> float:
    """Milliseconds to store the photos and register the household that refers to them."""
    form = workspace.config.entity_forms[0]
    started = time.perf_counter()
    refs = [workspace.attachments.add_bytes(data, name=f"photo-{number}-{i}.jpg",
                                            media_type="image/jpeg")
            for i, data in enumerate(photos)]
    data: dict[str, object] = {"name": f"Household {number}", "dwelling": "house"}
    if refs:
        data["photos"] = [ref.to_json() for ref in refs]
    workspace.registrar.register(workspace.config, form, data, correlation_id=f"c-{number}")
    return (time.perf_counter() - started) * 1e3


def _plain_files(directory: Path, photos: list[bytes], number: int) -> float:
    """Milliseconds to write the same bytes to plain files, each synced, and the folder."""
    started = time.perf_counter()
    for i, data in enumerate(photos):
        with open(directory / f"{number}-{i}.jpg", "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
    fd = os.open(directory, os.O_RDONLY)
    os.fsync(fd)
    os.close(fd)
    return (time.perf_counter() - started) * 1e3


def run(quick: bool) -> list[Figure]:
    rounds = 15 if quick else 60
    with tempfile.TemporaryDirectory(prefix="dc-attachments-bench-") as tmp:
        root = Path(tmp)
        (root / "plain").mkdir()
        workspace = ProfileGate(root / "profile", FAST).create("Bench", PASSPHRASE,
                                                                PASSPHRASE)[0]
        try:
            workspace.config = _photo_config(workspace)
            for warm in range(2):
                _register(workspace, [_photo()], -1 - warm)
            with_photos: list[float] = []
            without: list[float] = []
            plain: list[float] = []
            for number in range(rounds):  # interleaved, the same bytes for app and peer
                photos = [_photo() for _ in range(PHOTOS)]
                with_photos.append(_register(workspace, photos, 2 * number))
                without.append(_register(workspace, [], 2 * number + 1))
                plain.append(_plain_files(root / "plain", photos, number))
        finally:
            workspace.close()
    load = load_average()
    note = f"{rounds} households each, interleaved; load {load}"
    return [
        Figure(f"register a household with {PHOTOS} photos of 300 KB (median)",
               statistics.median(with_photos), "ms", HOUSEHOLD_BUDGET_MS, note=note,
               peers=[Peer(f"plain write + fsync of the same {PHOTOS} files",
                           statistics.median(plain))]),
        Figure(f"register a household with {PHOTOS} photos of 300 KB (p95)",
               sorted(with_photos)[int(len(with_photos) * 0.95)], "ms", HOUSEHOLD_BUDGET_MS),
        Figure(f"register a household with {PHOTOS} photos of 300 KB (max)",
               max(with_photos), "ms", HOUSEHOLD_BUDGET_MS,
               peers=[Peer("plain write + fsync of the same files (max)", max(plain))]),
        Figure("register the same household without photos (median)",
               statistics.median(without), "ms", HOUSEHOLD_BUDGET_MS, note=note),
    ]


def layouts(rounds: int) -> None:
    key = secrets.token_bytes(32)
    layouts: dict[str, Callable[[Path, bytes, list[bytes]], tuple[float, float, int]]] = {
        "sqlcipher blob": _blob_layout, "aes-gcm files": _file_layout}
    print(f"load average at start: {Path('/proc/loadavg').read_text().split()[:3]}")
    for label, count, size in SETS:
        files = [secrets.token_bytes(size) for _ in range(count)]
        total = count * size
        results: dict[str, list[tuple[float, float, int]]] = {name: [] for name in layouts}
        for _ in range(rounds):
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--layouts", action="store_true", help="BLOB rows vs files")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    if args.layouts:
        layouts(args.rounds)
    else:
        report("attachments", run(quick=args.quick))


if __name__ == "__main__":
    main()
