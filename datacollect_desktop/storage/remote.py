"""The sync server this profile is bound to: pinned key, last checkpoint, cursor and token.

Kept in the encrypted profile database (`sync_remote`, one row), never in plain files.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, fields
from typing import Any

from datacollect_desktop.domain.errors import KnownError
from datacollect_desktop.storage.connection import Connection
from datacollect_desktop.storage.database import CipherDatabase, write_transaction

LOG_PROTOCOL = "log"  # our server: signed checkpoints, proofs, opaque log cursors
STOCK_PROTOCOL = "stock"  # a stock DataCollect backend: timestamp cursors, no proofs
# What a stock backend keeps of an event: its `events` table has no `metadata` column.
STOCK_KEPT_FIELDS = frozenset({"guid", "entityGuid", "type", "data", "timestamp", "userId"})
# A stock backend parses bodies with body-parser's default limit, "100kb".
STOCK_BODY_LIMIT = 100 * 1024


def kept_fields(protocol: str | None) -> frozenset[str] | None:
    """The event fields a server of this protocol keeps, or None when it keeps them all."""
    return STOCK_KEPT_FIELDS if protocol == STOCK_PROTOCOL else None


class RemoteChanged(KnownError):
    """The profile already holds another server's order; it cannot follow a second one."""

    code = "remote_changed"


@dataclass(frozen=True, slots=True)
class RemoteState:
    """What the device remembers about its sync server between runs."""

    server_url: str
    config_id: str
    protocol: str | None = None
    verifier_key: str | None = None
    cursor: str | None = None
    last_leaf: int | None = None
    checkpoint_size: int | None = None
    checkpoint_root: bytes | None = None
    checkpoint_note: str | None = None
    last_success: str | None = None
    email: str | None = None
    token: str | None = None
    token_expires: float | None = None
    consistency_from: int | None = None
    consistency_to: int | None = None
    consistency_at: str | None = None
    consistency_problem: str | None = None
    body_limit: int | None = None
    audit_cursor: str | None = None


_COLUMNS = tuple(f.name for f in fields(RemoteState))


def normalized_url(url: str) -> str:
    return url.strip().rstrip("/")


class RemoteStore:
    """Reads and writes the `sync_remote` row on the calling thread's connection."""

    def __init__(self, db: CipherDatabase) -> None:
        self.db = db

    def get(self) -> RemoteState | None:
        row = self.db.execute_sql(
            f"SELECT {', '.join(_COLUMNS)} FROM sync_remote WHERE id = 1"  # noqa: S608 (constant fragments)
        ).fetchone()
        if row is None:
            return None
        values = dict(zip(_COLUMNS, row, strict=True))
        if values["checkpoint_root"] is not None:
            values["checkpoint_root"] = bytes(values["checkpoint_root"])
        return RemoteState(**values)

    def bind(self, server_url: str, config_id: str) -> RemoteState:
        """The state for this server and config, starting afresh for a first sync.

        A profile that already holds positions from another server or config refuses: two
        server orders cannot be merged into one canonical order.
        """
        url = normalized_url(server_url)
        current = self.get()
        if current is not None and (current.server_url, current.config_id) == (url, config_id):
            return current
        with write_transaction(self.db) as conn:
            positioned = conn.execute(
                "SELECT 1 FROM events WHERE server_pos IS NOT NULL LIMIT 1").fetchone()
            if current is not None and positioned is not None:
                raise RemoteChanged(
                    "This profile syncs with {url} (app {config_id}); it cannot also sync "
                    "with {new_url} (app {new_config_id}). Use another profile for that "
                    "server.", url=current.server_url, config_id=current.config_id,
                    new_url=url, new_config_id=config_id)
            conn.execute("DELETE FROM sync_remote")
            conn.execute("INSERT INTO sync_remote (id, server_url, config_id) VALUES (1, ?, ?)",
                         (url, config_id))
        state = self.get()
        assert state is not None
        return state

    def update(self, **values: Any) -> None:
        """Change some fields in their own transaction."""
        with write_transaction(self.db) as conn:
            update_remote(conn, **values)

    def save_token(self, email: str, token: str, expires: float | None) -> None:
        self.update(email=email, token=token, token_expires=expires)

    def forget_token(self) -> None:
        self.update(token=None, token_expires=None)

    def mark_success(self) -> None:
        self.update(last_success=time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()))


def update_remote(conn: Connection, **values: Any) -> None:
    """Change fields of the remote row inside the caller's transaction."""
    unknown = set(values) - set(_COLUMNS)
    if unknown:
        raise ValueError(f"unknown remote fields {sorted(unknown)}")
    if not values:
        return
    assignments = ", ".join(f"{name} = ?" for name in values)
    conn.execute(f"UPDATE sync_remote SET {assignments} WHERE id = 1",  # noqa: S608 (known column names)
                 tuple(values.values()))
