"""`datacollect-desktop sync` killed with SIGKILL in the middle of uploading a photo, then run
again: the upload resumes from the chunks the server kept (none is sent twice), the photo
arrives byte-identical, and the event is pushed once. Killed in the middle of downloading one:
the download resumes from the chunks the profile kept (encrypted), none is asked for twice."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

import pytest

from datacollect_desktop.app.gate import ProfileGate
from datacollect_desktop.app.registration import Registrar
from datacollect_desktop.domain.attachments import AttachmentRef
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.integration.server.support import ADMIN, PASSWORD, REPO, ServerHandle, run_cli
from tests.integration.sync.fault_proxy import FaultProxy

pytestmark = pytest.mark.reliability(scenario="Crash safety")
CONFIG_ID = "photo-kill"
MiB = 1024 * 1024


def photo_config(config_id: str = CONFIG_ID) -> dict[str, Any]:
    return {"id": config_id, "name": "Photos", "version": "1.0.0", "entityForms": [{
        "name": "person", "title": "Person", "formio": {"components": [
            {"type": "textfield", "key": "name", "label": "Name", "input": True},
            {"type": "file", "key": "photo", "label": "Photo", "input": True, "image": True,
             "multiple": True, "storage": "base64"}]}}]}


def start_sync(directory: Path, url: str, config_id: str = CONFIG_ID
               ) -> subprocess.Popen[bytes]:
    env = {**os.environ, "DATACOLLECT_PASSPHRASE": PASSPHRASE,
           "DATACOLLECT_SERVER_PASSWORD": PASSWORD, "PYTHONPATH": str(REPO)}
    return subprocess.Popen(
        [sys.executable, "-m", "datacollect_desktop", "--data-dir", str(directory), "sync",
         "--server", url, "--email", ADMIN, "--config-id", config_id],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=REPO)


def laptop_with_a_photo(directory: Path, config_file: Path, photo: bytes) -> AttachmentRef:
    workspace, _ = ProfileGate(directory, FAST_KDF).create("Field worker", PASSPHRASE,
                                                           PASSPHRASE)
    try:
        workspace.save_settings(workspace.settings.changed(
            config_source="file", config_path=str(config_file)))
        ref = workspace.attachments.add_bytes(photo, name="id-card.jpg",
                                              media_type="image/jpeg")
        form = workspace.config.form("person")
        assert form is not None
        Registrar(workspace.session, workspace.events).register(
            workspace.config, form, {"name": "Amina", "photo": [ref.to_json()]},
            correlation_id=str(uuid.uuid4()))
        return ref
    finally:
        workspace.close()


def test_a_sync_killed_mid_upload_resumes_from_the_chunks_the_server_kept(
        tmp_path: Path, proxy: FaultProxy, server_process: ServerHandle) -> None:
    config_file = tmp_path / "config.json"
    config_file.write_text(json.dumps(photo_config()))
    run_cli("load-config", str(config_file), "--data-dir", str(server_process.data_dir))
    photo = b"\xff\xd8\xff\xe0" + os.urandom(int(2.5 * MiB)) + b"\xff\xd9"
    directory = tmp_path / "laptop"
    ref = laptop_with_a_photo(directory, config_file, photo)
    put = f"/api/sync/attachments/{ref.digest}"
    release = proxy.hold_answer(put, skip=1)  # the server took the second chunk
    proc = start_sync(directory, proxy.url)
    assert proxy.plan.holding.wait(120), "the upload never reached its second chunk"
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    release.set()
    proxy.plan.hold_path = None
    assert proxy.requests(put) == [f"PUT {put}"] * 2
    assert not proxy.requests("/api/sync/push")  # killed before the push
    rerun = start_sync(directory, proxy.url)
    out, err = rerun.communicate(timeout=240)
    assert rerun.returncode == 0, err.decode()
    summary = json.loads(out)
    assert (summary["pushed"], summary["rejected"]) == (1, 0)
    assert summary["attachments"]["uploaded"] == 1
    assert summary["attachments"]["bytesSent"] == len(photo) - 2 * MiB  # only the rest
    assert proxy.requests(put) == [f"PUT {put}"] * 3  # three chunks, each sent once
    admin = server_process.as_user(ADMIN)
    got = admin.get(put, params={"configId": CONFIG_ID})
    assert got.status_code == 200 and got.content == photo


def test_a_sync_killed_mid_download_resumes_from_the_chunks_the_profile_kept(
        tmp_path: Path, proxy: FaultProxy, server_process: ServerHandle) -> None:
    config_id = "photo-kill-download"
    config_file = tmp_path / "config.json"
    config_file.write_text(json.dumps(photo_config(config_id)))
    run_cli("load-config", str(config_file), "--data-dir", str(server_process.data_dir))
    photo = b"\xff\xd8\xff\xe0" + os.urandom(int(2.5 * MiB)) + b"\xff\xd9"
    ref = laptop_with_a_photo(tmp_path / "first", config_file, photo)
    sent = start_sync(tmp_path / "first", server_process.base_url, config_id)
    out, err = sent.communicate(timeout=240)
    assert sent.returncode == 0, err.decode()
    assert json.loads(out)["attachments"]["uploaded"] == 1
    directory = tmp_path / "second"
    workspace, _ = ProfileGate(directory, FAST_KDF).create("Field worker", PASSPHRASE,
                                                           PASSPHRASE)
    workspace.save_settings(workspace.settings.changed(
        config_source="file", config_path=str(config_file)))
    workspace.close()
    get = f"/api/sync/attachments/{ref.digest}"
    release = proxy.hold_answer(get, skip=1)  # the first chunk arrived, the second is held
    proc = start_sync(directory, proxy.url, config_id)
    assert proxy.plan.holding.wait(120), "the download never asked for its second chunk"
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    release.set()
    proxy.plan.hold_path = None
    assert proxy.requests(get) == [f"GET {get}"] * 2
    clear = photo[4096:4160]  # 64 bytes of the first chunk, which the profile kept
    for path in directory.rglob("*"):
        if path.is_file():
            assert clear not in path.read_bytes(), f"{path} holds the photo in clear"
    rerun = start_sync(directory, proxy.url, config_id)
    out, err = rerun.communicate(timeout=240)
    assert rerun.returncode == 0, err.decode()
    summary = json.loads(out)
    assert summary["attachments"]["downloaded"] == 1
    assert summary["attachments"]["bytesReceived"] == len(photo) - MiB  # only the rest
    assert proxy.requests(get) == [f"GET {get}"] * 4  # three chunks, each asked for once
    workspace = ProfileGate(directory, FAST_KDF).unlock(PASSPHRASE)
    try:
        assert workspace.attachments.read(ref.digest) == photo
        assert workspace.attachments.missing() == []
        kept = workspace.session.db.connection().execute(
            "SELECT count(*) FROM attachment_partials").fetchone()[0]
        assert kept == 0  # the chunks went with the file's store
    finally:
        workspace.close()
