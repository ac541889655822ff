"""Attachments in the peewee stores: bytes by digest, the app configs holding them, and the
chunks of unfinished uploads."""

from __future__ import annotations

from collections.abc import Sequence

from datacollect_desktop.server.store.base import StoredAttachment, UploadProgress
from datacollect_desktop.server.store.peewee_base import PeeweeBase, chunks, now_text


class AttachmentRows(PeeweeBase):
    """The `attachment_blobs`, `attachments` and `attachment_parts` tables."""

    def held_attachments(self, config_id: str, digests: Sequence[str]) -> set[str]:
        row = self._t.AttachmentRow
        held: set[str] = set()
        with self._connection():
            for chunk in chunks(sorted(set(digests))):
                held.update(digest for (digest,) in row.select(row.digest).where(
                    (row.config_id == config_id) & row.digest.in_(list(chunk))).tuples())
        return held

    def upload_progress(self, config_id: str, digests: Sequence[str]) -> dict[str, int]:
        part = self._t.AttachmentPart
        received: dict[str, int] = {}
        with self._connection():
            for chunk in chunks(sorted(set(digests))):
                query = (part.select(part.digest, part.offset, part.data)
                         .where((part.config_id == config_id) & part.digest.in_(list(chunk)))
                         .tuples())
                for digest, offset, data in query:
                    received[digest] = max(received.get(digest, 0), offset + len(data))
        return received

    def add_upload_part(
        self, config_id: str, digest: str, offset: int, total: int, data: bytes
    ) -> UploadProgress:
        part = self._t.AttachmentPart
        with self._connection(), self._write_transaction():
            self._lock_keys([f"attachment:{config_id}:{digest}"])
            rows = list(part.select(part.offset, part.total, part.data).where(
                (part.config_id == config_id) & (part.digest == digest)).tuples())
            received = max((o + len(d) for o, _, d in rows), default=0)
            if rows and any(t != total for _, t, _ in rows):
                # Another size for the same digest: the earlier bytes cannot belong to it.
                part.delete().where((part.config_id == config_id)
                                    & (part.digest == digest)).execute()
                received = 0
            if offset != received:
                return UploadProgress(received, total, accepted=False)
            part.insert(config_id=config_id, digest=digest, offset=offset, total=total,
                        data=data).execute()
            return UploadProgress(received + len(data), total, accepted=True)

    def upload_bytes(self, config_id: str, digest: str) -> bytes:
        part = self._t.AttachmentPart
        with self._connection():
            query = (part.select(part.data)
                     .where((part.config_id == config_id) & (part.digest == digest))
                     .order_by(part.offset).tuples())
            return b"".join(bytes(data) for (data,) in query)

    def drop_upload(self, config_id: str, digest: str) -> None:
        part = self._t.AttachmentPart
        with self._connection(), self._write_transaction():
            part.delete().where((part.config_id == config_id)
                                & (part.digest == digest)).execute()

    def finish_upload(
        self, config_id: str, digest: str, data: bytes, media_type: str, added_by: str
    ) -> None:
        blob, row, part = self._t.AttachmentBlob, self._t.AttachmentRow, self._t.AttachmentPart
        with self._connection(), self._write_transaction():
            self._lock_keys([f"attachment:{config_id}:{digest}"])
            blob.insert(digest=digest, size=len(data), data=data).on_conflict_ignore().execute()
            row.insert(config_id=config_id, digest=digest, media_type=media_type,
                       size=len(data), added_by=added_by,
                       added_at=now_text()).on_conflict_ignore().execute()
            part.delete().where((part.config_id == config_id)
                                & (part.digest == digest)).execute()

    def attachment(self, config_id: str, digest: str, *, with_data: bool = True
                   ) -> StoredAttachment | None:
        blob, row = self._t.AttachmentBlob, self._t.AttachmentRow
        with self._connection():
            found = (row.select(row.media_type, row.size)
                     .where((row.config_id == config_id) & (row.digest == digest))
                     .tuples().first())
            if found is None:
                return None
            data = b""
            if with_data:
                (raw,) = blob.select(blob.data).where(blob.digest == digest).tuples().get()
                data = bytes(raw)
        return StoredAttachment(digest, found[0], int(found[1]), data)
