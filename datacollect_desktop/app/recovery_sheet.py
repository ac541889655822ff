"""The recovery key saved to a file the person keeps apart from the laptop."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from datacollect_desktop.domain.errors import KnownError


def save_recovery_sheet(text: str, path: Path, profile_dir: Path | None) -> Path:
    """Write the recovery key's sheet to `path`, readable by this account only and all at
    once (the file is the whole sheet or absent). Refuses the profile's own folder, where a
    stolen laptop would hand over the key with the database it opens."""
    target = path.expanduser().resolve()
    if profile_dir is not None:
        folder = profile_dir.expanduser().resolve()
        if target == folder or folder in target.parents:
            raise KnownError("The recovery key cannot be saved in the profile's own folder: "
                             "whoever takes the laptop would have both. Choose a USB stick or "
                             "another place you keep apart from it.")
    if not target.parent.is_dir():
        raise KnownError("The folder {folder} does not exist.", folder=str(target.parent))
    try:
        fd, temp = tempfile.mkstemp(prefix=".recovery-", dir=target.parent)
    except OSError as error:
        raise KnownError("The recovery key cannot be saved in {folder}: {reason}.",
                         folder=str(target.parent), reason=error.strerror or str(error)) from error
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            os.fchmod(out.fileno(), 0o600)
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, target)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise KnownError("The recovery key cannot be saved as {path}: {reason}.",
                         path=str(target), reason=error.strerror or str(error)) from error
    return target
