"""Potential duplicates at entry: people already registered who resemble the one being typed."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from datacollect_desktop.domain.duplicates import is_potential_duplicate, person_key
from datacollect_desktop.domain.entities import INDIVIDUAL, Entity, display_name
from datacollect_desktop.storage.browse import Browse
from datacollect_desktop.storage.profile import Session


@dataclass(frozen=True, slots=True)
class PersonMatch:
    """An existing person who may be the same as the one being entered."""

    guid: str
    name: str
    birth_date: str
    score: float


class DuplicateFinder:
    """Uses the store's own rule (same birth date, similar name), before anything is saved."""

    def __init__(self, session: Session) -> None:
        self.browse = Browse(session.db)

    def similar_people(self, data: Mapping[str, Any], *, exclude: str | None = None
                       ) -> list[PersonMatch]:
        """Matches for form data, best first; empty without both a name and a birth date."""
        candidate = Entity(guid="", type=INDIVIDUAL, version=0, data=dict(data),
                           last_updated="", name=display_name(data))
        key = person_key(candidate)
        if key is None:
            return []
        matches = []
        for guid, name, name_key in self.browse.people_born(key[0]):
            if guid == exclude:
                continue
            score = is_potential_duplicate(key, (key[0], name_key))
            if score is not None:
                matches.append(PersonMatch(guid, name, key[0], score))
        return sorted(matches, key=lambda m: (-m.score, m.name, m.guid))
