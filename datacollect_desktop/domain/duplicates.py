"""Potential duplicates: people with the same birth date and a similar name.

Flags never block anything; they invite a person to look. The rule is deterministic so a
rebuild flags exactly the same pairs.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Any

from datacollect_desktop.domain.entities import INDIVIDUAL, Entity

BIRTH_DATE_KEYS = ("dateOfBirth", "birthDate", "birthdate", "dob")
SIMILARITY_THRESHOLD = 0.85


@lru_cache(maxsize=65_536)
def normalized_name(name: str) -> str:
    """Lower case, accents removed, tokens sorted: 'Ana María  Pérez' == 'perez ana maria'."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    letters = "".join(c if c.isalnum() else " " for c in decomposed if not unicodedata.combining(c))
    return " ".join(sorted(letters.split()))


def birth_date(data: Mapping[str, Any]) -> str | None:
    """The date part (YYYY-MM-DD) of the first birth-date field present."""
    for key in BIRTH_DATE_KEYS:
        value = data.get(key)
        if isinstance(value, str) and len(value) >= 10:
            return value[:10]
    return None


def person_key(entity: Entity) -> tuple[str, str] | None:
    """(birth date, normalized name) for a living individual that has both, else None."""
    if entity.type != INDIVIDUAL or entity.deleted or not entity.name:
        return None
    born = birth_date(entity.data)
    name = normalized_name(entity.name)
    if born is None or not name:
        return None
    return born, name


def _similar_enough(a: str, b: str) -> float | None:
    if a == b:
        return 1.0
    # Cheap upper bounds first: most pairs born the same day have unrelated names.
    if 2 * min(len(a), len(b)) / (len(a) + len(b)) < SIMILARITY_THRESHOLD:
        return None
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    if matcher.quick_ratio() < SIMILARITY_THRESHOLD:
        return None
    score = matcher.ratio()
    return score if score >= SIMILARITY_THRESHOLD else None


def is_potential_duplicate(a: tuple[str, str], b: tuple[str, str]) -> float | None:
    """The name similarity when two person keys look like the same person, else None."""
    if a[0] != b[0]:
        return None
    return _similar_enough(a[1], b[1])
