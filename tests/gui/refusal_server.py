"""A real sync server that refuses what the bundled config lets a device store.

The server holds `household-registration` with the household's address required (the
bundled config leaves it optional), so a household registered in the window with a name only
is stored on the laptop and refused by the server. `relax` puts the bundled config's rules
back under a newer version, as an admin would.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from datacollect_desktop.app.app_config import BUNDLED_CONFIG
from datacollect_desktop.app.gate import ProfileGate
from datacollect_desktop.domain.canonical import canonical_json
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.integration.server.support import (
    ADMIN,
    PASSWORD,
    ServerHandle,
    prepare_data_dir,
    run_cli,
)

CONFIG_ID = "household-registration"
FIELD_WORKER = "field@example.org"
StartServer = Callable[..., ServerHandle]


def bundled() -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(BUNDLED_CONFIG.read_text(encoding="utf-8"))
    return doc


def strict() -> dict[str, Any]:
    """The bundled config, but the household's address is required."""
    doc = copy.deepcopy(bundled())
    (household,) = [f for f in doc["entityForms"] if f["name"] == "household"]
    (address,) = [c for c in household["formio"]["components"] if c["key"] == "address"]
    address["validate"] = {"required": True}
    return doc


def start_refusing_server(start: StartServer, directory: Path) -> ServerHandle:
    """The standard accounts, a field worker on the bundled config's id, the strict config."""
    prepare_data_dir(directory)
    storage = ["--data-dir", str(directory)]
    run_cli("create-user", FIELD_WORKER, "--role", "field-worker", "--config-id", CONFIG_ID,
            *storage)
    path = directory / "strict.json"
    path.write_bytes(canonical_json(strict()))
    run_cli("load-config", str(path), *storage)
    return start(data_dir=directory, prepare=False)


def relax(server: ServerHandle, version: str = "1.0.1") -> None:
    """An admin replaces the strict config by the bundled one under a newer version."""
    doc = {**bundled(), "version": version}
    answer = server.as_user(ADMIN).put(f"/api/apps/{CONFIG_ID}", json=doc)
    assert answer.status_code == 200, answer.text


def set_up_sync(profile: Path, server_url: str, account: str = FIELD_WORKER,
                password: str = PASSWORD) -> None:
    """Point a closed profile at the server through its settings service."""
    workspace = ProfileGate(profile, FAST_KDF).unlock(PASSPHRASE)
    try:
        workspace.save_settings(replace(workspace.settings, server_url=server_url,
                                        account=account, password=password))
    finally:
        workspace.close()
