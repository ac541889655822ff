"""The server-store contract on an embedded SQLite file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from datacollect_desktop.server.store import open_store
from datacollect_desktop.server.store.base import ServerStore
from datacollect_desktop.server.store.sqlite import SqliteServerStore
from tests.integration.server.store_contract import StoreContract


class TestSqliteStore(StoreContract):
    @pytest.fixture
    def store(self, tmp_path: Path) -> Iterator[ServerStore]:
        opened = open_store(f"sqlite:///{tmp_path / 'server.db'}")
        self._opened = [opened]
        yield opened
        for each in self._opened:
            each.close()

    def reopen(self, store: ServerStore) -> ServerStore:
        assert isinstance(store, SqliteServerStore)
        store.close()
        again = open_store(f"sqlite:///{store.path}")
        self._opened.append(again)
        return again
