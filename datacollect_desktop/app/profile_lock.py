"""One window per profile: while a window has a profile open it holds an exclusive lock on a
file in the profile's folder, and another window is refused until it lets go.

The lock is advisory (`flock` on POSIX, `msvcrt.locking` on Windows) and belongs to an open
file, so it holds between two windows of one process as between two processes, and the
system releases it when its holder ends, even by a kill. The command line does not take it:
its commands are run beside an open window.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from datacollect_desktop.domain.errors import KnownError

LOCK_NAME = "window.lock"


class ProfileInUse(KnownError):
    """Another window has this profile open."""

    code = "profile_in_use"


def _in_use() -> ProfileInUse:
    return ProfileInUse("This profile is open in another DataCollect window. Close that "
                        "window first, or switch to it.")


if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class ProfileLock:
    """The exclusive hold of one window on the profile in `directory`."""

    def __init__(self, fd: int, path: Path) -> None:
        self._fd: int | None = fd
        self.path = path

    @classmethod
    def acquire(cls, directory: Path) -> ProfileLock:
        """Hold the profile, or raise `ProfileInUse` when another window holds it. Makes the
        profile's folder when it does not exist yet (a first run)."""
        directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        path = directory / LOCK_NAME
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            held = _try_lock(fd)
        except BaseException:
            os.close(fd)
            raise
        if not held:
            os.close(fd)
            raise _in_use()
        return cls(fd, path)

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        """Let another window open the profile; releasing twice does nothing."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            _unlock(fd)
        finally:
            os.close(fd)
