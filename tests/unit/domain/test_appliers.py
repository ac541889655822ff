"""Each built-in applier, the registry, upcasters and the envelope rules."""

from __future__ import annotations

import pytest

from datacollect_desktop.domain.entities import Entity
from datacollect_desktop.domain.errors import InvalidEvent, UnknownEventType
from datacollect_desktop.domain.events import event_from_wire
from datacollect_desktop.domain.projection import project, replay
from datacollect_desktop.domain.registry import EventTypeRegistry
from tests.factories import event, wire


def state_after(*events):  # type: ignore[no-untyped-def]
    return replay(events, EventTypeRegistry())


def test_create_individual_takes_its_timestamp_and_version_one() -> None:
    created = event("p1", "create-individual", {"givenName": "Ana", "familyName": "Diaz"},
                    second=5)
    person = state_after(created)["p1"]
    assert person.version == 1
    assert person.last_updated == created.timestamp
    assert person.name == "Ana Diaz"
    assert person.type == "individual"


def test_update_individual_merges_fields_and_counts_versions() -> None:
    state = state_after(
        event("p1", "create-individual", {"name": "Ana", "age": 30}),
        event("p1", "update-individual", {"age": 31, "village": "Kibera"}),
    )
    assert state["p1"].data == {"name": "Ana", "age": 31, "village": "Kibera"}
    assert state["p1"].version == 2


def test_update_of_a_missing_entity_is_flagged_not_applied() -> None:
    outcome = project(event("ghost", "update-individual", {"age": 3}), {}.get,
                      EventTypeRegistry(), strict=True)
    assert not outcome.applied
    assert "no entity ghost" in (outcome.flag or "")


def test_create_group_creates_members_and_nested_groups() -> None:
    state = state_after(event("h1", "create-group", {"name": "Diaz household", "members": [
        {"guid": "p1", "name": "Ana"},
        {"guid": "g2", "type": "group", "name": "Annex",
         "members": [{"guid": "p3", "name": "Luz"}]},
    ]}))
    assert state["h1"].member_ids == ("p1", "g2")
    assert "members" not in state["h1"].data
    assert state["g2"].is_group and state["g2"].member_ids == ("p3",)
    assert state["p3"].name == "Luz" and state["p1"].version == 1


def test_add_member_adds_every_listed_member_not_just_the_first() -> None:
    state = state_after(
        event("h1", "create-group", {"name": "Household"}),
        event("h1", "add-member", {"members": [{"guid": "p1", "name": "A"},
                                               {"guid": "p2", "name": "B"},
                                               {"guid": "p3", "name": "C"}]}),
    )
    assert state["h1"].member_ids == ("p1", "p2", "p3")
    assert {g for g in state} == {"h1", "p1", "p2", "p3"}
    assert state["h1"].version == 2


def test_add_member_to_a_person_is_flagged() -> None:
    state = {"p1": Entity("p1", "individual", 1, {}, "2024-01-01T00:00:00Z")}
    outcome = project(event("p1", "add-member", {"members": [{"guid": "p2"}]}), state.get,
                      EventTypeRegistry(), strict=True)
    assert not outcome.applied and "not a group" in (outcome.flag or "")


def test_remove_member_keeps_the_person() -> None:
    state = state_after(
        event("h1", "create-group", {"name": "H", "members": [{"guid": "p1", "name": "A"}]}),
        event("h1", "remove-member", {"memberId": "p1"}),
    )
    assert state["h1"].member_ids == ()
    assert state["p1"].name == "A" and not state["p1"].deleted


def test_delete_is_a_tombstone_and_later_events_do_not_resurrect() -> None:
    registry = EventTypeRegistry()
    state = replay([
        event("p1", "create-individual", {"name": "Ana"}),
        event("p1", "delete-entity", {"reason": "moved away"}),
    ], registry)
    assert state["p1"].deleted and state["p1"].version == 2
    outcome = project(event("p1", "update-individual", {"name": "Back"}), state.get, registry,
                      strict=True)
    assert not outcome.applied
    assert "was deleted" in (outcome.flag or "")


def test_resolve_duplicate_with_should_delete_tombstones_the_event_entity() -> None:
    state = state_after(
        event("p1", "create-individual", {"name": "Ana"}),
        event("p2", "create-individual", {"name": "Ana"}),
        event("p2", "resolve-duplicate", {"duplicates": [{"entityGuid": "p1",
                                                          "duplicateGuid": "p2"}],
                                          "shouldDelete": True}),
    )
    assert state["p2"].deleted and not state["p1"].deleted


