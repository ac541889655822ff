"""Builders of valid events for tests."""

from __future__ import annotations

import itertools
from typing import Any

from datacollect_desktop.domain.events import Event, event_from_wire

_counter = itertools.count(1)


def stamp(second: int) -> str:
    minutes, seconds = divmod(second, 60)
    hours, minutes = divmod(minutes, 60)
    return f"2024-05-01T{hours % 24:02d}:{minutes:02d}:{seconds:02d}.000Z"


def wire(entity: str, type_: str, data: dict[str, Any], *, guid: str | None = None,
         second: int | None = None, user: str = "worker-1", **extra: Any) -> dict[str, Any]:
    n = next(_counter)
    doc = {
        "guid": guid or f"evt-{n:06d}",
        "entityGuid": entity,
        "type": type_,
        "data": data,
        "timestamp": stamp(n if second is None else second),
        "userId": user,
        "syncLevel": 0,
    }
    doc.update(extra)
    return doc


def event(entity: str, type_: str, data: dict[str, Any], **kwargs: Any) -> Event:
    return event_from_wire(wire(entity, type_, data, **kwargs))
