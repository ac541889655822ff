"""The transparency log service: push (validate, append, sign) and inclusion/consistency proofs."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from datacollect_desktop.domain import merkle, multiproof
from datacollect_desktop.domain.dependencies import DEPENDS_ON_REFUSED, held_back
from datacollect_desktop.domain.forms import AppConfig
from datacollect_desktop.domain.protocol import (
    PUSH_SUCCESS,
    MalformedAnswer,
    PushResult,
    parse_push_answer,
)
from datacollect_desktop.domain.vocabulary import PushStatus
from datacollect_desktop.server.checkpoint import CheckpointSigner
from datacollect_desktop.server.errors import ApiError
from datacollect_desktop.server.store.base import (
    AppendStatus,
    Candidate,
    ServerStore,
    StoredEvent,
)
from datacollect_desktop.server.validation import Rejection, prepare_event

CONFLICT_MESSAGE = "an event with this guid and different content is already stored"
# Says nothing of the event that holds the guid, nor of its app config.
UNAVAILABLE_MESSAGE = "this event id cannot be used; make a new event"
HELD_MESSAGE = ("an earlier change of the same record in this push was refused; this one is "
                "taken once that one is")


def utc_now_text() -> str:
    """Now, as the UTC ISO-8601 text with microseconds the store keeps."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _guid_of(doc: Any) -> str | None:
    guid = doc.get("guid") if isinstance(doc, dict) else None
    return guid if isinstance(guid, str) else None


#: The push result of each append outcome that leaves the event in the log; the other
#: outcomes (a conflict, an unavailable guid) are refusals with their own code.
HELD_STATUS = {AppendStatus.ACCEPTED: PushStatus.ACCEPTED,
               AppendStatus.DUPLICATE: PushStatus.DUPLICATE}


def rejected(guid: str | None, code: str, message: str) -> dict[str, Any]:
    """The push result of a refused event (or audit entry)."""
    return PushResult(guid, PushStatus.REJECTED, message, code).to_json()


def held(guid: str, status: AppendStatus) -> dict[str, Any]:
    """The push result of an event (or audit entry) the log now holds."""
    return PushResult(guid, HELD_STATUS[status]).to_json()


def checked_push_answer(answer: dict[str, Any], pushed: int) -> dict[str, Any]:
    """`answer`, once it passes the parser clients read it with (domain/protocol). An answer
    that fails it is a bug of this server: it is answered as an internal error, never sent."""
    try:
        parse_push_answer(answer, pushed)
    except MalformedAnswer as exc:
        raise RuntimeError(f"a push answer broke the sync protocol: {exc}") from None
    return answer


class EventLog:
    """What the sync endpoints do with the store and the signing key."""

    def __init__(self, store: ServerStore, signer: CheckpointSigner, max_event_bytes: int) -> None:
        self.store = store
        self.signer = signer
        self.max_event_bytes = max_event_bytes

    def push(
        self, docs: Sequence[Any], *, config_id: str, config: AppConfig | None, pushed_by: str
    ) -> dict[str, Any]:
        """Validate and append pushed events; per-event results in the order pushed."""
        prepared = [prepare_event(doc, config, self.max_event_bytes) for doc in docs]
        refused = [index for index, item in enumerate(prepared) if isinstance(item, Rejection)]
        for index in held_back(docs, refused):
            prepared[index] = Rejection(_guid_of(docs[index]), DEPENDS_ON_REFUSED, HELD_MESSAGE)
        candidates = [item for item in prepared if isinstance(item, Candidate)]
        result = self.store.append(
            candidates, config_id=config_id, pushed_by=pushed_by, received_at=utc_now_text()
        )
        statuses = iter(result.statuses)
        results: list[dict[str, Any]] = []
        for item in prepared:
            if isinstance(item, Rejection):
                results.append(rejected(item.guid, item.code, item.message))
                continue
            status = next(statuses)
            if status is AppendStatus.CONFLICT:
                results.append(rejected(item.guid, "conflict", CONFLICT_MESSAGE))
            elif status is AppendStatus.UNAVAILABLE:
                results.append(rejected(item.guid, "guid_unavailable", UNAVAILABLE_MESSAGE))
            else:
                results.append(held(item.guid, status))
        checkpoint = self.signer.checkpoint(result.head.tree_size, result.head.root_hash)
        return {"status": PUSH_SUCCESS, "results": results, "checkpoint": checkpoint}

    def checkpoint(self) -> dict[str, Any]:
        head = self.store.head()
        return self.signer.checkpoint(head.tree_size, head.root_hash)

    def inclusion(self, event: StoredEvent, tree_size: int | None) -> dict[str, Any]:
        """The audit path of an event in the tree of `tree_size` leaves (default: current)."""
        current = self.store.head().tree_size
        size = current if tree_size is None else tree_size
        if not event.leaf_index < size <= current:
            raise ApiError(
                400,
                "invalid_tree_size",
                f"the event is leaf {event.leaf_index}; treeSize must be above it and at most "
                f"{current}",
            )
        path = merkle.inclusion_proof(self.store, event.leaf_index, size)
        root = merkle.root_hash(self.store, size)
        return {
            "leafIndex": event.leaf_index,
            "treeSize": size,
            "leafHash": merkle.leaf_hash(event.leaf.encode("utf-8")).hex(),
            "auditPath": [node.hex() for node in path],
            "rootHash": root.hex(),
        }

    def batch_inclusion(self, events: Sequence[StoredEvent], tree_size: int) -> dict[str, Any]:
        """One proof that all `events` are leaves of the tree of `tree_size` leaves.

        `leafIndices` follow the order of `events`; `proof` holds the hashes of the subtrees
        without any of them, left to right (`domain.multiproof`).
        """
        current = self.store.head().tree_size
        highest = max(event.leaf_index for event in events)
        if not highest < tree_size <= current:
            raise ApiError(
                400,
                "invalid_tree_size",
                f"the events reach leaf {highest}; treeSize must be above it and at most "
                f"{current}",
            )
        indices = sorted({event.leaf_index for event in events})
        proof = multiproof.batch_inclusion_proof(self.store, indices, tree_size)
        return {
            "treeSize": tree_size,
            "rootHash": merkle.root_hash(self.store, tree_size).hex(),
            "leafIndices": [event.leaf_index for event in events],
            "proof": [node.hex() for node in proof],
        }

    def consistency(self, first: int, second: int | None) -> dict[str, Any]:
        """The proof that the tree of `second` leaves extends the tree of `first` leaves."""
        current = self.store.head().tree_size
        upper = current if second is None else second
        if not 0 < first <= upper <= current:
            raise ApiError(
                400,
                "invalid_tree_size",
                f"need 0 < first <= second <= {current} (the current tree size)",
            )
        proof = merkle.consistency_proof(self.store, first, upper)
        return {
            "first": first,
            "second": upper,
            "firstRoot": merkle.root_hash(self.store, first).hex(),
            "secondRoot": merkle.root_hash(self.store, upper).hex(),
            "proof": [node.hex() for node in proof],
        }
