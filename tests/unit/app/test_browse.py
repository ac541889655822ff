"""The list's queries: roots and members, search, filters, orders, paging, attention."""

from __future__ import annotations

import os

from datacollect_desktop.app.browse import ListFilter
from datacollect_desktop.app.entry import EntryFlow
from datacollect_desktop.app.workspace import Workspace
from datacollect_desktop.domain.events import SyncLevel
from datacollect_desktop.storage.browse import Browse, rebuild_search_index
from datacollect_desktop.storage.database import open_database, write_transaction
from datacollect_desktop.storage.schema import MIGRATIONS, migrate
from tests.factories import wire


def register(workspace: Workspace, household: str, *people: tuple[str, str]) -> str:
    flow = EntryFlow(workspace)
    saved = flow.save(flow.start(), {"name": household, "address": "Kíbera, Market Road"})
    entry = saved.next
    for given, family in people:
        entry = flow.save(entry, {"givenName": given, "familyName": family}).next
    return saved.entity_guid


def names(workspace: Workspace, spec: ListFilter) -> list[str | None]:
    return [row.name for row in workspace.browse.page(spec, 0, 100)]


def test_the_tree_roots_are_households_and_their_members_hang_below(
        workspace: Workspace) -> None:
    guid = register(workspace, "Diallo household", ("Awa", "Diallo"), ("Moussa", "Diallo"))
    (root,) = workspace.browse.page(ListFilter(), 0, 10)
    assert (root.guid, root.member_count, root.pending) == (guid, 2, True)
    assert [m.name for m in workspace.browse.members(guid)] == ["Awa Diallo", "Moussa Diallo"]
    assert workspace.browse.count(ListFilter()) == 1


def test_search_finds_names_and_field_values_by_prefix_without_accents(
        workspace: Workspace) -> None:
    register(workspace, "Diallo household", ("Awa", "Diallo"))
    register(workspace, "Pérez household", ("José", "Pérez"))
    assert names(workspace, ListFilter("jose")) == ["José Pérez"]
    assert names(workspace, ListFilter("PER hou")) == ["Pérez household"]
    assert sorted(n or "" for n in names(workspace, ListFilter("kibera"))) == [
        "Diallo household", "Pérez household"]
    assert names(workspace, ListFilter("individual")) == []  # bookkeeping is not searched
    assert names(workspace, ListFilter('"; DROP TABLE entities; --')) == []


def test_the_search_index_follows_edits_and_deletes(workspace: Workspace) -> None:
    guid = register(workspace, "Diallo household")
    entity = workspace.session.queries.entity(guid)
    assert entity is not None
    flow = EntryFlow(workspace)
    flow.save(flow.edit(entity), {"name": "Sow household"})
    assert names(workspace, ListFilter("diallo")) == []
    assert names(workspace, ListFilter("sow")) == ["Sow household"]
    renamed = workspace.session.queries.entity(guid)
    assert renamed is not None
    workspace.registrar.delete(renamed, reason="moved away",
                               form_name="household", correlation_id="c")
    assert names(workspace, ListFilter("sow")) == []


def test_filter_by_form_and_sort_by_name_both_ways(workspace: Workspace) -> None:
    register(workspace, "B household", ("Zoe", "Ba"), ("Amin", "Ba"))
    people = ListFilter(form="individual", order="name")
    assert names(workspace, people) == ["Amin Ba", "Zoe Ba"]
    assert names(workspace, ListFilter(form="individual", order="name_desc")) == [
        "Zoe Ba", "Amin Ba"]


def test_pages_follow_each_other_without_gaps_or_repeats(workspace: Workspace) -> None:
    workspace.session.store.submit([
        wire(f"p-{n:03d}", "create-individual", {"name": f"Person {n:03d}"}, second=n % 7)
        for n in range(250)])
    spec = ListFilter(order="recent")
    seen = [row.guid for offset in range(0, 250, 60)
            for row in workspace.browse.page(spec, offset, 60)]
    assert sorted(seen) == sorted(f"p-{n:03d}" for n in range(250))


def test_attention_lists_flagged_events_and_events_the_server_refused(
        workspace: Workspace) -> None:
    guid = register(workspace, "Diallo household")
    entity = workspace.session.queries.entity(guid)
    assert entity is not None
    workspace.registrar.delete(entity, reason="moved away",
                               form_name="household", correlation_id="c")
    workspace.session.store.submit([wire(guid, "update-group", {"name": "Late edit"})])
    with write_transaction(workspace.session.db) as conn:
        conn.execute("UPDATE events SET sync_error = 'quota exceeded' WHERE seq = 1")
    problems = workspace.browse.attention()
    assert [(p.type, bool(p.flag), p.sync_error) for p in problems] == [
        ("update-group", True, None), ("create-group", False, "quota exceeded")]


def test_counts_by_level_come_from_the_log(workspace: Workspace) -> None:
    workspace.session.store.submit([
        wire("a", "create-individual", {"name": "A"}, syncLevel=1),
        wire("b", "create-individual", {"name": "B"}, syncLevel=2),
        wire("c", "create-individual", {"name": "C"})])
    assert workspace.browse.counts_by_level() == {
        SyncLevel.LOCAL: 1, SyncLevel.REMOTE: 1, SyncLevel.EXTERNAL: 1}


def test_upgrading_a_version_1_database_indexes_its_existing_entities(tmp_path) -> None:
    db = open_database(tmp_path / "old.db", os.urandom(32))
    try:
        with write_transaction(db) as conn:
            for statement in MIGRATIONS[0]:
                conn.execute(statement)
            conn.execute(
                "INSERT INTO entities (guid, type, name, deleted, version, last_updated, "
                "first_seq, last_seq, doc) VALUES ('p-1', 'individual', 'Old Timer', 0, 1, "
                "'2024-01-01T00:00:00.000Z', 1, 1, ?)",
                ('{"data": {"village": "Mathare"}}',))
            conn.execute("PRAGMA user_version = 1")
        migrate(db)
        found = Browse(db).rows(ListFilter("timer mathare"), 0, 10)
        assert [row.guid for row in found] == ["p-1"]
    finally:
        db.close()


def test_the_search_index_can_be_rebuilt(workspace: Workspace) -> None:
    register(workspace, "Diallo household", ("Awa", "Diallo"))
    rebuild_search_index(workspace.session.db)
    assert names(workspace, ListFilter("awa")) == ["Awa Diallo"]
