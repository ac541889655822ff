"""Attachments: photos, signatures and files kept encrypted in the profile, by content."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Literal

from datacollect_desktop.app.app_config import ConfigService
from datacollect_desktop.app.settings import SettingsService
from datacollect_desktop.domain.attachments import (
    SUPPORTED_MEDIA_TYPES,
    AttachmentLimits,
    AttachmentRef,
    digest_of,
    is_digest,
    show_size,
    sniff_media_type,
    truncated,
)
from datacollect_desktop.domain.errors import KnownError
from datacollect_desktop.domain.forms import AppConfig
from datacollect_desktop.storage import attachments as stored
from datacollect_desktop.storage.attachments import AttachmentStats
from datacollect_desktop.storage.database import write_transaction
from datacollect_desktop.storage.drafts import DraftTable
from datacollect_desktop.storage.profile import Session

AttachmentState = Literal["held", "missing"]
MAX_NAME = 255


class AttachmentRefused(KnownError):
    """A file that cannot be kept: empty, too large, unreadable, of a type not kept."""

    code = "attachment_refused"


class AttachmentMissing(KnownError):
    """An attachment this laptop does not hold (yet)."""

    code = "attachment_missing"


class AttachmentService:
    """Add, read and look up attachments of one profile (the calling thread's connection).

    An add stores the bytes at once, staged: a draft holding the reference survives a kill,
    and submitting the event makes them part of the record (the log's synced commit)."""

    def __init__(self, session: Session, config: Callable[[], AppConfig]) -> None:
        self.session = session
        self.config = config

    @property
    def limits(self) -> AttachmentLimits:
        return self.config().attachment_limits

    def add_bytes(self, data: bytes, *, name: str, media_type: str = "") -> AttachmentRef:
        """Store `data` (deduplicated by digest) and return its reference. The media type is
        the content's (a PNG named .jpg is a PNG); raises `AttachmentRefused` for empty,
        over-limit, unknown, truncated or mislabelled content."""
        label = _clean_name(name)
        if not data:
            raise AttachmentRefused("The file {name} is empty; nothing was stored.", name=label)
        limit = self.limits.max_file_bytes
        if len(data) > limit:
            raise AttachmentRefused(
                "The file {name} is {size}; the limit per file is {limit}. Nothing was "
                "stored.", name=label, size=show_size(len(data)), limit=show_size(limit))
        kind = sniff_media_type(data)
        if kind is None or kind not in SUPPORTED_MEDIA_TYPES:
            raise AttachmentRefused(
                "The file {name} is not of a type this app keeps (JPEG, PNG, GIF or WebP "
                "photos, PDF documents). Nothing was stored.", name=label)
        if media_type and media_type != kind and not _same_family(media_type, kind):
            raise AttachmentRefused(
                "The file {name} is said to be {said} but its content is {kind}. Nothing was "
                "stored.", name=label, said=media_type, kind=kind)
        if truncated(data, kind):
            raise AttachmentRefused(
                "The file {name} is cut short (incomplete {kind}); copy it again. Nothing was "
                "stored.", name=label, kind=kind)
        digest = digest_of(data)
        # Not synced on its own: the draft that holds the reference, or the event's log
        # commit, syncs the log file this row is in (docs/STORAGE.md, "Attachments").
        with write_transaction(self.session.db, durable=False) as conn:
            stored.stage(conn, digest, data, kind)
        return AttachmentRef(digest, label, kind, len(data))

    def add_file(self, path: Path | str) -> AttachmentRef:
        """Read `path` and add it (`add_bytes`), its type sniffed from the content."""
        path = Path(path)
        limit = self.limits.max_file_bytes
        try:
            size = os.stat(path).st_size
            if size > limit:
                raise AttachmentRefused(
                    "The file {name} is {size}; the limit per file is {limit}. Nothing was "
                    "stored.", name=path.name, size=show_size(size), limit=show_size(limit))
            data = path.read_bytes()
        except OSError as exc:
            raise AttachmentRefused("Cannot read {path}: {reason}.", path=path,
                                    reason=exc.strerror or str(exc)) from None
        return self.add_bytes(data, name=path.name)

    def read(self, digest: str) -> bytes:
        """The bytes of `digest`, checked against it; raises `AttachmentMissing` when this
        laptop does not hold them (not downloaded yet)."""
        if not is_digest(digest):
            raise AttachmentMissing("{digest!r} is not an attachment digest (sha256:<64 "
                                    "hex digits>).", digest=digest)
        data = stored.read(self.session.db.connection(), digest)
        if data is None:
            raise AttachmentMissing(
                "The file {digest} is not on this laptop yet; sync to download it.",
                digest=digest)
        return data

    def state(self, digest: str) -> AttachmentState:
        found = is_digest(digest) and stored.held(self.session.db.connection(), digest)
        return "held" if found else "missing"

    def stats(self) -> AttachmentStats:
        return stored.stats(self.session.db.connection())

    def missing(self) -> list[str]:
        """Digests stored events refer to that this laptop does not hold."""
        return stored.missing_digests(self.session.db.connection())

    def remove_unreferenced(self, *, now: float | None = None) -> int:
        """Remove staged files no draft and no event refers to, added more than the grace
        period ago (on open); returns how many."""
        drafts = [draft.data for draft in DraftTable(self.session.db).all()]
        gone = stored.unreferenced(self.session.db.connection(), drafts, now=now)
        if gone:  # a draft saved meanwhile is looked at again inside the transaction
            with write_transaction(self.session.db, durable=False) as conn:
                drafts = [draft.data for draft in DraftTable(self.session.db).all()]
                gone = stored.unreferenced(conn, drafts, now=now)
                stored.remove(conn, gone)
        return len(gone)


def _same_family(said: str, kind: str) -> bool:
    # "image/jpg" and "image/pjpeg" are spellings of JPEG some tools write.
    return kind == "image/jpeg" and said in ("image/jpg", "image/pjpeg")


def _clean_name(name: str) -> str:
    text = "".join(ch for ch in Path(name or "").name if ch >= " " and ch != "\x7f").strip()
    return (text or "file")[:MAX_NAME]


def attachment_service(session: Session) -> AttachmentService:
    """The service of a session opened without a window (the command line): the limits of
    the app config stored in the profile, else of the bundled one."""
    config = ConfigService(session, SettingsService(session)).current()
    return AttachmentService(session, lambda: config)


def write_file(path: Path, data: bytes) -> None:
    """Write `data` to `path` whole or not at all (a temporary file renamed into place)."""
    tmp = path.with_name(path.name + ".tmp")
    try:
        with open(tmp, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise KnownError("Cannot write {path}: {reason}.", path=path,
                         reason=exc.strerror or str(exc)) from None
