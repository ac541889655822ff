"""Profiles of every historical schema version, made as real SQLCipher files.

The DDL of each version is read from git history by tests/fixtures/make_profile_schemas.py
into tests/fixtures/profile_schemas.json. A profile of version N runs steps 1..N of it, then
takes the rows of a profile written by today's app, in the tables and columns version N had
(its key file and log head record are copied, so it opens with the same passphrase).
"""

from __future__ import annotations

import json
import shutil
from functools import cache
from pathlib import Path
from typing import Any

from datacollect_desktop.storage.commit_record import RECORD_NAME
from datacollect_desktop.storage.database import open_database, write_transaction
from datacollect_desktop.storage.keys import KeyFile
from datacollect_desktop.storage.profile import DB_NAME, KEY_NAME

SCHEMAS = Path(__file__).parent / "fixtures" / "profile_schemas.json"
# From this version on the app, not triggers, writes the search index.
SEARCH_BY_PROJECTOR = 8


@cache
def historical_steps() -> dict[int, list[str]]:
    """Each version's migration step as the app of that version ran it."""
    stored = json.loads(SCHEMAS.read_text(encoding="utf-8"))
    return {int(version): entry["statements"] for version, entry in stored.items()}


def _search_fill() -> str:
    """Version 2's statement that indexes every entity already stored."""
    return next(s for s in historical_steps()[2] if s.startswith("INSERT INTO entity_search"))


def versions() -> list[int]:
    return sorted(historical_steps())


def _tables(conn: Any) -> list[str]:
    """Ordinary tables (not the search index nor its shadow tables)."""
    rows = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' AND name NOT LIKE 'entity_search_%' "
        "ORDER BY name").fetchall()
    return [name for (name,) in rows]


def _columns(conn: Any, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")').fetchall()]


def build_profile(version: int, source: Path, target: Path, passphrase: str) -> None:
    """Make `target` a profile of schema `version` holding what the `source` profile holds."""
    data_key = KeyFile(source / KEY_NAME).unlock(passphrase)
    target.mkdir(parents=True, mode=0o700)
    shutil.copy2(source / KEY_NAME, target / KEY_NAME)
    if (source / RECORD_NAME).exists():
        shutil.copy2(source / RECORD_NAME, target / RECORD_NAME)
    old = open_database(target / DB_NAME, data_key)
    now = open_database(source / DB_NAME, data_key)
    try:
        reader = now.connection()
        with write_transaction(old) as conn:
            for step in range(1, version + 1):
                for statement in historical_steps()[step]:
                    conn.execute(statement)
            for table in _tables(conn):
                columns = [c for c in _columns(conn, table) if c in _columns(reader, table)]
                names = ", ".join(f'"{c}"' for c in columns)
                rows = reader.execute(f'SELECT {names} FROM "{table}"').fetchall()
                marks = ", ".join("?" * len(columns))
                conn.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', rows)
            if version >= SEARCH_BY_PROJECTOR:  # no trigger indexed the rows copied above
                conn.execute(_search_fill())
            conn.execute(f"PRAGMA user_version = {int(version)}")
        old.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        now.close()
        old.close()


def set_schema_version(directory: Path, passphrase: str, version: int) -> None:
    """Stamp a profile as written at schema `version` (a newer app's, for the tests)."""
    db = open_database(directory / DB_NAME, KeyFile(directory / KEY_NAME).unlock(passphrase))
    try:
        with write_transaction(db) as conn:
            conn.execute(f"PRAGMA user_version = {int(version)}")
        db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()


def schema_version(directory: Path, passphrase: str) -> int:
    db = open_database(directory / DB_NAME, KeyFile(directory / KEY_NAME).unlock(passphrase))
    try:
        (found,) = db.execute_sql("PRAGMA user_version").fetchone()
        return int(found)
    finally:
        db.close()


def schema_of(directory: Path, passphrase: str) -> list[tuple[str, str, str | None]]:
    """Every table, index and trigger of a profile with its SQL."""
    db = open_database(directory / DB_NAME, KeyFile(directory / KEY_NAME).unlock(passphrase))
    try:
        rows = db.execute_sql(
            "SELECT type, name, sql FROM sqlite_master ORDER BY type, name").fetchall()
        return [(kind, name, sql) for kind, name, sql in rows]
    finally:
        db.close()
