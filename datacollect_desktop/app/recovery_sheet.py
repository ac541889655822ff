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
        raise KnownError(f"The folder {target.parent} does not exist.")
    try:
        fd, temp = tempfile.mkstemp(prefix=".recovery-", dir=target.parent)
    except OSError as error:
        raise KnownError(f"The recovery key cannot be saved in {target.parent}: "
                         f"{error.strerror or error}.") from error
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
        raise KnownError(f"The recovery key cannot be saved as {target}: "
                         f"{error.strerror or error}.") from error
    return target
