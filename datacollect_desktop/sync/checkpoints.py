"""Trust in the server's log: a pinned key, consistent checkpoints, proven inclusion.

The first sync pins the server's checkpoint key. Every checkpoint after that must carry a valid
signature by that key, never shrink, and extend the last checkpoint seen (RFC 9162 consistency
proof). Events pushed or pulled are proven to be leaves of a verified checkpoint with one
batched proof per chunk or page (`domain.multiproof`), which binds them to the signed size.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from datacollect_desktop.domain import merkle
from datacollect_desktop.domain.messages import Message
from datacollect_desktop.domain.multiproof import verify_batch_inclusion
from datacollect_desktop.domain.signed_note import NoteError, parse_verifier_key, verify_checkpoint
from datacollect_desktop.storage.remote import LOG_PROTOCOL, STOCK_PROTOCOL, RemoteStore
from datacollect_desktop.sync.client import SyncClient, TreeTooSmall
from datacollect_desktop.sync.errors import IntegrityAlarm, ServerTrouble


def alarm(problem: Message) -> IntegrityAlarm:
    """The alarm for a check the server's log failed; `problem` says which."""
    return IntegrityAlarm("The sync server failed an integrity check: {problem}. Sync stopped; "
                          "everything on this device is kept. Tell your supervisor.",
                          problem=problem)


def stopped(problem: Message) -> IntegrityAlarm:
    """The alarm for a problem that is a whole sentence already."""
    return IntegrityAlarm("{problem} Sync stopped; everything on this device is kept. Tell "
                          "your supervisor.", problem=problem)


def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


@dataclass(frozen=True, slots=True)
class SeenCheckpoint:
    """A verified tree head."""

    size: int
    root: bytes
    note: str

    def to_json(self) -> dict[str, Any]:
        return {"treeSize": self.size, "rootHash": self.root.hex(), "note": self.note}


class CheckpointGuard:
    """Checks every checkpoint and proof the server gives during one run."""

    def __init__(self, client: SyncClient, remote: RemoteStore) -> None:
        self.client = client
        self.remote = remote
        self.key: str | None = None
        self.current: SeenCheckpoint | None = None

    def start(self) -> str:
        """Pin or check the key and take the server's current checkpoint; the protocol."""
        state = self.remote.get()
        assert state is not None, "bind the remote first"
        key = self.client.verifier_key()
        if key is None:
            if state.protocol == LOG_PROTOCOL:
                raise alarm(Message("it no longer signs its log, although it did before"))
            if state.protocol is None:
                self.remote.update(protocol=STOCK_PROTOCOL)
            return STOCK_PROTOCOL
        if state.protocol == STOCK_PROTOCOL:
            return STOCK_PROTOCOL
        if state.verifier_key is None:
            try:
                parse_verifier_key(key)
            except NoteError:
                raise alarm(Message("its checkpoint key is malformed")) from None
            self.remote.update(protocol=LOG_PROTOCOL, verifier_key=key)
        elif state.verifier_key != key:
            raise alarm(Message(
                "its checkpoint key is not the one this device pinned on its first sync"))
        self.key = key
        if state.checkpoint_size is not None and state.checkpoint_root is not None:
            self.current = SeenCheckpoint(state.checkpoint_size, state.checkpoint_root,
                                          state.checkpoint_note or "")
        self.accept(self.client.checkpoint())
        return LOG_PROTOCOL

    def accept(self, doc: Any) -> SeenCheckpoint:
        """Verify a checkpoint the server sent and make it the last one seen."""
        assert self.key is not None
        if not isinstance(doc, dict) or not isinstance(doc.get("note"), str):
            raise alarm(Message("it sent no signed checkpoint"))
        try:
            checkpoint = verify_checkpoint(doc["note"], self.key)
        except NoteError as exc:
            raise alarm(Message("its checkpoint does not verify ({reason})", reason=exc)
                        ) from None
        if checkpoint.origin != parse_verifier_key(self.key).name:
            raise alarm(Message("its checkpoint names another log"))
        if doc.get("treeSize") != checkpoint.tree_size or doc.get("rootHash") != (
                checkpoint.root_hash.hex()):
            raise alarm(Message(
                "its checkpoint says one thing and its signed note another"))
        seen = SeenCheckpoint(checkpoint.tree_size, checkpoint.root_hash, doc["note"])
        try:
            self._check_extends(seen)
        except IntegrityAlarm as exc:  # kept for the integrity screen; sync stops
            self.remote.update(consistency_problem=str(exc), consistency_at=_now())
            raise
        if self.current != seen:
            checked = {} if self.current is None or self.current.size == 0 else {
                "consistency_from": self.current.size, "consistency_to": seen.size,
                "consistency_at": _now(), "consistency_problem": None}
            self.remote.update(checkpoint_size=seen.size, checkpoint_root=seen.root,
                               checkpoint_note=seen.note, **checked)
        self.current = seen
        return seen

    def _check_extends(self, seen: SeenCheckpoint) -> None:
        last = self.current
        if last is None or last.size == 0:
            return
        if seen.size < last.size:
            raise alarm(Message("its log shrank from {before} to {after} events",
                                before=last.size, after=seen.size))
        if seen.size == last.size:
            if seen.root != last.root:
                raise alarm(Message("its log was rewritten: same size, another root"))
            return
        proof = self.client.consistency(last.size, seen.size)
        if not merkle.verify_consistency(last.size, seen.size, last.root, seen.root, proof):
            raise alarm(Message("its log of {after} events does not extend the {before} "
                                "events seen before: history was rewritten",
                                after=seen.size, before=last.size))

    def refresh(self) -> SeenCheckpoint:
        return self.accept(self.client.checkpoint())

    def prove_included(self, leaves: Sequence[tuple[str, bytes]]) -> list[int]:
        """The leaf index of each `(guid, leaf hash)`, proven against a verified checkpoint."""
        if not leaves:
            return []
        guids = [guid for guid, _ in leaves]
        for _ in range(3):
            current = self.current if self.current and self.current.size else self.refresh()
            try:
                indices, proof = self.client.batch_inclusion(guids, current.size)
            except TreeTooSmall:
                self.refresh()  # the events came after the checkpoint held: take a newer one
                continue
            return self.check_included(leaves, current, indices, proof)
        raise ServerTrouble("The sync server's log kept moving while proving events; sync "
                            "will try again later.")

    @staticmethod
    def check_included(leaves: Sequence[tuple[str, bytes]], checkpoint: SeenCheckpoint,
                       indices: Sequence[int], proof: Sequence[bytes]) -> list[int]:
        """The leaf indices the server gave for `leaves`, once its batched proof shows them
        in the verified `checkpoint`'s tree (any verified checkpoint proves as well)."""
        by_index: dict[int, bytes] = {}
        for index, (_, leaf) in zip(indices, leaves, strict=True):
            if by_index.setdefault(index, leaf) != leaf:
                raise alarm(Message("it placed two different events at one position"))
        if not verify_batch_inclusion(by_index, checkpoint.size, list(proof), checkpoint.root):
            raise alarm(Message("events it sent or acknowledged are not in its signed log "
                                "as they are on this device"))
        return list(indices)
