"""A declared event type through the real server process: the server checks its data against
the declared form, another device with the config applies it as pulled, and a device without
the config keeps it flagged until the config arrives."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from datacollect_desktop.app.event_types import EventTypes
from datacollect_desktop.domain.forms import AppConfig
from tests.factories import wire
from tests.integration.server.support import (
    CONFIG_A,
    WORKER_A,
    ServerHandle,
    app_config,
    prepare_data_dir,
    push,
    run_cli,
)
from tests.integration.sync.devices import Device, DeviceFactory, uid

ASSIGN = {
    "type": "assign-case-worker",
    "title": "Assign a case worker",
    "form": {"components": [
        {"type": "textfield", "key": "caseWorkerId", "label": "Case worker", "input": True,
         "validate": {"required": True}}]},
    "appliesTo": ["person"],
    "sets": {"caseWorker": "data.caseWorkerId", "assignmentDate": "timestamp"},
}


def config_doc() -> dict[str, Any]:
    return {**app_config(CONFIG_A), "version": "2.0.0", "eventTypes": [ASSIGN]}


@pytest.fixture
def server(tmp_path: Path, start_server_with: Callable[..., ServerHandle]) -> ServerHandle:
    """A server whose config A declares `assign-case-worker`."""
    data_dir = tmp_path / "server"
    prepare_data_dir(data_dir)
    path = data_dir / "declared.json"
    path.write_text(json.dumps(config_doc()), encoding="utf-8")
    run_cli("load-config", str(path), "--data-dir", str(data_dir))
    return start_server_with(data_dir=data_dir, prepare=False)


@pytest.fixture
def devices(tmp_path: Path, server: ServerHandle) -> Iterator[DeviceFactory]:
    factory = DeviceFactory(tmp_path / "devices", server.base_url)
    yield factory
    factory.close()


def knowing(device: Device) -> Device:
    EventTypes(device.session).use(AppConfig.from_json(config_doc()))
    return device


def test_a_declared_type_syncs_and_waits_where_the_config_has_not_arrived(
        server: ServerHandle, devices: DeviceFactory) -> None:
    ana = knowing(devices())
    person = uid("p")
    ana.submit(wire(person, "create-individual", {"givenName": "Awa", "entityName": "person"},
                    metadata={"formName": "person"}),
               wire(person, "assign-case-worker", {"caseWorkerId": "cw-7"}))
    summary = ana.sync()
    assert (summary.pushed, summary.rejected) == (2, 0)
    mine = ana.entities()[person]
    assert mine["data"]["caseWorker"] == "cw-7" and mine["version"] == 2

    # The server checks a declared type's data against its declared form.
    refused = push(server.as_user(WORKER_A), [wire(person, "assign-case-worker",
                                                   {"note": "nobody"}, user=uid("u"))])
    (result,) = refused["results"]
    assert result["status"] == "rejected" and result["code"] == "invalid_form_data"
    assert "caseWorkerId" in result["error"]

    bo = knowing(devices())
    bo.sync()
    assert bo.entities()[person] == mine

    cy = devices()  # no config yet: the event is kept, flagged, and not applied
    cy.sync()
    assert cy.levels() == ana.levels()
    assert cy.session.integrity.head() == ana.session.integrity.head()
    assert "caseWorker" not in cy.entities()[person]["data"]
    assert cy.session.queries.waiting_types() == {"assign-case-worker"}
    knowing(cy)
    assert cy.entities()[person] == mine
    assert cy.session.queries.waiting_types() == set()
    assert cy.session.integrity.head() == ana.session.integrity.head()
