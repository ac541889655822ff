"""One person, one id: a field worker's events before and after signing in are one person on
every device, and the server refuses events pushed under another account's userId."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from datacollect_desktop.app.audit import AuditFilter, AuditService
from datacollect_desktop.app.entry import EntryFlow
from datacollect_desktop.app.gate import ProfileGate
from datacollect_desktop.app.registration import Registrar
from datacollect_desktop.app.submission import EventFactory, Identity
from datacollect_desktop.app.workspace import Workspace
from datacollect_desktop.domain.events import Event
from datacollect_desktop.sync.client import SyncClient
from datacollect_desktop.sync.engine import SyncEngine, SyncSummary, SyncTarget
from datacollect_desktop.sync.login import Account
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.integration.server.support import (
    PASSWORD,
    REPO,
    ServerHandle,
    pull_all,
    push,
    run_cli,
    start_server,
)

CONFIG = REPO / "datacollect_desktop" / "resources" / "configs" / "household-registration.json"
CONFIG_ID = "household-registration"
ADMIN = "admin@example.org"
SUPERVISOR = "supervisor@example.org"
AMINA = "amina@example.org"
BELLO = "bello@example.org"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerHandle]:
    """Our server loaded with the bundled household-registration config, and its accounts."""
    data_dir = tmp_path_factory.mktemp("identity") / "data"
    storage = ["--data-dir", str(data_dir)]
    run_cli("create-user", ADMIN, "--role", "admin", *storage)
    run_cli("create-user", SUPERVISOR, "--role", "supervisor", "--config-id", CONFIG_ID,
            "--name", "Sara Supervisor", *storage)
    run_cli("create-user", AMINA, "--role", "field-worker", "--config-id", CONFIG_ID,
            "--name", "Amina Field", *storage)
    run_cli("create-user", BELLO, "--role", "field-worker", "--config-id", CONFIG_ID,
            *storage)
    run_cli("load-config", str(CONFIG), *storage)
    handle = start_server(data_dir)
    yield handle
    handle.stop()


@dataclass
class Laptop:
    """One profile opened as the window opens it, syncing as the window's worker does."""

    workspace: Workspace
    url: str

    def sign_in(self, email: str) -> None:
        self.workspace.save_settings(self.workspace.settings.changed(
            server_url=self.url, account=email, config_id=CONFIG_ID))

    def sync(self) -> SyncSummary:
        settings = self.workspace.settings
        target = SyncTarget(settings.server_url, Account(settings.account, lambda: PASSWORD),
                            settings.config_id)
        engine = SyncEngine(self.workspace.session, target,
                            client=SyncClient(target.server_url, timeout=30.0))
        try:
            return engine.run()
        finally:
            engine.close()

    def register(self, name: str) -> str:
        flow = EntryFlow(self.workspace)
        return flow.save(flow.start(), {"name": name, "dwelling": "house"}).entity_guid

    def register_as(self, user_id: str, name: str) -> Event:
        """A household registered by a build of the app that signed events as `user_id`."""
        ws = self.workspace
        factory = EventFactory(lambda: Identity(user_id, ws.device_id, ws.config.version))
        form = ws.config.form("household")
        guid = Registrar(ws.session, factory).register(
            ws.config, form, {"name": name, "dwelling": "house"}, correlation_id="legacy")
        return next(s.event for s in ws.session.queries.events() if s.event.entity_guid == guid)

    def audit(self) -> AuditService:
        return AuditService(self.workspace.session)  # as the supervisor's screens make it


@pytest.fixture
def laptops(tmp_path: Path, server: ServerHandle) -> Iterator[Callable[[str], Laptop]]:
    opened: list[Laptop] = []

    def make(user_name: str) -> Laptop:
        gate = ProfileGate(tmp_path / f"profile-{len(opened)}", FAST_KDF)
        workspace, _ = gate.create(user_name, PASSPHRASE, PASSPHRASE)
        opened.append(Laptop(workspace, server.base_url))
        return opened[-1]

    yield make
    for laptop in opened:
        laptop.workspace.close()


def account_id(server: ServerHandle, email: str) -> str:
    found: str = server.as_user(email).get("/api/users/me").json()["id"]
    return found


def households_of(audit: AuditService, person: str) -> set[str | None]:
    return {e.entity_name for e in audit.page(AuditFilter(user=person), None, 100)}


