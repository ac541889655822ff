""""As of T": the state replayed, in canonical order, from exactly the events stamped by T.

Canonical order decides the state; timestamps decide which events count. Counting a subset
of the log means an event's outcome can differ from the one recorded for the whole log (an
update whose create is stamped later is flagged here), so the subset is projected afresh
with `projection.project`, never through the stored outcomes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from datacollect_desktop.domain.entities import Entity
from datacollect_desktop.domain.events import Event, parse_timestamp
from datacollect_desktop.domain.projection import project
from datacollect_desktop.domain.registry import EventTypeRegistry

Lookup = Callable[[str], Entity | None]

_FRACTION = re.compile(r"\.(\d{1,9})")


def stamp_key(stamp: str) -> tuple[str, int]:
    """A sortable key of a UTC stamp: its second (`YYYY-MM-DDTHH:MM:SS`) and nanoseconds.

    Stamps may carry any fraction and `Z` or `+00:00`, so their text alone does not sort
    (`…00.5Z` > `…00Z` as text, although it is later only by half a second)."""
    parse_timestamp(stamp)  # refuses anything that is not a UTC ISO-8601 time
    fraction = _FRACTION.match(stamp, 19)
    nanos = int((fraction.group(1) + "000000000")[:9]) if fraction else 0
    return stamp[:19], nanos


@dataclass(frozen=True, slots=True)
class Cut:
    """Which events count: those stamped before `moment`, and those stamped exactly then
    up to canonical rank `through` (every one of them when None).

    `Cut(T)` is "as of T". A cut through an event (`through` its rank) is "as of that
    event": its moment counts events that share its stamp only up to it, so consecutive
    events of a record give consecutive states even when their stamps are equal."""

    moment: str
    through: int | None = None
    key: tuple[str, int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "key", stamp_key(self.moment))

    @property
    def second(self) -> str:
        """The moment's whole second: a stamp of another second counts by its text alone."""
        return self.key[0]

    def counts(self, timestamp: str, rank: int) -> bool:
        """Whether the event stamped `timestamp`, of canonical rank `rank`, counts."""
        key = stamp_key(timestamp)
        if key != self.key:
            return key < self.key
        return self.through is None or rank <= self.through


@dataclass
class Fold:
    """Projects counted events, in canonical order, onto a base state seen through `base`.

    `changed` holds every entity the folded events changed (its state after them);
    `flags` the outcome of each folded event (None when it applied)."""

    registry: EventTypeRegistry
    base: Lookup
    changed: dict[str, Entity] = field(default_factory=dict)
    flags: dict[str, str | None] = field(default_factory=dict)

    def lookup(self, guid: str) -> Entity | None:
        return self.changed[guid] if guid in self.changed else self.base(guid)

    def apply(self, event: Event) -> None:
        outcome = project(event, self.lookup, self.registry, strict=False)
        for _, after in outcome.changes:
            self.changed[after.guid] = after
        self.flags[event.guid] = outcome.flag if not outcome.applied else None

    def apply_all(self, events: Iterable[Event]) -> Fold:
        for event in events:
            self.apply(event)
        return self


def replay_as_of(ranked: Iterable[tuple[int, Event]], cut: Cut,
                 registry: EventTypeRegistry) -> dict[str, Entity]:
    """The reference: every entity as of `cut`, from nothing, given the whole log as
    (canonical rank, event) in canonical order. Deleted records are in it, marked."""
    counted = (event for rank, event in ranked if cut.counts(event.timestamp, rank))
    return Fold(registry, lambda _guid: None).apply_all(counted).changed
