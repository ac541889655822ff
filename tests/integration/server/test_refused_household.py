"""A household the server refuses takes its members with it: nothing of it reaches the other
devices half made, and once it is accepted the whole household arrives in order."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from datacollect_desktop.app.app_config import BUNDLED_CONFIG, bundled_config
from datacollect_desktop.app.gate import ProfileGate
from datacollect_desktop.app.workspace import Workspace
from datacollect_desktop.domain.canonical import canonical_json
from datacollect_desktop.domain.dependencies import DEPENDS_ON_REFUSED
from datacollect_desktop.storage.replica import Replica
from datacollect_desktop.sync.client import SyncClient
from datacollect_desktop.sync.engine import SyncEngine, SyncSummary, SyncTarget
from datacollect_desktop.sync.login import Account
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.integration.server.support import PASSWORD, ServerHandle, run_cli, start_server

CONFIG = bundled_config()
WORKERS = ("amina@example.org", "bilal@example.org")


def stricter_config() -> bytes:
    """The bundled config as the server's admin changed it: the dwelling is required."""
    raw = json.loads(BUNDLED_CONFIG.read_text(encoding="utf-8"))
    household = next(f for f in raw["entityForms"] if f["name"] == "household")
    dwelling = next(c for c in household["formio"]["components"] if c["key"] == "dwelling")
    dwelling["validate"] = {"required": True}
    return canonical_json(raw)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[ServerHandle, Path]]:
    data_dir = tmp_path / "server"
    for email in WORKERS:
        run_cli("create-user", email, "--role", "field-worker", "--config-id", CONFIG.id,
                "--data-dir", str(data_dir))
    strict = tmp_path / "strict.json"
    strict.write_bytes(stricter_config())
    run_cli("load-config", str(strict), "--data-dir", str(data_dir))
    handle = start_server(data_dir)
    yield handle, data_dir
    handle.stop()


def laptop(root: Path, name: str) -> Workspace:
    workspace, _ = ProfileGate(root / name, FAST_KDF).create(name, PASSPHRASE, PASSPHRASE)
    return workspace


def sync(workspace: Workspace, url: str, email: str, config_version: str) -> SyncSummary:
    target = SyncTarget(url, Account(email, lambda: PASSWORD), CONFIG.id,
                        config_version=config_version)
    engine = SyncEngine(workspace.session, target, client=SyncClient(url, timeout=30))
    try:
        return engine.run()
    finally:
        engine.close()


def test_a_refused_household_holds_its_members_back_until_it_is_accepted(
        tmp_path: Path, server: tuple[ServerHandle, Path]) -> None:
    handle, data_dir = server
    bilal, amina = laptop(tmp_path, "bilal"), laptop(tmp_path, "amina")
    household_form, member_form = CONFIG.form("household"), CONFIG.form("individual")
    assert household_form is not None and member_form is not None
    registrar = bilal.registrar
    household = registrar.register(CONFIG, household_form, {"name": "Diallo household"},
                                   correlation_id="c-1")
    fatou, mamadou = (registrar.register(CONFIG, member_form, person, correlation_id="c-1",
                                         parent_guid=household)
                      for person in ({"givenName": "Fatou", "familyName": "Diallo"},
                                     {"givenName": "Mamadou", "familyName": "Diallo"}))
    registrar.update(member_form, bilal.session.queries.entity(fatou),  # type: ignore[arg-type]
                     {"givenName": "Fatou", "familyName": "Diallo", "sex": "female"},
                     correlation_id="c-2")

    first = sync(bilal, handle.base_url, WORKERS[1], "1.0.0")
    assert first.pushed == 0  # the household is refused, and nothing of it goes up
    refusals = Replica(bilal.session.db, bilal.session.registry).refusals()
    assert [r.code for r in refusals] == ["invalid_form_data", *[DEPENDS_ON_REFUSED] * 3]
    assert sync(amina, handle.base_url, WORKERS[0], "1.0.0").pulled == 0
    # A member added meanwhile waits on this laptop too: it is not even sent.
    awa = registrar.register(CONFIG, member_form, {"givenName": "Awa", "familyName": "Diallo"},
                             correlation_id="c-3", parent_guid=household)
    again = sync(bilal, handle.base_url, WORKERS[1], "1.0.0")
    assert (again.pushed, again.rejected, again.refused) == (0, 0, 5)

    # The admin relaxes the rule; the laptop's next sync under the new config retries it all.
    run_cli("load-config", str(BUNDLED_CONFIG), "--data-dir", str(data_dir))
    retried = sync(bilal, handle.base_url, WORKERS[1], "1.0.1")
    assert (retried.pushed, retried.refused) == (5, 0)
    assert sync(amina, handle.base_url, WORKERS[0], "1.0.1").pulled == 5

    for workspace in (bilal, amina):
        queries = workspace.session.queries
        assert all(s.applied and s.flag is None for s in queries.events())
        whole = queries.entity(household)
        assert whole is not None and set(whole.member_ids) == {fatou, mamadou, awa}
    assert bilal.session.queries.entities() == amina.session.queries.entities()
    for workspace in (bilal, amina):
        workspace.close()
