"""Who may do what: field workers, supervisors, admins; configs served without secrets."""

from __future__ import annotations

import httpx
import pytest

from tests.integration.server.support import (
    ADMIN,
    CONFIG_A,
    CONFIG_B,
    PASSWORD,
    SUPERVISOR,
    WORKER_A,
    WORKER_B,
    ServerHandle,
    app_config,
    make_event,
    push,
)

pytestmark = pytest.mark.reliability(scenario="Hostile input")


@pytest.fixture(scope="module")
def admin(server_process: ServerHandle) -> httpx.Client:
    return server_process.as_user(ADMIN)


@pytest.fixture(scope="module")
def worker_a(server_process: ServerHandle) -> httpx.Client:
    return server_process.as_user(WORKER_A)


@pytest.fixture(scope="module")
def supervisor(server_process: ServerHandle) -> httpx.Client:
    return server_process.as_user(SUPERVISOR)


def test_field_workers_cannot_push_or_pull_configs_they_are_not_assigned(
    worker_a: httpx.Client,
) -> None:
    pushed = worker_a.post("/api/sync/push",
                           json={"events": [make_event()], "configId": CONFIG_B})
    pulled = worker_a.get("/api/sync/pull", params={"configId": CONFIG_B})
    for response in (pushed, pulled):
        assert response.status_code == 403
        assert response.json()["error"] == "forbidden"


def test_only_supervisors_and_admins_read_audit_logs(
    worker_a: httpx.Client, supervisor: httpx.Client, admin: httpx.Client
) -> None:
    params = {"configId": CONFIG_A}
    assert worker_a.get("/api/sync/pull/audit-logs", params=params).status_code == 403
    assert supervisor.get("/api/sync/pull/audit-logs", params=params).status_code == 200
    assert admin.get("/api/sync/pull/audit-logs", params=params).status_code == 200
    other = supervisor.get("/api/sync/pull/audit-logs", params={"configId": CONFIG_B})
    assert other.status_code == 403


def test_only_admins_manage_users_and_configs(
    worker_a: httpx.Client, supervisor: httpx.Client
) -> None:
    for client in (worker_a, supervisor):
        attempts = [
            client.get("/api/users"),
            client.post("/api/users", json={"email": "x@example.org", "password": "long enough",
                                            "role": "admin"}),
            client.post("/api/apps", json=app_config("cfg-new")),
            client.put(f"/api/apps/{CONFIG_A}", json=app_config(CONFIG_A)),
        ]
        assert [r.status_code for r in attempts] == [403] * 4


def test_an_admin_creates_an_account_that_can_then_log_in_and_sync(
    server_process: ServerHandle, admin: httpx.Client
) -> None:
    created = admin.post("/api/users", json={"email": "new@example.org", "password": PASSWORD,
                                             "role": "field-worker", "configIds": [CONFIG_B]})
    assert created.status_code == 201
    assert created.json()["configIds"] == [CONFIG_B]
    again = admin.post("/api/users", json={"email": "NEW@example.org", "password": PASSWORD,
                                           "role": "admin"})
    assert again.status_code == 409 and again.json()["error"] == "conflict"
    newcomer = server_process.as_user("new@example.org")
    assert push(newcomer, [make_event()], CONFIG_B)["results"][0]["status"] == "accepted"
    moved = admin.put(f"/api/users/{created.json()['id']}", json={"configIds": [CONFIG_A]})
    assert moved.status_code == 200
    refused = newcomer.post("/api/sync/push", json={"events": [], "configId": CONFIG_B})
    assert refused.status_code == 403
    assert admin.put("/api/users/nobody", json={"role": "admin"}).status_code == 404


def test_configs_are_listed_per_assignment_and_never_carry_secrets(
    worker_a: httpx.Client, admin: httpx.Client, server_process: ServerHandle
) -> None:
    listed = worker_a.get("/api/apps").json()
    assert [config["id"] for config in listed] == [CONFIG_A]
    assert sorted(config["id"] for config in admin.get("/api/apps").json()) == [
        CONFIG_A, CONFIG_B]
    one = worker_a.get(f"/api/apps/{CONFIG_A}")
    assert one.status_code == 200
    text = one.text
    assert "externalSync" not in text and "s3cret" not in text
    assert one.json()["entityForms"][0]["name"] == "person"
    assert worker_a.get(f"/api/apps/{CONFIG_B}").status_code == 404
    worker_b = server_process.as_user(WORKER_B)
    assert worker_b.get(f"/api/apps/{CONFIG_A}").status_code == 404


def test_admins_upload_and_replace_configs(admin: httpx.Client) -> None:
    doc = app_config("cfg-uploaded")
    assert admin.post("/api/apps", json=doc).status_code == 201
    assert admin.post("/api/apps", json=doc).status_code == 409
    doc["name"] = "Renamed"
    replaced = admin.put("/api/apps/cfg-uploaded", json=doc)
    assert replaced.status_code == 200 and replaced.json()["created"] is False
    assert admin.get("/api/apps/cfg-uploaded").json()["name"] == "Renamed"
    broken = admin.post("/api/apps", json={"id": "cfg-broken", "entityForms": "nope"})
    assert broken.status_code == 400 and broken.json()["error"] == "invalid_app_config"
    mismatch = admin.put("/api/apps/cfg-x", json=app_config("cfg-y"))
    assert mismatch.status_code == 400


def test_inclusion_proofs_are_only_given_for_events_of_ones_own_configs(
    server_process: ServerHandle, worker_a: httpx.Client
) -> None:
    worker_b = server_process.as_user(WORKER_B)
    event = make_event()
    push(worker_b, [event], CONFIG_B)
    params = {"guid": event["guid"]}
    assert worker_b.get("/api/sync/proof/inclusion", params=params).status_code == 200
    assert worker_a.get("/api/sync/proof/inclusion", params=params).status_code == 404
