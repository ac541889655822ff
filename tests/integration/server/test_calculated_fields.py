"""Calculated fields computed alike by the registrar, the device store's `submit` and our
server's push: the same values, from the event's date, in every log."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import httpx
import pytest

from datacollect_desktop.app.gate import ProfileGate
from datacollect_desktop.app.workspace import Workspace
from datacollect_desktop.domain.events import parse_timestamp
from datacollect_desktop.domain.forms import AppConfig
from datacollect_desktop.domain.forms.calculations import calculate
from datacollect_desktop.domain.forms.logic import FormContext
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.integration.server.support import ServerHandle, pull_all, push, run_cli, start_server

FIXTURE = Path(__file__).parents[2] / "fixtures" / "expressions-config.json"
CONFIG = AppConfig.from_json(FIXTURE.read_text(encoding="utf-8"))
PERSON = CONFIG.form("person")
assert PERSON is not None
WORKER = "calc-worker@example.org"
ANSWERS: dict[str, Any] = {"givenName": "Ana", "dateOfBirth": "2010-05-01", "region": "north",
                           "district": "nb", "siblings": [{"age": 3}, {"age": 5}]}


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerHandle]:
    data_dir = tmp_path_factory.mktemp("calc-server") / "data"
    storage = ["--data-dir", str(data_dir)]
    run_cli("create-user", WORKER, "--role", "field-worker", "--config-id", CONFIG.id, *storage)
    run_cli("load-config", str(FIXTURE), *storage)
    handle = start_server(data_dir)
    yield handle
    handle.stop()


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    opened, _ = ProfileGate(tmp_path / "profile", FAST_KDF).create("Amina Field", PASSPHRASE,
                                                                   PASSPHRASE)
    opened.config = CONFIG  # what the store admits against (session.store.use_config)
    yield opened
    opened.close()


def expected(data: dict[str, Any], today: date) -> dict[str, Any]:
    assert PERSON is not None
    return calculate(PERSON, data, FormContext(today))


def test_the_registrar_submit_and_the_server_compute_the_same_values(
        workspace: Workspace, server: ServerHandle) -> None:
    assert PERSON is not None
    # The registrar (the window's save).
    guid = workspace.registrar.register(CONFIG, PERSON, ANSWERS, correlation_id="c1")
    registered = [s.event for s in workspace.session.queries.events()][-1]
    today = parse_timestamp(registered.timestamp).date()
    want = expected(dict(ANSWERS), today)
    for key in ("ageYears", "greeting", "memberCount", "ageSum", "siblings"):
        assert registered.data[key] == want[key], key
    # The store's `submit`: a wrong calculated value is refused, naming the computed one;
    # with the computed values the event is stored as it was given.
    stamp = "2030-06-01T09:00:00.000Z"
    computed = expected({**ANSWERS, "entityName": "person"}, date(2030, 6, 1))
    assert computed["ageYears"] == 20 and computed["ageSum"] == 8
    doc = {"guid": f"evt-{uuid.uuid4()}", "entityGuid": "person-submitted",
           "type": "create-individual", "timestamp": stamp, "userId": "u-1", "syncLevel": 0,
           "data": {**computed, "ageYears": 99}, "metadata": {"formName": "person"}}
    [refused] = workspace.session.store.submit([doc])
    assert refused.status == "rejected"
    assert "ageYears is calculated by the form: the event holds 99, the form computes 20" in (
        str(refused.error)), refused.error
    assert workspace.session.queries.entity("person-submitted") is None
    right = {**doc, "data": computed}
    [result] = workspace.session.store.submit([right])
    assert result.status == "applied", result.error
    submitted = workspace.session.queries.entity("person-submitted")
    assert submitted is not None
    assert submitted.data["ageYears"] == 20
    # The server: the device's events arrive computed and are stored as they are; a raw
    # push with a wrong value is refused the same way, and nothing of it is stored.
    worker: httpx.Client = server.as_user(WORKER)
    device_events = [s.event.to_wire() for s in workspace.session.queries.events()]
    raw = {**doc, "guid": f"evt-{uuid.uuid4()}", "entityGuid": "person-raw", "userId": "u-2"}
    answer = push(worker, [*device_events, raw], config_id=CONFIG.id)
    statuses = {r["guid"]: r for r in answer["results"]}
    assert all(statuses[e["guid"]]["status"] == "accepted" for e in device_events), answer
    assert statuses[raw["guid"]]["status"] == "rejected", statuses[raw["guid"]]
    assert "the form computes 20" in str(statuses[raw["guid"]]), statuses[raw["guid"]]
    pulled, _, _ = pull_all(worker, CONFIG.id)
    by_entity = {e["entityGuid"]: e for e in pulled}
    assert by_entity[guid]["data"] == dict(registered.data)
    assert by_entity["person-submitted"]["data"] == dict(submitted.data)
    assert "person-raw" not in by_entity
