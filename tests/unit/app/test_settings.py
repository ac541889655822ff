"""Settings and app configs: kept in the profile, loaded from a file or a real HTTP server."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from datacollect_desktop.app.app_config import BUNDLED_CONFIG, fetch_config
from datacollect_desktop.app.gate import ProfileGate
from datacollect_desktop.app.workspace import Workspace
from datacollect_desktop.domain.errors import InvalidAppConfig, KnownError
from tests.conftest import PASSPHRASE

CONFIG = json.loads(BUNDLED_CONFIG.read_text())
SMALL = {**CONFIG, "id": "small", "version": "2.0.0", "entityForms": CONFIG["entityForms"][:1]}


class _Server(BaseHTTPRequestHandler):
    """The two DataCollect endpoints a device uses to fetch its forms."""

    def log_message(self, *args: Any) -> None:
        return None

    def _send(self, status: int, doc: Any) -> None:
        body = json.dumps(doc).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self) -> None:
        length = int(self.headers["Content-Length"])
        body = json.loads(self.rfile.read(length))
        if body == {"email": "awa@example.org", "password": "pw"}:
            self._send(200, {"token": "t-1", "userId": "u-1"})
        else:
            self._send(401, {"error": "unauthorized", "message": "wrong email or password"})

    def do_GET(self) -> None:
        if self.headers.get("Authorization") != "Bearer t-1":
            self._send(401, {"error": "unauthorized"})
        elif self.path == "/api/apps/small":
            self._send(200, SMALL)
        else:
            self._send(404, {"error": "not_found"})


@pytest.fixture
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Server)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_settings_are_kept_in_the_profile(workspace: Workspace, gate: ProfileGate) -> None:
    workspace.save_settings(workspace.settings.changed(
        server_url="https://sync.example.org", account="awa@example.org",
        sync_interval_minutes=30, auto_lock_minutes=5))
    workspace.close()
    reopened = gate.unlock(PASSPHRASE)
    try:
        settings = reopened.settings
        assert (settings.server_url, settings.account, settings.sync_interval_minutes,
                settings.auto_lock_minutes, settings.user_name) == (
            "https://sync.example.org", "awa@example.org", 30, 5, "Awa Diallo")
        assert settings.sync_configured
    finally:
        reopened.close()


def test_a_config_file_is_loaded_and_kept_for_offline_use(
        workspace: Workspace, gate: ProfileGate, tmp_path: Path) -> None:
    path = tmp_path / "small.json"
    path.write_text(json.dumps(SMALL))
    workspace.save_settings(workspace.settings.changed(config_source="file",
                                                       config_path=str(path)))
    assert workspace.config.id == "small"
    path.unlink()
    workspace.close()
    reopened = gate.unlock(PASSPHRASE)
    try:
        assert reopened.config.id == "small"
    finally:
        reopened.close()


def test_an_unreadable_config_leaves_the_settings_as_they_were(
        workspace: Workspace, tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"entityForms": "nope"}')
    with pytest.raises(InvalidAppConfig):
        workspace.save_settings(workspace.settings.changed(config_source="file",
                                                           config_path=str(broken)))
    with pytest.raises(KnownError, match="Cannot read"):
        workspace.save_settings(workspace.settings.changed(
            config_source="file", config_path=str(tmp_path / "missing.json")))
    assert workspace.settings.config_source == "bundled"
    assert workspace.config.id == "household-registration"


def test_a_config_is_fetched_from_the_server_after_signing_in(server: str) -> None:
    config = fetch_config(server, "awa@example.org", "pw", "small")
    assert (config.id, config.version, [f.name for f in config.entity_forms]) == (
        "small", "2.0.0", ["household"])


@pytest.mark.parametrize(("account", "password", "config_id", "message"), [
    ("awa@example.org", "wrong", "small", "did not accept"),
    ("awa@example.org", "pw", "other", "has no app config 'other'"),
])
def test_server_refusals_are_told_in_plain_words(server: str, account: str, password: str,
                                                 config_id: str, message: str) -> None:
    with pytest.raises(KnownError, match=message):
        fetch_config(server, account, password, config_id)


def test_an_unreachable_server_is_told_in_plain_words() -> None:
    with pytest.raises(KnownError, match="Could not reach the server"):
        fetch_config("http://127.0.0.1:9", "a@b.org", "pw", "small")