def test_resolve_duplicate_without_delete_changes_no_entity() -> None:
    outcome = project(event("p1", "resolve-duplicate", {"duplicates": [
        {"entityGuid": "p1", "duplicateGuid": "p2"}]}), {}.get, EventTypeRegistry(), strict=True)
    assert outcome.applied and outcome.changes == () and outcome.resolved == (("p1", "p2"),)


@pytest.mark.parametrize("data, message", [
    ({"members": "nope"}, "non-empty list"),
    ({"members": []}, "non-empty list"),
    ({"members": [{"name": "no guid"}]}, "needs a guid"),
    ({"members": [{"guid": "p1"}, {"guid": "p1"}]}, "listed twice"),
    ({"members": [{"guid": "h1"}]}, "its own member"),
])
def test_malformed_add_member_is_rejected_with_a_reason(data: dict, message: str) -> None:
    with pytest.raises(InvalidEvent, match=message):
        project(event("h1", "add-member", data), {}.get, EventTypeRegistry(), strict=True)


def test_unknown_type_is_rejected_when_submitted_and_flagged_on_replay() -> None:
    unknown = event("p1", "teleport", {"to": "moon"})
    with pytest.raises(UnknownEventType, match="unknown event type 'teleport'"):
        project(unknown, {}.get, EventTypeRegistry(), strict=True)
    outcome = project(unknown, {}.get, EventTypeRegistry(), strict=False)
    assert not outcome.applied and "teleport" in (outcome.flag or "")


def test_custom_event_type_registers_a_pure_function() -> None:
    registry = EventTypeRegistry()

    def verify(entity: Entity | None, evt):  # type: ignore[no-untyped-def]
        assert entity is not None
        return Entity(entity.guid, entity.type, 0, {**entity.data, "verified": True}, "x")

    registry.register_function("verify-identity", verify)
    state = replay([event("p1", "create-individual", {"name": "Ana"}),
                    event("p1", "verify-identity", {"by": "officer"}, second=99)], registry)
    assert state["p1"].data["verified"] is True
    assert state["p1"].version == 2 and state["p1"].last_updated.startswith("2024-05-01T00:01:39")


def test_upcaster_migrates_old_shape_on_read_only() -> None:
    registry = EventTypeRegistry()
    registry.register_upcaster("create-individual", 1,
                               lambda d: {"givenName": d["first"], "familyName": d["last"]})
    old = event("p1", "create-individual", {"first": "Ana", "last": "Diaz"})
    state = replay([old], registry)
    assert state["p1"].data == {"givenName": "Ana", "familyName": "Diaz"}
    assert old.data == {"first": "Ana", "last": "Diaz"}


@pytest.mark.parametrize("field, value, message", [
    ("guid", None, "missing guid"),
    ("entityGuid", "", "entityGuid must be a non-empty string"),
    ("type", None, "missing type"),
    ("userId", None, "missing userId"),
    ("data", {}, "data must not be empty"),
    ("data", [1], "data must be a JSON object"),
    ("timestamp", "2024-05-01 10:00", "not a UTC ISO-8601"),
    ("timestamp", "2024-05-01T10:00:00+02:00", "not a UTC ISO-8601"),
    ("timestamp", "2024-02-30T10:00:00.000Z", "not a real date"),
    ("syncLevel", 7, "syncLevel must be"),
    ("metadata", "device", "metadata must be a JSON object"),
])
def test_invalid_envelope_is_rejected_with_a_clear_message(field: str, value: object,
                                                           message: str) -> None:
    doc = wire("p1", "create-individual", {"name": "Ana"})
    if value is None:
        del doc[field]
    else:
        doc[field] = value
    with pytest.raises(InvalidEvent, match=message):
        event_from_wire(doc)


def test_unknown_top_level_fields_are_refused_rather_than_dropped() -> None:
    with pytest.raises(InvalidEvent, match="unknown field"):
        event_from_wire(wire("p1", "create-individual", {"name": "A"}, extra=1))


def test_metadata_is_part_of_the_leaf_but_sync_level_is_not() -> None:
    evt = event("p1", "create-individual", {"name": "A"}, metadata={"deviceId": "d1"})
    leaf = evt.leaf_document()
    assert leaf["metadata"] == {"deviceId": "d1"} and "syncLevel" not in leaf
