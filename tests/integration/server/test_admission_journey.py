"""What the app's own services make, our server (with the same bundled config) accepts."""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import httpx
import hypothesis
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from datacollect_desktop.app.app_config import BUNDLED_CONFIG, bundled_config
from datacollect_desktop.app.demo import fill_demo
from datacollect_desktop.app.drafts import DraftKeeper
from datacollect_desktop.app.entry import EntryFlow
from datacollect_desktop.app.gate import ProfileGate
from datacollect_desktop.app.resolution import Pick, Resolver
from datacollect_desktop.app.workspace import Workspace
from datacollect_desktop.domain.admission import Admitted, admit
from datacollect_desktop.domain.entities import Entity
from datacollect_desktop.domain.events import Event
from datacollect_desktop.domain.forms import Component, EntityForm, input_fields
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.integration.server.support import ServerHandle, run_cli, start_server
from tests.integration.sync.devices import Device

CONFIG = bundled_config()
CONFIG_ID = CONFIG.id
WORKER = "field-worker@example.org"
HOUSEHOLD = CONFIG.form("household")
INDIVIDUAL = CONFIG.form("individual")
assert HOUSEHOLD is not None and INDIVIDUAL is not None
PUSH_CHUNK = 200
_profiles = itertools.count(1)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerHandle]:
    """Our server with the bundled household-registration config and one field worker."""
    data_dir = tmp_path_factory.mktemp("bundled-server") / "data"
    storage = ["--data-dir", str(data_dir)]
    run_cli("create-user", WORKER, "--role", "field-worker", "--config-id", CONFIG_ID, *storage)
    run_cli("load-config", str(BUNDLED_CONFIG), *storage)
    handle = start_server(data_dir)
    yield handle
    handle.stop()


@pytest.fixture(scope="module")
def worker(server: ServerHandle) -> httpx.Client:
    return server.as_user(WORKER)


@pytest.fixture(scope="module")
def profiles(tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[Workspace]]:
    opened: list[Workspace] = []
    yield opened
    for workspace in opened:
        workspace.close()


def new_workspace(root: Path, opened: list[Workspace], name: str = "Amina Field") -> Workspace:
    gate = ProfileGate(root / f"profile-{next(_profiles)}", FAST_KDF)
    workspace, _ = gate.create(name, PASSPHRASE, PASSPHRASE)
    opened.append(workspace)
    return workspace


def device(workspace: Workspace, server: ServerHandle) -> Device:
    return Device(workspace.session, server.base_url, email=WORKER, config_id=CONFIG_ID)


def stored_events(workspace: Workspace) -> list[Event]:
    return [stored.event for stored in workspace.session.queries.events()]


def push(worker: httpx.Client, events: list[Event]) -> list[dict[str, Any]]:
    """Every event's wire form, pushed as a device pushes it; the per-event answers."""
    results: list[dict[str, Any]] = []
    for start in range(0, len(events), PUSH_CHUNK):
        chunk = [e.to_wire() for e in events[start:start + PUSH_CHUNK]]
        answer = worker.post("/api/sync/push", json={"events": chunk, "configId": CONFIG_ID})
        assert answer.status_code == 200, answer.text
        results.extend(answer.json()["results"])
    return results


def entity(workspace: Workspace, guid: str) -> Entity:
    found = workspace.session.queries.entity(guid)
    assert found is not None
    return found


# --- the direct regression ---------------------------------------------------------------------

def test_a_household_with_members_an_edit_and_a_delete_syncs_with_nothing_refused(
        server: ServerHandle, tmp_path: Path, profiles: list[Workspace]) -> None:
    workspace = new_workspace(tmp_path, profiles)
    registrar = workspace.registrar
    household = registrar.register(CONFIG, HOUSEHOLD, {"name": "Okafor household"},
                                   correlation_id="c-1")
    grace, john = (registrar.register(CONFIG, INDIVIDUAL, person, correlation_id="c-1",
                                      parent_guid=household)
                   for person in ({"givenName": "Grace", "familyName": "Okafor"},
                                  {"givenName": "John", "familyName": "Okafor"}))
    registrar.update(INDIVIDUAL, entity(workspace, grace),
                     {"givenName": "Grace", "familyName": "Okafor-Mensah"}, correlation_id="c-2")
    registrar.delete(entity(workspace, john), reason="moved away", form_name="individual",
                     correlation_id="c-3")
    made = stored_events(workspace)
    assert [e.type for e in made] == ["create-group", "add-member", "add-member",
                                      "update-individual", "delete-entity"]

    summary = device(workspace, server).sync()

    assert (summary.rejected, summary.rejections) == (0, [])
    assert summary.pushed == len(made)


# --- the property: every kind of event the services make is accepted -----------------------

def _text(component: Component) -> st.SearchStrategy[Any]:
    rules = component.validate
    if component.type == "email":
        return st.from_regex(r"[a-z0-9]{1,8}(\.[a-z0-9]{1,4})?@[a-z]{1,8}\.[a-z]{2,4}",
                             fullmatch=True)
    if rules.pattern is not None:
        return st.from_regex(rules.pattern, fullmatch=True)
    longest = min(rules.max_length or 40, 40)
    return st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=longest)


