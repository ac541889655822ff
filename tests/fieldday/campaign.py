"""The campaign's server: the project's own server process, loaded with the bundled
household-registration config, with two field workers and one supervisor assigned to it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from datacollect_desktop.app.app_config import BUNDLED_CONFIG
from tests.integration.server.support import PASSWORD, ServerHandle, run_cli, start_server

CONFIG = json.loads(BUNDLED_CONFIG.read_text(encoding="utf-8"))
CONFIG_ID: str = CONFIG["id"]
WORKER_A = "amina@field.example.org"
WORKER_B = "baraka@field.example.org"
SUPERVISOR = "sara@field.example.org"


@dataclass(frozen=True)
class Account:
    """A person of the campaign: the name typed at first run and the server account."""

    name: str
    email: str
    role: str
    password: str = PASSWORD


AMINA = Account("Amina Field", WORKER_A, "field-worker")
BARAKA = Account("Baraka Field", WORKER_B, "field-worker")
SARA = Account("Sara Supervisor", SUPERVISOR, "supervisor")
ACCOUNTS = (AMINA, BARAKA, SARA)


def start_campaign_server(data_dir: Path, database: str | None = None) -> ServerHandle:
    """Create the accounts and load the bundled config with the server's own commands, then
    start it on a free loopback port."""
    storage = ["--data-dir", str(data_dir)] + (["--database", database] if database else [])
    for account in ACCOUNTS:
        run_cli("create-user", account.email, "--role", account.role, "--config-id", CONFIG_ID,
                *storage)
    run_cli("load-config", str(BUNDLED_CONFIG), *storage)
    return start_server(data_dir, database=database)
