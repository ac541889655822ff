"""Settings table: this profile's preferences as JSON values, inside the encrypted database."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from datacollect_desktop.storage.database import CipherDatabase, write_transaction


class SettingsTable:
    """Key/value preferences; a `None` value removes the key."""

    def __init__(self, db: CipherDatabase) -> None:
        self.db = db

    def all(self) -> dict[str, Any]:
        rows = self.db.execute_sql("SELECT key, value FROM settings").fetchall()
        return {key: json.loads(value) for key, value in rows}

    def update(self, values: Mapping[str, Any]) -> None:
        """Write several keys in one transaction."""
        with write_transaction(self.db) as conn:
            for key, value in values.items():
                if value is None:
                    conn.execute("DELETE FROM settings WHERE key = ?", (key,))
                else:
                    conn.execute(
                        "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) "
                        "DO UPDATE SET value = excluded.value",
                        (key, json.dumps(value, ensure_ascii=False)),
                    )
