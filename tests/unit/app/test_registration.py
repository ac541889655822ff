"""Registering, editing and deleting through the application services."""

from __future__ import annotations

import re

import pytest

from datacollect_desktop import __version__
from datacollect_desktop.app import registration
from datacollect_desktop.app.entry import EntryFlow
from datacollect_desktop.app.registration import FormRejected, changed_fields
from datacollect_desktop.app.resolution import Resolver
from datacollect_desktop.app.submission import NotStored
from datacollect_desktop.app.workspace import Workspace
from datacollect_desktop.domain.forms import FieldError, validate_form_data
from datacollect_desktop.storage.store import SubmitResult

HOUSEHOLD = {"name": "Diallo household", "dwelling": "house", "monthlyIncome": 120}
MEMBER = {"givenName": "Awa", "familyName": "Diallo", "dateOfBirth": "1990-05-04",
          "sex": "female"}
STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$")


def events(workspace: Workspace) -> list:
    return [s.event for s in workspace.session.queries.events()]


def test_a_household_and_its_members_share_one_correlation_id(workspace: Workspace) -> None:
    flow = EntryFlow(workspace)
    saved = flow.save(flow.start(), HOUSEHOLD)
    member_entry = saved.next
    assert member_entry.parent_guid == saved.entity_guid
    assert member_entry.form.name == "individual"
    second = flow.save(member_entry, MEMBER).next
    flow.save(second, {**MEMBER, "givenName": "Moussa", "sex": "male"})
    create, first, last = events(workspace)
    assert create.type == "create-group"
    assert [first.type, last.type] == ["add-member", "add-member"]
    correlation = {e.metadata["correlationId"] for e in (create, first, last)}
    assert len(correlation) == 1
    household = workspace.session.queries.entity(saved.entity_guid)
    assert household is not None and len(household.member_ids) == 2
    member = workspace.session.queries.entity(household.member_ids[0])
    assert member is not None
    assert member.data["entityName"] == "individual"
    assert member.data["parentGuid"] == saved.entity_guid
    assert household.data["entityName"] == "household"


def test_events_carry_desktop_metadata_a_utc_stamp_and_the_local_user(
        workspace: Workspace) -> None:
    flow = EntryFlow(workspace)
    flow.save(flow.start(), HOUSEHOLD)
    (event,) = events(workspace)
    assert STAMP.match(event.timestamp)
    # A stable id of the person (this profile's local person id), never the display name;
    # the name comes from the directory.
    assert event.user_id == workspace.people.own_user_id() != "Awa Diallo"
    assert workspace.people.name(event.user_id) == "Awa Diallo"
    assert event.metadata == {
        "deviceId": workspace.session.meta("device_id"), "appVersion": __version__,
        "formName": "household", "formVersion": "1.0.0", "source": "desktop",
        "correlationId": event.metadata["correlationId"]}


def test_events_keep_the_local_person_id_until_the_account_has_signed_in(
        workspace: Workspace) -> None:
    local = workspace.people.own_user_id()
    workspace.save_settings(workspace.settings.changed(server_url="https://sync.example.org",
                                                       account="awa@example.org"))
    flow = EntryFlow(workspace)
    flow.save(flow.start(), HOUSEHOLD)
    # Not the email: the account's id is known only once the server has answered a sign-in.
    assert events(workspace)[0].user_id == local


def test_invalid_data_is_refused_with_field_errors_and_nothing_is_stored(
        workspace: Workspace) -> None:
    flow = EntryFlow(workspace)
    with pytest.raises(FormRejected) as refused:
        flow.save(flow.start(), {"monthlyIncome": -5})
    assert [e.key for e in refused.value.errors] == ["name", "monthlyIncome"]
    assert workspace.session.queries.size() == 0


