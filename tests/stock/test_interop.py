"""The desktop against the real stock DataCollect backend (upstream 1.0.0): events the window
made, ties of one timestamp, a stock mobile client's registration, and repeated syncs."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from datacollect_desktop.app.demo import fill_demo
from datacollect_desktop.app.entry import EntryFlow
from datacollect_desktop.domain.canonical import parse_json
from datacollect_desktop.domain.forms import AppConfig
from datacollect_desktop.sync.stock import stamp
from tests.stock.backend import StockBackend, example_configs
from tests.stock.devices import WORKER, WORKER_PASSWORD, StockDevices

pytestmark = pytest.mark.stock


def server_events(backend: StockBackend, config_id: str, entity_guid: str) -> list[Any]:
    with backend.client(WORKER, WORKER_PASSWORD) as client:
        answer = client.get(f"/api/entities/{entity_guid}/events", params={"configId": config_id})
    assert answer.status_code == 200, answer.text
    events: list[Any] = answer.json()
    return events


def test_window_made_events_go_up_and_come_down_on_two_devices_without_an_alarm(
        stock_devices: StockDevices) -> None:
    ana, bo = stock_devices(), stock_devices()
    fill_demo(ana.workspace, households=6, seed=11, days=2)  # all still to push
    ana.register_households(3)
    made = ana.guids()
    assert ana.session.queries.event(made[0]).event.metadata  # the window's events carry metadata
    first = ana.sync()
    assert (first.pushed, first.rejected) == (len(made), 0)
    assert bo.sync().pulled == len(made)
    ana.register_households(1)
    ana.sync()
    bo.sync()
    assert bo.names() == ana.names()
    # Ana keeps her full copies (metadata included): her log and tree are as she wrote them.
    assert ana.session.queries.event(made[0]).event.metadata
    assert ana.session.integrity.verify().ok and bo.session.integrity.verify().ok


def test_a_second_sync_changes_nothing_on_either_side(
        stock_devices: StockDevices, stock_backend: StockBackend, stock_config: str) -> None:
    ana, bo = stock_devices(), stock_devices()
    guids = ana.register_households(4)
    ana.sync()
    bo.sync()
    held = {g: len(server_events(stock_backend, stock_config, g)) for g in guids}
    for device in (ana, bo, ana):
        again = device.sync()
        assert (again.pushed, again.pulled, again.rejected, again.conflicts) == (0, 0, 0, 0)
    assert {g: len(server_events(stock_backend, stock_config, g)) for g in guids} == held
    assert sorted(ana.guids()) == sorted(bo.guids())


@pytest.mark.parametrize("count", [25, 250])
def test_events_sharing_one_timestamp_reach_every_device_exactly_once(
        stock_devices: StockDevices, count: int) -> None:
    ana, bo, cy = stock_devices(), stock_devices(), stock_devices()
    cy.register_households(2)
    cy.sync()
    # Stamped a little before Cy's own events: within the window she pulls again from.
    moment = stamp(datetime.now(UTC) - timedelta(minutes=2))
    guids = set(ana.register_households(count, timestamp=moment))
    assert len(guids) == count
    up = ana.sync()
    assert (up.pushed, up.pulled) == (count, 2)
    for device in (bo, cy):
        summary = device.sync()
        assert summary.pulled == count + (2 if device is bo else 0)
        assert set(device.names()) >= guids
        assert len(device.guids()) == len(set(device.guids())) == count + 2
    assert ana.sync().pulled == bo.sync().pulled == cy.sync().pulled == 0


def mobile_registration(name: str) -> dict[str, Any]:
    """What a stock mobile client pushes for a new person: a create-individual with the
    Form.io data plus entityName, name, parentGuid and submit; userId the account name."""
    return {
        "guid": str(uuid.uuid4()),
        "entityGuid": str(uuid.uuid4()),
        "type": "create-individual",
        "data": {"givenName": name.split()[0], "familyName": name.split()[1],
                 "sex": "female", "entityName": "individual",
                 "name": name, "parentGuid": "", "submit": True},
        "timestamp": "2025-04-01T08:15:00.000Z",
        "userId": WORKER,
        "syncLevel": 0,
    }


def test_a_stock_mobile_registration_is_pulled_edited_and_read_back_as_stock_clients_expect(
        stock_devices: StockDevices, stock_backend: StockBackend, stock_config: str) -> None:
    mobile = mobile_registration("Amina Diallo")
    with stock_backend.client(WORKER, WORKER_PASSWORD) as client:
        pushed = client.post("/api/sync/push", json={"configId": stock_config,
                                                     "events": [mobile]})
    assert pushed.json() == {"status": "success"}
    desk = stock_devices()
    assert desk.sync().pulled == 1
    person = desk.session.queries.entity(mobile["entityGuid"])
    assert person is not None and person.name == "Amina Diallo"
    flow = EntryFlow(desk.workspace)
    entry = flow.edit(person)
    saved = flow.save(entry, {**person.data, "givenName": "Aminata", "name": "Aminata Diallo"})
    assert saved.changes
    summary = desk.sync()
    assert (summary.pushed, summary.rejected) == (1, 0)
    events = server_events(stock_backend, stock_config, mobile["entityGuid"])
    assert [e["type"] for e in events] == ["create-individual", "update-individual"]
    edit = events[1]
    assert set(edit) == {"guid", "entityGuid", "type", "data", "timestamp", "userId",
                         "syncLevel"}
    assert (edit["userId"], edit["syncLevel"], edit["entityGuid"]) == (
        WORKER, 1, mobile["entityGuid"])
    assert edit["data"]["givenName"] == "Aminata"
    with stock_backend.client(WORKER, WORKER_PASSWORD) as client:
        listed = client.get("/api/entities", params={"configId": stock_config}).json()
    (entity,) = [e for e in listed if e["guid"] == mobile["entityGuid"]]
    assert entity["type"] == "individual" and entity["entityName"] == "individual"
    assert entity["data"]["givenName"] == "Aminata"
    assert entity["data"]["familyName"] == "Diallo"
    # A second desktop sees the mobile registration and the desktop's edit.
    other = stock_devices()
    other.sync()
    again = other.session.queries.entity(mobile["entityGuid"])
    assert again is not None and again.data["givenName"] == "Aminata"


def test_the_body_limit_is_learned_with_at_most_one_refusal_and_kept(
        stock_devices: StockDevices) -> None:
    ana = stock_devices()
    ana.register_households(120, address="Plot " + "x" * 900)  # about 140 kB to push
    first = ana.sync()
    assert (first.pushed, first.rejected) == (120, 0)
    assert ana.refusals() <= 1
    state = ana.session.db.execute_sql("SELECT body_limit FROM sync_remote").fetchone()
    limit = state[0] if state[0] is not None else None
    ana.register_households(120, address="Plot " + "y" * 900)
    before = ana.refusals()
    assert ana.sync().pushed == 120
    assert ana.refusals() == before  # from then on, chunks fit under the limit
    assert limit is None or limit <= 100 * 1024


def test_the_upstream_sample_config_as_the_stock_server_serves_it_loads(
        stock_backend: StockBackend) -> None:
    sample = dict(example_configs()["sample_config.json"], id=f"sample-{uuid.uuid4().hex[:8]}")
    config_id = stock_backend.upload_config(sample)
    with stock_backend.client() as admin:
        served = admin.get(f"/api/apps/{config_id}")
    assert served.status_code == 200
    config = AppConfig.from_json(parse_json(served.content))
    assert config.form("apg") is not None and config.form("household") is not None
