"""The server-store contract on a real PostgreSQL (a fresh database per test)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from datacollect_desktop.server.store import open_store
from datacollect_desktop.server.store.base import ServerStore
from tests.integration.server.store_contract import StoreContract

pytestmark = pytest.mark.postgres


class TestPostgresStore(StoreContract):
    @pytest.fixture
    def store(self, postgres_database: str) -> Iterator[ServerStore]:
        self._dsn = postgres_database
        opened = open_store(postgres_database)
        self._opened = [opened]
        yield opened
        for each in self._opened:
            each.close()

    def reopen(self, store: ServerStore) -> ServerStore:
        store.close()
        again = open_store(self._dsn)
        self._opened.append(again)
        return again