def test_an_edit_records_only_the_changed_fields(workspace: Workspace) -> None:
    flow = EntryFlow(workspace)
    guid = flow.save(flow.start(), HOUSEHOLD).entity_guid
    household = workspace.session.queries.entity(guid)
    assert household is not None
    edit = flow.edit(household)
    saved = flow.save(edit, {**HOUSEHOLD, "monthlyIncome": 300, "address": "4 Well Road"})
    assert saved.changes == {"monthlyIncome": 300, "address": "4 Well Road"}
    update = events(workspace)[-1]
    assert update.type == "update-group"
    assert dict(update.data) == {"monthlyIncome": 300, "address": "4 Well Road"}


def test_an_edit_without_changes_records_nothing(workspace: Workspace) -> None:
    flow = EntryFlow(workspace)
    guid = flow.save(flow.start(), HOUSEHOLD).entity_guid
    household = workspace.session.queries.entity(guid)
    assert household is not None
    assert flow.save(flow.edit(household), dict(HOUSEHOLD)).changes == {}
    assert workspace.session.queries.size() == 1


def test_clearing_a_field_records_it_as_null_and_an_unticked_box_is_no_change(
        workspace: Workspace) -> None:
    form = workspace.config.form("individual")
    assert form is not None
    before = {**MEMBER, "relationship": "head"}
    after = {**MEMBER, "disability": False}
    assert changed_fields(form, before, after) == {"relationship": None}


def test_delete_stores_a_tombstone_and_keeps_the_history(workspace: Workspace) -> None:
    flow = EntryFlow(workspace)
    guid = flow.save(flow.start(), HOUSEHOLD).entity_guid
    household = workspace.session.queries.entity(guid)
    assert household is not None
    workspace.registrar.delete(household, reason="moved away",
                               form_name="household", correlation_id="c-1")
    after = workspace.session.queries.entity(guid)
    assert after is not None and after.deleted
    assert [e.type for e in events(workspace)] == ["create-group", "delete-entity"]


@pytest.mark.parametrize(("result", "in_history", "record_words", "decision_words"), [
    (SubmitResult("g", "rejected", error="bad envelope"), False,
     "The record was not saved: bad envelope",
     "The decision was not saved: bad envelope"),
    (SubmitResult("g", "applied", flag="no such household"), True,
     "The change was kept in the history but could not be applied: no such household. It "
     "is listed under Needs attention.",
     "The decision was kept in the history but could not be applied: no such household."),
])
def test_records_and_decisions_fail_to_store_with_one_error_type_and_their_own_words(
        workspace: Workspace, monkeypatch: pytest.MonkeyPatch, result: SubmitResult,
        in_history: bool, record_words: str, decision_words: str) -> None:
    flow = EntryFlow(workspace)
    household = flow.save(flow.start(), HOUSEHOLD).entity_guid
    monkeypatch.setattr(workspace.session.store, "submit", lambda events: [result])
    entity = workspace.session.queries.entity(household)
    assert entity is not None
    with pytest.raises(NotStored) as record:
        workspace.registrar.delete(entity, reason="moved away", form_name="household",
                                   correlation_id="c")
    with pytest.raises(NotStored) as decision:
        Resolver(workspace.session, workspace.events).keep_both(household, household)
    assert (str(record.value), record.value.in_history) == (record_words, in_history)
    assert (str(decision.value), decision.value.in_history) == (decision_words, in_history)
    assert record.value.message.template.startswith("The ")  # translated as before


def test_a_save_checks_the_form_once(workspace: Workspace,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    checks: list[object] = []

    def counted(form: object, data: object, **kwargs: object) -> list[FieldError]:
        checks.append(data)
        return validate_form_data(form, data, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(registration, "validate_form_data", counted)
    flow = EntryFlow(workspace)
    entry = flow.start()
    flow.save(entry, flow.validate(entry, {**HOUSEHOLD, "phone": ""}))
    assert checks == [HOUSEHOLD]  # validated once, as it is stored (no blank phone)
    flow.save(flow.start(), HOUSEHOLD)  # raw data: the save validates it itself, once
    assert len(checks) == 2
