"""Property: whatever JSON an event carries, the server stores the very leaf a device computes."""

from __future__ import annotations

import re
import uuid
from datetime import datetime
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from datacollect_desktop.domain import merkle
from tests.integration.server.support import CONFIG_A, WORKER_A, ServerHandle, leaf_bytes

SAFE_INTEGER = 2**53 - 1
CONTROL = re.compile(r"[\x00-\x1f\x7f]")
json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-SAFE_INTEGER, SAFE_INTEGER)
    | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=3)
    | st.dictionaries(st.text(max_size=8), children, max_size=3),
    max_leaves=12,
)
events = st.fixed_dictionaries(
    {
        "entityGuid": st.text(min_size=1, max_size=30).filter(str.strip),
        "type": st.sampled_from(["create-individual", "update-group", "custom-visit"]),
        "data": st.dictionaries(st.text(max_size=8), json_values, min_size=1, max_size=4),
        "timestamp": st.datetimes(min_value=datetime(1000, 1, 1)).map(
            lambda t: t.strftime("%Y-%m-%dT%H:%M:%S.%f")[:23] + "Z"),
        "userId": st.text(min_size=1, max_size=30).filter(str.strip),
    },
    optional={"metadata": st.dictionaries(st.text(max_size=8), json_values, max_size=3)},
)


@pytest.fixture(scope="module")
def worker(server_process: ServerHandle) -> httpx.Client:
    return server_process.as_user(WORKER_A)


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(events, min_size=1, max_size=4))
def test_accepted_events_are_stored_as_the_exact_leaf_the_device_computes(
    worker: httpx.Client, batch: list[dict[str, Any]]
) -> None:
    for event in batch:
        event["guid"] = f"prop-{uuid.uuid4()}"
    response = worker.post("/api/sync/push", json={"events": batch, "configId": CONFIG_A})
    assert response.status_code == 200, response.text
    results = response.json()["results"]
    assert [r["guid"] for r in results] == [e["guid"] for e in batch]
    refused: set[str] = set()
    for event, result in zip(batch, results, strict=True):
        if result["status"] == "rejected":
            if result["code"] == "depends_on_refused":
                # Held back: an earlier event of this push changing the same record was refused.
                assert event["entityGuid"] in refused, result
                continue
            # Control characters in identifiers are the only refusal these events can earn.
            assert result["code"] == "invalid_event", result
            assert any(CONTROL.search(event[key]) for key in ("entityGuid", "type", "userId"))
            refused.add(event["entityGuid"])
            continue
        assert result["status"] == "accepted"
        proof = worker.get("/api/sync/proof/inclusion", params={"guid": event["guid"]}).json()
        assert proof["leafHash"] == merkle.leaf_hash(leaf_bytes(event)).hex()
