"""Attachments between laptops made and filled through the app's services, through a real
server process: a photo and a signature registered on one laptop arrive byte-identical on
another; "on first view" leaves them missing until a view asks; an account without the app
config gets none."""

from __future__ import annotations

import json
import os
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from datacollect_desktop.app.gate import ProfileGate
from datacollect_desktop.app.registration import Registrar
from datacollect_desktop.app.sync_service import SyncService, attachment_notice
from datacollect_desktop.app.workspace import Workspace
from datacollect_desktop.domain.attachments import AttachmentRef
from datacollect_desktop.sync.client import SyncClient
from datacollect_desktop.sync.errors import AccessRefused
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.integration.server.conftest import StartServer
from tests.integration.server.support import PASSWORD, WORKER_B, ServerHandle, run_cli

CONFIG_ID = "photo-registration"
ANA = "ana@photos.example.org"
BO = "bo@photos.example.org"


def photo_config() -> dict[str, Any]:
    return {"id": CONFIG_ID, "name": "Photo registration", "version": "1.0.0",
            "entityForms": [{"name": "person", "title": "Person", "formio": {"components": [
                {"type": "textfield", "key": "name", "label": "Name", "input": True,
                 "validate": {"required": True}},
                {"type": "file", "key": "photo", "label": "Photo", "input": True,
                 "image": True, "multiple": True, "storage": "base64"},
                {"type": "signature", "key": "consent", "label": "Consent", "input": True},
            ]}}]}


@pytest.fixture
def server(start_server_with: StartServer, tmp_path: Path) -> ServerHandle:
    handle = start_server_with()
    storage = ["--data-dir", str(handle.data_dir)]
    for email in (ANA, BO):
        run_cli("create-user", email, "--role", "field-worker", "--config-id", CONFIG_ID,
                *storage)
    path = tmp_path / "photo-config.json"
    path.write_text(json.dumps(photo_config()))
    run_cli("load-config", str(path), *storage)
    return handle


@dataclass
class Laptop:
    workspace: Workspace
    service: SyncService

    def register_with_photo(self, photo: bytes, signature: bytes
                            ) -> tuple[AttachmentRef, AttachmentRef]:
        files = self.workspace.attachments
        face = files.add_bytes(photo, name="face.jpg", media_type="image/jpeg")
        consent = files.add_bytes(signature, name="consent.png", media_type="image/png")
        config = self.workspace.config
        form = config.form("person")
        assert form is not None
        Registrar(self.workspace.session, self.workspace.events).register(
            config, form, {"name": "Amina", "photo": [face.to_json()],
                           "consent": consent.to_json()},
            correlation_id=str(uuid.uuid4()))
        return face, consent


@pytest.fixture
def laptops(server: ServerHandle, tmp_path: Path) -> Iterator[Any]:
    made: list[Laptop] = []
    config_file = tmp_path / "device-config.json"
    config_file.write_text(json.dumps(photo_config()))

    def laptop(email: str = ANA, downloads: str = "all") -> Laptop:
        gate = ProfileGate(tmp_path / f"laptop-{len(made)}", FAST_KDF)
        workspace, _ = gate.create("Field worker", PASSPHRASE, PASSPHRASE)
        workspace.save_settings(workspace.settings.changed(
            server_url=server.base_url, account=email, password=PASSWORD,
            config_source="file", config_path=str(config_file),
            attachment_downloads=downloads))
        made.append(Laptop(workspace, SyncService.for_workspace(workspace)))
        return made[-1]

    yield laptop
    for each in made:
        each.workspace.close()


def jpeg(size: int = 150_000) -> bytes:
    return b"\xff\xd8\xff\xe0" + os.urandom(size - 6) + b"\xff\xd9"


def png(size: int = 3_000) -> bytes:
    return b"\x89PNG\r\n\x1a\n" + os.urandom(size - 16) + b"IEND\xaeB`\x82"


def test_a_photo_and_a_signature_arrive_byte_identical_on_another_laptop(laptops: Any
                                                                        ) -> None:
    ana, bo = laptops(ANA), laptops(BO)
    photo, signature = jpeg(), png()
    face, consent = ana.register_with_photo(photo, signature)
    sent = ana.service.run_once()
    assert sent is not None
    assert (sent.pushed, sent.rejected) == (1, 0)
    assert (sent.attachments.uploaded, sent.attachments.kept_local) == (2, 0)
    received = bo.service.run_once()
    assert received is not None
    assert (received.pulled, received.attachments.downloaded) == (1, 2)
    assert received.attachments.missing == 0
    files = bo.workspace.attachments
    assert files.state(face.digest) == "held" and files.state(consent.digest) == "held"
    assert files.read(face.digest) == photo
    assert files.read(consent.digest) == signature
    again = ana.service.run_once()
    assert again is not None and again.attachments.uploaded == 0


def test_on_first_view_an_attachment_is_missing_until_a_view_asks_for_it(laptops: Any
                                                                       ) -> None:
    ana, bo = laptops(ANA), laptops(BO, downloads="on_view")
    face, consent = ana.register_with_photo(jpeg(), png())
    assert ana.service.run_once() is not None
    pulled = bo.service.run_once()
    assert pulled is not None
    assert (pulled.pulled, pulled.attachments.downloaded, pulled.attachments.missing) == (
        1, 0, 2)
    assert str(attachment_notice(pulled)) == (
        "2 attachments of the records here are not downloaded yet.")
    files = bo.workspace.attachments
    assert files.state(face.digest) == "missing"
    # A view asks for the photo: it is fetched by the sync loop, on its own thread.
    threads: list[int] = []
    bo.service.fetch_attachments([face.digest])
    loop = threading.Thread(target=bo.service.run, name="sync")
    seen = threading.Event()

    def published(status: Any, refused: int) -> None:
        if status.last_summary is not None:
            threads.append(threading.get_ident())
            seen.set()

    bo.service.on_status = published
    loop.start()
    try:
        assert seen.wait(60)
    finally:
        bo.service.stop()
        loop.join(60)
    assert threads and threads[0] != threading.get_ident()
    assert files.state(face.digest) == "held"
    assert files.state(consent.digest) == "missing"


def test_an_account_without_the_app_config_downloads_nothing(
        laptops: Any, server: ServerHandle) -> None:
    ana = laptops(ANA)
    face, _ = ana.register_with_photo(jpeg(), png())
    assert ana.service.run_once() is not None
    outsider = laptops(WORKER_B)
    with pytest.raises(AccessRefused):
        outsider.service.run_once()
    assert outsider.workspace.attachments.state(face.digest) == "missing"
    # Nor by asking for the bytes directly, knowing the digest.
    client = SyncClient(server.base_url, timeout=10.0)
    try:
        client.login(WORKER_B, PASSWORD)
        with pytest.raises(AccessRefused):
            client.download_attachment(CONFIG_ID, face.digest, start=0, size=1 << 20)
    finally:
        client.close()
