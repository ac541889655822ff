"""Schema step: the chunks of attachment downloads not finished yet (storage/attachments.py).

Inside the profile database, so encrypted by SQLCipher like the finished files: a download cut
off (a lost connection, a stopped server, the app killed) resumes from the bytes received.
"""

from __future__ import annotations

SCHEMA_PARTIALS: tuple[str, ...] = (
    # One row per chunk received, at its byte position in the file; removed when the file is
    # stored, or when the bytes turn out not to match the digest.
    """CREATE TABLE attachment_partials (
        digest TEXT NOT NULL, start INTEGER NOT NULL, data BLOB NOT NULL,
        PRIMARY KEY (digest, start)
    )""",
)
