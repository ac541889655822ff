"""A profile: one encrypted database and its key file, in one directory per field worker."""

from __future__ import annotations

import os
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

from datacollect_desktop.domain.errors import KnownError
from datacollect_desktop.domain.registry import EventTypeRegistry
from datacollect_desktop.storage.database import CipherDatabase, open_database, write_transaction
from datacollect_desktop.storage.errors import CorruptProfile, ProfileExists, ProfileMissing
from datacollect_desktop.storage.integrity import Integrity
from datacollect_desktop.storage.keys import KdfParams, KeyFile
from datacollect_desktop.storage.queries import Queries
from datacollect_desktop.storage.schema import migrate
from datacollect_desktop.storage.store import EventStore

DB_NAME = "profile.db"
KEY_NAME = "keys.json"
MIN_PASSPHRASE = 8


def default_data_dir() -> Path:
    return platformdirs.user_data_path("datacollect-desktop", appauthor=False) / "profiles" / (
        "default")


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise KnownError("The passphrase must be at least {count} characters long.",
                         count=MIN_PASSPHRASE)


@dataclass
class Session:
    """An unlocked profile. The database hands each thread its own connection."""

    directory: Path
    db: CipherDatabase
    registry: EventTypeRegistry = field(default_factory=EventTypeRegistry)

    def __post_init__(self) -> None:
        self.store = EventStore(self.db, self.registry)
        self.queries = Queries(self.db, self.registry)
        self.integrity = Integrity(self.db)

    def meta(self, key: str) -> str | None:
        row = self.db.execute_sql("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        with write_transaction(self.db) as conn:
            conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    def signing_key(self) -> Ed25519PrivateKey:
        raw = self.meta("device_signing_key")
        if raw is None:
            raise CorruptProfile("This profile has no device key.")
        return Ed25519PrivateKey.from_private_bytes(bytes.fromhex(raw))

    def close(self) -> None:
        """Close this thread's connection; a worker thread closes its own before it ends."""
        self.db.close()


class Profile:
    """Create, unlock and re-key the profile in `directory`."""

    def __init__(self, directory: Path, registry: EventTypeRegistry | None = None) -> None:
        self.directory = directory
        self.registry = registry or EventTypeRegistry()
        self.keys = KeyFile(directory / KEY_NAME)
        self.db_path = directory / DB_NAME

    def exists(self) -> bool:
        return self.keys.path.exists()

    def create(self, passphrase: str, params: KdfParams | None = None, *, recovery: bool = True
               ) -> tuple[Session, str | None]:
        """Make a new profile; returns it unlocked, with the recovery key text (shown once)."""
        if self.exists() or self.db_path.exists():
            raise ProfileExists("A profile already exists in {path}.", path=self.directory)
        check_new_passphrase(passphrase)
        self.directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        data_key, recovery_text = self.keys.create(passphrase, params or KdfParams(),
                                                   recovery=recovery)
        session = self._session(data_key)
        device_key = Ed25519PrivateKey.generate().private_bytes(
            Encoding.Raw, PrivateFormat.Raw, NoEncryption())
        with write_transaction(session.db) as conn:
            conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", [
                ("profile_id", str(uuid.uuid4())),
                ("device_id", str(uuid.uuid4())),
                ("created_at", time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())),
                ("device_signing_key", device_key.hex()),
            ])
        return session, recovery_text

    def open(self, passphrase: str) -> Session:
        self.require()
        return self._session(self.keys.unlock(passphrase))

    def open_with_recovery(self, recovery_text: str) -> Session:
        self.require()
        return self._session(self.keys.unlock_with_recovery(recovery_text))

    def change_passphrase(self, old: str, new: str, params: KdfParams | None = None) -> None:
        """Re-wrap the data key; the database itself is untouched."""
        self.require()
        check_new_passphrase(new)
        data_key = self.keys.unlock(old)
        self.keys.rewrap(data_key, new, params or KdfParams())

    def require(self) -> None:
        if not self.exists():
            raise ProfileMissing(
                "No profile in {path}. Create one with `datacollect-desktop init`.",
                path=self.directory)
        if not self.db_path.exists():
            raise CorruptProfile("The profile database {path} is missing.", path=self.db_path)

    def _session(self, data_key: bytes) -> Session:
        db = open_database(self.db_path, data_key)
        try:
            migrate(db)
        except Exception:
            db.close()
            raise
        if self.db_path.exists():
            os.chmod(self.db_path, 0o600)
        session = Session(self.directory, db, self.registry)
        if session.store.rebuild_interrupted():
            session.store.rebuild()  # the last one was cut off: finish before anything reads
        return session
