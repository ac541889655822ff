"""Refusals are kept with the app and config versions they were made under: pushed again
under another version of either, kept refused under the same ones."""

from __future__ import annotations

from datacollect_desktop.app.entry import EntryFlow
from datacollect_desktop.app.workspace import Workspace
from datacollect_desktop.storage.profile import Session
from datacollect_desktop.storage.replica import Replica


def refused_household(session: Session, replica: Replica, app: str, config: str) -> str:
    """A household registered through the entry flow, then refused by a push."""
    flow = EntryFlow(Workspace(session))
    flow.save(flow.start(), {"name": "Banda household"})
    [item] = replica.push_chunk(0, 10, 1 << 20)
    replica.push_under(app, config)
    replica.mark_pushed([], {item.guid: "form 'household': address: Address is required."},
                        {item.guid: "invalid_form_data"})
    return item.guid


def test_a_refusal_stays_under_the_same_versions_and_is_pushed_again_under_new_ones(
        session: Session) -> None:
    replica = Replica(session.db, session.registry)
    guid = refused_household(session, replica, "1.0", "household-registration@1.0.0")
    [refusal] = replica.refusals()
    assert (refusal.guid, refusal.type, refusal.code) == (guid, "create-group",
                                                           "invalid_form_data")
    assert "address" in refusal.reason
    assert replica.pending_count() == 0

    assert replica.push_under("1.0", "household-registration@1.0.0") == 0
    assert replica.refused_count() == 1 and replica.pending_count() == 0

    assert replica.push_under("1.0", "household-registration@1.0.1") == 1  # a newer config
    assert replica.refused_count() == 0 and replica.pending_count() == 1
    assert [i.guid for i in replica.push_chunk(0, 10, 1 << 20)] == [guid]


def test_a_newer_app_version_pushes_refusals_again(session: Session) -> None:
    replica = Replica(session.db, session.registry)
    refused_household(session, replica, "1.0", "household-registration@1.0.0")
    assert replica.push_under("1.1", "household-registration@1.0.0") == 1
    assert replica.pending_count() == 1


def test_refusals_kept_before_versions_were_recorded_are_pushed_again_once(
        session: Session) -> None:
    replica = Replica(session.db, session.registry)
    flow = EntryFlow(Workspace(session))
    flow.save(flow.start(), {"name": "Banda household"})
    [item] = replica.push_chunk(0, 10, 1 << 20)
    replica.mark_pushed([], {item.guid: "refused by the server"})  # no push_under: no versions
    assert replica.push_under("1.0", "household-registration@1.0.0") == 1
    assert replica.pending_count() == 1
