"""The sync of 1,000 photos (~100 KB each) beside the sync of 1,000 events without photos,
through the real server on loopback, and the raw upload of the same bytes with httpx.

Each side registers its records through the app's services (a Workspace: photos stored with
`workspace.attachments.add_bytes`, records with the Registrar), then syncs once with the
app's `SyncService` (push with the uploads before it, pull), then a fresh device syncs them
down (download all, the default setting). The peer is the floor the network and the server
give: each photo's bytes PUT once with httpx to an app config that holds none of them.
Rounds alternate photos and no photos, each on fresh devices and a fresh app config, so load
from other processes falls on both sides alike. `python -m bench.attachment_sync_bench
[--photos N] [--rounds R]`.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import httpx

from bench.report import Figure, Peer, load_average, report
from bench.server_process import EMAIL, PASSWORD, login, sync_server
from datacollect_desktop.app.gate import ProfileGate
from datacollect_desktop.app.registration import Registrar
from datacollect_desktop.app.sync_service import Account, SyncService, SyncTarget
from datacollect_desktop.app.workspace import Workspace
from datacollect_desktop.storage.keys import KdfParams

PHOTOS = 1_000
PHOTO_BYTES = 100_000
PASSPHRASE = "benchmark passphrase"
FAST_KDF = KdfParams(iterations=1, lanes=1, memory_cost=8 * 1024)  # unlocking is not measured
#: Budgets: the photos' sync up (and down) within 3x the raw upload of the same bytes plus
#: the events' own sync, measured in the same round.
SLOWDOWN_BUDGET = 3.0


def bench_config(config_id: str) -> dict[str, Any]:
    return {"id": config_id, "name": "Photo bench", "version": "1", "entityForms": [{
        "name": "person", "title": "Person", "formio": {"components": [
            {"type": "textfield", "key": "name", "label": "Name", "input": True},
            {"type": "file", "key": "photo", "label": "Photo", "input": True, "image": True,
             "multiple": False, "storage": "base64"},
        ]}}]}


def _workspace(root: Path, name: str, config: dict[str, Any], url: str) -> Workspace:
    config_file = root / f"{name}-config.json"
    config_file.write_text(json.dumps(config))
    gate = ProfileGate(root / name, FAST_KDF)
    workspace, _ = gate.create("Bench worker", PASSPHRASE, PASSPHRASE)
    workspace.save_settings(workspace.settings.changed(
        server_url=url, account=EMAIL, password=PASSWORD, config_source="file",
        config_path=str(config_file)))
    return workspace


def _register(workspace: Workspace, count: int, photos: bool, seed: int) -> None:
    config = workspace.config
    form = config.form("person")
    assert form is not None
    registrar = Registrar(workspace.session, workspace.events)
    for n in range(count):
        data: dict[str, Any] = {"name": f"Person {seed}-{n}"}
        if photos:
            photo = _photo(seed, n)
            ref = workspace.attachments.add_bytes(photo, name=f"person-{n}.jpg",
                                                  media_type="image/jpeg")
            data["photo"] = [ref.to_json()]
        registrar.register(config, form, data, correlation_id=str(uuid.uuid4()))


def _photo(seed: int, n: int) -> bytes:
    """~100 KB that do not compress (as a JPEG does not), unique per photo."""
    head = b"\xff\xd8\xff\xe0" + hashlib.sha256(f"{seed}-{n}".encode()).digest()
    return head + os.urandom(PHOTO_BYTES - len(head) - 2) + b"\xff\xd9"


def _sync(workspace: Workspace, url: str, config_id: str) -> tuple[float, Any]:
    service = SyncService(workspace.session, lambda: SyncTarget(
        url, Account(EMAIL, lambda: PASSWORD), config_id))
    start = time.perf_counter()
    summary = service.sync(SyncTarget(url, Account(EMAIL, lambda: PASSWORD), config_id))
    return time.perf_counter() - start, summary


def _raw_upload(url: str, config_id: str, photos: list[bytes]) -> float:
    token = login(url)
    with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {token}"},
                      timeout=60.0) as client:
        start = time.perf_counter()
        for data in photos:
            digest = "sha256:" + hashlib.sha256(data).hexdigest()
            answer = client.put(f"/api/sync/attachments/{digest}", content=data,
                                params={"configId": config_id},
                                headers={"Content-Type": "image/jpeg"})
            assert answer.status_code == 201, answer.text
        return time.perf_counter() - start


def run(quick: bool = True, photos: int = PHOTOS, rounds: int = 1) -> list[Figure]:
    timings: dict[str, list[float]] = {"up_photos": [], "up_plain": [], "down_photos": [],
                                       "down_plain": [], "raw": []}
    loads: list[float] = []
    with tempfile.TemporaryDirectory(prefix="dc-attach-bench-") as temp:
        root = Path(temp)
        configs = [f"bench-{side}-{r}" for r in range(rounds) for side in ("photos", "plain")]
        configs += [f"bench-raw-{r}" for r in range(rounds)]
        first, *others = [bench_config(c) for c in configs]
        with sync_server(root, first, extra_configs=others) as url:
            for r in range(rounds):
                for side in ("photos", "plain"):
                    config_id = f"bench-{side}-{r}"
                    config = bench_config(config_id)
                    laptop = _workspace(root, f"laptop-{side}-{r}", config, url)
                    _register(laptop, photos, side == "photos", seed=r)
                    seconds, summary = _sync(laptop, url, config_id)
                    assert summary.pushed == photos, summary
                    timings[f"up_{side}"].append(seconds)
                    laptop.close()
                    fresh = _workspace(root, f"fresh-{side}-{r}", config, url)
                    seconds, summary = _sync(fresh, url, config_id)
                    assert summary.pulled == photos, summary
                    if side == "photos":
                        assert summary.attachments.downloaded == photos, summary
                    timings[f"down_{side}"].append(seconds)
                    fresh.close()
                    loads.append(load_average()[0])
                raw = [_photo(r, n) for n in range(photos)]
                timings["raw"].append(_raw_upload(url, f"bench-raw-{r}", raw))
                loads.append(load_average()[0])
    best = {key: min(values) for key, values in timings.items()}
    load = f"load average {max(loads):.2f} (1 min, highest seen)"
    mb = photos * PHOTO_BYTES / 1e6
    figures = [
        Figure(f"sync up: {photos:,} events with a ~100 KB photo each", best["up_photos"], "s",
               SLOWDOWN_BUDGET * (best["raw"] + best["up_plain"]),
               note=f"{mb / best['up_photos']:.1f} MB/s; budget {SLOWDOWN_BUDGET:g}x (raw "
                    f"upload + events alone); {load}",
               metric="attachment_sync_up", events=photos,
               peers=[Peer("the same events without photos", best["up_plain"]),
                      Peer("raw httpx PUT of the same bytes", best["raw"])]),
        Figure(f"sync down: {photos:,} events with a photo each, to an empty device",
               best["down_photos"], "s", SLOWDOWN_BUDGET * (best["raw"] + best["down_plain"]),
               note=f"{mb / best['down_photos']:.1f} MB/s; downloads checked and stored "
                    f"encrypted; {load}",
               metric="attachment_sync_down", events=photos,
               peers=[Peer("the same events without photos", best["down_plain"])]),
    ]
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.attachment_sync_bench",
                                     description=__doc__)
    parser.add_argument("--photos", type=int, default=PHOTOS)
    parser.add_argument("--rounds", type=int, default=1)
    args = parser.parse_args()
    figures = run(photos=args.photos, rounds=args.rounds)
    for figure in figures:
        print(figure.line(), flush=True)
    report("attachment sync", figures)


if __name__ == "__main__":
    main()
