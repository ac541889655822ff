"""The reference for "as of": a from-scratch replay of the events stamped by a moment.

Built from the plain definition, independently of the code under test: take the log in
canonical order, keep the events stamped at or before the moment (compared as instants), and
replay them with `domain.projection.replay`.
"""

from __future__ import annotations

import itertools
from datetime import datetime

from datacollect_desktop.domain.entities import Entity
from datacollect_desktop.domain.events import Event, parse_timestamp
from datacollect_desktop.domain.projection import replay
from datacollect_desktop.storage.order import canonical_batches
from datacollect_desktop.storage.profile import Session


def canonical_events(session: Session) -> list[Event]:
    """Every event the profile holds, in canonical order."""
    batches = canonical_batches(session.db.connection(), 1000)
    return [stored.event for stored in itertools.chain.from_iterable(batches)]


def instant(stamp: str) -> datetime:
    return parse_timestamp(stamp)


def replayed(session: Session, moment: str, through: str | None = None) -> dict[str, Entity]:
    """Every entity as of `moment`; with `through` (an event guid stamped `moment`), only
    the events sharing that stamp up to it in canonical order count."""
    events = canonical_events(session)
    at = instant(moment)
    last = next(i for i, e in enumerate(events) if e.guid == through) if through else None
    counted = [e for i, e in enumerate(events) if instant(e.timestamp) < at or (
        instant(e.timestamp) == at and (last is None or i <= last))]
    return replay(counted, session.registry)


def living(state: dict[str, Entity]) -> list[Entity]:
    """The records not deleted, by name as the registry lists them."""
    return sorted((e for e in state.values() if not e.deleted),
                  key=lambda e: ((e.name or "").casefold(), e.guid))
