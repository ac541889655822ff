"""Events as the desktop writes them (guid, UTC stamp, signed-in user and DataCollect
metadata), and storing one with a plain-words error when the store does not take it."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from datacollect_desktop import __version__
from datacollect_desktop.app.clock import utc_stamp
from datacollect_desktop.domain.errors import KnownError
from datacollect_desktop.domain.events import Event
from datacollect_desktop.domain.messages import Message
from datacollect_desktop.domain.vocabulary import SubmitStatus, SyncLevel
from datacollect_desktop.storage.profile import Session

SOURCE = "desktop"


def new_guid() -> str:
    return str(uuid.uuid4())


@dataclass(frozen=True)
class Identity:
    """Who and what writes the events: the person's stable id (app/people.py, never a
    display name), this device and the app config version."""

    user_id: str
    device_id: str
    config_version: str


class EventFactory:
    """Builds events with `metadata` {deviceId, appVersion, formName, formVersion, source,
    correlationId}; `identity` is asked each time, so a settings change applies at once."""

    def __init__(self, identity: Callable[[], Identity],
                 clock: Callable[[], str] = utc_stamp) -> None:
        self.identity = identity
        self.clock = clock

    def event(self, type_: str, entity_guid: str, data: Mapping[str, Any], *, form_name: str,
              correlation_id: str, timestamp: str | None = None,
              sync_level: SyncLevel = SyncLevel.LOCAL) -> Event:
        who = self.identity()
        return Event(
            guid=new_guid(),
            entity_guid=entity_guid,
            type=type_,
            data=dict(data),
            timestamp=timestamp or self.clock(),
            user_id=who.user_id,
            sync_level=sync_level,
            metadata={
                "deviceId": who.device_id,
                "appVersion": __version__,
                "formName": form_name,
                "formVersion": who.config_version,
                "source": SOURCE,
                "correlationId": correlation_id,
            },
        )


class NotStored(KnownError):
    """The store did not take an event as asked. `in_history` tells the two cases apart:
    False, it refused the event and kept nothing; True, it kept the event in the history
    but could not apply it (a flag, listed under Needs attention)."""

    def __init__(self, template: str, /, *, in_history: bool, **params: Any) -> None:
        super().__init__(template, **params)
        self.in_history = in_history


@dataclass(frozen=True)
class StoreTexts:
    """What a person is told when the store does not take an event: two templates with a
    `{reason}` parameter, for a refusal and for an event kept but not applied."""

    refused: Message
    not_applied: Message


def store_event(session: Session, event: Event, texts: StoreTexts) -> None:
    """Submit one event; raises `NotStored` (with `texts`) unless it was stored and applied."""
    result = session.store.submit([event])[0]
    if result.status == SubmitStatus.REJECTED:
        raise NotStored(texts.refused.template, in_history=False, reason=result.error)
    if result.flag is not None:
        raise NotStored(texts.not_applied.template, in_history=True, reason=result.flag)
