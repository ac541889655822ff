"""Attachment bytes in the profile database: encrypted by SQLCipher with everything else.

Content-addressed: one row per SHA-256 digest ("sha256:<hex>"), however many events and
drafts refer to it. A row is `staged` from its add until an event referring to it is logged
(the log commit, synced, clears the mark: `record_references`); staged rows no draft and no
event refers to are removed when the profile opens, after a grace period (`unreferenced`, `remove`).
The choice of rows over files beside the database is measured in docs/STORAGE.md.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TypeVar

from datacollect_desktop.domain.attachments import Held, digest_of, is_digest, references
from datacollect_desktop.domain.messages import Message
from datacollect_desktop.storage.connection import Connection
from datacollect_desktop.storage.errors import CorruptProfile

# A staged row older than this, that nothing refers to, is removed on open: a form left
# open over a weekend keeps its photos.
GRACE_SECONDS = 7 * 24 * 3600
_CHUNK = 500
T = TypeVar("T")


class AttachmentHashMismatch(CorruptProfile):
    """Bytes that are not what their digest says (given, or as stored)."""

    code = "attachment_hash_mismatch"


@dataclass(frozen=True, slots=True)
class AttachmentStats:
    count: int
    bytes: int


def now_stamp(at: float | None = None) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() if at is None else at))


def held(conn: Connection, digest: str) -> Held | None:
    """The size and media type stored under `digest`, or None when not held."""
    row = conn.execute("SELECT size, media_type FROM attachments WHERE digest = ?",
                       (digest,)).fetchone()
    return None if row is None else Held(int(row[0]), str(row[1]))


def stage(conn: Connection, digest: str, data: bytes, media_type: str,
          *, at: float | None = None) -> bool:
    """Store `data` under `digest` (checked) unless held; True when it was new. A new row is
    staged unless a logged event already refers to it (bytes that arrive after the event)."""
    if digest_of(data) != digest:
        raise AttachmentHashMismatch(
            "The file's bytes do not match their digest {digest}; nothing was stored.",
            digest=digest)
    referenced = conn.execute("SELECT 1 FROM event_attachments WHERE digest = ? LIMIT 1",
                              (digest,)).fetchone() is not None
    cursor = conn.execute(
        "INSERT INTO attachments (digest, media_type, size, added_at, staged, data) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (digest) DO NOTHING",
        (digest, media_type, len(data), now_stamp(at), int(not referenced), data))
    return cursor.rowcount > 0


def put_verified(conn: Connection, digest: str, data: bytes, media_type: str) -> bool:
    """Store downloaded (or imported) bytes after checking them against `digest`; raises
    `AttachmentHashMismatch` when they differ. True when they were new. The chunks of a
    download of `digest` not finished yet go in the same transaction (`drop_partial`)."""
    new = stage(conn, digest, data, media_type)
    drop_partial(conn, digest)
    return new


def read(conn: Connection, digest: str) -> bytes | None:
    """The bytes stored under `digest`, checked against it; None when not held. Raises
    `AttachmentHashMismatch` when the stored bytes are damaged."""
    row = conn.execute("SELECT data FROM attachments WHERE digest = ?", (digest,)).fetchone()
    if row is None:
        return None
    data = bytes(row[0])
    if digest_of(data) != digest:
        raise AttachmentHashMismatch(
            "The stored file {digest} is damaged: its bytes no longer match its digest. "
            "Run `datacollect-desktop verify`.", digest=digest)
    return data


def add_partial(conn: Connection, digest: str, start: int, data: bytes) -> None:
    """Keep a chunk of a download not finished yet: `data` at byte `start` of `digest`."""
    conn.execute("INSERT OR REPLACE INTO attachment_partials (digest, start, data) "
                 "VALUES (?, ?, ?)", (digest, start, data))


def partial(conn: Connection, digest: str) -> bytes:
    """The bytes of `digest` received so far, from its first byte: the chunks kept, in
    order, up to the first gap (empty when none is kept)."""
    received = bytearray()
    for start, data in conn.execute(
            "SELECT start, data FROM attachment_partials WHERE digest = ? ORDER BY start",
            (digest,)):
        if int(start) != len(received):
            break
        received += data
    return bytes(received)


def drop_partial(conn: Connection, digest: str) -> None:
    """Forget the chunks received of `digest` (stored now, or bytes not matching it)."""
    conn.execute("DELETE FROM attachment_partials WHERE digest = ?", (digest,))


def record_references(conn: Connection, rows: Sequence[tuple[int, str]]) -> None:
    """Note which logged events (seq) refer to which digests, and un-stage those held: called
    by the log writer inside the log's own commit."""
    if not rows:
        return
    conn.executemany("INSERT OR IGNORE INTO event_attachments (seq, digest) VALUES (?, ?)",
                     rows)
    digests = sorted({digest for _, digest in rows})
    for chunk in _chunks(digests):
        conn.execute(
            f"UPDATE attachments SET staged = 0 WHERE staged = 1 "  # noqa: S608 (marks only)
            f"AND digest IN ({_marks(chunk)})", chunk)


