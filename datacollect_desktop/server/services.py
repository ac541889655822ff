"""Everything a running server shares between requests, built once from its settings."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from datacollect_desktop.server.auth import PasswordHasher, TokenService
from datacollect_desktop.server.checkpoint import CheckpointSigner
from datacollect_desktop.server.log import EventLog
from datacollect_desktop.server.ratelimit import LoginThrottle
from datacollect_desktop.server.settings import Settings
from datacollect_desktop.server.store import open_store
from datacollect_desktop.server.store.base import ServerStore


def _log_schema_step(line: str) -> None:
    logging.getLogger("datacollect_desktop.server.schema").info("database: %s", line)


@dataclass
class Services:
    """The store, the keys and the services over them."""

    settings: Settings
    store: ServerStore
    passwords: PasswordHasher
    tokens: TokenService
    throttle: LoginThrottle
    log: EventLog

    @classmethod
    def open(cls, settings: Settings) -> Services:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        signer = CheckpointSigner.from_data_dir(settings.data_dir, settings.origin)
        tokens = TokenService.from_data_dir(settings.data_dir, settings.token_ttl_seconds)
        store = open_store(settings.database_url, connections=settings.database_connections,
                           upgrade=settings.migrate, report=_log_schema_step)
        throttle = LoginThrottle(
            store,
            window_seconds=settings.login_window_seconds,
            per_account=settings.login_failures_per_account,
            per_address=settings.login_failures_per_address,
            account_delay_seconds=settings.login_account_delay_seconds,
            address_delay_seconds=settings.login_address_delay_seconds,
        )
        log = EventLog(store, signer, settings.max_event_bytes)
        return cls(settings, store, PasswordHasher(), tokens, throttle, log)

    def close(self) -> None:
        self.store.close()
