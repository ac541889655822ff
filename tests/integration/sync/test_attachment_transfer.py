"""Attachment transfers against a real server process killed mid-transfer: the upload and
the download resume from the bytes already received, none sent twice, the result identical."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass, field

import httpx
import pytest

from datacollect_desktop.domain.attachments import AttachmentRef
from datacollect_desktop.sync.attachments import (
    AttachmentCounts,
    AttachmentTransfer,
    Partials,
)
from datacollect_desktop.sync.client import SyncClient
from datacollect_desktop.sync.errors import SyncError
from tests.integration.server.conftest import StartServer
from tests.integration.server.support import CONFIG_A, PASSWORD, WORKER_A, start_server

CHUNK = 64 * 1024


def digest_of(data: bytes) -> str:
    return "sha256:" + hashlib.sha256(data).hexdigest()


@dataclass
class MemoryAttachments:
    """A profile's attachments, in memory."""

    held: dict[str, bytes] = field(default_factory=dict)
    referenced: set[str] = field(default_factory=set)

    def read(self, digest: str) -> bytes | None:
        return self.held.get(digest)

    def missing(self) -> list[str]:
        return sorted(self.referenced - set(self.held))

    def put(self, digest: str, data: bytes, media_type: str) -> None:
        assert digest_of(data) == digest
        self.held[digest] = data


class Watching(httpx.HTTPTransport):
    """Records each attachment request (method, Range or Content-Range) and calls `after`
    once `count` of them of `method` were answered."""

    def __init__(self, method: str, count: int, after: Callable[[], None]) -> None:
        super().__init__()
        self.method, self.count, self.after = method, count, after
        self.seen: list[tuple[str, str]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        if "/api/sync/attachments/" in request.url.path and request.method != "POST":
            self.seen.append((request.method, request.headers.get(
                "content-range") or request.headers.get("range") or ""))
            if request.method == self.method and sum(
                    m == self.method for m, _ in self.seen) == self.count:
                response.read()
                self.after()
        return response


def signed_in(url: str, transport: httpx.BaseTransport | None = None) -> SyncClient:
    client = SyncClient(url, transport=transport, timeout=10.0)
    client.login(WORKER_A, PASSWORD)
    return client


def transfer(client: SyncClient, local: MemoryAttachments, counts: AttachmentCounts,
             partials: Partials | None = None) -> AttachmentTransfer:
    return AttachmentTransfer(client, CONFIG_A, local, counts, partials=partials, chunk=CHUNK)


def test_an_upload_cut_off_by_a_killed_server_resumes_without_sending_a_chunk_twice(
        start_server_with: StartServer) -> None:
    handle = start_server_with()
    data = os.urandom(5 * CHUNK + 1000)
    ref = AttachmentRef(digest_of(data), "id-card.jpg", "image/jpeg", len(data))
    local = MemoryAttachments({ref.digest: data})

    def kill() -> None:
        handle.process.kill()
        handle.process.wait(timeout=20)

    watching = Watching("PUT", 2, kill)
    first = AttachmentCounts()
    with pytest.raises(SyncError):
        transfer(signed_in(handle.base_url, watching), local, first).upload([ref])
    assert first.bytes_sent == 2 * CHUNK
    again = start_server(handle.data_dir)
    try:
        watching = Watching("PUT", 0, lambda: None)
        second = AttachmentCounts()
        transfer(signed_in(again.base_url, watching), local, second).upload([ref])
        assert second.uploaded == 1
        assert first.bytes_sent + second.bytes_sent == len(data)  # no chunk sent twice
        assert watching.seen[0] == ("PUT", f"bytes {2 * CHUNK}-{3 * CHUNK - 1}/{len(data)}")
        reader = again.as_user(WORKER_A)
        got = reader.get(f"/api/sync/attachments/{ref.digest}", params={"configId": CONFIG_A})
        assert got.content == data
    finally:
        again.stop()


def test_a_download_cut_off_by_a_killed_server_resumes_from_the_bytes_received(
        start_server_with: StartServer) -> None:
    handle = start_server_with()
    data = os.urandom(4 * CHUNK + 7)
    ref = AttachmentRef(digest_of(data), "signature.png", "image/png", len(data))
    counts = AttachmentCounts()
    transfer(signed_in(handle.base_url), MemoryAttachments({ref.digest: data}),
             counts).upload([ref])
    assert counts.uploaded == 1

    def kill() -> None:
        handle.process.kill()
        handle.process.wait(timeout=20)

    device = MemoryAttachments(referenced={ref.digest})
    partials = Partials()
    watching = Watching("GET", 3, kill)
    first = AttachmentCounts()
    with pytest.raises(SyncError):
        transfer(signed_in(handle.base_url, watching), device, first, partials).download(
            device.missing())
    assert device.missing() == [ref.digest]  # not downloaded yet: nothing half stored
    assert len(partials.received[ref.digest]) == 3 * CHUNK
    again = start_server(handle.data_dir)
    try:
        watching = Watching("GET", 0, lambda: None)
        second = AttachmentCounts()
        transfer(signed_in(again.base_url, watching), device, second, partials).download(
            device.missing())
        assert device.held[ref.digest] == data
        assert device.missing() == [] and partials.received == {}
        assert watching.seen[0] == ("GET", f"bytes={3 * CHUNK}-{4 * CHUNK - 1}")
        assert first.bytes_received + second.bytes_received == len(data)
    finally:
        again.stop()


def test_bytes_that_do_not_match_their_digest_are_refused_by_the_server(
        start_server_with: StartServer) -> None:
    handle = start_server_with()
    data = os.urandom(3 * CHUNK)
    ref = AttachmentRef(digest_of(data), "photo.jpg", "image/jpeg", len(data))
    tampered = bytearray(data)
    tampered[CHUNK + 5] ^= 0xFF
    local = MemoryAttachments({ref.digest: bytes(tampered)})
    with pytest.raises(SyncError, match="nothing was kept"):
        transfer(signed_in(handle.base_url), local, AttachmentCounts()).upload([ref])
    client = signed_in(handle.base_url)
    assert client.missing_attachments(CONFIG_A, [ref.digest]).missing == [ref.digest]
    assert client.missing_attachments(CONFIG_A, [ref.digest]).received == {}
