"""Schema step: attachment bytes, encrypted with the rest of the database (storage/attachments.py).

A rowid table, not WITHOUT ROWID: a row of a few hundred kilobytes lives in overflow pages
either way, and a rowid table keeps the digest index small (docs/STORAGE.md, "Attachments").
"""

from __future__ import annotations

SCHEMA_ATTACHMENTS: tuple[str, ...] = (
    # `staged` is 1 from the add until an event that refers to the bytes is logged: a staged
    # row nothing refers to (no event, no draft) is removed after a grace period.
    """CREATE TABLE attachments (
        id INTEGER PRIMARY KEY,
        digest TEXT NOT NULL UNIQUE,
        media_type TEXT NOT NULL,
        size INTEGER NOT NULL,
        added_at TEXT NOT NULL,
        staged INTEGER NOT NULL,
        data BLOB NOT NULL
    )""",
    "CREATE INDEX attachments_staged ON attachments (added_at) WHERE staged = 1",
    # Which logged events refer to which digests, written with the events (local or pulled):
    # the digests to upload before a push, and the ones still to download after a pull.
    """CREATE TABLE event_attachments (
        seq INTEGER NOT NULL, digest TEXT NOT NULL, PRIMARY KEY (seq, digest)
    ) WITHOUT ROWID""",
    "CREATE INDEX event_attachments_digest ON event_attachments (digest)",
)
