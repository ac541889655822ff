"""Audit-log push and paged, ordered pull over real HTTP."""

from __future__ import annotations

import uuid
from typing import Any

import httpx
import pytest

from tests.integration.server.support import (
    CONFIG_A,
    SUPERVISOR,
    WORKER_A,
    ServerHandle,
    stamp,
)


def entry(second: int, **extra: Any) -> dict[str, Any]:
    return {
        "guid": f"audit-{uuid.uuid4()}",
        "timestamp": stamp(second),
        "userId": "device-user-1",
        "action": "create-individual",
        "eventGuid": f"evt-{uuid.uuid4()}",
        "entityGuid": "person-1",
        "changes": {"givenName": {"before": None, "after": "Ana"}},
        "signature": "",
        **extra,
    }


@pytest.fixture(scope="module")
def worker(server_process: ServerHandle) -> httpx.Client:
    return server_process.as_user(WORKER_A)


@pytest.fixture(scope="module")
def supervisor(server_process: ServerHandle) -> httpx.Client:
    return server_process.as_user(SUPERVISOR)


def push_audit(client: httpx.Client, entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    response = client.post("/api/sync/push/audit-logs",
                           json={"auditLogs": entries, "configId": CONFIG_A})
    assert response.status_code == 200, response.text
    results: list[dict[str, Any]] = response.json()["results"]
    return results


def test_audit_entries_are_stored_once_and_pulled_in_acceptance_order_by_pages(
    worker: httpx.Client, supervisor: httpx.Client
) -> None:
    entries = [entry(second) for second in (50, 10, 30, 20, 40)]
    results = push_audit(worker, entries)
    assert [r["status"] for r in results] == ["accepted"] * 5
    again = push_audit(worker, [entries[0], {**entries[1], "action": "forged"}])
    assert [r["status"] for r in again] == ["duplicate", "rejected"]
    pulled: list[dict[str, Any]] = []
    since = ""
    while True:
        page = supervisor.get("/api/sync/pull/audit-logs",
                              params={"configId": CONFIG_A, "since": since, "limit": 2}).json()
        pulled.extend(page["auditLogs"])
        since = page["cursor"]
        if page["nextCursor"] is None:
            break
    assert pulled == entries


def test_invalid_audit_entries_are_rejected_with_a_reason(worker: httpx.Client) -> None:
    results = push_audit(worker, [entry(1, timestamp="soon"), {"guid": "x"}, entry(2)])
    assert [r["status"] for r in results] == ["rejected", "rejected", "accepted"]
    assert results[0]["code"] == "invalid_audit_entry"


def test_a_stock_client_pulling_audit_logs_by_timestamp_gets_a_bare_list(
    worker: httpx.Client, supervisor: httpx.Client
) -> None:
    late = [entry(80_000 + second) for second in (3, 1, 2)]
    push_audit(worker, late)
    response = supervisor.get("/api/sync/pull/audit-logs",
                              params={"configId": CONFIG_A, "since": stamp(80_001)})
    assert response.status_code == 200
    assert [e["guid"] for e in response.json()] == [late[2]["guid"], late[0]["guid"]]
