"""The one rule for comparing a pulled event with the one held: against a server that keeps
only some fields (a stock backend drops `metadata`), every kept field must match."""

from __future__ import annotations

from typing import Any

import pytest

from datacollect_desktop.app.submission import EventFactory, Identity
from datacollect_desktop.domain.events import Event
from datacollect_desktop.storage.pages import PulledEvent, same_event
from datacollect_desktop.storage.profile import Session
from datacollect_desktop.storage.remote import STOCK_KEPT_FIELDS, kept_fields
from datacollect_desktop.storage.replica import DivergentEvent, Replica


def window_event() -> Event:
    """An event as the window writes it (with DataCollect metadata)."""
    factory = EventFactory(lambda: Identity("worker@example.org", "laptop-1", "1.0.0"))
    return factory.event("create-individual", "person-1", {"givenName": "Amina"},
                         form_name="individual", correlation_id="c-1")


def as_stock_returns(event: Event, **changed: Any) -> PulledEvent:
    """What a stock backend sends back: the envelope fields, syncLevel 1, no metadata."""
    wire = {k: v for k, v in event.to_wire().items() if k != "metadata"}
    wire.update(syncLevel=1, **changed)
    return PulledEvent.from_wire(wire)


def window_event_from(body: bytes) -> Event:
    return PulledEvent.from_body(body).event


def test_an_event_without_the_fields_the_server_drops_is_the_same_event() -> None:
    held = PulledEvent.from_wire(window_event().to_wire()).body
    pulled = as_stock_returns(window_event_from(held))
    assert same_event(held, pulled.body, STOCK_KEPT_FIELDS)
    assert not same_event(held, pulled.body, None)  # a server that keeps everything


def test_a_kept_field_that_differs_is_a_different_event() -> None:
    held = PulledEvent.from_wire(window_event().to_wire()).body
    event = window_event_from(held)
    for changed in ({"data": {"givenName": "Aminata"}}, {"userId": "someone-else"},
                    {"timestamp": "2020-01-01T00:00:00.000Z"}, {"type": "update-individual"}):
        assert not same_event(held, as_stock_returns(event, **changed).body, STOCK_KEPT_FIELDS)
    other_metadata = {**event.to_wire(), "metadata": {"formName": "x"}}
    assert not same_event(held, PulledEvent.from_wire(other_metadata).body, STOCK_KEPT_FIELDS)


def test_only_a_stock_server_keeps_fewer_fields() -> None:
    assert kept_fields("stock") == STOCK_KEPT_FIELDS and "metadata" not in STOCK_KEPT_FIELDS
    assert kept_fields("log") is None and kept_fields(None) is None


def test_a_pulled_page_keeps_the_devices_full_copy(session: Session) -> None:
    event = window_event()
    session.store.submit([event])
    replica = Replica(session.db, session.registry)
    root = session.integrity.head()
    result = replica.apply_page([as_stock_returns(event)], kept=STOCK_KEPT_FIELDS)
    # Ours came back: placed at the server's position, not stored a second time.
    assert result.new == 0 and session.queries.size() == 1
    assert session.db.execute_sql("SELECT server_pos FROM events WHERE guid = ?",
                                  (event.guid,)).fetchone() == (1,)
    assert session.queries.event(event.guid).event.metadata == event.metadata
    assert session.integrity.head() == root and session.integrity.verify().ok
    with pytest.raises(DivergentEvent):
        replica.apply_page([as_stock_returns(event, data={"givenName": "X"})],
                           kept=STOCK_KEPT_FIELDS)


def test_a_timestamp_written_back_in_the_servers_form_is_the_same_time() -> None:
    event = window_event()
    precise = {**event.to_wire(), "timestamp": "2024-05-01T08:30:00.123456+00:00"}
    held = PulledEvent.from_wire(precise).body
    back = as_stock_returns(window_event_from(held), timestamp="2024-05-01T08:30:00.123Z")
    assert same_event(held, back.body, STOCK_KEPT_FIELDS)
    later = as_stock_returns(window_event_from(held), timestamp="2024-05-01T08:30:00.124Z")
    assert not same_event(held, later.body, STOCK_KEPT_FIELDS)
    assert not same_event(held, back.body, None)
