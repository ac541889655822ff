"""The words of the event protocol: event types, sync levels and what became of each event.

Each member equals the string or integer stored in the log and sent on the wire, so a member
can stand wherever the literal stood: stored rows, leaf bytes and JSON do not change.
"""

from __future__ import annotations

from enum import IntEnum, StrEnum


class EventType(StrEnum):
    """The event types DataCollect defines. Apps may add their own (the registry accepts any
    non-empty type), so an event's `type` is a plain string and may be none of these."""

    CREATE_INDIVIDUAL = "create-individual"
    UPDATE_INDIVIDUAL = "update-individual"
    CREATE_GROUP = "create-group"
    UPDATE_GROUP = "update-group"
    ADD_MEMBER = "add-member"
    REMOVE_MEMBER = "remove-member"
    DELETE_ENTITY = "delete-entity"
    RESOLVE_DUPLICATE = "resolve-duplicate"
    REVIEW = "review"  # a supervisor's review; it changes no record


#: An event type starting with one of these (custom ones too, such as `update-visit`) carries
#: fields of its record in `data`: new values for an update, all of them for a create.
CREATE_PREFIX = "create-"
UPDATE_PREFIX = "update-"
RECORD_FIELD_PREFIXES = (CREATE_PREFIX, UPDATE_PREFIX)


class SyncLevel(IntEnum):
    """How far an event has travelled: the device, the sync server, an external system.
    Levels only ever rise. Stored and sent as the integer (`syncLevel`)."""

    LOCAL = 0
    REMOTE = 1
    EXTERNAL = 2


class PushStatus(StrEnum):
    """What the sync server did with one pushed event: the word of each push result on the
    wire (a stock DataCollect server sends no per-event results, only `success`)."""

    ACCEPTED = "accepted"  # appended to the log
    DUPLICATE = "duplicate"  # the log already holds this very event
    REJECTED = "rejected"  # refused; the result says why (`error`) and a stable `code`


class SubmitStatus(StrEnum):
    """What this device's store did with one submitted event (a form, an import, the CLI):
    the outcomes of `PushStatus`, under the same names.

    An accepted event is spelled `applied` in what the device prints (the CLI's results and
    a bundle import's summary), as it always was; it is in the log, though its projection
    may have flagged it (`SubmitResult.flag`).
    """

    ACCEPTED = "applied"
    DUPLICATE = "duplicate"
    REJECTED = "rejected"


#: The outcomes after which the server holds the event (it becomes REMOTE on the device).
HELD_BY_SERVER = frozenset({PushStatus.ACCEPTED, PushStatus.DUPLICATE})
