"""The projection writer's rows and search index equal a replay's, and its search text equals
the text schema 2 computed in SQL."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench.workload import Workload
from datacollect_desktop.storage.browse import rebuild_search_index
from datacollect_desktop.storage.profile import Profile, Session
from datacollect_desktop.storage.projector import entity_from_json, search_text
from datacollect_desktop.storage.schema_v2 import _FILL_TEXT
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.factories import wire
from tests.strategies import histories
from tests.unit.storage.test_store import table_dump

WORDS = ("diallo", "amina", "kibera", "household", "mathare", "ana", "diaz", "chen", "luz",
         "254*", "individual", "female")


def hits(session: Session) -> dict[str, list[str]]:
    """The guids each word finds, through the rowid contract the list's search uses."""
    found = {}
    for word in WORDS:
        rows = session.db.execute_sql(
            "SELECT e.guid FROM entity_search s JOIN entities e ON e.rowid = s.rowid "
            "WHERE s.entity_search MATCH ? ORDER BY e.guid", (word,)).fetchall()
        found[word] = [guid for (guid,) in rows]
    return found


def search_rows(session: Session) -> int:
    return int(session.db.execute_sql(
        "SELECT count(*) FROM entity_search WHERE entity_search MATCH 'a* OR b* OR c* OR d* "
        "OR e* OR h* OR i* OR k* OR l* OR m* OR n* OR o* OR p* OR s* OR x*'").fetchone()[0])


def assert_same_as_replay(session: Session) -> None:
    """Every projection table and the search hits equal those of a replay of the log, and the
    search hits equal those of an index filled by schema 2's SQL."""
    written, found, indexed = table_dump(session), hits(session), search_rows(session)
    assert any(found.values())
    session.store.rebuild()
    assert table_dump(session) == written
    assert hits(session) == found
    assert search_rows(session) == indexed  # nothing left over from before the replay
    rebuild_search_index(session.db)
    assert hits(session) == found


def test_a_workload_s_projections_and_search_equal_a_replay_s(tmp_path: Path) -> None:
    session, _ = Profile(tmp_path / "p").create(PASSPHRASE, FAST_KDF)
    try:
        work = Workload(seed=5)
        events = list(work.events(1500))
        # Batches of several sizes, and single events as the window submits them.
        for start, size in zip(itertools.accumulate((0, 700, 500, 200)), (700, 500, 200),
                               strict=False):
            session.store.submit(events[start:start + size])
        for doc in events[1400:]:
            session.store.submit([doc])
        person = work.people[3]
        session.store.submit([wire(person, "delete-entity", {"reason": "moved away"})])
        dupes = session.queries.duplicates()
        assert dupes, "the workload has people born the same day with similar names"
        pair = {"entityGuid": dupes[0]["entityGuid"], "duplicateGuid": dupes[0]["duplicateGuid"]}
        session.store.submit([wire(pair["duplicateGuid"], "resolve-duplicate",
                                   {"duplicates": [pair], "shouldDelete": False})])
        assert len(session.queries.duplicates()) == len(dupes) - 1
        assert_same_as_replay(session)
    finally:
        session.close()


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(docs=histories(30), cut=st.integers(0, 30))
def test_awkward_histories_project_and_index_as_a_replay_does(  # type: ignore[no-untyped-def]
        tmp_path_factory, docs, cut) -> None:
    session, _ = Profile(tmp_path_factory.mktemp("p") / "profile").create(PASSPHRASE, FAST_KDF)
    try:
        for doc in docs[:cut]:
            session.store.submit([doc])
        session.store.submit(docs[cut:])
        written, found = table_dump(session), hits(session)
        session.store.rebuild()
        assert table_dump(session) == written
        assert hits(session) == found
        rebuild_search_index(session.db)
        assert hits(session) == found
    finally:
        session.close()


VALUES: list[Any] = ["Amina", "", "  spaced  ", "Kíbera", "家族", 'quote " and \\', 0, 7, -1.5,
                     1e20, True, False, None, ["a", "b"], {"x": "y"}, "12"]


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.dictionaries(st.sampled_from(["b", "a", "entityName", "parentGuid", "Z", "é",
                                             "name", "10", "9"]),
                            st.sampled_from(VALUES), max_size=6),
       name=st.sampled_from([None, "", "Ana Diaz", "Ünal"]))
def test_the_search_text_is_the_one_sqlite_computed(  # type: ignore[no-untyped-def]
        session, data, name) -> None:
    fields = {"sex": "female", **data}
    if name is not None:
        fields["name"] = name
    guid = f"p{abs(hash((tuple(sorted(map(repr, fields.items()))), name)))}"
    session.store.submit([wire(guid, "create-individual", fields)])
    doc, sql_text = session.db.execute_sql(
        f"SELECT doc, {_FILL_TEXT} FROM entities WHERE guid = ?", (guid,)).fetchone()
    assert search_text(entity_from_json(doc)) == sql_text


@pytest.mark.parametrize("value", [7, 1.5, True, None])
def test_numbers_and_booleans_are_not_words(session: Session, value: Any) -> None:
    session.store.submit([wire("p1", "create-individual", {"name": "Ana", "code": value})])
    assert hits(session)["ana"] == ["p1"]
    rows = session.db.execute_sql("SELECT count(*) FROM entity_search WHERE entity_search "
                                  "MATCH ?", (f'"{str(value).lower()}"',)).fetchone()[0]
    assert rows == 0


def test_a_replay_in_another_order_leaves_no_stale_words(session: Session) -> None:
    """A replay in server order gives records other rowids than the local order did: no
    word of a record may stay on the rowid another record takes."""
    session.store.submit([wire("p1", "create-individual", {"name": "Ana"}),
                          wire("p2", "create-individual", {"name": "Luz"})])
    # As if the server put the second event first (canonical order: docs/SYNC.md).
    session.db.execute_sql("UPDATE events SET server_pos = 3 - seq")
    session.store.rebuild()
    assert hits(session)["ana"] == ["p1"] and hits(session)["luz"] == ["p2"]
    assert session.db.execute_sql("SELECT guid FROM entities ORDER BY rowid").fetchall() == [
        ("p2",), ("p1",)]
