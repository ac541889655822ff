"""First run and unlock: creating the profile, passphrase strength, opening it again."""

from __future__ import annotations

import math
import string
from collections.abc import Callable
from enum import IntEnum
from pathlib import Path

from datacollect_desktop.app.profile_lock import LOCK_NAME, ProfileLock
from datacollect_desktop.app.settings import Settings
from datacollect_desktop.app.workspace import Workspace
from datacollect_desktop.domain.errors import KnownError
from datacollect_desktop.storage.keys import KdfParams
from datacollect_desktop.storage.profile import MIN_PASSPHRASE, Profile, Session

_COMMON = ("password", "passwort", "123456", "qwerty", "azerty", "letmein", "datacollect",
           "welcome", "admin", "secret")


class Strength(IntEnum):
    """A rough passphrase strength, for a hint while typing (not a policy)."""

    EMPTY = 0
    TOO_SHORT = 1
    WEAK = 2
    FAIR = 3
    STRONG = 4


def passphrase_strength(text: str) -> Strength:
    """Length times the size of the alphabet used, less for repeats and common words."""
    if not text:
        return Strength.EMPTY
    if len(text) < MIN_PASSPHRASE:
        return Strength.TOO_SHORT
    pool = 0
    for alphabet, size in ((string.ascii_lowercase, 26), (string.ascii_uppercase, 26),
                           (string.digits, 10)):
        if any(c in alphabet for c in text):
            pool += size
    if any(not c.isascii() or c in string.punctuation or c == " " for c in text):
        pool += 33
    distinct = len(set(text.casefold()))
    bits = min(len(text), 2 * distinct) * math.log2(max(pool, 2))
    if any(word in text.casefold() for word in _COMMON):
        bits -= 20
    if bits < 50:
        return Strength.WEAK
    if bits < 80:
        return Strength.FAIR
    return Strength.STRONG


class ProfileGate:
    """The profile in `directory`: whether it exists, creating it, unlocking it.

    `exclusive` (the window): a workspace it opens holds the profile's `ProfileLock` until it
    is closed, and opening a profile another window holds raises `ProfileInUse`.
    """

    def __init__(self, directory: Path, kdf: KdfParams | None = None, *,
                 exclusive: bool = False) -> None:
        self.profile = Profile(directory)
        self.kdf = kdf
        self.exclusive = exclusive

    @property
    def directory(self) -> Path:
        return self.profile.directory

    def needs_setup(self) -> bool:
        """No profile yet, or a key file left alone by a creation cut short (`create` sets
        it aside)."""
        return not (self.profile.exists() and self.profile.db_path.exists())

    def create(self, user_name: str, passphrase: str, confirmation: str, *,
               confirm_later: bool = False) -> tuple[Workspace, str | None]:
        """Create the profile; returns it open, with the recovery key to show.

        `confirm_later` (the window): the key is kept, encrypted in the profile, until
        `recovery_key_stored`; a window closed or killed before the person confirmed storing
        it shows it again at the next unlock, so no profile is taken as made whose recovery
        key nobody saw.
        """
        if not user_name.strip():
            raise KnownError("Enter your name; it is written with every record you make.")
        if passphrase != confirmation:
            raise KnownError("The two passphrases differ. Type the same passphrase twice.")
        recovery: str | None = None

        def make() -> Session:
            nonlocal recovery
            # The lock file moves with the folder built aside, still held.
            session, recovery = self.profile.create(
                passphrase, self.kdf, confirm_later=confirm_later,
                carry=(LOCK_NAME,) if self.exclusive else ())
            return session

        workspace = self._open(make)
        try:
            workspace.save_settings(Settings(user_name=user_name.strip()))
        except BaseException:
            workspace.close()
            raise
        return workspace, recovery

    def unlock(self, passphrase: str) -> Workspace:
        """Open with the passphrase; a wrong one raises `WrongPassphrase` (plain words)."""
        if not passphrase:
            raise KnownError("Type your passphrase to unlock.")
        return self._open(lambda: self.profile.open(passphrase))

    def unlock_with_recovery(self, recovery_text: str) -> Workspace:
        return self._open(lambda: self.profile.open_with_recovery(recovery_text))

    def set_new_passphrase(self, recovery_text: str, passphrase: str,
                           confirmation: str) -> None:
        """After an unlock with the recovery key: the forgotten passphrase is replaced by a
        new one, typed twice (the data is not re-encrypted)."""
        if passphrase != confirmation:
            raise KnownError("The two passphrases differ. Type the same passphrase twice.")
        self.profile.reset_passphrase(recovery_text, passphrase, self.kdf)

    def _open(self, session: Callable[[], Session]) -> Workspace:
        """The workspace over the session `session` opens, holding the profile's lock first
        when the gate is exclusive; nothing stays held or open when it fails."""
        lock = ProfileLock.acquire(self.directory) if self.exclusive else None
        try:
            opened = session()
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        return _workspace(opened, lock)

    @staticmethod
    def unconfirmed_recovery_key(workspace: Workspace) -> str | None:
        """The recovery key to show again: nobody confirmed storing it yet."""
        return workspace.session.unconfirmed_recovery_key()

    @staticmethod
    def recovery_key_stored(workspace: Workspace) -> None:
        """The person confirmed storing the recovery key: it is not kept any longer."""
        workspace.session.confirm_recovery_key()


def _workspace(session: Session, lock: ProfileLock | None) -> Workspace:
    try:
        return Workspace(session, lock)
    except BaseException:
        session.close()
        if lock is not None:
            lock.release()
        raise
