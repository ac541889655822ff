"""An unlocked profile with the services the window uses: one object to open and to close."""

from __future__ import annotations

from datacollect_desktop.app.app_config import ConfigService
from datacollect_desktop.app.attachments import AttachmentService
from datacollect_desktop.app.browse import BrowseService
from datacollect_desktop.app.drafts import DraftService
from datacollect_desktop.app.duplicates import DuplicateFinder
from datacollect_desktop.app.event_types import EventTypes
from datacollect_desktop.app.exports import ExportService
from datacollect_desktop.app.people import PeopleService
from datacollect_desktop.app.profile_lock import ProfileLock
from datacollect_desktop.app.registration import Registrar
from datacollect_desktop.app.settings import Settings, SettingsService
from datacollect_desktop.app.submission import EventFactory, Identity
from datacollect_desktop.domain.forms import AppConfig
from datacollect_desktop.storage.profile import Session


class Workspace:
    """Services over one unlocked `Session`. Every service uses the caller's thread's
    connection, so a worker thread may call them too. A window's workspace holds the
    profile's `ProfileLock` until it is closed."""

    def __init__(self, session: Session, lock: ProfileLock | None = None) -> None:
        self.session = session
        self.lock = lock
        self.settings_store = SettingsService(session)
        self.settings = self.settings_store.load()
        self.configs = ConfigService(session, self.settings_store)
        self.config: AppConfig = self.configs.current()
        # What this device stores, the server (with the same config) accepts.
        session.store.use_config(lambda: self.config)
        # The types the config declares and the plug-ins give, before anything applies events.
        self.event_types = EventTypes(session)
        self.event_types.use(self.config)
        self.device_id = session.meta("device_id") or "unknown-device"
        self.people = PeopleService(session, lambda: self.settings)
        self.people.adopt_own_events(self.device_id)
        self.events = EventFactory(self.identity)
        self.registrar = Registrar(session, self.events)
        self.drafts = DraftService(session)
        self.browse = BrowseService(session, lambda: self.config)
        self.duplicates = DuplicateFinder(session)
        self.exports = ExportService(session, lambda: self.config)
        self.attachments = AttachmentService(session, lambda: self.config)
        # Files added to forms that were then given up (no draft, no record refers to them).
        self.attachments.remove_unreferenced()

    def identity(self) -> Identity:
        """Who writes the next event: the person's stable id (never a display name)."""
        return Identity(self.people.own_user_id(), self.device_id, self.config.version)

    def save_settings(self, settings: Settings) -> None:
        """Keep new settings; a changed config source is loaded first, so a config that
        cannot be read leaves everything as it was (raises `KnownError`)."""
        source_changed = (settings.config_source, settings.config_path, settings.config_id) != (
            self.settings.config_source, self.settings.config_path, self.settings.config_id)
        if source_changed:
            self.config = self.configs.choose(settings)
        self.settings_store.save(settings)
        self.settings = settings
        if source_changed:
            self.event_types.use(self.config)

    def close(self) -> None:
        """Close this thread's connection (worker threads close their own), and let another
        window open the profile."""
        try:
            self.session.close()
        finally:
            if self.lock is not None:
                self.lock.release()
