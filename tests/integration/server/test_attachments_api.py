"""Attachments over real HTTP: checked uploads, resumable chunks, ranged downloads, access by
app config, and pushes refused until the attachments they reference are held."""

from __future__ import annotations

import hashlib
import os
from typing import Any

import httpx
import pytest

from tests.integration.server.conftest import StartServer
from tests.integration.server.support import (
    CONFIG_A,
    CONFIG_B,
    SUPERVISOR,
    WORKER_A,
    WORKER_B,
    ServerHandle,
    make_event,
    push,
    start_server,
)

URL = "/api/sync/attachments"


def digest_of(data: bytes) -> str:
    return "sha256:" + hashlib.sha256(data).hexdigest()


def photo(size: int = 50_000) -> bytes:
    return b"\xff\xd8\xff\xe0" + os.urandom(size - 4)


def put(client: httpx.Client, digest: str, data: bytes, *, start: int = 0,
        total: int | None = None, config_id: str = CONFIG_A) -> httpx.Response:
    total = len(data) if total is None else total
    headers = {"Content-Type": "image/jpeg"}
    if (start, len(data)) != (0, total):
        headers["Content-Range"] = f"bytes {start}-{start + len(data) - 1}/{total}"
    return client.put(f"{URL}/{digest}", params={"configId": config_id}, content=data,
                      headers=headers)


def missing(client: httpx.Client, digests: list[str], config_id: str = CONFIG_A
            ) -> dict[str, Any]:
    response = client.post(f"{URL}/missing", params={"configId": config_id},
                           json={"digests": digests})
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def offset(client: httpx.Client, digest: str, config_id: str = CONFIG_A) -> tuple[int, int]:
    response = client.head(f"{URL}/{digest}", params={"configId": config_id})
    return response.status_code, int(response.headers["Upload-Offset"])


@pytest.fixture(scope="module")
def worker(server_process: ServerHandle) -> httpx.Client:
    return server_process.as_user(WORKER_A)


def test_an_uploaded_attachment_is_held_and_comes_back_byte_identical(
        worker: httpx.Client, server_process: ServerHandle) -> None:
    data = photo()
    digest = digest_of(data)
    assert missing(worker, [digest]) == {"missing": [digest], "received": {}}
    response = put(worker, digest, data)
    assert response.status_code == 201, response.text
    assert response.json() == {"digest": digest, "received": len(data), "size": len(data),
                               "complete": True}
    assert missing(worker, [digest]) == {"missing": [], "received": {}}
    assert offset(worker, digest) == (200, len(data))
    got = worker.get(f"{URL}/{digest}", params={"configId": CONFIG_A})
    assert got.status_code == 200
    assert got.content == data and got.headers["content-type"] == "image/jpeg"
    # Another account on the same config reads it; a range is served as asked.
    other = server_process.as_user(SUPERVISOR)
    part = other.get(f"{URL}/{digest}", params={"configId": CONFIG_A},
                     headers={"Range": "bytes=1000-"})
    assert part.status_code == 206
    assert part.content == data[1000:]
    assert part.headers["content-range"] == f"bytes 1000-{len(data) - 1}/{len(data)}"
    # Uploading it again is a no-op success.
    assert put(worker, digest, data).status_code == 200


def test_a_tampered_upload_is_refused_and_nothing_is_kept(worker: httpx.Client) -> None:
    data = photo()
    digest = digest_of(data)
    tampered = bytearray(data)
    tampered[-1] ^= 0x01
    response = put(worker, digest, bytes(tampered))
    assert response.status_code == 422
    body = response.json()
    assert body["error"] == "attachment_digest_mismatch"
    assert "nothing was kept" in body["message"]
    assert missing(worker, [digest]) == {"missing": [digest], "received": {}}
    assert offset(worker, digest) == (404, 0)
    assert worker.get(f"{URL}/{digest}", params={"configId": CONFIG_A}).status_code == 404
    # The true bytes are then taken.
    assert put(worker, digest, data).status_code == 201


def test_an_account_without_the_config_can_neither_read_nor_upload(
        worker: httpx.Client, server_process: ServerHandle) -> None:
    data = photo()
    digest = digest_of(data)
    assert put(worker, digest, data).status_code == 201
    outsider = server_process.as_user(WORKER_B)
    params = {"configId": CONFIG_A}
    assert outsider.get(f"{URL}/{digest}", params=params).status_code == 403
    assert outsider.head(f"{URL}/{digest}", params=params).status_code == 403
    assert outsider.post(f"{URL}/missing", params=params,
                         json={"digests": [digest]}).status_code == 403
    assert put(outsider, digest, data).status_code == 403
    # Held under config A is not held under config B: each config holds its own.
    assert missing(outsider, [digest], CONFIG_B)["missing"] == [digest]
    assert outsider.get(f"{URL}/{digest}", params={"configId": CONFIG_B}).status_code == 404