def _value(component: Component) -> st.SearchStrategy[Any]:
    kind, rules = component.type, component.validate
    values = [option.value for option in component.options]
    if kind in ("textfield", "textarea", "phoneNumber", "email"):
        return _text(component)
    if kind == "number":
        low, high = rules.min if rules.min is not None else -1e6, (
            rules.max if rules.max is not None else 1e6)
        return st.integers(int(low), int(high)) | st.floats(low, high, allow_nan=False)
    if kind in ("select", "radio"):
        return st.sampled_from(values)
    if kind == "selectboxes":
        return st.fixed_dictionaries({value: st.booleans() for value in values})
    if kind == "checkbox":
        return st.booleans()
    if kind == "datetime":
        return st.dates().map(lambda day: day.isoformat())
    raise AssertionError(f"no strategy for a {kind} field: extend this test for the config")


def form_data(form: EntityForm) -> st.SearchStrategy[dict[str, Any]]:
    """Any data the form's own rules accept: required fields always, others sometimes."""
    fields = input_fields(form)
    required = {f.key: _value(f) for f in fields if f.required}
    optional = {f.key: _value(f) for f in fields if not f.required}
    return st.fixed_dictionaries(required, optional=optional)


households = form_data(HOUSEHOLD)
people = form_data(INDIVIDUAL)


def make_conflict(server: ServerHandle, root: Path, opened: list[Workspace],
                  first: Workspace, person: str, mine: dict[str, Any], theirs: dict[str, Any]
                  ) -> None:
    """`first` and another device edit the same person from the same base, the other first."""
    other = new_workspace(root, opened, "Kofi Field")
    here, there = device(first, server), device(other, server)
    assert here.sync().rejected == 0
    assert there.sync().rejected == 0
    first.registrar.update(INDIVIDUAL, entity(first, person), mine, correlation_id="edit")
    other.registrar.update(INDIVIDUAL, entity(other, person), theirs, correlation_id="edit")
    assert there.sync().rejected == 0
    assert here.sync().rejected == 0


@settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
@given(household=households, members=st.lists(people, min_size=2, max_size=3),
       edits=st.tuples(people, people, households), typed=people,
       demo_seed=st.integers(0, 2**16), keep_one=st.booleans())
def test_every_kind_of_event_the_services_make_is_accepted_by_our_server(
        server: ServerHandle, worker: httpx.Client, tmp_path_factory: pytest.TempPathFactory,
        profiles: list[Workspace], household: dict[str, Any],
        members: list[dict[str, Any]], edits: tuple[dict[str, Any], dict[str, Any],
                                                     dict[str, Any]],
        typed: dict[str, Any], demo_seed: int, keep_one: bool) -> None:
    root = tmp_path_factory.mktemp("journey")
    workspace = new_workspace(root, profiles)
    registrar, flow = workspace.registrar, EntryFlow(workspace)
    resolver = Resolver(workspace.session, workspace.events)
    group = registrar.register(CONFIG, HOUSEHOLD, household, correlation_id="c")
    people_made = [registrar.register(CONFIG, INDIVIDUAL, person, correlation_id="c",
                                      parent_guid=group) for person in members]
    # A resumed draft of the next member, saved.
    entry = flow.add_member(entity(workspace, group))
    keeper = DraftKeeper(workspace.drafts, entry.form.name, entry.correlation_id,
                         entry.parent_guid)
    keeper.changed(typed)
    keeper.flush()
    (draft,) = workspace.drafts.all()
    flow.save(flow.resume(draft), typed, draft_id=draft.id)
    # Two devices edit one person: the conflict is resolved by a pick of each field.
    mine, theirs, new_household = edits
    make_conflict(server, root, profiles, workspace, people_made[0], mine, theirs)
    conflicts = workspace.browse.conflicts()
    hypothesis.event(f"conflicts: {len(conflicts)}")
    if conflicts:
        resolver.resolve_conflicts(people_made[0], [Pick(c, c.remote) for c in conflicts])
    registrar.update(HOUSEHOLD, entity(workspace, group), new_household, correlation_id="e")
    # A possible duplicate settled either way, then a delete.
    first, second = people_made[0], people_made[1]
    if keep_one:
        resolver.keep_one(first, second)
    else:
        resolver.keep_both(first, second)
        registrar.delete(entity(workspace, second), reason="registered twice",
                         form_name="individual", correlation_id="d")
    fill_demo(workspace, 2, seed=demo_seed, days=5)

    made = stored_events(workspace)
    kinds = {e.type for e in made}
    assert {"create-group", "add-member", "update-individual", "update-group",
            "resolve-duplicate"} <= kinds
    verdicts = [admit(e, CONFIG) for e in made]
    assert [v for v in verdicts if not isinstance(v, Admitted)] == []
    results = push(worker, made)
    refused = [r for r in results if r["status"] == "rejected"]
    assert refused == []
    assert {r["status"] for r in results} <= {"accepted", "duplicate"}

    # Both sides also refuse alike: a member whose form rules are broken.
    add_member = next(e for e in made if e.type == "add-member")
    member = {k: v for k, v in add_member.data["members"][0].items() if k != "givenName"}
    member["guid"] = str(uuid.uuid4())
    broken = replace(add_member, guid=str(uuid.uuid4()), data={"members": [member]})
    (on_device,) = workspace.session.store.submit([broken])
    (on_server,) = push(worker, [broken])
    assert on_device.status == on_server["status"] == "rejected"
    assert on_server["code"] == "invalid_form_data"
    assert on_device.error == on_server["error"]
    assert "members[0].givenName" in on_server["error"]
