"""The event types this device applies: the built-in ones, the app config's declarations and
the deployment's plug-ins, kept in the profile's one registry (so submit, rebuild, sync and the
history all apply the same types), and the events that waited for a type to be known."""

from __future__ import annotations

import logging

from datacollect_desktop.app.app_config import ConfigService
from datacollect_desktop.app.settings import SettingsService
from datacollect_desktop.domain.declared_types import (
    Plugins,
    declared_form,
    extra_appliers,
    load_plugins,
)
from datacollect_desktop.domain.forms import AppConfig, EntityForm
from datacollect_desktop.domain.forms.event_types import DeclaredEventType
from datacollect_desktop.storage.profile import Session

_logger = logging.getLogger(__name__)


class EventTypes:
    """Keeps `session.registry` in step with the config in use (`use`)."""

    def __init__(self, session: Session, plugins: Plugins | None = None) -> None:
        self.session = session
        self.plugins = plugins if plugins is not None else load_plugins()
        self.config: AppConfig | None = None
        #: What went wrong loading plug-ins or combining them with the config, as sentences.
        self.problems: list[str] = []

    def use(self, config: AppConfig) -> int:
        """Apply `config`'s declared types (and the plug-ins'); events that waited for one of
        them are applied now, and those of a type no longer declared are unapplied, by
        rebuilding the projections. Returns how many events a rebuild replayed (0: none)."""
        self.config = config
        appliers, self.problems = extra_appliers(config, self.plugins)
        for problem in self.problems:
            _logger.error("%s", problem)
        registry = self.session.registry
        before = set(registry.known())
        registry.use_extra(appliers)
        gone = before - set(registry.known())
        if self.session.queries.any_applied(gone):
            # Records changed by a type the new config no longer has: replayed without it,
            # its events kept and flagged, as on a device that never knew it.
            _logger.info("event types no longer known: %s", sorted(gone))
            return self.session.store.rebuild()
        return self.apply_waiting()

    def apply_waiting(self) -> int:
        """Rebuild the projections when events kept for an unknown type can apply now."""
        waiting = self.session.queries.waiting_types()
        if not any(self.session.registry.knows(kind) for kind in waiting):
            return 0
        _logger.info("applying the events of newly known types %s", sorted(waiting))
        return self.session.store.rebuild()

    def declared_for(self, form_name: str | None) -> list[DeclaredEventType]:
        """The config's declared types a record made with `form_name` takes, in order."""
        config = self.config
        if config is None:
            return []
        return [d for d in config.event_types if d.applies_to_form(form_name)]

    def form_of(self, declared: DeclaredEventType) -> EntityForm | None:
        """The form a declared type is filled in with (None if the config lacks it)."""
        return declared_form(self.config, declared) if self.config is not None else None


def open_event_types(session: Session, plugins: Plugins | None = None) -> EventTypes:
    """At profile open (the command line; the window's `Workspace` does the same): the types
    of the config stored in the profile, else of the bundled example."""
    types = EventTypes(session, plugins)
    types.use(ConfigService(session, SettingsService(session)).current())
    return types
