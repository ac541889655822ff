"""The encrypted event store: submit, duplicates, projections, rebuild, history."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from datacollect_desktop.domain.projection import replay
from datacollect_desktop.domain.registry import EventTypeRegistry
from datacollect_desktop.storage.errors import StorageBusy
from datacollect_desktop.storage.profile import Profile, Session
from datacollect_desktop.storage.schema import PROJECTION_TABLES
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.factories import wire
from tests.strategies import histories


def table_dump(session: Session) -> dict[str, list[tuple]]:  # type: ignore[type-arg]
    conn = session.db.connection()
    dump = {}
    for table in (*PROJECTION_TABLES, "events"):
        order = "seq, id" if table == "audit" else "1, 2"
        columns = "*" if table != "audit" else "seq, event_guid, entity_guid, user_id, action, " \
            "timestamp, changes, flag, form"
        dump[table] = conn.execute(f"SELECT {columns} FROM {table} ORDER BY {order}").fetchall()
    return dump


def test_submit_applies_and_projects_in_one_go(session: Session) -> None:
    results = session.store.submit([
        wire("h1", "create-group", {"name": "Diaz", "members": [{"guid": "p1", "name": "Ana"}]}),
        wire("p1", "update-individual", {"age": 30}),
    ])
    assert [r.status for r in results] == ["applied", "applied"]
    assert [r.seq for r in results] == [1, 2]
    person = session.queries.entity("p1")
    assert person is not None and person.data == {"name": "Ana", "age": 30}
    assert session.db.execute_sql("SELECT member_guid FROM memberships").fetchall() == [("p1",)]


def test_same_guid_same_content_is_a_duplicate_and_other_content_is_rejected(
        session: Session) -> None:
    doc = wire("p1", "create-individual", {"name": "Ana"}, guid="g-1")
    session.store.submit([doc])
    changed = {**doc, "data": {"name": "Eve"}}
    again, forged = session.store.submit([doc, changed])
    assert again.status == "duplicate"
    assert forged.status == "rejected" and "different event" in (forged.error or "")
    entity = session.queries.entity("p1")
    assert entity is not None and entity.name == "Ana"
    assert session.queries.size() == 1


def test_duplicate_detection_uses_sync_level_free_content(session: Session) -> None:
    doc = wire("p1", "create-individual", {"name": "Ana"}, guid="g-1")
    session.store.submit([doc])
    assert session.store.submit([{**doc, "syncLevel": 1}])[0].status == "duplicate"


def test_rejected_events_are_not_stored_and_others_are(session: Session) -> None:
    results = session.store.submit([
        wire("p1", "create-individual", {"name": "Ana"}),
        wire("p2", "no-such-type", {"x": 1}),
        {"guid": "broken"},
        wire("p3", "create-individual", {"name": "Bo", "big": 2 ** 60}),
        wire("p4", "create-individual", {"name": "Cy"}),
    ])
    assert [r.status for r in results] == ["applied", "rejected", "rejected", "rejected",
                                           "applied"]
    assert results[2].guid == "broken"
    assert "outside the range" in (results[3].error or "")
    assert [s.event.entity_guid for s in session.queries.events()] == ["p1", "p4"]


def test_event_for_deleted_entity_is_kept_and_flagged(session: Session) -> None:
    session.store.submit([wire("p1", "create-individual", {"name": "Ana"}),
                          wire("p1", "delete-entity", {"reason": "duplicate"})])
    late = session.store.submit([wire("p1", "update-individual", {"name": "Back"})])[0]
    assert late.status == "applied" and "was deleted" in (late.flag or "")
    entity = session.queries.entity("p1")
    assert entity is not None and entity.deleted and entity.name == "Ana"
    assert session.queries.stats()["failedEvents"] == 1


def test_audit_records_field_level_before_and_after(session: Session) -> None:
    session.store.submit([wire("p1", "create-individual", {"name": "Ana", "age": 3}),
                          wire("p1", "update-individual", {"age": 4}, user="w2")])
    rows = session.queries.audit(entity="p1")
    assert rows[1]["changes"] == [{"field": "age", "before": 3, "after": 4}]
    assert rows[1]["userId"] == "w2" and rows[1]["action"] == "update-individual"
    assert session.queries.audit(user="w2") == [rows[1]]


def test_similar_people_born_the_same_day_are_flagged_as_potential_duplicates(
        session: Session) -> None:
    session.store.submit([
        wire("p1", "create-individual", {"name": "Ana María Pérez", "dateOfBirth": "1990-01-02"}),
        wire("p2", "create-individual", {"name": "Ana Maria Perez", "dateOfBirth": "1990-01-02"}),
        wire("p3", "create-individual", {"name": "Ana Maria Perez", "dateOfBirth": "1991-01-02"}),
        wire("p4", "create-individual", {"name": "Bo Chen", "dateOfBirth": "1990-01-02"}),
    ])
    pairs = [(d["entityGuid"], d["duplicateGuid"]) for d in session.queries.duplicates()]
    assert pairs == [("p1", "p2")]
    session.store.submit([wire("p2", "resolve-duplicate", {
        "duplicates": [{"entityGuid": "p1", "duplicateGuid": "p2"}]})])
    assert session.queries.duplicates() == []


def test_entity_at_seq_walks_back_through_snapshots(session: Session) -> None:
    docs = [wire("p1", "create-individual", {"name": "Ana", "count": 0})]
    docs += [wire("p1", "update-individual", {"count": i}) for i in range(1, 180)]
    session.store.submit(docs)
    assert session.db.execute_sql("SELECT count(*) FROM snapshots").fetchone()[0] == 3
    for n in (1, 49, 50, 51, 120, 180):
        entity = session.queries.entity("p1", at_seq=n)
        assert entity is not None and entity.data["count"] == n - 1 and entity.version == n
    assert session.queries.entity("p1", at_seq=0) is None


def test_entities_at_seq_show_the_registry_as_it_was(session: Session) -> None:
    session.store.submit([wire("p1", "create-individual", {"name": "Ana"}),
                          wire("p2", "create-individual", {"name": "Bo"}),
                          wire("p1", "update-individual", {"name": "Anna"})])
    assert [e.name for e in session.queries.entities(at_seq=1)] == ["Ana"]
    assert [e.name for e in session.queries.entities(at_seq=2)] == ["Ana", "Bo"]
    assert [e.name for e in session.queries.entities()] == ["Anna", "Bo"]
    assert [e.guid for e in session.queries.entities({"name": "ann"})] == ["p1"]


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(docs=histories(30))
def test_incremental_state_equals_rebuild_equals_pure_replay(tmp_path_factory, docs) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("p")
    session, _ = Profile(path / "profile").create(PASSPHRASE, FAST_KDF)
    try:
        # Submit one at a time and in batches: both must give the same state.
        half = len(docs) // 2
        for doc in docs[:half]:
            session.store.submit([doc])
        session.store.submit(docs[half:])
        before = table_dump(session)
        session.store.rebuild()
        assert table_dump(session) == before
        stored = [s.event for s in session.queries.events()]
        expected = replay(stored, EventTypeRegistry())
        current = {e.guid: e for e in session.queries.entities()}
        assert {g: e.to_doc() for g, e in current.items()} == {
            g: e.to_doc() for g, e in expected.items()}
        for n in range(len(stored) + 1):
            prefix = replay(stored[:n], EventTypeRegistry())
            assert {e.guid: e.to_doc() for e in session.queries.entities(at_seq=n)} == {
                g: e.to_doc() for g, e in prefix.items()}
    finally:
        session.close()


@pytest.mark.reliability(scenario="Secrets")
def test_the_database_file_holds_none_of_the_submitted_text(profile_dir: Path) -> None:
    session, _ = Profile(profile_dir).create(PASSPHRASE, FAST_KDF)
    marker = "Zanzibar-Marker-Text-8842"
    session.store.submit([wire(f"p{i}", "create-individual", {"name": f"{marker} {i}",
                                                               "village": marker})
                          for i in range(200)])
    session.close()
    for path in profile_dir.iterdir():
        content = path.read_bytes()
        assert marker.encode() not in content, path
        assert marker.encode("utf-16-le") not in content, path
    assert json.loads((profile_dir / "keys.json").read_text())["kdf"]["name"] == "argon2id"


def test_writes_wait_while_a_rebuild_is_unfinished_and_opening_finishes_it(
        profile_dir: Path) -> None:
    session, _ = Profile(profile_dir).create(PASSPHRASE, FAST_KDF)
    session.store.submit([wire("p1", "create-individual", {"name": "Ana"})])
    before = table_dump(session)
    with session.db.atomic("IMMEDIATE"):
        session.db.execute_sql("DELETE FROM entities")
        session.db.execute_sql("INSERT INTO meta (key, value) VALUES ('rebuild_in_progress', '1')")
    with pytest.raises(StorageBusy, match="being rebuilt"):
        session.store.submit([wire("p2", "create-individual", {"name": "Bo"})])
    session.close()
    reopened = Profile(profile_dir).open(PASSPHRASE)
    try:
        assert not reopened.store.rebuild_interrupted()
        assert table_dump(reopened) == before
    finally:
        reopened.close()