def missing_digests(conn: Connection) -> list[str]:
    """Digests stored events refer to that this profile does not hold (pulled events whose
    files are not downloaded yet), in the order of their first event."""
    return [str(d) for (d,) in conn.execute(
        "SELECT r.digest FROM event_attachments r LEFT JOIN attachments a "
        "ON a.digest = r.digest WHERE a.id IS NULL GROUP BY r.digest ORDER BY min(r.seq)")]


def pending_upload_digests(conn: Connection, seqs: Iterable[int] | None) -> list[str]:
    """The held digests the events `seqs` (None: every logged event) refer to: what to
    upload before pushing them, or to carry in an export; in event order, each once."""
    if seqs is None:
        return [str(d) for (d,) in conn.execute(
            "SELECT r.digest FROM event_attachments r JOIN attachments a "
            "ON a.digest = r.digest GROUP BY r.digest ORDER BY min(r.seq)")]
    found: dict[str, None] = {}
    for chunk in _chunks(sorted(set(seqs))):
        for (digest,) in conn.execute(
                "SELECT r.digest FROM event_attachments r JOIN attachments a "  # noqa: S608
                f"ON a.digest = r.digest WHERE r.seq IN ({_marks(chunk)}) "
                "ORDER BY r.seq", chunk):
            found.setdefault(str(digest), None)
    return list(found)


def stats(conn: Connection) -> AttachmentStats:
    count, total = conn.execute("SELECT count(*), coalesce(sum(size), 0) FROM attachments"
                                ).fetchone()
    return AttachmentStats(int(count), int(total))


def damaged(conn: Connection) -> Iterator[tuple[str, Message]]:
    """(digest, problem) for every stored attachment whose bytes do not hash to its digest
    or whose size disagrees; reads one row at a time."""
    ids = [int(i) for (i,) in conn.execute("SELECT id FROM attachments ORDER BY id")]
    for ident in ids:
        row = conn.execute("SELECT digest, size, data FROM attachments WHERE id = ?",
                           (ident,)).fetchone()
        if row is None:
            continue
        digest, size, data = str(row[0]), int(row[1]), bytes(row[2])
        if not is_digest(digest) or digest_of(data) != digest:
            yield digest, Message("its bytes no longer match its digest")
        elif len(data) != size:
            yield digest, Message("its size is not the one recorded")


def unreferenced(conn: Connection, draft_data: Iterable[object], *,
                 now: float | None = None, grace: float = GRACE_SECONDS) -> list[str]:
    """Staged digests added more than `grace` seconds ago that no event and no draft
    (`draft_data`: each draft's data) refers to."""
    cutoff = now_stamp((time.time() if now is None else now) - grace)
    kept = {ref.digest for data in draft_data for ref in references(data)}
    old = [str(d) for (d,) in conn.execute(
        "SELECT a.digest FROM attachments a WHERE a.staged = 1 AND a.added_at < ? "
        "AND NOT EXISTS (SELECT 1 FROM event_attachments r WHERE r.digest = a.digest)",
        (cutoff,))]
    return [d for d in old if d not in kept]


def remove(conn: Connection, digests: Sequence[str]) -> None:
    """Delete the staged rows of `digests` (never one a logged event refers to)."""
    for chunk in _chunks(list(digests)):
        conn.execute(
            "DELETE FROM attachments WHERE staged = 1 AND NOT EXISTS (SELECT 1 FROM "  # noqa: S608
            "event_attachments r WHERE r.digest = attachments.digest) "
            f"AND digest IN ({_marks(chunk)})", chunk)


def _marks(items: Sequence[object]) -> str:
    return ",".join("?" * len(items))


def _chunks(items: Sequence[T]) -> Iterator[list[T]]:
    for start in range(0, len(items), _CHUNK):
        yield list(items[start:start + _CHUNK])