def test_chunks_resume_from_what_the_server_holds(worker: httpx.Client) -> None:
    data = photo(300_000)
    digest = digest_of(data)
    first = put(worker, digest, data[:100_000], total=len(data))
    assert first.status_code == 200
    assert first.json()["complete"] is False and first.headers["Upload-Offset"] == "100000"
    assert offset(worker, digest) == (404, 100_000)
    assert missing(worker, [digest])["received"] == {digest: 100_000}
    # A chunk that does not start at the bytes held is refused, saying where to go on.
    skipped = put(worker, digest, data[200_000:], start=200_000, total=len(data))
    assert skipped.status_code == 409
    assert skipped.json()["error"] == "upload_offset"
    assert skipped.headers["Upload-Offset"] == "100000"
    assert put(worker, digest, data[100_000:], start=100_000,
               total=len(data)).status_code == 201
    assert worker.get(f"{URL}/{digest}", params={"configId": CONFIG_A}).content == data


def test_an_upload_interrupted_by_a_killed_server_resumes_after_restart(
        start_server_with: StartServer) -> None:
    handle = start_server_with()
    client = handle.as_user(WORKER_A)
    data = photo(200_000)
    digest = digest_of(data)
    assert put(client, digest, data[:120_000], total=len(data)).status_code == 200
    handle.process.kill()
    handle.process.wait(timeout=20)
    again = start_server(handle.data_dir)
    try:
        client = again.as_user(WORKER_A)
        assert offset(client, digest) == (404, 120_000)
        assert put(client, digest, data[120_000:], start=120_000,
                   total=len(data)).status_code == 201
        assert client.get(f"{URL}/{digest}", params={"configId": CONFIG_A}).content == data
    finally:
        again.stop()


def test_a_push_referencing_an_attachment_not_held_is_refused_for_that_event(
        worker: httpx.Client) -> None:
    data = photo()
    digest = digest_of(data)
    ref = {"attachment": digest, "name": "face.jpg", "mediaType": "image/jpeg",
           "size": len(data)}
    with_photo = make_event(type="note-photo", data={"photo": [ref]})
    without = make_event()
    body = push(worker, [with_photo, without])
    assert [(r["status"], r.get("code")) for r in body["results"]] == [
        ("rejected", "attachment_missing"), ("accepted", None)]
    assert digest in body["results"][0]["error"]
    assert put(worker, digest, data).status_code == 201
    again = push(worker, [with_photo])
    assert [r["status"] for r in again["results"]] == ["accepted"]


def test_an_upload_over_the_config_limit_is_refused(worker: httpx.Client) -> None:
    digest = digest_of(b"x")
    response = worker.put(f"{URL}/{digest}", params={"configId": CONFIG_A}, content=b"x" * 10,
                          headers={"Content-Range": f"bytes 0-9/{10**12}"})
    assert response.status_code == 413
    assert response.json()["error"] == "attachment_too_large"


def test_attachments_on_postgresql_resume_dedupe_and_refuse_alike(
        start_server_with: StartServer, postgres_database: str) -> None:
    handle = start_server_with(database=postgres_database)
    client = handle.as_user(WORKER_A)
    data = photo(250_000)
    digest = digest_of(data)
    assert put(client, digest, data[:100_000], total=len(data)).status_code == 200
    assert offset(client, digest) == (404, 100_000)
    assert put(client, digest, data[100_000:], start=100_000,
               total=len(data)).status_code == 201
    assert client.get(f"{URL}/{digest}", params={"configId": CONFIG_A}).content == data
    # The same bytes for another config are stored once, and held only once uploaded there.
    admin = handle.as_user("admin@example.org")
    assert missing(admin, [digest], CONFIG_B)["missing"] == [digest]
    assert put(admin, digest, data, config_id=CONFIG_B).status_code == 201
    other = photo()
    tampered = bytearray(other)
    tampered[0] ^= 1
    refused = put(client, digest_of(other), bytes(tampered))
    assert refused.status_code == 422
    assert missing(client, [digest_of(other)]) == {"missing": [digest_of(other)],
                                                   "received": {}}
