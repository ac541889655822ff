"""Secret files in the data dir (token secret, log signing key): created once, atomically, 0600."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

TOKEN_SECRET_FILE = "token-secret.key"
SIGNING_KEY_FILE = "log-signing.key"


def read_or_create(path: Path, make: Callable[[], str]) -> str:
    """The secret stored at `path`, creating it with `make()` if absent.

    Creation is atomic (a private temp file hard-linked into place), so processes sharing a
    data dir that start together agree on one secret. Permissions are kept at 0600.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        fd, temp = tempfile.mkstemp(dir=path.parent, prefix=".new-", suffix=".key")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(make() + "\n")
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(temp, 0o600)
            # If another process created it first, use theirs.
            with contextlib.suppress(FileExistsError):
                os.link(temp, path)
        finally:
            os.unlink(temp)
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:
        os.chmod(path, 0o600)
    return path.read_text(encoding="utf-8").strip()
