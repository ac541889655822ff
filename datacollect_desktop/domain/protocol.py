"""The sync server's push and pull answers, as both the server and the desktop read them.

The server checks each answer against these shapes before sending it, and the desktop's
client parses what it receives into them, so a malformed answer is caught in one place and
named. Stock DataCollect servers answer a push with `{"status": "success"}` alone (no
results, no checkpoint) and send no level updates; both shapes are allowed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

from datacollect_desktop.domain.vocabulary import HELD_BY_SERVER, PushStatus

_STATUSES = frozenset(PushStatus)
#: The `status` of every push answer, ours and a stock server's (each event's outcome is in
#: its result's `status`, a `PushStatus`).
PUSH_SUCCESS: Final = "success"


class MalformedAnswer(ValueError):
    """An answer lacks the protocol's shape; `what` names the part that is wrong."""

    def __init__(self, what: str) -> None:
        super().__init__(f"the answer's {what} does not have the protocol's shape")
        self.what = what


def _require(condition: bool, what: str) -> None:
    if not condition:
        raise MalformedAnswer(what)


@dataclass(frozen=True, slots=True)
class PushResult:
    """What the server did with one pushed event: its guid (None when the pushed item had
    none that could be read), the outcome, and for a refusal why (`error`) and a `code`."""

    guid: str | None
    status: PushStatus
    error: str | None = None
    code: str | None = None

    @property
    def held_by_server(self) -> bool:
        """The server's log holds the event (accepted now, or a duplicate of one it held)."""
        return self.status in HELD_BY_SERVER

    def to_json(self) -> dict[str, Any]:
        doc: dict[str, Any] = {"guid": self.guid, "status": self.status}
        if self.error is not None:
            doc["error"] = self.error
        if self.code is not None:
            doc["code"] = self.code
        return doc


@dataclass(frozen=True, slots=True)
class PushAnswer:
    """`results` (one per pushed event, in order) and `checkpoint` are None when the server
    answers only `{"status": "success"}`, as a stock one does."""

    results: list[PushResult] | None
    checkpoint: dict[str, Any] | None


@dataclass(frozen=True, slots=True)
class PullAnswer:
    """A pulled page: its events (read by `PulledEvent.from_wire`), the level changes of
    events delivered before as (guid, level), and the cursors (None when not sent)."""

    events: list[Any]
    level_updates: list[tuple[str, int]]
    cursor: str | None
    next_cursor: str | None


def _optional_text(value: Any) -> bool:
    return value is None or isinstance(value, str)


def parse_push_result(doc: Any) -> PushResult:
    _require(isinstance(doc, Mapping), "push results")
    status, guid = doc.get("status"), doc.get("guid")
    error, code = doc.get("error"), doc.get("code")
    _require(isinstance(status, str) and status in _STATUSES, "push result status")
    _require(_optional_text(guid) and _optional_text(error) and _optional_text(code),
             "push results")
    return PushResult(guid, PushStatus(status), error, code)


def parse_push_answer(doc: Any, pushed: int) -> PushAnswer:
    """The answer to a push of `pushed` events."""
    _require(isinstance(doc, Mapping) and doc.get("status") == PUSH_SUCCESS,
             "push status")
    results, checkpoint = doc.get("results"), doc.get("checkpoint")
    _require(results is None or (isinstance(results, list) and len(results) == pushed),
             "push results")
    _require(checkpoint is None or isinstance(checkpoint, dict), "push checkpoint")
    parsed = None if results is None else [parse_push_result(r) for r in results]
    return PushAnswer(parsed, checkpoint)


def parse_level_updates(updates: Any) -> list[tuple[str, int]]:
    """`syncLevelUpdates` as (guid, level); absent or null is none."""
    updates = updates or []
    _require(isinstance(updates, list) and all(
        isinstance(u, Mapping) and isinstance(u.get("guid"), str)
        and type(u.get("syncLevel")) is int for u in updates), "sync level updates")
    return [(u["guid"], u["syncLevel"]) for u in updates]


def parse_pull_tail(doc: Mapping[str, Any]) -> tuple[list[tuple[str, int]], str | None,
                                                     str | None]:
    """A pull page's level updates and its two cursors."""
    updates = parse_level_updates(doc.get("syncLevelUpdates"))
    cursor, next_cursor = doc.get("cursor"), doc.get("nextCursor")
    _require(_optional_text(cursor) and _optional_text(next_cursor), "cursor")
    return updates, cursor, next_cursor


def parse_pull_answer(doc: Any) -> PullAnswer:
    _require(isinstance(doc, Mapping) and isinstance(doc.get("events"), list), "pull events")
    updates, cursor, next_cursor = parse_pull_tail(doc)
    return PullAnswer(doc["events"], updates, cursor, next_cursor)


# Attachments ----------------------------------------------------------------------------------

#: The code of a pushed event refused because it references an attachment the server does not
#: hold for the app config: upload the attachment, then push the event again.
ATTACHMENT_MISSING = "attachment_missing"
#: The code of an upload whose bytes do not hash to the digest it was sent under.
ATTACHMENT_DIGEST_MISMATCH = "attachment_digest_mismatch"
#: The header (on HEAD and on upload answers) naming the bytes of an upload the server holds.
UPLOAD_OFFSET = "Upload-Offset"


@dataclass(frozen=True, slots=True)
class MissingAnswer:
    """`POST /api/sync/attachments/missing`: the digests asked about that the app config does
    not hold (in the order asked), and for those partly uploaded the bytes already received."""

    missing: list[str]
    received: dict[str, int]

    def to_json(self) -> dict[str, Any]:
        return {"missing": self.missing, "received": self.received}


@dataclass(frozen=True, slots=True)
class UploadAnswer:
    """`PUT /api/sync/attachments/{digest}`: the bytes the server holds of the upload, of
    `size`; `complete` once they were all received and matched the digest."""

    digest: str
    received: int
    size: int
    complete: bool

    def to_json(self) -> dict[str, Any]:
        return {"digest": self.digest, "received": self.received, "size": self.size,
                "complete": self.complete}


def _count(value: Any) -> bool:
    return type(value) is int and value >= 0


def parse_missing_answer(doc: Any, asked: list[str]) -> MissingAnswer:
    """The answer to a question about the digests `asked`."""
    _require(isinstance(doc, Mapping), "missing attachments")
    missing, received = doc.get("missing"), doc.get("received") or {}
    _require(isinstance(missing, list) and all(isinstance(d, str) for d in missing)
             and set(missing) <= set(asked), "missing attachments")
    _require(isinstance(received, Mapping) and all(
        isinstance(d, str) and d in missing and _count(n) for d, n in received.items()),
        "received attachment bytes")
    return MissingAnswer(list(missing), dict(received))


def parse_upload_answer(doc: Any, digest: str) -> UploadAnswer:
    """The answer to an upload (or one chunk of it) of `digest`."""
    _require(isinstance(doc, Mapping) and doc.get("digest") == digest, "upload digest")
    received, size, complete = doc.get("received"), doc.get("size"), doc.get("complete")
    _require(_count(received) and _count(size) and isinstance(complete, bool)
             and received <= size, "upload progress")
    return UploadAnswer(digest, received, size, complete)
