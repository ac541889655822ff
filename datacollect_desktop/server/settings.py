"""Server settings: where data lives, which database, limits, token lifetime, forwarding."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DATABASE_ENV = "DATACOLLECT_DATABASE_URL"
MiB = 1024 * 1024


@dataclass(frozen=True)
class Settings:
    """Everything the server needs to start; the CLI builds it from its flags."""

    data_dir: Path
    database: str | None = None
    host: str = "127.0.0.1"
    port: int = 8000
    token_ttl_seconds: int = 12 * 3600
    max_body_bytes: int = 10 * MiB
    max_event_bytes: int = 1 * MiB
    default_page: int = 500
    max_page: int = 5000
    login_window_seconds: int = 15 * 60
    login_failures_per_account: int = 5
    login_failures_per_address: int = 20
    login_account_delay_seconds: float = 60.0  # the first wait of a pair; each further doubles
    login_address_delay_seconds: float = 10.0
    header_timeout_seconds: float = 10.0  # a request's headers must arrive within this
    body_timeout_seconds: float = 30.0  # and its body within this, plus a second for each
    min_body_rate: float = 1024.0  # bytes of it received (a slow link's push gets through)
    keep_alive_seconds: float = 5.0
    max_connections: int = 256  # above this, requests are answered 503 at once
    max_header_bytes: int = 16 * 1024  # h11's own default, stated: tokens stay far below
    database_retry_seconds: int = 5  # Retry-After while the database cannot be reached
    origin: str | None = None
    forward_url: str | None = None
    forward_batch: int = 500
    forward_interval_seconds: float = 2.0
    forward_attempts: int = 5
    forward_timeout_seconds: float = 30.0
    database_connections: int = 16
    access_log: bool = False
    migrate: bool = True  # apply pending schema migrations at start; else refuse an older one

    @property
    def database_url(self) -> str:
        """The database to use: `--database`, else the environment, else SQLite in the data dir."""
        if self.database:
            return self.database
        from_env = os.environ.get(DATABASE_ENV)
        if from_env:
            return from_env
        return f"sqlite:///{self.data_dir / 'server.db'}"
