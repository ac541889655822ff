"""The encrypted profile as the window and the command line open it: where it lives by
default, the passphrase key's cost, and the unlocked session."""

from __future__ import annotations

from datacollect_desktop.storage.keys import KdfParams
from datacollect_desktop.storage.profile import Profile, Session, default_data_dir

__all__ = ["KdfParams", "Profile", "Session", "default_data_dir"]
