"""A profile: one encrypted database and its key file, in one directory per field worker."""

from __future__ import annotations

import os
import shutil
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

from datacollect_desktop.domain.errors import KnownError
from datacollect_desktop.domain.messages import Message
from datacollect_desktop.domain.registry import EventTypeRegistry
from datacollect_desktop.storage.commit_record import RECORD_NAME, HeadRecord
from datacollect_desktop.storage.database import CipherDatabase, open_database, write_transaction
from datacollect_desktop.storage.errors import CorruptProfile, ProfileExists, ProfileMissing
from datacollect_desktop.storage.integrity import Integrity
from datacollect_desktop.storage.keys import KdfParams, KeyFile
from datacollect_desktop.storage.lost_events import LostEvents, reconcile
from datacollect_desktop.storage.queries import Queries
from datacollect_desktop.storage.schema import migrate
from datacollect_desktop.storage.store import EventStore

DB_NAME = "profile.db"
KEY_NAME = "keys.json"
MIN_PASSPHRASE = 8
# Kept until the person confirmed they stored the recovery key (the window's first run).
UNCONFIRMED_RECOVERY = "unconfirmed_recovery_key"


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
    # Acknowledged events found gone when this session opened the profile.
    lost_on_open: LostEvents | None = None

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

    def unconfirmed_recovery_key(self) -> str | None:
        """The recovery key while nobody has confirmed storing it; shown again until then."""
        return self.meta(UNCONFIRMED_RECOVERY)

    def confirm_recovery_key(self) -> None:
        """The person stored the recovery key: forget it (only its wrap stays)."""
        with write_transaction(self.db) as conn:
            conn.execute("DELETE FROM meta WHERE key = ?", (UNCONFIRMED_RECOVERY,))

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
        self.cleared: Message | None = None  # what `create` tidied away first

    def exists(self) -> bool:
        return self.keys.path.exists()

    def create(self, passphrase: str, params: KdfParams | None = None, *, recovery: bool = True,
               show: Callable[[str, str | None], None] | None = None,
               confirm_later: bool = False, carry: tuple[str, ...] = (),
               ) -> tuple[Session, str | None]:
        """Make a new profile; returns it unlocked, with the recovery key text (shown once).

        The profile is built aside in a temporary folder and renamed into place, so a kill
        leaves either no profile or a whole one. `show` is called with the recovery key
        before the rename: a profile never exists whose key was not shown. `confirm_later`:
        the key stays in the database until `Session.confirm_recovery_key` (the window asks
        the person to confirm storing it, and shows it again at each unlock until then).
        `carry`: names of files already in the folder that move with it (a lock the caller
        holds on a file in the folder stays held, and the folder is still renamed whole).
        """
        if self.db_path.exists():
            raise ProfileExists("A profile already exists in {path}.", path=self.directory)
        check_new_passphrase(passphrase)
        self.cleared = self.clear_leftovers()
        if self.exists():
            raise ProfileExists("A profile already exists in {path}.", path=self.directory)
        # Made empty first, as before; the built folder then replaces it in one rename.
        self.directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        aside = Path(tempfile.mkdtemp(prefix=self._aside_prefix(), dir=self.directory.parent))
        try:
            keys = KeyFile(aside / KEY_NAME)
            data_key, recovery_text = keys.create(passphrase, params or KdfParams(),
                                                  recovery=recovery)
            profile_id = str(uuid.uuid4())
            self._fill_new(aside, data_key, profile_id,
                           recovery_text if confirm_later else None)
            if show is not None:
                show(profile_id, recovery_text)
            self._move_into_place(aside, carry)
        finally:
            shutil.rmtree(aside, ignore_errors=True)
        return self._session(data_key), recovery_text

    def _aside_prefix(self) -> str:
        return f".{self.directory.name}.creating-"

    def _fill_new(self, directory: Path, data_key: bytes, profile_id: str,
                  unconfirmed: str | None) -> None:
        db = open_database(directory / DB_NAME, data_key)
        try:
            migrate(db, new=True)
            device_key = Ed25519PrivateKey.generate().private_bytes(
                Encoding.Raw, PrivateFormat.Raw, NoEncryption())
            rows = [("profile_id", profile_id), ("device_id", str(uuid.uuid4())),
                    ("created_at", time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())),
                    ("device_signing_key", device_key.hex())]
            if unconfirmed is not None:
                rows.append((UNCONFIRMED_RECOVERY, unconfirmed))
            with write_transaction(db) as conn:
                conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", rows)
            # Folded back into the database file, so the folder holds only whole files.
            db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            db.close()
        os.chmod(directory / DB_NAME, 0o600)
        _fsync(directory / DB_NAME)
        _fsync(directory)

    def _move_into_place(self, aside: Path, carry: tuple[str, ...] = ()) -> None:
        """Rename the built folder onto the profile's (replacing it when it is empty, or
        holds only the `carry` files, moved into the built one first); into a folder that
        holds other files, the database first and the key file last, since the key file is
        what makes a profile exist."""
        carried = [name for name in carry if (self.directory / name).exists()]
        for name in carried:
            os.rename(self.directory / name, aside / name)
        try:
            os.rename(aside, self.directory)
        except OSError:
            for name in carried:  # back where they were: the built folder is removed
                os.rename(aside / name, self.directory / name)
            for name in (DB_NAME, KEY_NAME):
                os.rename(aside / name, self.directory / name)
        _fsync(self.directory)
        _fsync(self.directory.parent)

    def clear_leftovers(self) -> Message | None:
        """Remove what a creation cut short left (it held no records), and set a key file
        without its database aside (never deleted: the database might be found again)."""
        cleared: Message | None = None
        parent = self.directory.parent
        if parent.is_dir():
            for leftover in parent.glob(self._aside_prefix() + "*"):
                shutil.rmtree(leftover, ignore_errors=True)
                cleared = Message("A profile whose creation was cut short was removed; it "
                                  "held no records.")
        if self.exists() and not self.db_path.exists():
            kept = self.keys.path.with_name(
                f"{KEY_NAME}.unused-{time.strftime('%Y%m%d%H%M%S', time.gmtime())}")
            os.replace(self.keys.path, kept)
            cleared = Message("The key file of an unfinished profile (no database beside it) "
                              "was set aside as {path}.", path=kept)
        return cleared

    def open(self, passphrase: str) -> Session:
        self.require()
        return self._session(self.keys.unlock(passphrase))

    def open_with_recovery(self, recovery_text: str) -> Session:
        self.require()
        return self._session(self.keys.unlock_with_recovery(recovery_text))

    def change_passphrase(self, old: str, new: str, params: KdfParams | None = None) -> None:
        """Re-wrap the data key; the database itself is untouched."""
        self._rewrap(lambda: self.keys.unlock(old), new, params)

    def reset_passphrase(self, recovery_text: str, new: str,
                         params: KdfParams | None = None) -> None:
        """The passphrase forgotten: re-wrap the data key, found with the recovery key,
        under a new passphrase; the recovery key keeps working."""
        self._rewrap(lambda: self.keys.unlock_with_recovery(recovery_text), new, params)

    def _rewrap(self, data_key: Callable[[], bytes], new: str,
                params: KdfParams | None) -> None:
        self.require()
        check_new_passphrase(new)
        self.keys.rewrap(data_key(), new, params or KdfParams())

    def require(self) -> None:
        if not self.exists():
            raise ProfileMissing(
                "No profile in {path}. Create one with `datacollect-desktop init`.",
                path=self.directory)
        if not self.db_path.exists():
            raise CorruptProfile(
                "The profile database {path} is missing. If this profile was never finished, "
                "`datacollect-desktop init` makes it again (the key file is set aside).",
                path=self.db_path)

    def _session(self, data_key: bytes) -> Session:
        db = open_database(self.db_path, data_key)
        try:
            migrate(db)
            record = HeadRecord(self.directory / RECORD_NAME, data_key)
            lost = reconcile(db, record)
            db.head_record = record
        except Exception:
            db.close()
            raise
        if self.db_path.exists():
            os.chmod(self.db_path, 0o600)
        session = Session(self.directory, db, self.registry, lost)
        if session.store.rebuild_interrupted():
            session.store.rebuild()  # the last one was cut off: finish before anything reads
        else:  # events a submit logged before it was cut off: projected before anything reads
            session.store.complete_projections()
        return session


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
