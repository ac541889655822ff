"""An in-memory server log for replica tests: pushes append in order, pulls page through it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from datacollect_desktop.domain.canonical import parse_json
from datacollect_desktop.storage.pages import PulledEvent
from datacollect_desktop.storage.profile import Session
from datacollect_desktop.storage.replica import Replica


@dataclass
class MemoryLog:
    """The server's order: a list of leaves, one per guid; a guid with other content is refused."""

    leaves: list[bytes] = field(default_factory=list)
    by_guid: dict[str, bytes] = field(default_factory=dict)

    def push(self, wires: Sequence[bytes]) -> tuple[list[str], dict[str, str]]:
        accepted: list[str] = []
        refused: dict[str, str] = {}
        for wire in wires:
            doc = parse_json(wire)
            pulled = PulledEvent.from_wire(doc)
            guid = pulled.event.guid
            held = self.by_guid.get(guid)
            if held is None:
                self.by_guid[guid] = pulled.body
                self.leaves.append(pulled.body)
                accepted.append(guid)
            elif held == pulled.body:
                accepted.append(guid)
            else:
                refused[guid] = "another event with this guid is stored"
        return accepted, refused

    def page(self, position: int, limit: int) -> tuple[list[PulledEvent], int]:
        chunk = self.leaves[position:position + limit]
        pulled = []
        for body in chunk:
            doc = parse_json(body)
            doc["syncLevel"] = 1
            pulled.append(PulledEvent.from_wire(doc))
        return pulled, position + len(chunk)


def replica(session: Session) -> Replica:
    return Replica(session.db, session.registry)


def push_some(session: Session, log: MemoryLog, count: int) -> None:
    items = replica(session).push_chunk(0, count, 1 << 30)
    if items:
        accepted, refused = log.push([item.wire() for item in items])
        replica(session).mark_pushed(accepted, refused)


def pull_some(session: Session, log: MemoryLog, pages: int, limit: int) -> None:
    rep = replica(session)
    if rep.remote.get() is None:
        rep.remote.bind("memory://log", "cfg")
    for _ in range(pages):
        state = rep.remote.get()
        position = int(state.cursor) if state and state.cursor else 0
        events, after = log.page(position, limit)
        if not events:
            return
        rep.apply_page(events, remote={"cursor": str(after)})


def sync_fully(session: Session, log: MemoryLog) -> None:
    while replica(session).pending_count():
        push_some(session, log, 7)
    pull_some(session, log, 10_000, 5)
