"""The indexes a rebuild keeps for its own replay exist in the schema it runs on."""

from __future__ import annotations

from pathlib import Path

from datacollect_desktop.storage.profile import Profile
from datacollect_desktop.storage.store import KEPT_INDEXES
from tests.conftest import FAST_KDF


def test_every_kept_index_is_one_the_schema_has(tmp_path: Path) -> None:
    session, _ = Profile(tmp_path / "p").create("a passphrase for tests", FAST_KDF)
    try:
        names = {name for (name,) in session.db.execute_sql(
            "SELECT name FROM sqlite_master WHERE type = 'index'").fetchall()}
    finally:
        session.close()
    assert names >= KEPT_INDEXES, KEPT_INDEXES - names
