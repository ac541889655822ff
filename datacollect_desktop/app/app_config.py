"""Where the forms come from: the bundled example, a file, or the sync server."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx

from datacollect_desktop.app.settings import Settings, SettingsService
from datacollect_desktop.domain.errors import InvalidAppConfig, KnownError
from datacollect_desktop.domain.forms import AppConfig
from datacollect_desktop.storage.profile import Session
from datacollect_desktop.storage.remote import RemoteStore, normalized_url

# Inside the package, so a wheel, an install and the bundle all carry them.
RESOURCES = Path(__file__).resolve().parents[1] / "resources"
BUNDLED_CONFIG = RESOURCES / "configs" / "household-registration.json"
TIMEOUT_S = 15.0


def load_config_file(path: Path) -> AppConfig:
    """Read and check an app config file; problems come back as `KnownError`s."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise KnownError("Cannot read the app config {path}: {reason}.", path=path,
                         reason=reason) from None
    return AppConfig.from_json(text)


def bundled_config() -> AppConfig:
    return load_config_file(BUNDLED_CONFIG)


def config_version(config: AppConfig) -> str:
    """The app config's identity for sync (`id@version`): recorded with every refusal, and
    when it changes the refused events are pushed again."""
    return f"{config.id}@{config.version}"


def sync_config_id(settings: Settings, config: AppConfig, bound: str | None = None) -> str:
    """The app config id to sync with: the one chosen for a config from the server, else the
    one this profile already syncs with on that server (`bound`: a profile that synced as
    "default" keeps its server order), else the id of the config in use (the bundled example
    syncs as `household-registration`)."""
    if settings.config_source == "server" and settings.config_id.strip():
        return settings.config_id.strip()
    return bound or config.id.strip() or "default"


def bound_config_id(session: Session, server_url: str) -> str | None:
    """The app config id this profile already pulled from on `server_url`, if any (call on
    the thread that syncs: it reads through that thread's connection). A config that was
    only tried (refused before anything was pulled) does not count."""
    state = RemoteStore(session.db).get()
    if state is None or state.server_url != normalized_url(server_url) or state.cursor is None:
        return None
    return state.config_id


def fetch_config(server_url: str, account: str, password: str, config_id: str,
                 *, transport: httpx.BaseTransport | None = None) -> AppConfig:
    """Sign in and download app config `config_id` (`GET /api/apps/:id`)."""
    base = server_url.strip().rstrip("/")
    if not base.startswith(("http://", "https://")):
        raise KnownError("The server address must start with http:// or https://.")
    if not config_id.strip():
        raise KnownError("Enter the id of the app config to download.")
    try:
        with httpx.Client(base_url=base, timeout=TIMEOUT_S, transport=transport) as client:
            login = client.post("/api/users/login", json={"email": account, "password": password})
            if login.status_code in (400, 401, 403):
                raise KnownError("The server did not accept this e-mail and password.")
            login.raise_for_status()
            token = login.json().get("token")
            if not isinstance(token, str):
                raise KnownError("The server's sign-in answer had no token; is this a "
                                 "DataCollect server?")
            answer = client.get(f"/api/apps/{config_id.strip()}",
                                headers={"Authorization": f"Bearer {token}"})
            if answer.status_code == 404:
                raise KnownError("The server has no app config {config_id!r} for this account.",
                                 config_id=config_id)
            answer.raise_for_status()
            doc: Any = answer.json()
    except httpx.TransportError:
        raise KnownError("Could not reach the server at {url}. Check the address and the "
                         "network, then try again.", url=base) from None
    except httpx.HTTPStatusError as exc:
        raise KnownError("The server answered with an error ({status}); try again later.",
                         status=exc.response.status_code) from None
    except (ValueError, json.JSONDecodeError):
        raise KnownError("The server's answer was not JSON; is this a DataCollect server?"
                         ) from None
    return AppConfig.from_json(doc)


class ConfigService:
    """The app config in use: the one stored in the profile, else the bundled example."""

    def __init__(self, session: Session, settings: SettingsService) -> None:
        self.session = session
        self.settings = settings

    def current(self) -> AppConfig:
        raw = self.settings.stored_config()
        if raw is not None:
            try:
                return AppConfig.from_json(raw)
            except InvalidAppConfig:
                pass  # a stored config this version cannot read: fall back to the example
        return bundled_config()

    def choose(self, settings: Settings) -> AppConfig:
        """Load the config `settings` name and keep it in the profile; raises `KnownError`."""
        if settings.config_source == "file":
            if not settings.config_path.strip():
                raise KnownError("Choose the app config file to load.")
            config = load_config_file(Path(settings.config_path))
        elif settings.config_source == "server":
            config = fetch_config(settings.server_url, settings.account, settings.password,
                                  settings.config_id)
        else:
            config = bundled_config()
        self.settings.store_config(dict(config.raw))
        return config
