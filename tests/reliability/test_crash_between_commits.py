"""Kills at the exact points where the two-step writes are most exposed.

A submit commits its events (durably), then their projection rows: killed between the two, the
profile opens with projections equal to a full replay, and no event is lost. A rebuild drops the
projections' indexes while it replays: killed during the replay or while the indexes are made
again, opening the profile finishes it with every index back.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections.abc import Callable
from pathlib import Path

import pytest

from datacollect_desktop.storage import store as store_module
from datacollect_desktop.storage.database import open_database
from datacollect_desktop.storage.keys import KeyFile
from datacollect_desktop.storage.profile import Profile
from datacollect_desktop.storage.store import EventStore
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.factories import wire
from tests.reliability.crash.checks import rebuild_was_cut_short
from tests.unit.storage.test_store import table_dump

pytestmark = pytest.mark.reliability(scenario="Crash safety")


def _killed_in_child(directory: Path, work: Callable[[Path], None]) -> None:
    """Run `work` in a forked child that ends by SIGKILL where `work` says."""
    child = multiprocessing.get_context("fork").Process(target=work, args=(directory,))
    child.start()
    child.join(120)
    assert child.exitcode == -signal.SIGKILL, child.exitcode


def _die(*_: object, **__: object) -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def household(n: int) -> list[dict[str, object]]:
    return [
        wire(f"h{n}", "create-group", {"name": f"Household {n}",
                                       "members": [{"guid": f"p{n}", "name": f"Ana {n}"}]}),
        wire(f"p{n}", "update-individual", {"birthDate": "1990-01-01", "village": "Kibera"}),
    ]


def _submit_then_die(directory: Path) -> None:
    session = Profile(directory).open(PASSPHRASE)
    session.store.submit(household(2))  # committed whole
    # Killed after the log commit of the next submit, before its projection commit.
    EventStore._commit_projections = _die  # type: ignore[method-assign]
    session.store.submit([wire("p9", "create-individual", {"name": "Killed Between"})])


def test_a_submit_killed_between_its_log_and_projection_commits_loses_nothing(
        tmp_path: Path) -> None:
    directory = tmp_path / "profile"
    session, _ = Profile(directory).create(PASSPHRASE, FAST_KDF)
    session.store.submit(household(1))
    session.close()
    _killed_in_child(directory, _submit_then_die)

    session = Profile(directory).open(PASSPHRASE)
    try:
        guids = [g for (g,) in session.db.execute_sql("SELECT entity_guid FROM events")]
        assert guids == ["h1", "p1", "h2", "p2", "p9"]  # the acknowledged-to-disk event too
        person = session.queries.entity("p9")
        assert person is not None and person.name == "Killed Between"
        assert session.integrity.verify().ok
        before = table_dump(session)
        session.store.rebuild()
        assert table_dump(session) == before  # projections equal a full replay
        later = wire("p9", "update-individual", {"age": 3}, guid="after-open")
        assert session.store.submit([later])[0].seq == 6
    finally:
        session.close()


def test_events_left_unprojected_are_projected_before_the_next_write(tmp_path: Path) -> None:
    """In one process: a projection commit that did not happen is made up by the next
    write, before it decides its own outcome."""
    session, _ = Profile(tmp_path / "profile").create(PASSPHRASE, FAST_KDF)
    try:
        real = EventStore._commit_projections
        EventStore._commit_projections = lambda *_: None  # type: ignore[method-assign]
        try:
            session.store.submit([wire("p1", "create-individual", {"name": "Ana"})])
        finally:
            EventStore._commit_projections = real  # type: ignore[method-assign]
        assert session.queries.entity("p1") is None  # logged, not yet projected
        result = session.store.submit([wire("p1", "update-individual", {"age": 30})])[0]
        assert result.status == "applied" and result.flag is None
        person = session.queries.entity("p1")
        assert person is not None and person.data == {"name": "Ana", "age": 30}
        before = table_dump(session)
        session.store.rebuild()
        assert table_dump(session) == before
    finally:
        session.close()


def _indexes(directory: Path) -> list[tuple[str, str]]:
    raw = open_database(directory / "profile.db", KeyFile(directory / "keys.json").unlock(
        PASSPHRASE))
    try:
        return raw.execute_sql("SELECT name, sql FROM sqlite_master WHERE type IN "
                               "('index', 'trigger') ORDER BY name").fetchall()
    finally:
        raw.close()


def _rebuild_dying_at(where: str, calls: int) -> Callable[[Path], None]:
    def work(directory: Path) -> None:
        session = Profile(directory).open(PASSPHRASE)
        store_module.BATCH = 5  # many commits
        if where == "replay":
            real_replay = store_module._replay
            count = [0]

            def replay(*args: object) -> None:
                count[0] += 1
                if count[0] > calls:
                    _die()
                real_replay(*args)  # type: ignore[arg-type]

            store_module._replay = replay  # type: ignore[assignment]
        elif where == "emptying":  # the triggers are dropped while the tables are emptied
            real_empty = store_module._empty
            emptied = [0]

            def empty(*args: object) -> None:
                emptied[0] += 1
                if emptied[0] > calls:
                    _die()
                real_empty(*args)  # type: ignore[arg-type]

            store_module._empty = empty  # type: ignore[assignment]
        else:  # killed inside the `calls`-th index's transaction: the ones before are back
            real_save = store_module._save_dropped
            saves = [0]

            def save(c: object, indexes: list[tuple[str, str]]) -> None:
                saves[0] += 1  # the first two: what is dropped, then once the triggers are back
                if saves[0] > calls:
                    _die()
                real_save(c, indexes)  # type: ignore[arg-type]

            store_module._save_dropped = save  # type: ignore[assignment]
        session.store.rebuild()
        raise AssertionError("the rebuild ended without being killed")
    return work


@pytest.mark.parametrize(("where", "calls"), [("emptying", 2), ("replay", 3), ("indexes", 3)])
def test_a_rebuild_killed_midway_finishes_on_open_with_every_index_back(
        tmp_path: Path, where: str, calls: int) -> None:
    directory = tmp_path / "profile"
    session, _ = Profile(directory).create(PASSPHRASE, FAST_KDF)
    for n in range(12):
        session.store.submit(household(n))
    before = table_dump(session)
    session.close()
    schema = _indexes(directory)

    _killed_in_child(directory, _rebuild_dying_at(where, calls))
    assert rebuild_was_cut_short(directory)
    assert _indexes(directory) != schema  # the kill fell while indexes were dropped

    session = Profile(directory).open(PASSPHRASE)
    try:
        assert not session.store.rebuild_interrupted()
        assert table_dump(session) == before
        assert session.integrity.verify().ok
    finally:
        session.close()
    assert _indexes(directory) == schema
