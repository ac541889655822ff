"""The user directory: which person each `userId` belongs to, and the people's names.

Events are immutable, so one person's events can carry several ids (a display name used by
older versions, this profile's local person id before its first sign-in, the account id).
The directory maps every id to one person; screens group and name by person.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from datacollect_desktop.storage.database import CipherDatabase, write_transaction

# Schema 5 (appended to storage/schema.py MIGRATIONS).
SCHEMA_DIRECTORY: tuple[str, ...] = (
    # One row per user id events may carry. `source` is 'local' (what this profile knows of
    # its own person) or 'server' (the sync server's directory, replaced at each pull);
    # a server row wins over a local one for the same id.
    """CREATE TABLE directory (
        user_id TEXT PRIMARY KEY,
        person_id TEXT NOT NULL,
        name TEXT,
        source TEXT NOT NULL
    ) WITHOUT ROWID""",
    "CREATE INDEX directory_person ON directory (person_id)",
    # The account id the sync server gave each email this profile signed in with, and
    # whether this profile's earlier ids were linked to it.
    """CREATE TABLE directory_accounts (
        email TEXT PRIMARY KEY,
        account_id TEXT NOT NULL,
        linked INTEGER NOT NULL DEFAULT 0
    ) WITHOUT ROWID""",
)

LOCAL = "local"
SERVER = "server"
_PERSON_KEY = "person_id"


@dataclass(frozen=True, slots=True)
class DirectoryRow:
    user_id: str
    person_id: str
    name: str | None
    source: str


@dataclass(frozen=True, slots=True)
class ServerPerson:
    """One account of the server's directory: its id, display name and linked ids."""

    id: str
    name: str | None
    aliases: tuple[str, ...]


class DirectoryTable:
    """Reads and writes the directory on the calling thread's connection."""

    def __init__(self, db: CipherDatabase) -> None:
        self.db = db

    def local_person_id(self) -> str:
        """This profile's own person id before it signs in: made once, kept in the profile."""
        row = self.db.execute_sql("SELECT value FROM meta WHERE key = ?", (_PERSON_KEY,)
                                  ).fetchone()
        if row is not None:
            return str(row[0])
        with write_transaction(self.db) as conn:
            # Another thread may have made it between the read and the write lock.
            conn.execute("INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)",
                         (_PERSON_KEY, str(uuid.uuid4())))
            return str(conn.execute("SELECT value FROM meta WHERE key = ?", (_PERSON_KEY,)
                                    ).fetchone()[0])

    def rows(self) -> list[DirectoryRow]:
        found = self.db.execute_sql(
            "SELECT user_id, person_id, name, source FROM directory").fetchall()
        return [DirectoryRow(*row) for row in found]

    def account_id(self, email: str) -> str | None:
        row = self.db.execute_sql("SELECT account_id FROM directory_accounts WHERE email = ?",
                                  (email.strip().lower(),)).fetchone()
        return None if row is None else str(row[0])

    def is_linked(self, email: str) -> bool:
        row = self.db.execute_sql("SELECT linked FROM directory_accounts WHERE email = ?",
                                  (email.strip().lower(),)).fetchone()
        return row is not None and bool(row[0])

    def remember_account(self, email: str, account_id: str) -> None:
        """The account id the server gave for `email` (a new id means: link again)."""
        with write_transaction(self.db) as conn:
            conn.execute(
                "INSERT INTO directory_accounts (email, account_id) VALUES (?, ?) "
                "ON CONFLICT (email) DO UPDATE SET account_id = excluded.account_id, "
                "linked = CASE WHEN account_id = excluded.account_id THEN linked ELSE 0 END",
                (email.strip().lower(), account_id))

    def mark_linked(self, email: str) -> None:
        with write_transaction(self.db) as conn:
            conn.execute("UPDATE directory_accounts SET linked = 1 WHERE email = ?",
                         (email.strip().lower(),))

    def link_local(self, user_ids: Iterable[str], person_id: str) -> None:
        """Map ids to this profile's person; ids the server placed elsewhere stay there."""
        with write_transaction(self.db) as conn:
            conn.executemany(
                "INSERT INTO directory (user_id, person_id, source) VALUES (?, ?, 'local') "
                "ON CONFLICT (user_id) DO UPDATE SET person_id = excluded.person_id "
                "WHERE directory.source = 'local'",
                [(user_id, person_id) for user_id in user_ids])

    def replace_server(self, people: Sequence[ServerPerson]) -> None:
        """The server's directory as pulled now (its rows win over local ones)."""
        rows: list[tuple[str, str, str | None]] = []
        for person in people:
            rows.append((person.id, person.id, person.name))
            rows.extend((alias, person.id, None) for alias in person.aliases
                        if alias != person.id)
        with write_transaction(self.db) as conn:
            conn.execute("DELETE FROM directory WHERE source = 'server'")
            conn.executemany(
                "INSERT OR REPLACE INTO directory (user_id, person_id, name, source) "
                "VALUES (?, ?, ?, 'server')", rows)

    def own_device_user_ids(self, device_id: str) -> list[str]:
        """Every userId of the events this device made (metadata.deviceId)."""
        found = self.db.execute_sql(
            "SELECT DISTINCT user_id FROM events "
            "WHERE json_extract(CAST(body AS TEXT), '$.metadata.deviceId') = ?",
            (device_id,)).fetchall()
        return sorted(str(user_id) for (user_id,) in found)
