"""A stored flag in plain words: records by name, times as moments, never an id."""

from __future__ import annotations

from datacollect_desktop.app.flag_words import flag_words
from datacollect_desktop.domain.messages import Message, Moment

NAMES = {"p1": "Grace Kamau", "h1": "Kamau household"}


def words(flag: str) -> str:
    return flag_words(flag, NAMES.get)


def test_a_deleted_record_is_named_and_its_time_is_a_moment() -> None:
    text = flag_words("entity p1 was deleted on 2026-12-03T09:28:42.186Z; this event is kept "
                      "in the history but not applied", NAMES.get)
    assert isinstance(text, Message)
    assert text == ("Grace Kamau was deleted on 2026-12-03T09:28:42.186Z; this change is "
                    "kept in its history but not applied.")
    assert isinstance(text.params["when"], Moment)


def test_a_record_this_laptop_does_not_know_is_a_record() -> None:
    assert words("entity ab775f7b-5f26 was deleted on 2026-12-03T09:28:42.186Z; this event "
                 "is kept in the history but not applied").startswith("a record was deleted")
    assert words("cannot update: no entity x9 exists") == (
        "The record this change is for is not on this laptop; the change is kept but not "
        "applied.")
    assert words("cannot update: no group x9 exists").startswith("The record this change")


def test_the_other_reasons_name_their_records() -> None:
    assert words("cannot add members: entity h1 is a individual, not a group") == (
        "Kamau household is a person, not a household; the change is kept but not applied.")
    assert words("entity p1 is a group, not a individual").startswith(
        "Grace Kamau is a household, not a person")
    assert words("p1 is not a member of group h1") == (
        "Grace Kamau is not a member of Kamau household; the change is kept but not applied.")


def test_a_reason_of_another_shape_is_kept_as_it_is() -> None:
    assert words("data.members must be a list of members") == (
        "data.members must be a list of members")
