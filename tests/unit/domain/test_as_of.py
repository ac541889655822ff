"""Which events count as of a moment: stamps compared as instants, ties cut in canonical
order, and an unreadable moment refused plainly."""

from __future__ import annotations

import pytest

from datacollect_desktop.domain.as_of import Cut, replay_as_of, stamp_key
from datacollect_desktop.domain.errors import InvalidEvent
from datacollect_desktop.domain.registry import EventTypeRegistry
from tests.factories import event


def test_stamps_compare_as_instants_whatever_their_fraction_or_zone() -> None:
    assert stamp_key("2024-05-01T10:00:00Z") == stamp_key("2024-05-01T10:00:00.000+00:00")
    assert stamp_key("2024-05-01T10:00:00.5Z") > stamp_key("2024-05-01T10:00:00Z")
    assert stamp_key("2024-05-01T10:00:00.5Z") == stamp_key("2024-05-01T10:00:00.500000Z")
    assert stamp_key("2024-05-01T10:00:00.999Z") < stamp_key("2024-05-01T10:00:01Z")
    # As text, "...00.5Z" sorts after "...00Z" but so does "...00.000Z": text is no order.
    assert Cut("2024-05-01T10:00:00Z").counts("2024-05-01T10:00:00.000Z", 7)
    assert not Cut("2024-05-01T10:00:00Z").counts("2024-05-01T10:00:00.500Z", 7)


def test_a_cut_through_an_event_counts_its_stamp_only_up_to_it() -> None:
    cut = Cut("2024-05-01T10:00:00.000Z", through=5)
    assert cut.counts("2024-05-01T09:59:59.999Z", 99)
    assert cut.counts("2024-05-01T10:00:00.000Z", 5)
    assert not cut.counts("2024-05-01T10:00:00.000Z", 6)
    assert not cut.counts("2024-05-01T10:00:00.001Z", 1)


def test_an_unreadable_moment_is_refused_with_an_example() -> None:
    with pytest.raises(InvalidEvent, match=r"such as 2024-05-01T08:30:00\.000Z"):
        Cut("yesterday")


def test_an_update_stamped_before_its_record_is_not_applied_as_of_then() -> None:
    """A subset of the log is projected afresh: the update that applied in the whole log
    (its create came first in canonical order) is flagged as of a moment before the create."""
    created = event("p1", "create-individual", {"name": "Ana"}, second=30)
    edited = event("p1", "update-individual", {"name": "Eve"}, second=10)
    registry = EventTypeRegistry()
    ranked = [(1, created), (2, edited)]
    assert replay_as_of(ranked, Cut("2024-05-01T00:00:20.000Z"), registry) == {}
    after = replay_as_of(ranked, Cut("2024-05-01T00:00:30.000Z"), registry)
    assert after["p1"].name == "Eve"
