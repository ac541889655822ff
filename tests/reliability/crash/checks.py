"""What must hold after a killed process is started again: the restart opens the profile as
the application does, and then log, projections and tree agree, every acknowledged event is
there exactly once, and `verify` passes."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from datacollect_desktop.storage.database import open_database
from datacollect_desktop.storage.keys import KeyFile
from datacollect_desktop.storage.profile import Profile
from datacollect_desktop.storage.store import REBUILD_MARK
from tests.conftest import PASSPHRASE
from tests.unit.storage.test_store import table_dump


@dataclass
class Restart:
    """What one restart found."""

    events: int
    missing: list[str] = field(default_factory=list)
    doubled: list[str] = field(default_factory=list)
    verify_problems: list[dict[str, object]] = field(default_factory=list)
    projections_agree: bool = True

    def problems(self) -> list[str]:
        found = []
        if self.missing:
            found.append(f"{len(self.missing)} acknowledged events lost: {self.missing[:5]}")
        if self.doubled:
            found.append(f"events stored twice: {self.doubled[:5]}")
        if self.verify_problems:
            found.append(f"verify failed: {self.verify_problems[:3]}")
        if not self.projections_agree:
            found.append("the projections differ from a rebuild of the log")
        return found


def restart_and_check(directory: Path, acknowledged: Iterable[str]) -> Restart:
    """Open the profile (finishing an interrupted rebuild, as the application does) and
    compare everything; the projections are compared with a full rebuild of the log."""
    session = Profile(directory).open(PASSPHRASE)
    try:
        guids = [g for (g,) in session.db.execute_sql("SELECT guid FROM events")]
        counts = Counter(guids)
        restart = Restart(
            events=len(guids),
            missing=sorted(set(acknowledged) - counts.keys()),
            doubled=sorted(g for g, n in counts.items() if n > 1),
            verify_problems=session.integrity.verify().mismatches,
        )
        before = table_dump(session)
        session.store.rebuild()
        restart.projections_agree = table_dump(session) == before
        return restart
    finally:
        session.close()


def rebuild_was_cut_short(directory: Path) -> bool:
    """Whether the profile holds the mark of an unfinished rebuild (read without opening it
    the application's way, which would finish the rebuild)."""
    raw = open_database(directory / "profile.db", KeyFile(directory / "keys.json").unlock(
        PASSPHRASE))
    try:
        row = raw.execute_sql("SELECT 1 FROM meta WHERE key = ?", (REBUILD_MARK,)).fetchone()
        return row is not None
    finally:
        raw.close()


def acknowledged_events(lines: Iterable[str]) -> list[str]:
    """Guids from "applied GUID" and "duplicate GUID" acknowledgements."""
    found = []
    for line in lines:
        status, _, guid = line.partition(" ")
        if status in ("applied", "duplicate"):
            found.append(guid)
    return found
