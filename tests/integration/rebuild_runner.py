"""Runs `rebuild` on a profile, to be killed with SIGKILL part-way (crash tests)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from datacollect_desktop.storage.profile import Profile
from tests.conftest import PASSPHRASE

if __name__ == "__main__":
    session = Profile(Path(sys.argv[1])).open(PASSPHRASE)
    print("started", flush=True)
    session.store.rebuild()
    print("done", flush=True)
