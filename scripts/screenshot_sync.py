"""A sync server's log kept in memory, for the screenshots: the profile really syncs with it
(push, pull, the device's checkpoint checks), so the integrity and conflict screens show what
a synced laptop shows, without starting a server.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from datacollect_desktop.domain import merkle
from datacollect_desktop.domain.canonical import canonical_json, parse_json
from datacollect_desktop.domain.signed_note import Checkpoint, NoteSigner, sign_checkpoint
from datacollect_desktop.storage.keys import KdfParams
from datacollect_desktop.storage.pages import PulledEvent
from datacollect_desktop.storage.profile import Profile, Session
from datacollect_desktop.storage.remote import RemoteStore
from datacollect_desktop.storage.replica import Replica
from datacollect_desktop.sync.checkpoints import CheckpointGuard

SERVER_URL = "https://sync.example.org"
LOG_NAME = "sync.example.org"


class MemoryServer:
    """An append-only log of leaves with signed checkpoints; answers what the device's
    `CheckpointGuard` asks (key, checkpoint, consistency proofs)."""

    def __init__(self) -> None:
        self.signer = NoteSigner.generate(LOG_NAME)
        self.leaves: list[bytes] = []
        self.guids: set[str] = set()
        self.tree = merkle.MemoryTree()

    def verifier_key(self) -> str:
        return self.signer.verifier.verifier_key()

    def checkpoint(self) -> dict[str, Any]:
        root = self.tree.root()
        note = sign_checkpoint(self.signer, Checkpoint(LOG_NAME, self.tree.size, root))
        return {"note": note, "treeSize": self.tree.size, "rootHash": root.hex()}

    def consistency(self, first: int, second: int) -> list[bytes]:
        return merkle.consistency_proof(self.tree, first, second)

    def _append(self, body: bytes) -> None:
        guid = PulledEvent.from_wire(parse_json(body)).event.guid
        if guid not in self.guids:
            self.guids.add(guid)
            self.leaves.append(body)
            self.tree.append_leaf_hash(merkle.leaf_hash(body))

    def hold_synced(self, session: Session) -> None:
        """Take the profile's events marked as synced (the demo marks older work so) as if
        this server had received them, in the profile's order."""
        for stored in session.queries.events():
            if stored.event.sync_level > 0:
                self._append(canonical_json(stored.event.leaf_document()))

    def sync(self, session: Session) -> None:
        """Push the profile's pending events, pull everything it lacks, check the log."""
        replica = Replica(session.db, session.registry)
        remote = RemoteStore(session.db)
        remote.bind(SERVER_URL, "household-registration")
        items = replica.push_chunk(0, 1 << 30, 1 << 40)
        for item in items:
            self._append(item.body)
        replica.mark_pushed([item.guid for item in items], {})
        CheckpointGuard(self, remote).start()  # type: ignore[arg-type]
        state = remote.get()
        position = int(state.cursor) if state and state.cursor else 0
        events = [PulledEvent.from_wire({**parse_json(body), "syncLevel": 1})
                  for body in self.leaves[position:]]
        if events:
            replica.apply_page(events, remote={"cursor": str(len(self.leaves))})
        remote.mark_success()


def other_device(directory: Path) -> Session:
    fast = KdfParams(iterations=1, lanes=1, memory_cost=8 * 1024)
    return Profile(directory).create("another laptop, not secret", fast, recovery=False)[0]
