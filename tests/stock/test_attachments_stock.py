"""Attachments against the real stock DataCollect backend (upstream 1.0.0), which has no
attachment endpoint: the events go up with their references, the files stay on the laptop
that made them, and sync says so; another laptop shows them as not downloaded."""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from datacollect_desktop.app.gate import ProfileGate
from datacollect_desktop.app.registration import Registrar
from datacollect_desktop.app.sync_service import SyncService, attachment_notice, report
from datacollect_desktop.app.workspace import Workspace
from datacollect_desktop.sync.engine import SyncTarget
from datacollect_desktop.sync.login import Account
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.stock.backend import StockBackend
from tests.stock.devices import WORKER, WORKER_PASSWORD, household_config

pytestmark = pytest.mark.stock


def with_photo(config: dict[str, Any]) -> dict[str, Any]:
    """The household form with a photo of the dwelling."""
    for form in config["entityForms"]:
        if form["name"] == "household":
            form["formio"]["components"].append(
                {"type": "file", "key": "photo", "label": "Photo of the dwelling",
                 "input": True, "image": True, "multiple": True, "storage": "base64"})
    return config


@pytest.fixture
def photo_config(stock_backend: StockBackend) -> dict[str, Any]:
    config = with_photo(household_config())
    stock_backend.upload_config(config)
    return config


@pytest.fixture
def laptops(tmp_path: Path, stock_backend: StockBackend, photo_config: dict[str, Any]
            ) -> Iterator[Any]:
    made: list[Workspace] = []
    path = tmp_path / "config.json"
    path.write_text(json.dumps(photo_config))

    def laptop() -> Workspace:
        gate = ProfileGate(tmp_path / f"laptop-{len(made)}", FAST_KDF)
        workspace, _ = gate.create("Field worker", PASSPHRASE, PASSPHRASE)
        workspace.save_settings(workspace.settings.changed(
            server_url=stock_backend.base_url, account=WORKER, password=WORKER_PASSWORD,
            config_source="file", config_path=str(path)))
        made.append(workspace)
        return workspace

    yield laptop
    for workspace in made:
        workspace.close()


def sync(workspace: Workspace, url: str) -> Any:
    target = SyncTarget(url, Account(WORKER, lambda: WORKER_PASSWORD), workspace.config.id)
    return SyncService(workspace.session, lambda: target, timeout=300.0).sync(target)


def test_against_a_stock_server_photos_stay_local_and_sync_says_so(
        laptops: Any, stock_backend: StockBackend) -> None:
    ana, bo = laptops(), laptops()
    photo = b"\xff\xd8\xff\xe0" + os.urandom(40_000) + b"\xff\xd9"
    ref = ana.attachments.add_bytes(photo, name="house.jpg", media_type="image/jpeg")
    config = ana.config
    form = config.form("household")
    assert form is not None
    guid = Registrar(ana.session, ana.events).register(
        config, form, {"name": "Household Photo", "address": "1 Market Road",
                       "dwelling": "house", "photo": [ref.to_json()]},
        correlation_id=str(uuid.uuid4()))
    sent = sync(ana, stock_backend.base_url)
    assert (sent.pushed, sent.rejected) == (1, 0)
    assert (sent.attachments.uploaded, sent.attachments.kept_local) == (0, 1)
    printed = report(ana.session, sent)
    assert printed["attachments"]["keptLocal"] == 1
    assert "stays on this laptop only: this server does not keep attachments" in printed[
        "attachmentNotice"]
    assert ana.attachments.read(ref.digest) == photo  # kept, whole
    # The stock server holds the event with its reference (the bytes never left).
    with stock_backend.client(WORKER, WORKER_PASSWORD) as client:
        events = client.get(f"/api/entities/{guid}/events",
                            params={"configId": config.id}).json()
    assert events[0]["data"]["photo"] == [ref.to_json()]
    # Another laptop gets the record; its photo is not downloaded, and says so.
    got = sync(bo, stock_backend.base_url)
    assert got.pulled == 1
    assert bo.attachments.state(ref.digest) == "missing"
    assert got.attachments.missing == 1
    assert str(attachment_notice(got)) == (
        "1 attachment of the records here is not downloaded yet.")
