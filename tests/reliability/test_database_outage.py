"""The sync server's database out of reach: the server answers 503 with Retry-After, the
desktop takes it as a passing fault and its next sync, once the database is back, loses
nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import psycopg
import pytest
from psycopg import sql

from datacollect_desktop.sync.client import SyncClient
from datacollect_desktop.sync.errors import ServerUnavailable
from tests.factories import wire
from tests.integration.server.conftest import StartServer
from tests.integration.server.pg import PostgresCluster
from tests.integration.server.support import CONFIG_A, WORKER_A, ServerHandle, pull_all
from tests.integration.sync.devices import DeviceFactory, uid
from tests.reliability.recorder import Tally

pytestmark = [pytest.mark.reliability(scenario="Network faults"), pytest.mark.postgres]


class Outage:
    """Cuts one database off its server: existing sessions ended, new ones refused."""

    def __init__(self, cluster: PostgresCluster, dsn: str) -> None:
        self.cluster = cluster
        self.name = dsn.rsplit("/", 1)[1]

    def _run(self, allow: bool) -> None:
        with psycopg.connect(self.cluster.dsn, autocommit=True) as conn:
            conn.execute(sql.SQL("ALTER DATABASE {} WITH ALLOW_CONNECTIONS {}").format(
                sql.Identifier(self.name), sql.SQL("true" if allow else "false")))
            if not allow:
                conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                             "WHERE datname = %s", (self.name,))

    def begin(self) -> None:
        self._run(allow=False)

    def end(self) -> None:
        self._run(allow=True)


@pytest.fixture
def outage(postgres_cluster: PostgresCluster, postgres_database: str) -> Iterator[Outage]:
    cut = Outage(postgres_cluster, postgres_database)
    yield cut
    cut.end()


def test_a_database_out_of_reach_is_a_503_the_desktop_waits_out(
        start_server_with: StartServer, postgres_database: str, outage: Outage,
        tmp_path: Path, tally: Tally) -> None:
    """While PostgreSQL refuses the server, every request that needs it (sign-in, push,
    pull, health) is 503 JSON with Retry-After, never 500; a device's sync fails with a
    transient error keeping its events; once the database is back the same sync stores
    them all, once."""
    server: ServerHandle = start_server_with(database=postgres_database)
    devices = DeviceFactory(tmp_path / "devices", server.base_url)
    try:
        device = devices(email=WORKER_A, config_id=CONFIG_A)
        device.submit(*[wire(uid("p"), "create-individual", {"name": f"P{n}"})
                        for n in range(3)])
        device.sync()
        device.submit(*[wire(uid("p"), "create-individual", {"name": f"Q{n}"})
                        for n in range(4)])
        token = server.login(WORKER_A)
        outage.begin()
        client = httpx.Client(base_url=server.base_url, timeout=60,
                              headers={"Authorization": f"Bearer {token}"})
        answers = [
            client.get("/health"),
            client.post("/api/users/login", json={"email": WORKER_A, "password": "x" * 9}),
            client.get("/api/sync/pull", params={"configId": CONFIG_A}),
            client.post("/api/sync/push", json={"configId": CONFIG_A, "events": []}),
        ]
        client.close()
        for answer in answers:
            assert answer.status_code == 503, (answer.request.url, answer.text[:300])
            assert answer.json()["error"] == "database_unavailable"
            assert answer.headers["Retry-After"] == "5"
            tally.add(faults=1)
        with pytest.raises(ServerUnavailable) as failed:
            device.sync()
        assert failed.value.transient and failed.value.retry_after == 5
        assert sorted(device.levels().values()) == [0] * 4 + [1] * 3
        outage.end()
        summary = device.sync()
        assert summary.pushed == 4
        events, _, _ = pull_all(server.as_user(WORKER_A), CONFIG_A)
        assert sorted(e["guid"] for e in events) == sorted(device.levels())
        tally.add(syncs=3, lost=len(set(device.levels()) - {e["guid"] for e in events}))
    finally:
        devices.close()
    assert "Traceback" not in server.log()


def test_the_desktop_reads_503_as_a_passing_fault(
        start_server_with: StartServer, postgres_database: str, outage: Outage) -> None:
    server = start_server_with(database=postgres_database)
    client = SyncClient(server.base_url)
    try:
        outage.begin()
        with pytest.raises(ServerUnavailable) as failed:
            client.login(WORKER_A, "whatever password")
        assert failed.value.transient and failed.value.retry_after == 5
        assert "database" in str(failed.value)
    finally:
        client.close()
