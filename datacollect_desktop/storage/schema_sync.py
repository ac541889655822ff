"""Schema for sync: server positions (canonical order), conflicts and the sync server's state."""

from __future__ import annotations

SCHEMA_SYNC: tuple[str, ...] = (
    # The position of an event in the server's order, counted locally in pull order; NULL
    # while the event has not come back from the server (see docs/SYNC.md).
    "ALTER TABLE events ADD COLUMN server_pos INTEGER",
    "CREATE UNIQUE INDEX events_server_pos ON events (server_pos) WHERE server_pos IS NOT NULL",
    # Unpositioned events: replayed after the positioned ones, in local order.
    "CREATE INDEX events_unpositioned ON events (seq) WHERE server_pos IS NULL",
    # A remote and a pending local event changed the same field from the same base (`field`),
    # or the server holds another event under the guid of one of ours (`guid`). Values are
    # JSON. A conflict is open until a later event changes the field again.
    """CREATE TABLE conflicts (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        entity_guid TEXT NOT NULL,
        field TEXT NOT NULL,
        remote_event TEXT NOT NULL,
        local_event TEXT NOT NULL,
        base_value TEXT,
        remote_value TEXT,
        local_value TEXT,
        detected_seq INTEGER NOT NULL,
        UNIQUE (remote_event, entity_guid, field)
    )""",
    "CREATE INDEX conflicts_entity ON conflicts (entity_guid, field)",
    # The one server this profile syncs with: its pinned checkpoint key, the last checkpoint
    # seen, the pull cursor, and the bearer token (the database is encrypted).
    """CREATE TABLE sync_remote (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        server_url TEXT NOT NULL,
        config_id TEXT NOT NULL,
        protocol TEXT,
        verifier_key TEXT,
        cursor TEXT,
        last_leaf INTEGER,
        checkpoint_size INTEGER,
        checkpoint_root BLOB,
        checkpoint_note TEXT,
        last_success TEXT,
        email TEXT,
        token TEXT,
        token_expires REAL
    )""",
)
