"""The `datacollect-server` commands as real processes: accounts, configs, start-up refusals."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

from tests.integration.server.support import REPO, app_config, free_port, start_server


def server_cli(*args: str, password: str | None = "a long password",
               stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("DATACOLLECT_USER_PASSWORD", None)
    env.pop("DATACOLLECT_DATABASE_URL", None)
    if password is not None:
        env["DATACOLLECT_USER_PASSWORD"] = password
    return subprocess.run([sys.executable, "-m", "datacollect_desktop.server", *args],
                          input=stdin, capture_output=True, text=True, env=env, timeout=120,
                          cwd=REPO)


def test_create_user_takes_the_password_from_the_environment_once(tmp_path: Path) -> None:
    data = str(tmp_path / "data")
    made = server_cli("create-user", "ana@example.org", "--role", "field-worker",
                      "--config-id", "a", "b", "--data-dir", data)
    assert made.returncode == 0, made.stderr
    assert "created field-worker ana@example.org" in made.stdout
    again = server_cli("create-user", "ANA@example.org", "--role", "admin", "--data-dir", data)
    assert again.returncode == 1
    assert "already exists" in again.stderr and "Traceback" not in again.stderr


def test_create_user_refuses_a_short_or_missing_password(tmp_path: Path) -> None:
    data = str(tmp_path / "data")
    short = server_cli("create-user", "a@example.org", "--role", "admin", "--data-dir", data,
                       password="short")
    assert short.returncode == 1 and "at least 8" in short.stderr
    missing = server_cli("create-user", "a@example.org", "--role", "admin", "--data-dir", data,
                         password=None)
    assert missing.returncode == 1 and "DATACOLLECT_USER_PASSWORD" in missing.stderr
    bad_role = server_cli("create-user", "a@example.org", "--role", "boss", "--data-dir", data)
    assert bad_role.returncode == 2


def test_load_config_adds_then_replaces_and_refuses_invalid_files(tmp_path: Path) -> None:
    data = str(tmp_path / "data")
    path = tmp_path / "app.json"
    path.write_text(json.dumps(app_config("survey")))
    first = server_cli("load-config", str(path), "--data-dir", data)
    assert first.returncode == 0 and "added app config survey" in first.stdout
    second = server_cli("load-config", str(path), "--data-dir", data)
    assert second.returncode == 0 and "replaced app config survey" in second.stdout
    path.write_text('{"id": "x", "id": "y", "entityForms": []}')
    duplicate_keys = server_cli("load-config", str(path), "--data-dir", data)
    assert duplicate_keys.returncode == 1 and "duplicate" in duplicate_keys.stderr
    path.write_text(json.dumps({"id": "x", "entityForms": [{"name": "f"}]}))
    invalid = server_cli("load-config", str(path), "--data-dir", data)
    assert invalid.returncode == 1 and "formio" in invalid.stderr


def test_the_first_start_creates_private_keys_that_later_starts_keep(tmp_path: Path) -> None:
    data = tmp_path / "data"
    first = start_server(data, "--origin", "example.org/field-log")
    try:
        key = first.client().get("/api/sync/checkpoint/key").json()["verifierKey"]
    finally:
        first.stop()
    assert key.startswith("example.org/field-log+")
    for name in ("log-signing.key", "token-secret.key"):
        assert stat.S_IMODE((data / name).stat().st_mode) == 0o600
    second = start_server(data)
    try:
        assert second.client().get("/api/sync/checkpoint/key").json()["verifierKey"] == key
    finally:
        second.stop()
    other = server_cli("--port", str(free_port()), "--data-dir", str(data),
                       "--origin", "example.org/another-log")
    assert other.returncode == 1
    assert "example.org/field-log" in other.stderr and "Traceback" not in other.stderr


def test_an_unusable_database_url_is_a_clear_error(tmp_path: Path) -> None:
    result = server_cli("--port", str(free_port()), "--data-dir", str(tmp_path),
                        "--database", "mysql://nope")
    assert result.returncode == 1 and "postgresql://" in result.stderr
