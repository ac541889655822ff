"""Attachments in a sync run: uploaded before the events that reference them, downloaded
after a pull, and resumed where an interrupted transfer stopped (docs/SYNC.md, Attachments).

The bytes travel in chunks (`Limits.attachment_chunk`). An upload resumes from the bytes the
server says it holds (`missing` answers them, a refused chunk names them), so a chunk the
server kept is never sent again. A download keeps each chunk received in `Partials` before it
asks for the next range (the sync service keeps them in the profile, `ProfilePartials`, so they
survive the app being killed), and resumes from the bytes kept; the whole is checked against its
digest before it is stored, and its chunks are dropped with that store.
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
    """Bytes of downloads not finished yet, by digest, in this object only: a download cut off
    resumes while whoever holds it lives. `ProfilePartials` keeps them in the profile."""

    received: dict[str, bytearray] = field(default_factory=dict)

    def held(self, digest: str) -> bytes:
        """The bytes of `digest` received so far, from its first byte."""
        return bytes(self.received.get(digest, b""))

    def add(self, digest: str, start: int, piece: bytes) -> None:
        """Keep `piece`, received at byte `start` of `digest`."""
        got = self.received.setdefault(digest, bytearray())
        del got[start:]
        got += piece

    def drop(self, digest: str) -> None:
        """Forget the bytes of `digest`: they do not make the attachment."""
        self.received.pop(digest, None)

    def stored(self, digest: str) -> None:
        """`digest` is stored (or its store failed): its bytes are not needed any more."""
        self.drop(digest)


class ProfilePartials(Partials):
    """`Partials` in the profile's encrypted database (storage/attachments.py), on the calling
    thread's connection: a download resumes after the app or `sync` was killed. Each chunk is
    written before the next range is asked for, without a sync to disk of its own (a chunk a
    power cut takes is downloaded again); the file's store drops its chunks in its own
    transaction (`put_verified`)."""

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session

    def held(self, digest: str) -> bytes:
        return stored.partial(self.session.db.connection(), digest)

    def add(self, digest: str, start: int, piece: bytes) -> None:
        with write_transaction(self.session.db, durable=False) as conn:
            stored.add_partial(conn, digest, start, piece)

    def drop(self, digest: str) -> None:
        with write_transaction(self.session.db, durable=False) as conn:
            stored.drop_partial(conn, digest)

    def stored(self, digest: str) -> None:
        """Nothing to do: storing the file dropped its chunks, or, when the store failed,
        the chunks stay for the next sync to check again."""


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
                self.partials.stored(digest)
            self.counts.downloaded += 1

    def _download_one(self, digest: str) -> tuple[bytes, str]:
        held = bytearray(self.partials.held(digest))
        media_type = "application/octet-stream"
        while True:
            self.check_cancel()
            start = len(held)
            piece, total, media_type = self.client.download_attachment(
                self.config_id, digest, start=start, size=self.chunk)
            held += piece
            if piece and len(held) < total:  # kept before the next range is asked for
                self.partials.add(digest, start, piece)
            self.counts.bytes_received += len(piece)
            if len(held) > total or (not piece and len(held) < total):
                break
            if len(held) == total:
                if digest_of(bytes(held)) == digest:
                    return bytes(held), media_type
                break
        # Bytes that do not make the attachment: start it again at the next sync.
        self.partials.drop(digest)
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
