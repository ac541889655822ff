"""Schema of a profile database, versioned in `PRAGMA user_version` with forward migrations."""

from __future__ import annotations

from pathlib import Path

from datacollect_desktop.storage.database import (
    CipherDatabase,
    damaged_database,
    write_transaction,
)
from datacollect_desktop.storage.directory import SCHEMA_DIRECTORY
from datacollect_desktop.storage.errors import CorruptProfile
from datacollect_desktop.storage.schema_attachments import SCHEMA_ATTACHMENTS
from datacollect_desktop.storage.schema_list_counts import SCHEMA_LIST_COUNTS
from datacollect_desktop.storage.schema_partials import SCHEMA_PARTIALS
from datacollect_desktop.storage.schema_refusals import SCHEMA_REFUSALS
from datacollect_desktop.storage.schema_supervisor import SCHEMA_SUPERVISOR
from datacollect_desktop.storage.schema_sync import SCHEMA_SYNC
from datacollect_desktop.storage.schema_v2 import SCHEMA_V2
from datacollect_desktop.storage.schema_v8 import SCHEMA_V8

# Each entry migrates from version (index) to version (index + 1). Append, never edit.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        """CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID""",
        # The append-only local log. `seq` is the position (leaf index + 1); `body` is the
        # RFC 8785 canonical JSON of the immutable fields: exactly the bytes that are hashed.
        """CREATE TABLE events (
            seq INTEGER PRIMARY KEY,
            guid TEXT NOT NULL UNIQUE,
            entity_guid TEXT NOT NULL,
            type TEXT NOT NULL,
            user_id TEXT NOT NULL,
            timestamp TEXT NOT NULL,
            sync_level INTEGER NOT NULL DEFAULT 0,
            body BLOB NOT NULL,
            applied INTEGER NOT NULL,
            flag TEXT,
            sync_error TEXT
        )""",
        # Only pending events are looked up by level (the sync worker's push queue).
        "CREATE INDEX events_pending ON events (seq) WHERE sync_level = 0",
        # Perfect subtrees of the RFC 9162 tree: (level, idx) covers leaves
        # [idx * 2^level, (idx + 1) * 2^level). Level 0 holds the leaf hashes.
        """CREATE TABLE merkle_nodes (
            level INTEGER NOT NULL, idx INTEGER NOT NULL, hash BLOB NOT NULL,
            PRIMARY KEY (level, idx)
        ) WITHOUT ROWID""",
        """CREATE TABLE checkpoints (
            tree_size INTEGER NOT NULL, root_hash BLOB NOT NULL, source TEXT NOT NULL,
            recorded_at TEXT NOT NULL, PRIMARY KEY (source, tree_size)
        ) WITHOUT ROWID""",
        """CREATE TABLE entities (
            guid TEXT PRIMARY KEY,
            type TEXT NOT NULL,
            name TEXT,
            form TEXT,
            parent_guid TEXT,
            deleted INTEGER NOT NULL,
            version INTEGER NOT NULL,
            last_updated TEXT NOT NULL,
            first_seq INTEGER NOT NULL,
            last_seq INTEGER NOT NULL,
            birth_date TEXT,
            name_key TEXT,
            doc TEXT NOT NULL
        )""",
        "CREATE INDEX entities_name ON entities (name COLLATE NOCASE)",
        "CREATE INDEX entities_form ON entities (form, name COLLATE NOCASE)",
        # Potential duplicates are looked for among living people born the same day.
        "CREATE INDEX entities_birth ON entities (birth_date) WHERE birth_date IS NOT NULL",
        """CREATE TABLE memberships (
            group_guid TEXT NOT NULL, member_guid TEXT NOT NULL,
            PRIMARY KEY (group_guid, member_guid)
        ) WITHOUT ROWID""",
        "CREATE INDEX memberships_member ON memberships (member_guid)",
        # One row per entity an event concerns (changed, flagged, or a settled duplicate
        # pair): the audit trail and each entity's own history.
        """CREATE TABLE audit (
            id INTEGER PRIMARY KEY,
            seq INTEGER NOT NULL,
            event_guid TEXT NOT NULL,
            entity_guid TEXT NOT NULL,
            user_id TEXT NOT NULL,
            action TEXT NOT NULL,
            timestamp TEXT NOT NULL,
            changes TEXT NOT NULL,
            flag TEXT
        )""",
        "CREATE INDEX audit_entity ON audit (entity_guid, seq)",
        "CREATE INDEX audit_user ON audit (user_id, seq)",
        # Pairs are stored once, smaller guid first.
        """CREATE TABLE duplicates (
            guid_a TEXT NOT NULL, guid_b TEXT NOT NULL, seq INTEGER NOT NULL,
            score REAL NOT NULL, resolved_seq INTEGER,
            PRIMARY KEY (guid_a, guid_b)
        ) WITHOUT ROWID""",
        "CREATE INDEX duplicates_b ON duplicates (guid_b)",
        """CREATE TABLE snapshots (
            entity_guid TEXT NOT NULL, seq INTEGER NOT NULL, doc TEXT NOT NULL,
            PRIMARY KEY (entity_guid, seq)
        ) WITHOUT ROWID""",
    ),
    # 2: drafts, settings, entity search (FTS5) and the list's indexes.
    SCHEMA_V2,
    # 3: sync: server positions (canonical order), conflicts, the sync server's state.
    SCHEMA_SYNC,
    # 4: supervisors' views: audit entries by form, indexes for the audit filters, and the
    # last consistency check of the sync server's checkpoints.
    SCHEMA_SUPERVISOR,
    # 5: the code, app version and app config of each refusal (retried when either changes).
    SCHEMA_REFUSALS,
    # 6: the user directory: the person each userId belongs to, and names (identity).
    SCHEMA_DIRECTORY,
    # 7: a stock DataCollect backend: the request body limit learned from it, and how far its
    # audit log was read to reach events its timestamp paging cannot (docs/SYNC.md).
    (
        "ALTER TABLE sync_remote ADD COLUMN body_limit INTEGER",
        "ALTER TABLE sync_remote ADD COLUMN audit_cursor TEXT",
    ),
    # 8: fewer indexes to write per event, and the search index written by the projector.
    SCHEMA_V8,
    # 9: the counts the record list and the status bar show, kept beside the rows.
    SCHEMA_LIST_COUNTS,
    # 10: attachments (photos, signatures, files) and the events that refer to them.
    SCHEMA_ATTACHMENTS,
    # 11: the chunks of downloads not finished yet, so a download resumes after a kill.
    SCHEMA_PARTIALS,
)

SCHEMA_VERSION = len(MIGRATIONS)

PROJECTION_TABLES = ("entities", "memberships", "audit", "duplicates", "snapshots",
                     "audit_choices", "list_counts")


def migrate(db: CipherDatabase, *, new: bool = False) -> int:
    """Bring the schema up to date; refuse a database from a newer version of the app.

    Only a database being created (`new`) gets a schema: one of a profile that has none
    holds nothing of it (damaged, or another file), and is refused untouched.
    """
    with write_transaction(db) as conn:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version == 0 and not new:
            raise damaged_database(Path(db.database))
        if version > SCHEMA_VERSION:
            raise CorruptProfile(
                "This profile was written by a newer version of DataCollect Desktop (schema "
                "{version}, this app knows {known}). Update the app to open it.",
                version=version, known=SCHEMA_VERSION)
        for step in range(version, SCHEMA_VERSION):
            for statement in MIGRATIONS[step]:
                conn.execute(statement)
        if version != SCHEMA_VERSION:
            # PRAGMA cannot take parameters; SCHEMA_VERSION is our own integer.
            conn.execute(f"PRAGMA user_version = {int(SCHEMA_VERSION)}")
        return SCHEMA_VERSION
