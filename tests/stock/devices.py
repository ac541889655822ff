"""Desktop profiles that sync with the stock backend, made and filled through the app's services."""

from __future__ import annotations

import itertools
import json
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from datacollect_desktop.app.entry import EntryFlow
from datacollect_desktop.app.gate import ProfileGate
from datacollect_desktop.app.registration import Registrar
from datacollect_desktop.app.submission import EventFactory
from datacollect_desktop.app.workspace import Workspace
from datacollect_desktop.sync.client import SyncClient
from datacollect_desktop.sync.engine import SyncEngine, SyncSummary, SyncTarget
from datacollect_desktop.sync.login import Account
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.integration.server.support import REPO

WORKER = "worker@stock.example.org"
WORKER_PASSWORD = "worker password"
BUNDLED = REPO / "datacollect_desktop" / "resources" / "configs" / "household-registration.json"
_names = itertools.count(1)


def household_config() -> dict[str, Any]:
    """The bundled household-registration config under an id of its own."""
    config: dict[str, Any] = json.loads(BUNDLED.read_text())
    config["id"] = f"households-{uuid.uuid4().hex[:10]}"
    return config


class CountingTransport(httpx.HTTPTransport):
    """Counts the answers by status, to see how often the server refused a body."""

    def __init__(self) -> None:
        super().__init__()
        self.statuses: Counter[int] = Counter()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        self.statuses[response.status_code] += 1
        return response


@dataclass
class StockDevice:
    """One laptop signed in as the worker account (events carry that account as userId)."""

    workspace: Workspace
    server_url: str
    config_id: str
    transport: CountingTransport = field(default_factory=CountingTransport)

    @property
    def session(self) -> Any:
        return self.workspace.session

    def sync(self) -> SyncSummary:
        target = SyncTarget(self.server_url, Account(WORKER, lambda: WORKER_PASSWORD),
                            self.config_id)
        client = SyncClient(self.server_url, timeout=300.0, transport=self.transport)
        engine = SyncEngine(self.session, target, client=client)
        try:
            return engine.run()
        finally:
            engine.close()

    def register_households(self, count: int, *, timestamp: str | None = None,
                            address: str = "") -> list[str]:
        """Households entered as the register page does (EntryFlow), or with one fixed
        timestamp (a Registrar on a stopped clock) when `timestamp` is given."""
        flow = EntryFlow(self.workspace)
        config = self.workspace.config
        form = config.form("household")
        assert form is not None
        registrar = (Registrar(self.session, EventFactory(self.workspace.identity,
                                                          clock=lambda: timestamp))
                     if timestamp is not None else None)
        guids = []
        for n in range(count):
            data = {"name": f"Household {uuid.uuid4().hex[:8]} {n}",
                    "address": address or f"{n} Market Road", "dwelling": "house"}
            if registrar is not None:
                guids.append(registrar.register(config, form, data,
                                                correlation_id=str(uuid.uuid4())))
            else:
                guids.append(flow.save(flow.start("household"), data).entity_guid)
        return guids

    def guids(self) -> list[str]:
        rows = self.session.db.execute_sql("SELECT guid FROM events ORDER BY seq").fetchall()
        return [guid for (guid,) in rows]

    def names(self) -> dict[str, str | None]:
        return {e.guid: e.name for e in self.session.queries.entities()}

    def refusals(self) -> int:
        return self.transport.statuses[413]


class StockDevices:
    """Makes devices under one directory, bound to one server and config."""

    def __init__(self, root: Path, server_url: str, config_id: str) -> None:
        self.root = root
        self.server_url = server_url
        self.config_id = config_id
        self.made: list[StockDevice] = []

    def __call__(self) -> StockDevice:
        gate = ProfileGate(self.root / f"device-{next(_names)}", FAST_KDF)
        workspace, _ = gate.create("Field worker", PASSPHRASE, PASSPHRASE)
        settings = workspace.settings.changed(server_url=self.server_url, account=WORKER,
                                              password=WORKER_PASSWORD)
        workspace.save_settings(settings)
        device = StockDevice(workspace, self.server_url, self.config_id)
        self.made.append(device)
        return device

    def close(self) -> None:
        for device in self.made:
            device.workspace.close()
