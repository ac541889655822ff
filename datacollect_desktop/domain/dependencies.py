"""Events that follow a refused one: they change a record it changes, so they wait for it.

A household refused by the sync server while its members were accepted would leave every
other device with members of a household that does not exist, and the household, accepted
later, would come after them in the server's order. So an event that changes a record an
earlier refused event changes is held back too, on the server within one push and on the
device across pushes, until the refused one is accepted. One rule, for both sides.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

DEPENDS_ON_REFUSED = "depends_on_refused"


def touched_entities(doc: Any) -> set[str]:
    """The records an event (wire or leaf JSON) changes: its entity and the members it adds,
    nested groups' members included."""
    if not isinstance(doc, Mapping):
        return set()
    found = {doc["entityGuid"]} if isinstance(doc.get("entityGuid"), str) else set()
    data = doc.get("data")
    if isinstance(data, Mapping):
        _members(data.get("members"), found)
    return found


def _members(members: Any, found: set[str]) -> None:
    if not isinstance(members, list):
        return
    for member in members:
        if isinstance(member, Mapping):
            if isinstance(member.get("guid"), str):
                found.add(member["guid"])
            _members(member.get("members"), found)


def held_back(docs: Sequence[Any], refused: Iterable[int],
              blocked: Iterable[str] = ()) -> set[int]:
    """Positions in `docs` (in push order) of events that change a record that a refused
    event before them changes (`refused`: positions of refused events; `blocked`: records
    refused events outside `docs` change). A held event blocks its own records in turn."""
    refused = set(refused)
    blocked_now = set(blocked)
    held: set[int] = set()
    for index, doc in enumerate(docs):
        touched = touched_entities(doc)
        if index in refused:
            blocked_now |= touched
        elif touched & blocked_now:
            held.add(index)
            blocked_now |= touched
    return held
