"""This profile's preferences: who the worker is, the sync server, the app config, timers."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from datacollect_desktop.domain.errors import KnownError
from datacollect_desktop.domain.messages import Message
from datacollect_desktop.storage.profile import Session
from datacollect_desktop.storage.settings import SettingsTable
from datacollect_desktop.sync.engine import DOWNLOAD_ALL, DOWNLOAD_ON_VIEW

CONFIG_SOURCES = ("bundled", "file", "server")
#: When the attachments (photos, signatures, files) of records pulled from the server are
#: downloaded: all at every sync, or a record's when it is first viewed.
ATTACHMENT_DOWNLOADS = (DOWNLOAD_ALL, DOWNLOAD_ON_VIEW)
#: Minutes between syncs: at least one, at most a day.
SYNC_MINUTES = (1, 24 * 60)
#: Minutes without use before the profile locks: a laptop left open locks within the hour.
LOCK_MINUTES = (1, 60)


class InvalidSettings(KnownError):
    """A setting is out of its range; nothing was saved."""

    code = "invalid_settings"


def settings_problems(settings: Settings) -> list[Message]:
    """Each setting out of its range, in words (empty when all are fine)."""
    problems = []
    low, high = SYNC_MINUTES
    if not low <= settings.sync_interval_minutes <= high:
        problems.append(Message(
            "Sync every: enter {low} to {high} minutes ({value} is out of range).",
            low=low, high=high, value=settings.sync_interval_minutes))
    low, high = LOCK_MINUTES
    if not low <= settings.auto_lock_minutes <= high:
        problems.append(Message(
            "Lock after idle: enter {low} to {high} minutes ({value} is out of range).",
            low=low, high=high, value=settings.auto_lock_minutes))
    return problems


@dataclass(frozen=True)
class Settings:
    """Everything the settings dialog edits; stored in the encrypted profile.

    Neither `user_name` nor `account` is what events are signed with: that is a stable id
    of the person (app/people.py), and `user_name` is only this worker's own display name.
    """

    user_name: str = ""
    server_url: str = ""
    account: str = ""
    password: str = ""
    config_source: str = "bundled"
    config_path: str = ""
    config_id: str = ""
    sync_interval_minutes: int = 15
    auto_lock_minutes: int = 10
    attachment_downloads: str = "all"

    @property
    def sync_configured(self) -> bool:
        return bool(self.server_url.strip() and self.account.strip())

    @property
    def downloads_on_view(self) -> bool:
        """A record's attachments are downloaded when it is opened, not at each sync."""
        return self.attachment_downloads == DOWNLOAD_ON_VIEW

    def changed(self, **values: Any) -> Settings:
        return replace(self, **values)


_KEYS = {f.name for f in fields(Settings)}


class SettingsService:
    """Loads and saves `Settings`; unknown stored keys are kept for newer versions."""

    def __init__(self, session: Session) -> None:
        self.table = SettingsTable(session.db)

    def load(self) -> Settings:
        stored = self.table.all()
        known = {k: v for k, v in stored.items() if k in _KEYS}
        defaults = Settings()
        for key, value in list(known.items()):
            if not isinstance(value, type(getattr(defaults, key))):
                del known[key]  # a value of the wrong type falls back to the default
        return Settings(**known)

    def save(self, settings: Settings) -> None:
        """Keep `settings`; raises `InvalidSettings` for a value out of range."""
        if settings.config_source not in CONFIG_SOURCES:
            raise ValueError(f"unknown config source {settings.config_source!r}")
        if settings.attachment_downloads not in ATTACHMENT_DOWNLOADS:
            raise ValueError(f"unknown attachment download mode "
                             f"{settings.attachment_downloads!r}")
        problems = settings_problems(settings)
        if problems:
            raise InvalidSettings(problems[0])
        self.table.update(asdict(settings))

    def stored_config(self) -> dict[str, Any] | None:
        """The app config chosen last (its JSON), kept so it works offline."""
        value = self.table.all().get("app_config")
        return value if isinstance(value, dict) else None

    def store_config(self, raw: dict[str, Any] | None) -> None:
        self.table.update({"app_config": raw})
