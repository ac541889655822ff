"""Potential duplicates are found before a person is saved."""

from __future__ import annotations

from datacollect_desktop.app.entry import EntryFlow
from datacollect_desktop.app.workspace import Workspace


def registered_person(workspace: Workspace) -> str:
    flow = EntryFlow(workspace)
    member = flow.save(flow.start(), {"name": "Ouédraogo household"}).next
    flow.save(member, {"givenName": "Mariam", "familyName": "Ouédraogo",
                       "dateOfBirth": "1987-04-12"})
    household = workspace.session.queries.entity(member.parent_guid or "")
    assert household is not None
    return household.member_ids[0]


def test_a_similar_name_with_the_same_birth_date_is_a_match(workspace: Workspace) -> None:
    guid = registered_person(workspace)
    (match,) = workspace.duplicates.similar_people(
        {"givenName": "Mariame", "familyName": "Ouedraogo", "dateOfBirth": "1987-04-12"})
    assert (match.guid, match.name, match.birth_date) == (guid, "Mariam Ouédraogo",
                                                          "1987-04-12")
    assert 0.85 <= match.score < 1


def test_another_birth_date_or_a_different_name_is_no_match(workspace: Workspace) -> None:
    registered_person(workspace)
    finder = workspace.duplicates
    assert finder.similar_people({"givenName": "Mariam", "familyName": "Ouédraogo",
                                  "dateOfBirth": "1987-04-13"}) == []
    assert finder.similar_people({"givenName": "Kofi", "familyName": "Mensah",
                                  "dateOfBirth": "1987-04-12"}) == []
    assert finder.similar_people({"givenName": "Mariam", "familyName": "Ouédraogo"}) == []


def test_the_record_being_edited_is_not_its_own_duplicate(workspace: Workspace) -> None:
    guid = registered_person(workspace)
    assert workspace.duplicates.similar_people(
        {"givenName": "Mariam", "familyName": "Ouédraogo", "dateOfBirth": "1987-04-12"},
        exclude=guid) == []


def test_only_forms_that_make_people_are_checked(workspace: Workspace) -> None:
    registered_person(workspace)
    flow = EntryFlow(workspace)
    twin = {"givenName": "Mariam", "familyName": "Ouédraogo", "dateOfBirth": "1987-04-12",
            "name": "Mariam Ouédraogo"}
    household_entry = flow.start()
    assert not flow.makes_people(household_entry)
    assert flow.possible_duplicates(household_entry, twin) == []
    member_entry = flow.save(flow.start(), {"name": "Other household"}).next
    assert [m.name for m in flow.possible_duplicates(member_entry, twin)] == [
        "Mariam Ouédraogo"]
