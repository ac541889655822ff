"""`datacollect-desktop sync`: a JSON summary, exit codes, the password only when needed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from datacollect_desktop.storage.profile import Profile
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.factories import wire
from tests.integration.server.support import CONFIG_A, PASSWORD, REPO, WORKER_A, free_port
from tests.integration.sync.devices import uid
from tests.integration.sync.fault_proxy import FaultProxy


def profile_with(directory: Path, *docs: dict[str, object]) -> None:
    session, _ = Profile(directory).create(PASSPHRASE, FAST_KDF)
    try:
        session.store.submit(list(docs))
    finally:
        session.close()


def sync(directory: Path, url: str, password: str | None = PASSWORD
         ) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DATACOLLECT_PASSPHRASE": PASSPHRASE, "PYTHONPATH": str(REPO)}
    env.pop("DATACOLLECT_SERVER_PASSWORD", None)
    if password is not None:
        env["DATACOLLECT_SERVER_PASSWORD"] = password
    return subprocess.run(
        [sys.executable, "-m", "datacollect_desktop", "--data-dir", str(directory), "sync",
         "--server", url, "--email", WORKER_A, "--config-id", CONFIG_A, "--timeout", "5"],
        capture_output=True, text=True, env=env, cwd=REPO, stdin=subprocess.DEVNULL,
        timeout=120)


def test_sync_prints_a_json_summary_and_reuses_the_stored_sign_in(
        tmp_path: Path, proxy: FaultProxy) -> None:
    directory = tmp_path / "device"
    profile_with(directory, *[wire(uid("p"), "create-individual", {"name": f"P{n}"})
                              for n in range(3)])
    first = sync(directory, proxy.url)
    assert first.returncode == 0, first.stderr
    summary = json.loads(first.stdout)
    assert summary["pushed"] == 3 and summary["rejected"] == 0 and summary["conflicts"] == 0
    assert summary["pulled"] >= 0
    assert summary["checkpoint"]["treeSize"] >= 3 and "\u2014 " in summary["checkpoint"]["note"]
    again = sync(directory, proxy.url, password=None)  # no password, no terminal: the token
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["pushed"] == 0
    assert len(proxy.requests("/api/users/login")) == 1


def test_refused_events_exit_1_and_are_listed(tmp_path: Path, proxy: FaultProxy) -> None:
    directory = tmp_path / "device"
    bad = wire(uid("p"), "create-individual", {"age": 400}, metadata={"formName": "person"})
    profile_with(directory, bad)
    proc = sync(directory, proxy.url)
    assert proc.returncode == 1, proc.stderr
    summary = json.loads(proc.stdout)
    assert summary["rejected"] == 1
    assert [r["guid"] for r in summary["rejections"]] == [bad["guid"]]


def test_refusals_of_an_earlier_sync_still_exit_1_and_are_listed_with_what_to_do(
        tmp_path: Path, proxy: FaultProxy) -> None:
    directory = tmp_path / "device"
    bad = wire(uid("p"), "create-individual", {"age": 400}, metadata={"formName": "person"})
    profile_with(directory, bad)
    assert sync(directory, proxy.url).returncode == 1
    pushes = len(proxy.requests("/api/sync/push"))
    again = sync(directory, proxy.url)  # nothing new refused, but the refusal still waits
    assert again.returncode == 1, again.stderr
    summary = json.loads(again.stdout)
    assert (summary["rejected"], summary["refused"], summary["retried"]) == (0, 1, 0)
    [refusal] = summary["rejections"]
    assert (refusal["guid"], refusal["entityGuid"], refusal["type"], refusal["code"]) == (
        bad["guid"], bad["entityGuid"], "create-individual", "invalid_form_data")
    assert "age" in refusal["reason"] and "supervisor" in refusal["advice"]
    assert len(proxy.requests("/api/sync/push")) == pushes  # not pushed again


def test_known_problems_exit_2_with_a_plain_message(tmp_path: Path, proxy: FaultProxy) -> None:
    directory = tmp_path / "device"
    profile_with(directory)
    wrong = sync(directory, proxy.url, password="not it at all")
    assert wrong.returncode == 2
    assert json.loads(wrong.stderr)["error"] == "wrong_credentials"
    away = sync(directory, f"http://127.0.0.1:{free_port()}")
    assert away.returncode == 2
    error = json.loads(away.stderr)
    assert error["error"] == "server_unreachable" and "Cannot reach" in error["message"]
    missing = sync(directory, proxy.url, password=None)  # no token either: it was refused
    assert missing.returncode == 2
    error = json.loads(missing.stderr[missing.stderr.rindex('{"error"'):])  # after a prompt
    assert "DATACOLLECT_SERVER_PASSWORD" in error["message"]
