"""Attachments in a sync run: uploaded before the events that reference them, downloaded
after a pull, and resumed where an interrupted transfer stopped (docs/SYNC.md, Attachments).

The bytes travel in chunks (`Limits.attachment_chunk`). An upload resumes from the bytes the
server says it holds (`missing` answers them, a refused chunk names them), so a chunk the
server kept is never sent again. A download keeps the bytes received in `Partials`, which the
sync service holds across runs, and asks for the rest with a range; the whole is checked
against its digest before it is stored.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from datacollect_desktop.domain.attachments import AttachmentRef, digest_of, references
from datacollect_desktop.storage import attachments as stored
from datacollect_desktop.storage.database import write_transaction
from datacollect_desktop.storage.profile import Session
from datacollect_desktop.sync.client import (
    AttachmentNotOnServer,
    SyncClient,
    UploadOffset,
)
from datacollect_desktop.sync.errors import ServerTrouble

MARK = b'"attachment":"sha256:'
#: Digests per `missing` question (the server takes up to 10,000).
ASK_AT_ONCE = 5000
#: Bytes per upload or download request: under the server's request body limit (10 MiB).
CHUNK = 1024 * 1024


class LocalAttachments(Protocol):
    """The profile's attachments as a sync run uses them (on the run's thread)."""

    def read(self, digest: str) -> bytes | None:
        """The bytes held under `digest`, checked; None when this profile does not hold it."""

    def missing(self) -> list[str]:
        """Digests referenced by stored events that this profile does not hold."""

    def put(self, digest: str, data: bytes, media_type: str) -> None:
        """Store downloaded bytes (checked against `digest` again by the store)."""


@dataclass
class Partials:
    """Bytes of downloads not finished yet, by digest (kept by the sync service between runs,
    so a download cut off by a lost connection or a stopped server resumes)."""

    received: dict[str, bytearray] = field(default_factory=dict)


@dataclass
class AttachmentCounts:
    uploaded: int = 0
    downloaded: int = 0
    bytes_sent: int = 0
    bytes_received: int = 0
    #: Referenced by this device's events but not sent, because the server keeps no
    #: attachments (a stock DataCollect server): they stay on this device only.
    kept_local: int = 0
    #: Referenced by stored events and not on this device yet ("not downloaded yet").
    missing: int = 0

    def to_json(self) -> dict[str, int]:
        return {"uploaded": self.uploaded, "downloaded": self.downloaded,
                "keptLocal": self.kept_local, "missing": self.missing,
                "bytesSent": self.bytes_sent, "bytesReceived": self.bytes_received}


def referenced(bodies: Iterable[bytes]) -> list[AttachmentRef]:
    """The attachments events (their canonical bytes) reference, each once, in order."""
    found: dict[str, AttachmentRef] = {}
    for body in bodies:
        if MARK not in body:
            continue  # canonical JSON has no spaces: an event without this holds no reference
        doc = json.loads(body)
        for ref in references(doc.get("data") if isinstance(doc, dict) else None):
            found.setdefault(ref.digest, ref)
    return list(found.values())


class AttachmentTransfer:
    """Uploads and downloads of one run, with one client and one app config."""

    def __init__(self, client: SyncClient, config_id: str, local: LocalAttachments,
                 counts: AttachmentCounts, *, partials: Partials | None = None,
                 chunk: int = CHUNK, check_cancel: Callable[[], None] = lambda: None) -> None:
        self.client = client
        self.config_id = config_id
        self.local = local
        self.counts = counts
        self.partials = partials if partials is not None else Partials()
        self.chunk = max(1, chunk)
        self.check_cancel = check_cancel

    # -- upload ------------------------------------------------------------------------------

    def upload(self, refs: Sequence[AttachmentRef]) -> None:
        """Send the server each of `refs` it lacks, resuming unfinished uploads. One this
        profile does not hold is left: the server refuses its events (attachment_missing)."""
        for start in range(0, len(refs), ASK_AT_ONCE):
            batch = refs[start:start + ASK_AT_ONCE]
            answer = self.client.missing_attachments(self.config_id, [r.digest for r in batch])
            lacking = set(answer.missing)
            for ref in batch:
                if ref.digest not in lacking:
                    continue
                data = self.local.read(ref.digest)
                if data is None:
                    continue
                self._upload_one(ref, data, answer.received.get(ref.digest, 0))
                self.counts.uploaded += 1

    def _upload_one(self, ref: AttachmentRef, data: bytes, start: int) -> None:
        total = len(data)
        offset = min(start, total)
        while True:
            self.check_cancel()
            piece = data[offset:offset + self.chunk]
            try:
                answer = self.client.upload_attachment(
                    self.config_id, ref.digest, piece, start=offset, total=total,
                    media_type=ref.media_type)
            except UploadOffset as refusal:
                if refusal.received == offset or refusal.received > total:
                    raise
                offset = refusal.received  # the server holds more (or less): go on from there
                continue
            self.counts.bytes_sent += len(piece)
            if answer.complete:
                return
            if answer.received <= offset:
                raise ServerTrouble("The sync server did not keep a chunk of the attachment "
                                    "{digest}; sync will try again.", digest=ref.digest)
            offset = answer.received

    # -- download ----------------------------------------------------------------------------

    def download(self, digests: Sequence[str]) -> None:
        """Fetch and store each of `digests` the server holds; one it lacks stays missing."""
        for digest in dict.fromkeys(digests):
            self.check_cancel()
            try:
                data, media_type = self._download_one(digest)
            except AttachmentNotOnServer:
                continue
            try:
                self.local.put(digest, data, media_type)
            finally:
                self.partials.received.pop(digest, None)
            self.counts.downloaded += 1

    def _download_one(self, digest: str) -> tuple[bytes, str]:
        held = self.partials.received.setdefault(digest, bytearray())
        media_type = "application/octet-stream"
        while True:
            self.check_cancel()
            piece, total, media_type = self.client.download_attachment(
                self.config_id, digest, start=len(held), size=self.chunk)
            held += piece
            self.counts.bytes_received += len(piece)
            if len(held) > total or (not piece and len(held) < total):
                break
            if len(held) == total:
                if digest_of(bytes(held)) == digest:
                    return bytes(held), media_type
                break
        # Bytes that do not make the attachment: start it again at the next sync.
        self.partials.received.pop(digest, None)
        raise ServerTrouble(
            "The sync server sent an attachment whose bytes do not match its digest {digest}; "
            "nothing of it was kept. Sync will try again.", digest=digest)


class ProfileAttachments:
    """`LocalAttachments` over a profile's encrypted store (storage/attachments.py), on the
    calling thread's connection."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def read(self, digest: str) -> bytes | None:
        return stored.read(self.session.db.connection(), digest)

    def missing(self) -> list[str]:
        return stored.missing_digests(self.session.db.connection())

    def put(self, digest: str, data: bytes, media_type: str) -> None:
        # Not synced to disk on its own: bytes a power cut takes are missing again, and
        # downloaded at the next sync (the next durable commit syncs them anyway).
        with write_transaction(self.session.db, durable=False) as conn:
            stored.put_verified(conn, digest, data, media_type)