def test_a_worker_is_one_person_before_and_after_signing_in_on_every_device(
        server: ServerHandle, laptops: Callable[[str], Laptop]) -> None:
    suffix = uuid.uuid4().hex[:6]
    amina = laptops("Amina Field")
    # An older build signed events with the display name; this one with a local person id.
    legacy = amina.register_as("Amina Field", f"Legacy {suffix}")
    amina.register(f"Before {suffix}")
    amina.sign_in(AMINA)
    assert amina.sync().rejected == 0
    amina.register(f"After {suffix}")
    assert amina.sync().rejected == 0
    bello = laptops("Bello")
    bello.sign_in(BELLO)
    bello.register(f"Bello's {suffix}")
    bello.sync()
    supervisor = laptops("Sara")
    supervisor.sign_in(SUPERVISOR)
    supervisor.sync()
    amina_id = account_id(server, AMINA)
    eras = {f"Legacy {suffix}", f"Before {suffix}", f"After {suffix}"}

    for laptop in (amina, bello, supervisor):
        audit = laptop.audit()
        choices = audit.choices()
        # One entry for Amina, under her account id, whatever ids her events carry.
        assert amina_id in choices.users
        assert not {"Amina Field", AMINA} & set(choices.users)
        amina_people = [p for p in choices.users if choices.user_names[p] == "Amina Field"]
        assert amina_people == [amina_id]
        assert households_of(audit, amina_id) == eras
        entries = audit.page(AuditFilter(), None, 100)
        assert {e.user_name for e in entries if e.entity_name in eras} == {"Amina Field"}
        activity = audit.activity(AuditFilter())
        assert amina_id in activity.users
        assert sum(n for (_, person), n in activity.counts.items() if person == amina_id) == 3
        assert activity.name(amina_id) == "Amina Field"
    ids = {s.event.user_id for s in amina.workspace.session.queries.events()}
    # Three ids, never rewritten: the display name, the local person id, the account id.
    assert ids == {legacy.user_id, amina.workspace.people.table.local_person_id(), amina_id}
    # Every "by" label names the person, whatever id the event carries.
    assert {supervisor.workspace.people.name(user_id) for user_id in ids} == {"Amina Field"}


def test_pulls_name_the_account_that_pushed_each_event(
        server: ServerHandle, laptops: Callable[[str], Laptop]) -> None:
    amina = laptops("Amina Field")
    amina.sign_in(AMINA)
    amina.sync()  # the account id is known once the server has answered a sign-in
    guid = amina.register(f"Pushed {uuid.uuid4().hex[:6]}")
    amina.sync()
    pulled, _, _ = pull_all(server.as_user(SUPERVISOR), CONFIG_ID)
    (event,) = [e for e in pulled if e["entityGuid"] == guid]
    assert event["pushedBy"] == event["userId"] == account_id(server, AMINA)


def test_a_worker_cannot_push_under_another_accounts_user_id_but_an_admin_may_relay(
        server: ServerHandle, laptops: Callable[[str], Laptop]) -> None:
    amina_id = account_id(server, AMINA)
    bello = laptops("Bello")
    bello.sign_in(BELLO)
    bello.sync()
    forged = bello.register_as(amina_id, f"Forged {uuid.uuid4().hex[:6]}")
    summary = bello.sync()
    assert summary.rejected == 1
    assert [r["guid"] for r in summary.rejections] == [forged.guid]
    answer = push(server.as_user(BELLO), [forged.to_wire()], CONFIG_ID)
    assert [(r["status"], r["code"]) for r in answer["results"]] == [("rejected", "wrong_user")]
    # An admin relaying the event (an imported bundle) is accepted and recorded as the relay.
    relayed = push(server.as_user(ADMIN), [forged.to_wire()], CONFIG_ID)
    assert [r["status"] for r in relayed["results"]] == ["accepted"]
    pulled, _, _ = pull_all(server.as_user(SUPERVISOR), CONFIG_ID)
    (event,) = [e for e in pulled if e["guid"] == forged.guid]
    assert event["userId"] == amina_id
    assert event["pushedBy"] == account_id(server, ADMIN)


def test_an_id_another_account_holds_is_not_linked_to_a_second_account(
        server: ServerHandle) -> None:
    amina = server.as_user(AMINA)
    taken = f"Display name {uuid.uuid4().hex[:6]}"
    first = amina.post("/api/users/me/aliases", json={"aliases": [taken]}).json()
    assert first["results"] == [{"alias": taken, "status": "linked"}]
    second = server.as_user(BELLO).post(
        "/api/users/me/aliases", json={"aliases": [taken, account_id(server, AMINA)]}).json()
    assert [(r["status"], r.get("code")) for r in second["results"]] == [
        ("refused", "alias_taken"), ("refused", "alias_taken")]
    directory = amina.get("/api/users/directory", params={"configId": CONFIG_ID}).json()
    (entry,) = [u for u in directory["users"] if u["id"] == account_id(server, AMINA)]
    assert entry["name"] == "Amina Field" and taken in entry["aliases"]


def test_a_stock_server_has_no_directory_and_the_account_falls_back_to_the_email(
        stock_server: str, laptops: Callable[[str], Laptop]) -> None:
    amina = laptops("Amina Field")
    before = amina.register(f"Before {uuid.uuid4().hex[:6]}")
    amina.url = stock_server
    amina.sign_in(AMINA)
    assert amina.sync().rejected == 0  # no directory endpoints (404): not an error
    after = amina.register(f"After {uuid.uuid4().hex[:6]}")
    assert amina.sync().rejected == 0
    people = amina.workspace.people
    by_entity = {s.event.entity_guid: s.event.user_id
                 for s in amina.workspace.session.queries.events()}
    assert by_entity[after] == AMINA  # the stock login gives no userId
    assert people.person(by_entity[before]).id == people.person(AMINA).id == AMINA
    assert people.name(by_entity[before]) == people.name(AMINA) == "Amina Field"
