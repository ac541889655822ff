"""The one admission rule, on events made by the app's own services for the bundled config."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from datacollect_desktop.app.app_config import bundled_config
from datacollect_desktop.app.demo import fill_demo
from datacollect_desktop.app.gate import ProfileGate
from datacollect_desktop.app.resolution import Resolver
from datacollect_desktop.app.workspace import Workspace
from datacollect_desktop.domain.admission import (
    EVENT_TOO_LARGE,
    INVALID_EVENT,
    INVALID_FORM_DATA,
    UNKNOWN_FORM,
    Admitted,
    Refusal,
    admit,
)
from datacollect_desktop.domain.canonical import canonical_json
from datacollect_desktop.domain.events import Event
from datacollect_desktop.domain.messages import Message
from datacollect_desktop.server.validation import Candidate, Rejection, prepare_event
from datacollect_desktop.storage.bundle import export_bundle, import_bundle
from datacollect_desktop.storage.profile import Profile
from tests.conftest import FAST_KDF, PASSPHRASE

CONFIG = bundled_config()
HOUSEHOLD = CONFIG.form("household")
INDIVIDUAL = CONFIG.form("individual")
assert HOUSEHOLD is not None and INDIVIDUAL is not None


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    opened, _ = ProfileGate(tmp_path / "profile", FAST_KDF).create(
        "Amina Field", PASSPHRASE, PASSPHRASE)
    yield opened
    opened.close()


def made(workspace: Workspace) -> list[Event]:
    return [stored.event for stored in workspace.session.queries.events()]


def household_with_members(workspace: Workspace) -> tuple[str, list[str]]:
    registrar = workspace.registrar
    group = registrar.register(CONFIG, HOUSEHOLD, {"name": "Diallo household"},
                               correlation_id="c")
    people = [registrar.register(CONFIG, INDIVIDUAL, {"givenName": given, "familyName": "Diallo",
                                                      "disability": False}, correlation_id="c",
                                 parent_guid=group) for given in ("Awa", "Omar")]
    return group, people


def refusal(doc: Any, config: Any = CONFIG, **kwargs: Any) -> Refusal:
    verdict = admit(doc, config, **kwargs)
    assert isinstance(verdict, Refusal), doc
    return verdict


def test_the_registrars_members_edits_and_deletes_are_admissible_on_both_sides(
        workspace: Workspace) -> None:
    group, (awa, omar) = household_with_members(workspace)
    registrar = workspace.registrar
    person = workspace.session.queries.entity(awa)
    assert person is not None
    registrar.update(INDIVIDUAL, person, {"givenName": "Awa", "familyName": "Sow"},
                     correlation_id="e")
    gone = workspace.session.queries.entity(omar)
    assert gone is not None
    registrar.delete(gone, reason="moved away", form_name="individual", correlation_id="d")
    Resolver(workspace.session, workspace.events).keep_both(awa, group)
    events = made(workspace)
    assert [e.type for e in events] == ["create-group", "add-member", "add-member",
                                        "update-individual", "delete-entity",
                                        "resolve-duplicate"]
    for event in events:
        verdict = admit(event, CONFIG)
        assert isinstance(verdict, Admitted), verdict
        assert verdict.leaf == canonical_json(event.leaf_document())
        # The server's wrapper says the same, with the same leaf.
        prepared = prepare_event(event.to_wire(), CONFIG, 1 << 20)
        assert isinstance(prepared, Candidate), prepared
        assert prepared.leaf.encode() == verdict.leaf


def test_demo_households_are_admissible(workspace: Workspace) -> None:
    fill_demo(workspace, 3, seed=11, days=10)
    fill_demo(workspace, 2, seed=12, days=10, compact=True)
    events = made(workspace)
    assert {"create-group", "add-member", "update-group", "update-individual",
            "delete-entity"} <= {e.type for e in events}
    assert [v for e in events if not isinstance(v := admit(e, CONFIG), Admitted)] == []


def test_each_member_is_checked_against_its_own_form(workspace: Workspace) -> None:
    household_with_members(workspace)
    add_member = made(workspace)[1]
    member = dict(add_member.data["members"][0])
    del member["givenName"]
    broken = replace(add_member, data={"members": [member]})
    found = refusal(broken)
    assert found.code == INVALID_FORM_DATA
    assert str(found.message) == (
        "form 'individual': members[0].givenName: Given name is required.")
    assert isinstance(found.message, Message) and found.message.template

    # A create-group with its members checks the household and every member.
    create = made(workspace)[0]
    whole = replace(create, data={**create.data, "members": [
        {**add_member.data["members"][0], "guid": "m-1"}, {**member, "guid": "m-2"}]})
    assert "members[1].givenName" in str(refusal(whole).message)
    assert isinstance(admit(replace(whole, data={**create.data, "members": [
        {**add_member.data["members"][0], "guid": "m-1"}]}), CONFIG), Admitted)


def test_members_of_nested_groups_are_checked_too(workspace: Workspace) -> None:
    household_with_members(workspace)
    add_member = made(workspace)[1]
    person = add_member.data["members"][0]
    nested = {"guid": "sub", "type": "group", "entityName": "household", "name": "Annex",
              "members": [{**person, "guid": "deep", "familyName": ""}]}
    found = refusal(replace(add_member, data={"members": [nested]}))
    assert found.code == INVALID_FORM_DATA
    assert "members[0].members[0].familyName" in str(found.message)


def test_a_form_the_config_lacks_is_refused_by_name(workspace: Workspace) -> None:
    household_with_members(workspace)
    create, add_member = made(workspace)[:2]
    member = {**add_member.data["members"][0], "entityName": "census"}
    cases = [
        replace(create, metadata={**(create.metadata or {}), "formName": "census"}),
        replace(create, type="update-group",
                metadata={**(create.metadata or {}), "formName": "census"}),
        replace(add_member, data={"members": [member]}),
    ]
    for event in cases:
        found = refusal(event)
        assert found.code == UNKNOWN_FORM
        assert str(found.message) == "the app config 'household-registration' has no form 'census'"


def test_other_types_are_checked_as_envelopes_only(workspace: Workspace) -> None:
    group, _ = household_with_members(workspace)
    delete = workspace.events.event("delete-entity", group, {"reason": "moved away"},
                                    form_name="individual", correlation_id="x")
    for event in (delete, replace(delete, type="remove-member", data={"memberIds": ["p"]}),
                  replace(delete, type="resolve-duplicate", data={"duplicates": []}),
                  replace(delete, type="custom-visit", data={"givenName": ""})):
        assert isinstance(admit(event, CONFIG), Admitted), event.type


def test_envelope_identifiers_json_and_size_are_refused_with_stable_codes(
        workspace: Workspace) -> None:
    household_with_members(workspace)
    event = made(workspace)[0]
    assert refusal({**event.to_wire(), "extra": 1}, None).code == INVALID_EVENT
    assert refusal(replace(event, user_id="Amina\x00"), None).code == INVALID_EVENT
    assert refusal(replace(event, data={"n": 2**60}), None).code == INVALID_EVENT
    assert str(refusal(replace(event, entity_guid="a\nb"), None).message) == (
        "entityGuid contains a control character")
    big = refusal(event, None, max_bytes=100)
    assert big.code == EVENT_TOO_LARGE and "the limit is 100" in big.message


def test_without_a_config_form_data_is_not_checked(workspace: Workspace) -> None:
    household_with_members(workspace)
    add_member = made(workspace)[1]
    broken = replace(add_member, data={"members": [{"guid": "x", "entityName": "census"}]})
    assert isinstance(admit(broken), Admitted)


def test_the_device_refuses_what_the_server_refuses(workspace: Workspace) -> None:
    household_with_members(workspace)
    add_member = made(workspace)[1]
    member = {k: v for k, v in add_member.data["members"][0].items() if k != "familyName"}
    broken = replace(add_member, guid="g-broken", data={"members": [{**member, "guid": "m"}]})
    (result,) = workspace.session.store.submit([broken])
    on_server = prepare_event(broken.to_wire(), CONFIG, 1 << 20)
    assert isinstance(on_server, Rejection)
    assert result.status == "rejected" and result.error == on_server.message
    assert on_server.code == INVALID_FORM_DATA
    assert workspace.session.queries.entity("m") is None


def test_an_import_into_a_profile_with_the_config_refuses_what_the_server_would(
        workspace: Workspace, tmp_path: Path) -> None:
    # A profile used only from the command line has no app config: envelopes only.
    household_with_members(workspace)
    good = made(workspace)
    member = {k: v for k, v in good[1].data["members"][0].items() if k != "givenName"}
    broken = replace(good[1], guid="g-broken", data={"members": [{**member, "guid": "m"}]})
    bare, _ = Profile(tmp_path / "bare").create(PASSPHRASE, FAST_KDF)
    try:
        assert {r.status for r in bare.store.submit([*good, broken])} == {"applied"}
        export_bundle(bare, tmp_path / "log.bundle", "bundle passphrase")
    finally:
        bare.close()
    other, _ = ProfileGate(tmp_path / "other", FAST_KDF).create(
        "Kofi Field", PASSPHRASE, PASSPHRASE)
    try:
        summary = import_bundle(other.session, tmp_path / "log.bundle", "bundle passphrase")
        assert (summary["imported"], summary["rejected"]) == (len(good), 1)
        (error,) = summary["errors"]
        on_server = prepare_event(broken.to_wire(), CONFIG, 1 << 20)
        assert isinstance(on_server, Rejection)
        assert (error["guid"], error["error"]) == ("g-broken", on_server.message)
    finally:
        other.close()
