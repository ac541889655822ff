"""Push and pull over real HTTP: round trips, idempotency, and pulls that never lose an event."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.integration.server.support import (
    CONFIG_A,
    CONFIG_B,
    WORKER_A,
    WORKER_B,
    ServerHandle,
    make_event,
    pull_all,
    push,
    stamp,
)


@pytest.fixture(scope="module")
def worker(server_process: ServerHandle) -> httpx.Client:
    return server_process.as_user(WORKER_A)


@pytest.fixture(scope="module")
def other_device(server_process: ServerHandle) -> httpx.Client:
    return server_process.as_user(WORKER_A)


def end_cursor(client: httpx.Client, config_id: str = CONFIG_A) -> str:
    """The cursor after everything currently in the config (a device that is up to date)."""
    return pull_all(client, config_id, limit=5000)[1]


def without_pusher(pulled: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in pulled.items() if k != "pushedBy"}


def account_id(client: httpx.Client) -> str:
    found: str = client.get("/api/users/me").json()["id"]
    return found


def statuses(body: dict[str, Any]) -> list[str]:
    return [result["status"] for result in body["results"]]


def test_pushed_events_come_back_unchanged_with_level_remote(
    worker: httpx.Client, other_device: httpx.Client
) -> None:
    since = end_cursor(other_device)
    events = [make_event(user="device-user-9") for _ in range(3)]
    body = push(worker, events)
    assert body["status"] == "success"
    assert [(r["guid"], r["status"]) for r in body["results"]] == [
        (e["guid"], "accepted") for e in events]
    pulled, _, _ = pull_all(other_device, CONFIG_A, since)
    assert [without_pusher(e) for e in pulled] == [{**e, "syncLevel": 1} for e in events]
    assert {e["pushedBy"] for e in pulled} == {account_id(worker)}
    # The author recorded on the device is kept; the pushing account is not written into it.
    assert {e["userId"] for e in pulled} == {"device-user-9"}


def test_re_pushing_the_same_events_is_idempotent(worker: httpx.Client) -> None:
    events = [make_event() for _ in range(4)]
    first = push(worker, events)
    size = first["checkpoint"]["treeSize"]
    again = push(worker, [*events, events[0]])
    assert statuses(again) == ["duplicate"] * 5
    assert again["checkpoint"]["treeSize"] == size


@pytest.mark.reliability(scenario="Hostile input")
def test_a_re_push_with_different_content_is_rejected_and_never_overwrites(
    worker: httpx.Client, other_device: httpx.Client
) -> None:
    since = end_cursor(other_device)
    original = make_event()
    push(worker, [original])
    forged = {**original, "data": {"givenName": "Someone else", "age": 1}}
    body = push(worker, [forged])
    assert body["results"] == [{"guid": original["guid"], "status": "rejected",
                                "code": "conflict", "error": body["results"][0]["error"]}]
    assert "different content" in body["results"][0]["error"]
    pulled, _, _ = pull_all(other_device, CONFIG_A, since)
    assert [without_pusher(e) for e in pulled] == [{**original, "syncLevel": 1}]


def test_invalid_events_are_rejected_with_a_reason_and_the_rest_accepted(
    worker: httpx.Client,
) -> None:
    good = make_event()
    no_entity = {k: v for k, v in make_event().items() if k != "entityGuid"}
    bad_form = make_event(data={"age": 200})
    extra_field = make_event(colour="blue")
    bad_time = make_event(timestamp="yesterday")
    body = push(worker, [no_entity, good, bad_form, extra_field, bad_time])
    results = body["results"]
    assert [r["guid"] for r in results] == [
        no_entity["guid"], good["guid"], bad_form["guid"], extra_field["guid"], bad_time["guid"]]
    assert statuses(body) == ["rejected", "accepted", "rejected", "rejected", "rejected"]
    assert results[0]["code"] == "invalid_event" and "entityGuid" in results[0]["error"]
    assert results[2]["code"] == "invalid_form_data"
    assert "givenName" in results[2]["error"] and "age" in results[2]["error"]
    assert "colour" in results[3]["error"]
    assert "timestamp" in results[4]["error"]
    nameless = push(worker, [{k: v for k, v in make_event().items() if k != "guid"}])
    assert nameless["results"] == [{"guid": None, "status": "rejected", "code": "invalid_event",
                                    "error": "missing guid"}]
    assert push(worker, [good])["results"] == [{"guid": good["guid"], "status": "duplicate"}]


def test_an_update_is_checked_only_on_the_fields_it_carries(worker: httpx.Client) -> None:
    update = make_event(type="update-individual", data={"age": 40})
    too_old = make_event(type="update-individual", data={"age": 400})
    assert statuses(push(worker, [update, too_old])) == ["accepted", "rejected"]


@pytest.mark.reliability(scenario="Hostile input")
def test_an_event_above_the_size_limit_is_rejected_alone(worker: httpx.Client) -> None:
    huge = make_event(data={"givenName": "Big", "notes": "x" * (1024 * 1024)})
    small = make_event()
    body = push(worker, [huge, small])
    assert statuses(body) == ["rejected", "accepted"]
    assert body["results"][0]["code"] == "event_too_large"


def test_twelve_events_with_one_timestamp_across_page_boundaries_all_arrive_once(
    worker: httpx.Client, other_device: httpx.Client
) -> None:
    since = end_cursor(other_device)
    same = "2024-06-01T12:00:00.000Z"
    events = [make_event(timestamp=same) for _ in range(12)]
    push(worker, events[:7])
    push(worker, events[7:])
    pulled, _, _ = pull_all(other_device, CONFIG_A, since, limit=5)
    assert [e["guid"] for e in pulled] == [e["guid"] for e in events]


def test_a_back_dated_event_pushed_after_a_device_pulled_past_it_is_still_delivered(
    worker: httpx.Client, other_device: httpx.Client
) -> None:
    since = end_cursor(other_device)
    push(worker, [make_event(timestamp="2030-01-01T00:00:00.000Z")])
    seen, cursor, _ = pull_all(other_device, CONFIG_A, since)
    assert len(seen) == 1
    late = make_event(timestamp="2001-01-01T00:00:00.000Z")  # a laptop with a wrong clock
    push(worker, [late])
    pulled, _, _ = pull_all(other_device, CONFIG_A, cursor)
    assert [e["guid"] for e in pulled] == [late["guid"]]


def test_events_accepted_while_a_device_is_mid_pull_arrive_exactly_once(
    worker: httpx.Client, other_device: httpx.Client
) -> None:
    since = end_cursor(other_device)
    first = [make_event() for _ in range(6)]
    push(worker, first)
    page = other_device.get("/api/sync/pull",
                            params={"configId": CONFIG_A, "since": since, "limit": 4}).json()
    assert page["nextCursor"] is not None
    during = [make_event(timestamp=stamp(1)) for _ in range(3)]
    push(worker, during)
    rest, _, _ = pull_all(other_device, CONFIG_A, page["nextCursor"], limit=4)
    guids = [e["guid"] for e in page["events"] + rest]
    assert guids == [e["guid"] for e in first + during]


def test_pull_pages_default_to_500_and_cap_at_5000(
    worker: httpx.Client, other_device: httpx.Client
) -> None:
    since = end_cursor(other_device)
    for _ in range(2):
        push(worker, [make_event() for _ in range(260)])
    page = other_device.get("/api/sync/pull", params={"configId": CONFIG_A, "since": since})
    assert len(page.json()["events"]) == 500 and page.json()["nextCursor"] is not None
    big = other_device.get("/api/sync/pull",
                           params={"configId": CONFIG_A, "since": since, "limit": 10**9})
    assert len(big.json()["events"]) == 520 and big.json()["nextCursor"] is None


def test_an_empty_since_starts_from_the_beginning_and_configs_stay_apart(
    server_process: ServerHandle, worker: httpx.Client
) -> None:
    worker_b = server_process.as_user(WORKER_B)
    only_b = make_event()
    push(worker_b, [only_b], CONFIG_B)
    pulled, _, _ = pull_all(worker_b, CONFIG_B, since="")
    assert [e["guid"] for e in pulled] == [only_b["guid"]]
    everything_a, _, _ = pull_all(worker, CONFIG_A)
    assert only_b["guid"] not in {e["guid"] for e in everything_a}


@pytest.mark.reliability(scenario="Hostile input")
def test_a_cursor_the_server_never_gave_is_refused(worker: httpx.Client) -> None:
    for since in ("garbage", "v1.-1.0", "v2.0.0", "v1.999999999.0", "v1.0.99999999"):
        response = worker.get("/api/sync/pull", params={"configId": CONFIG_A, "since": since})
        assert response.status_code == 400, since
        assert response.json()["error"] == "invalid_cursor"


def test_a_stock_client_pulling_by_timestamp_gets_events_after_it_in_time_order(
    worker: httpx.Client, other_device: httpx.Client
) -> None:
    base = "2031-03-0{}T00:00:00.000Z"
    events = [make_event(timestamp=base.format(day)) for day in (3, 1, 2)]
    push(worker, events)
    first = other_device.get("/api/sync/pull", params={
        "configId": CONFIG_A, "since": "2031-03-01T00:00:00.000Z", "limit": 1}).json()
    assert [e["guid"] for e in first["events"]] == [events[2]["guid"]]
    rest = other_device.get("/api/sync/pull", params={
        "configId": CONFIG_A, "since": first["nextCursor"]}).json()
    assert [e["guid"] for e in rest["events"]] == [events[0]["guid"]]
    assert rest["nextCursor"] is None


def test_pushing_to_an_unknown_config_is_not_found(server_process: ServerHandle) -> None:
    admin = server_process.as_user("admin@example.org")
    response = admin.post("/api/sync/push", json={"events": [make_event()], "configId": "nope"})
    assert response.status_code == 404 and response.json()["error"] == "not_found"
