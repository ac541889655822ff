"""The registration flow from form to form, without a window."""

from __future__ import annotations

import pytest

from datacollect_desktop.app.drafts import DraftKeeper
from datacollect_desktop.app.entry import Entry, EntryFlow
from datacollect_desktop.app.submission import NotStored
from datacollect_desktop.app.workspace import Workspace
from datacollect_desktop.domain.errors import KnownError
from datacollect_desktop.storage.errors import StorageFull
from datacollect_desktop.storage.store import EventStore

HOUSEHOLD = {"name": "Okafor household"}
MEMBER = {"givenName": "Grace", "familyName": "Okafor"}


def test_finishing_a_household_starts_a_blank_household(workspace: Workspace) -> None:
    flow = EntryFlow(workspace)
    member = flow.save(flow.start(), HOUSEHOLD).next
    after_one = flow.save(member, MEMBER).next
    assert after_one.members_saved == 1
    assert after_one.correlation_id == member.correlation_id
    following = flow.finish(after_one)
    assert following.form.name == "household"
    assert following.parent_guid is None
    assert following.correlation_id != member.correlation_id


def test_adding_a_member_to_an_existing_household_counts_its_members(
        workspace: Workspace) -> None:
    flow = EntryFlow(workspace)
    member = flow.save(flow.start(), HOUSEHOLD).next
    flow.save(member, MEMBER)
    household = workspace.session.queries.entity(member.parent_guid or "")
    assert household is not None
    entry = flow.add_member(household)
    assert (entry.form.name, entry.parent_guid, entry.members_saved) == (
        "individual", household.guid, 1)


def test_a_draft_resumes_in_its_household_with_its_correlation_id(
        workspace: Workspace) -> None:
    flow = EntryFlow(workspace)
    member = flow.save(flow.start(), HOUSEHOLD).next
    keeper = DraftKeeper(workspace.drafts, "individual", member.correlation_id,
                         member.parent_guid)
    keeper.changed({"givenName": "Gr"})
    keeper.flush()
    (draft,) = workspace.drafts.all()
    resumed = flow.resume(draft)
    assert (resumed.parent_guid, resumed.parent_name, resumed.correlation_id) == (
        member.parent_guid, "Okafor household", member.correlation_id)


def test_a_record_of_a_form_the_config_lacks_cannot_be_edited(workspace: Workspace) -> None:
    # As a pull from a server with another config stores it: this device's config would
    # refuse the event (its form is unknown here), so it is written without it.
    EventStore(workspace.session.db, workspace.session.registry).submit([{
        "guid": "e-1", "entityGuid": "p-1", "type": "create-individual",
        "data": {"name": "Someone", "entityName": "census"},
        "timestamp": "2024-05-01T08:00:00.000Z", "userId": "other"}])
    entity = workspace.session.queries.entity("p-1")
    assert entity is not None
    with pytest.raises(KnownError, match="cannot be edited here"):
        EntryFlow(workspace).edit(entity)


def typed_draft(workspace: Workspace, entry: Entry, data: dict[str, object]) -> DraftKeeper:
    keeper = DraftKeeper(workspace.drafts, entry.form.name, entry.correlation_id,
                         entry.parent_guid)
    keeper.changed(data)
    keeper.flush()
    return keeper


@pytest.mark.reliability(scenario="Crash safety")
def test_saving_a_form_drops_its_draft_in_the_same_transaction(
        workspace: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    flow = EntryFlow(workspace)
    entry = flow.start()
    keeper = typed_draft(workspace, entry, HOUSEHOLD)
    flow.save(entry, HOUSEHOLD, draft_id=keeper.draft_id)
    assert workspace.drafts.all() == []
    assert workspace.session.queries.size() == 1

    # A failure while dropping the draft takes the record back with it: never both.
    entry = flow.start()
    keeper = typed_draft(workspace, entry, {"name": "Adeyemi household"})

    def fail(draft_id: str) -> None:
        raise StorageFull("The disk is full.")

    monkeypatch.setattr(workspace.drafts, "discard", fail)
    with pytest.raises(StorageFull):
        flow.save(entry, {"name": "Adeyemi household"}, draft_id=keeper.draft_id)
    assert [d.id for d in workspace.drafts.all()] == [keeper.draft_id]
    assert workspace.session.queries.size() == 1


def test_a_change_kept_but_not_applied_keeps_its_draft(workspace: Workspace) -> None:
    flow = EntryFlow(workspace)
    member = flow.save(flow.start(), HOUSEHOLD).next
    household = workspace.session.queries.entity(member.parent_guid or "")
    assert household is not None
    workspace.registrar.delete(household, reason="moved away",
                               form_name="household", correlation_id="c")
    keeper = typed_draft(workspace, member, MEMBER)
    with pytest.raises(NotStored, match="kept in the history"):
        flow.save(member, MEMBER, draft_id=keeper.draft_id)
    assert workspace.session.queries.size() == 3  # the flagged event is kept...
    assert [d.id for d in workspace.drafts.all()] == [keeper.draft_id]  # ...and the draft
