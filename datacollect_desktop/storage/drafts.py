"""Drafts table: forms in progress, each written in its own IMMEDIATE transaction."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from datacollect_desktop.storage.database import CipherDatabase, write_transaction

_COLUMNS = "id, form, parent_guid, entity_guid, correlation_id, data, created_at, updated_at"


@dataclass(frozen=True, slots=True)
class DraftRecord:
    """One stored draft; `data` holds the fields typed so far."""

    id: str
    form: str
    parent_guid: str | None
    entity_guid: str | None
    correlation_id: str
    data: dict[str, Any]
    created_at: str
    updated_at: str


def _record(row: Any) -> DraftRecord:
    ident, form, parent, entity, correlation, data, created, updated = row
    return DraftRecord(ident, form, parent, entity, correlation, json.loads(data), created,
                       updated)


class DraftTable:
    """Read and write drafts on the calling thread's connection."""

    def __init__(self, db: CipherDatabase) -> None:
        self.db = db

    def save(self, draft: DraftRecord) -> None:
        """Insert or replace; committed (and synced to disk) before returning."""
        with write_transaction(self.db) as conn:
            conn.execute(
                f"INSERT INTO drafts ({_COLUMNS}) VALUES (?,?,?,?,?,?,?,?) "  # noqa: S608 (constant fragments)
                "ON CONFLICT (id) DO UPDATE SET form = excluded.form, "
                "parent_guid = excluded.parent_guid, entity_guid = excluded.entity_guid, "
                "correlation_id = excluded.correlation_id, data = excluded.data, "
                "updated_at = excluded.updated_at",
                (draft.id, draft.form, draft.parent_guid, draft.entity_guid,
                 draft.correlation_id, json.dumps(draft.data, ensure_ascii=False),
                 draft.created_at, draft.updated_at),
            )

    def get(self, draft_id: str) -> DraftRecord | None:
        row = self.db.execute_sql(
            f"SELECT {_COLUMNS} FROM drafts WHERE id = ?", (draft_id,)  # noqa: S608 (constant fragments)
        ).fetchone()
        return None if row is None else _record(row)

    def all(self) -> list[DraftRecord]:
        """Every draft, most recently changed first."""
        rows = self.db.execute_sql(
            f"SELECT {_COLUMNS} FROM drafts ORDER BY updated_at DESC, id"  # noqa: S608 (constant fragments)
        ).fetchall()
        return [_record(row) for row in rows]

    def delete(self, draft_id: str) -> None:
        with write_transaction(self.db) as conn:
            conn.execute("DELETE FROM drafts WHERE id = ?", (draft_id,))
