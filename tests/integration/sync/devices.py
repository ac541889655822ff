"""Test devices: a profile with a sync engine pointed at a server, and how to compare them."""

from __future__ import annotations

import itertools
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from datacollect_desktop.storage.profile import Profile, Session
from datacollect_desktop.storage.replica import Replica
from datacollect_desktop.sync.client import SyncClient
from datacollect_desktop.sync.engine import Limits, SyncEngine, SyncSummary, SyncTarget
from datacollect_desktop.sync.login import Account
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.integration.server.support import CONFIG_A, PASSWORD, WORKER_A

_names = itertools.count(1)


@dataclass
class Device:
    """One laptop: its profile and how it reaches the server."""

    session: Session
    server_url: str
    email: str = WORKER_A
    config_id: str = CONFIG_A
    limits: Limits = field(default_factory=Limits)
    timeout: float = 30.0

    @property
    def replica(self) -> Replica:
        return Replica(self.session.db, self.session.registry)

    def engine(self, url: str | None = None) -> SyncEngine:
        target = SyncTarget(url or self.server_url, Account(self.email, lambda: PASSWORD),
                            self.config_id)
        client = SyncClient(target.server_url, timeout=self.timeout)
        return SyncEngine(self.session, target, client=client, limits=self.limits)

    def sync(self, url: str | None = None) -> SyncSummary:
        engine = self.engine(url)
        try:
            return engine.run()
        finally:
            engine.close()

    def submit(self, *docs: dict[str, Any]) -> None:
        results = self.session.store.submit(list(docs))
        assert all(r.status == "applied" for r in results), results

    def entities(self) -> dict[str, Any]:
        return {e.guid: e.to_doc() for e in self.session.queries.entities()}

    def order(self) -> list[str]:
        return self.replica.canonical_guids()

    def levels(self) -> dict[str, int]:
        rows = self.session.db.execute_sql("SELECT guid, sync_level FROM events").fetchall()
        return dict(rows)


class DeviceFactory:
    """Makes devices under one directory and closes them all at the end."""

    def __init__(self, root: Path, server_url: str) -> None:
        self.root = root
        self.server_url = server_url
        self.made: list[Device] = []

    def __call__(self, **options: Any) -> Device:
        directory = self.root / f"device-{next(_names)}"
        session, _ = Profile(directory).create(PASSPHRASE, FAST_KDF)
        device = Device(session, options.pop("server_url", self.server_url), **options)
        self.made.append(device)
        return device

    def close(self) -> None:
        for device in self.made:
            device.session.close()


def uid(prefix: str) -> str:
    """A guid no other test uses (tests of one module share a server)."""
    return f"{prefix}-{uuid.uuid4().hex[:10]}"
