"""Every failure is JSON with a stable code: bad JSON, big bodies, unknown routes, bad input."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.integration.server.support import CONFIG_A, WORKER_A, ServerHandle

pytestmark = pytest.mark.reliability(scenario="Hostile input")

LIMIT = 10 * 1024 * 1024


@pytest.fixture(scope="module")
def worker(server_process: ServerHandle) -> httpx.Client:
    return server_process.as_user(WORKER_A)


def assert_json_error(response: httpx.Response, status: int, code: str) -> None:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert body["error"] == code
    assert isinstance(body["message"], str)
    assert "Traceback" not in response.text


def test_unknown_routes_and_methods_answer_json(server_process: ServerHandle) -> None:
    client = server_process.client()
    assert_json_error(client.get("/api/nothing/here"), 404, "not_found")
    assert_json_error(client.delete("/api/sync/checkpoint"), 405, "method_not_allowed")


def test_malformed_json_is_a_400(worker: httpx.Client) -> None:
    bodies = [
        b"{not json",
        b'{"events": [], "events": [], "configId": "cfg-a"}',  # duplicate key
        b'{"events": [{"guid": NaN}], "configId": "cfg-a"}',
        b"\xff\xfe{}",
        b"",
    ]
    for body in bodies:
        response = worker.post("/api/sync/push", content=body,
                               headers={"content-type": "application/json"})
        assert_json_error(response, 400, "malformed_json")


def test_a_body_of_the_wrong_shape_is_a_validation_error(worker: httpx.Client) -> None:
    bodies: list[Any] = [{"events": "x"}, {"events": [], "configId": 5}, [], {"events": [], "x": 1}]
    for body in bodies:
        assert_json_error(worker.post("/api/sync/push", json=body), 400, "validation_error")
    assert_json_error(worker.get("/api/sync/pull", params={"limit": "many"}), 400,
                      "validation_error")
    assert_json_error(worker.get("/api/sync/pull", params={"limit": 0}), 400, "validation_error")
    response = worker.post("/api/sync/push", content=b"<xml/>",
                           headers={"content-type": "application/xml"})
    assert_json_error(response, 415, "unsupported_media_type")


def test_a_body_declared_above_the_limit_is_refused_with_413(worker: httpx.Client) -> None:
    body = b'{"events": [], "configId": "' + b"x" * LIMIT + b'"}'
    response = worker.post("/api/sync/push", content=body,
                           headers={"content-type": "application/json"})
    assert_json_error(response, 413, "payload_too_large")


def test_a_chunked_body_growing_above_the_limit_is_refused_with_413(
    worker: httpx.Client,
) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"events": [], "configId": "'
        for _ in range(11):
            yield b"x" * (1024 * 1024)
        yield b'"}'

    response = worker.post("/api/sync/push", content=chunks(),
                           headers={"content-type": "application/json"})
    assert "content-length" not in response.request.headers
    assert_json_error(response, 413, "payload_too_large")


def test_control_characters_in_identifiers_are_refused_not_crashed_on(
    worker: httpx.Client,
) -> None:
    assert_json_error(worker.get("/api/sync/pull", params={"configId": "a\x00b"}), 400,
                      "validation_error")
    bad_cursor = {"configId": CONFIG_A, "since": "2024-01-01T00:00:00Z|\x00"}
    assert_json_error(worker.get("/api/sync/pull", params=bad_cursor), 400, "invalid_cursor")
    assert_json_error(worker.get("/api/sync/proof/inclusion", params={"guid": "\x00"}), 404,
                      "not_found")
    response = worker.post("/api/sync/push", json={"configId": CONFIG_A, "events": [
        {"guid": "g\x00", "entityGuid": "e", "type": "t", "data": {"a": 1},
         "timestamp": "2024-01-01T00:00:00Z", "userId": "u"}]})
    assert response.status_code == 200
    assert response.json()["results"][0]["code"] == "invalid_event"
    login = httpx.post(f"{worker.base_url}/api/users/login",
                       json={"email": "a\x00@example.org", "password": "x"})
    assert_json_error(login, 401, "unauthorized")
