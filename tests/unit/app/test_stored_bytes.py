"""The bytes an app service stores and pushes for its events, fixed to the byte.

The canonical leaf of an event is hashed into the transparency log, and the same bytes go to
the sync server: a change of spelling anywhere (an event type, a sync level, a metadata key)
would fork every log. The expected hashes were computed once and must not move.
"""

from __future__ import annotations

import hashlib
import itertools

import pytest

from datacollect_desktop.app import registration, submission
from datacollect_desktop.app.registration import Registrar
from datacollect_desktop.app.submission import EventFactory, Identity
from datacollect_desktop.app.workspace import Workspace
from datacollect_desktop.domain import merkle
from datacollect_desktop.storage.replica import Replica

STAMP = "2024-05-01T08:30:00.000Z"
HOUSEHOLD = {"name": "Diallo household", "dwelling": "house", "monthlyIncome": 120}
MEMBER = {"givenName": "Awa", "familyName": "Diallo", "dateOfBirth": "1990-05-04",
          "sex": "female"}

# sha256 of the stored leaves (one a line), the leaf hash of each, and sha256 of the pushed
# events (one a line).
EXPECTED_BODIES = "53e18a351b9af7c70c406de96752448641c9bd769d353155593606f8f1141f94"
EXPECTED_LEAVES = [
    "bde7738c7998788ed83cbb63bd7fde16afa4373827e2ee5a7689393576471d1f",
    "e2284dc72e5a21df4b73a278da44c35798872b2a364b2d8c1257936a4253fbc6",
    "e81453a47b6d0322092c17403bd32f9b3f5e320c517712aff231b3a13e19d7ec",
    "bbc5d54b272975cc0fbfd3e224b46e6cfa92969dba736e64f5bf44c40a2f7be9",
]
EXPECTED_WIRE = "dbdd6ad1badb9c4ca509aa8ae813c73f9c4187cfe8f2d99aad4c6e271301e520"


@pytest.fixture
def fixed_ids(monkeypatch: pytest.MonkeyPatch) -> None:
    guids = (f"00000000-0000-4000-8000-{n:012d}" for n in itertools.count(1))
    monkeypatch.setattr(submission, "new_guid", lambda: next(guids))
    monkeypatch.setattr(registration, "new_guid", lambda: next(guids))
    monkeypatch.setattr(submission, "__version__", "0.1.0")


@pytest.mark.usefixtures("fixed_ids")
def test_events_made_by_the_app_are_stored_and_pushed_byte_for_byte_as_before(
        workspace: Workspace) -> None:
    config = workspace.config
    events = EventFactory(lambda: Identity("user-1", "device-1", "1.0.0"), clock=lambda: STAMP)
    registrar = Registrar(workspace.session, events)
    household_form = config.form("household")
    member_form = config.form("individual")
    assert household_form is not None and member_form is not None
    household = registrar.register(config, household_form, HOUSEHOLD, correlation_id="c-1")
    member = registrar.register(config, member_form, MEMBER, correlation_id="c-1",
                                parent_guid=household)
    stored = workspace.session.queries.entity(household)
    assert stored is not None
    registrar.update(household_form, stored, {**HOUSEHOLD, "monthlyIncome": 150},
                     correlation_id="c-2")
    person = workspace.session.queries.entity(member)
    assert person is not None
    registrar.delete(person, reason="moved away", form_name="individual", correlation_id="c-3")

    rows = workspace.session.db.execute_sql("SELECT body FROM events ORDER BY seq").fetchall()
    bodies = [bytes(body) for (body,) in rows]
    assert len(bodies) == 4
    replica = Replica(workspace.session.db, workspace.session.store.registry)
    wires = [item.wire() for item in replica.push_chunk(0, 100, 1 << 20)]
    assert hashlib.sha256(b"\n".join(bodies)).hexdigest() == EXPECTED_BODIES
    assert [merkle.leaf_hash(body).hex() for body in bodies] == EXPECTED_LEAVES
    assert hashlib.sha256(b"\n".join(wires)).hexdigest() == EXPECTED_WIRE
