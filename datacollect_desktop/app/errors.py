"""Errors split by blame: known ones are told in plain words, bugs go to a rotating log."""

from __future__ import annotations

import io
import logging
import logging.handlers
import os
from pathlib import Path

import platformdirs

from datacollect_desktop.domain.errors import KnownError

# Re-exported: the command line maps the database driver's errors with these.
from datacollect_desktop.storage.database import DRIVER_ERRORS as DRIVER_ERRORS
from datacollect_desktop.storage.database import translate as translate

LOG_NAME = "datacollect-desktop.log"
log = logging.getLogger("datacollect_desktop")


def default_log_dir() -> Path:
    return platformdirs.user_log_path("datacollect-desktop", appauthor=False)


class PrivateLogFile(logging.handlers.RotatingFileHandler):
    """A rotating log only its owner reads (0600): it names records and people."""

    def _open(self) -> io.TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        os.fchmod(fd, 0o600)  # also a file made before by an older version
        return open(fd, "a", encoding=self.encoding, errors=self.errors)


def configure_logging(directory: Path | None = None) -> Path:
    """Send this app's log records to a rotating file (1 MiB x 5) in a folder only its owner
    opens (0700); returns the file's path."""
    directory = directory or default_log_dir()
    directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(directory, 0o700)
    path = directory / LOG_NAME
    if not any(getattr(h, "baseFilename", None) == str(path) for h in log.handlers):
        handler = PrivateLogFile(
            path, maxBytes=1024 * 1024, backupCount=5, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
    return path


def as_known(exc: BaseException) -> KnownError | None:
    """The error as one a person can act on, or None when it is a bug."""
    if isinstance(exc, KnownError):
        return exc
    if isinstance(exc, (*DRIVER_ERRORS, OSError)):
        translated = translate(exc)
        if isinstance(translated, KnownError):
            return translated
    return None


def log_bug(exc: BaseException, context: str = "") -> None:
    """Record an unexpected error with its traceback."""
    log.error("unexpected error%s", f" while {context}" if context else "",
              exc_info=(type(exc), exc, exc.__traceback__))
