"""Demo data: households with members, several sync levels, something needing attention."""

from __future__ import annotations

from datetime import UTC, datetime

from datacollect_desktop.app.browse import ListFilter
from datacollect_desktop.app.clock import utc_stamp
from datacollect_desktop.app.demo import fill_demo
from datacollect_desktop.app.workspace import Workspace
from datacollect_desktop.domain.events import SyncLevel


def test_demo_households_have_members_and_follow_the_bundled_forms(
        workspace: Workspace) -> None:
    summary = fill_demo(workspace, 30, seed=3)
    assert summary.households == 31
    roots = workspace.browse.page(ListFilter(), 0, 100)
    assert len(roots) == 31 and all(r.form == "household" for r in roots)
    assert all(r.member_count >= 1 for r in roots)
    household = workspace.session.queries.entity(roots[5].guid)
    assert household is not None
    assert workspace.registrar.check(workspace.config.form("household"),  # type: ignore[arg-type]
                                     {k: v for k, v in household.data.items()
                                      if k != "entityName"}) == []
    events = [s.event for s in workspace.session.queries.events(household.guid)]
    assert len({e.metadata["correlationId"] for e in events if e.metadata}) == 1


def test_demo_data_is_this_profiles_own_unsent_work_with_a_duplicate_and_a_flagged_event(
        workspace: Workspace) -> None:
    fill_demo(workspace, 40, seed=3)
    events = [s.event for s in workspace.session.queries.events()]
    # Nothing claims to be synced or made by someone else: a sync sends it all.
    assert {e.sync_level for e in events} == {SyncLevel.LOCAL}
    assert {e.user_id for e in events} == {workspace.people.own_user_id()}
    assert len(workspace.browse.open_duplicates()) >= 1
    assert any(p.flag for p in workspace.browse.attention())


def test_compact_demo_sends_one_event_per_household(workspace: Workspace) -> None:
    summary = fill_demo(workspace, 20, seed=5, compact=True)
    assert summary.events == 20 + 6  # and the six events of the "needs attention" examples
    living = summary.people - 1  # the demo deletes one person (and edits them after)
    assert workspace.browse.count(ListFilter(form="individual")) == living


def test_no_demo_event_is_stamped_in_the_future(workspace: Workspace) -> None:
    now = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)
    fill_demo(workspace, 1000, seed=9, now=now, days=1, compact=True)
    stamps = [s.event.timestamp for s in workspace.session.queries.events()]
    assert max(stamps) < utc_stamp(now)


def test_one_demo_household_has_a_long_history(
        workspace: Workspace) -> None:
    fill_demo(workspace, 30, seed=3)
    queries = workspace.session.queries
    first = next(queries.events()).event.entity_guid
    household = queries.entity(first)
    assert household is not None
    head = household.member_ids[0]
    events = [s.event for guid in (first, head) for s in queries.events(guid)]
    assert len({e.guid for e in events}) >= 30
    stamps = [s.event.timestamp for s in queries.events(first)]
    assert stamps == sorted(stamps), "visits are stored in the order they happened"
