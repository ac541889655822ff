"""The server store contract: users, app configs, the event log with its Merkle tree, audit logs."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    """What an account may do: field workers sync, supervisors also audit, admins manage."""

    ADMIN = "admin"
    SUPERVISOR = "supervisor"
    FIELD_WORKER = "field-worker"


class StoreError(Exception):
    """A store operation cannot be done as asked (not a bug, not a driver failure)."""


class DuplicateUser(StoreError):
    """An account with that email already exists."""


class AppendStatus(StrEnum):
    """What happened to one candidate of an append."""

    ACCEPTED = "accepted"
    DUPLICATE = "duplicate"  # same guid, identical content: already in the log
    CONFLICT = "conflict"  # same guid, different content: refused, never overwritten
    UNAVAILABLE = "unavailable"  # the guid is taken under another app config: refused


@dataclass(frozen=True, slots=True)
class UserRecord:
    """A stored account."""

    id: str
    email: str
    role: Role
    config_ids: tuple[str, ...]
    password_hash: str
    created_at: str
    token_generation: int = 0  # tokens issued under another generation are refused
    disabled: bool = False


@dataclass(frozen=True, slots=True)
class PersonRecord:
    """An account as the user directory shows it: its display name and linked user ids."""

    id: str
    email: str
    name: str | None
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ConfigRecord:
    """A stored app config: its id and its full JSON document (secrets included)."""

    id: str
    document: str
    updated_at: str


@dataclass(frozen=True, slots=True)
class Candidate:
    """An event ready to append: its canonical leaf text, leaf hash and sortable timestamp."""

    guid: str
    leaf: str
    leaf_hash: bytes
    ts_key: str


@dataclass(frozen=True, slots=True)
class LogHead:
    """The log's committed state: tree size and root, and the level-change and audit counters."""

    tree_size: int
    root_hash: bytes
    level_seq: int
    audit_size: int


@dataclass(frozen=True, slots=True)
class AppendResult:
    """Per-candidate statuses (in candidate order), the leaf index each accepted one was given
    (None for the others), and the new head."""

    statuses: tuple[AppendStatus, ...]
    seqs: tuple[int | None, ...]
    head: LogHead


@dataclass(frozen=True, slots=True)
class StoredEvent:
    """An event as the log holds it, at its leaf index in the Merkle tree (from 0; the
    stored column is `seq`). The desktop numbers its own events from 1 instead."""

    leaf_index: int
    guid: str
    config_id: str
    leaf: str
    sync_level: int
    pushed_by: str
    received_at: str
    ts_key: str


@dataclass(frozen=True, slots=True)
class PulledEvent:
    """The slice of a stored event a pull needs, at its leaf index (see `StoredEvent`)."""

    leaf_index: int
    guid: str
    leaf: str
    sync_level: int
    ts_key: str
    pushed_by: str = ""  # the authenticated account that pushed it (a relay for others' events)


@dataclass(frozen=True, slots=True)
class LevelUpdate:
    """An event whose sync level changed, with the change's position in the level sequence."""

    guid: str
    sync_level: int
    level_seq: int


@dataclass(frozen=True, slots=True)
class AuditCandidate:
    """An audit entry ready to store: its guid, canonical body and sortable timestamp."""

    guid: str
    body: str
    ts_key: str


@dataclass(frozen=True, slots=True)
class StoredAudit:
    """A stored audit entry; `seq` orders audit entries as they were accepted."""

    seq: int
    guid: str
    config_id: str
    body: str
    ts_key: str


@dataclass(frozen=True)
class StoredAttachment:
    """An attachment an app config holds: its media type, size and (when read) bytes."""

    digest: str
    media_type: str
    size: int
    data: bytes


@dataclass(frozen=True)
class UploadProgress:
    """The bytes of an unfinished upload received so far, of `total`; `accepted` is False when
    the chunk did not start where the received bytes end (nothing was written)."""

    received: int
    total: int
    accepted: bool

    @property
    def complete(self) -> bool:
        return self.received == self.total


class ServerStore(ABC):
    """Persistence for the sync server. Every method is safe to call from several threads."""

    @abstractmethod
    def close(self) -> None:
        """Release every connection."""

    # Users -------------------------------------------------------------------------------------

    @abstractmethod
    def add_user(
        self, email: str, password_hash: str, role: Role, config_ids: Sequence[str]
    ) -> UserRecord:
        """Create an account (emails are compared without case); raises `DuplicateUser`."""

    @abstractmethod
    def user_by_email(self, email: str) -> UserRecord | None: ...

    @abstractmethod
    def user_by_id(self, user_id: str) -> UserRecord | None: ...

    @abstractmethod
    def users(self) -> list[UserRecord]: ...

    @abstractmethod
    def update_user(
        self,
        user_id: str,
        *,
        role: Role | None = None,
        config_ids: Sequence[str] | None = None,
        password_hash: str | None = None,
    ) -> UserRecord | None:
        """Change an account; None when there is no such account. A new password or another
        role raises its token generation: every token issued before is revoked."""

    @abstractmethod
    def set_user_disabled(self, user_id: str, disabled: bool) -> UserRecord | None:
        """Disable or enable an account, revoking its tokens; None when there is none."""

    @abstractmethod
    def delete_user(self, user_id: str) -> bool:
        """Remove an account (its events keep naming it); False when there was none."""

    # Revoked tokens ----------------------------------------------------------------------------

    @abstractmethod
    def revoke_token(self, token_id: str, expires_at: float, now: float) -> None:
        """Refuse one token from now on (until it expires anyway); forget expired ones."""

    @abstractmethod
    def token_revoked(self, token_id: str) -> bool: ...

    # Identity: display names and the user ids linked to an account ----------------------------

    @abstractmethod
    def set_user_name(self, user_id: str, name: str, *, keep_existing: bool = False) -> None:
        """Give an account a display name (`keep_existing`: only when it has none yet)."""

    @abstractmethod
    def people(self, user_ids: Sequence[str]) -> list[PersonRecord]:
        """The accounts among `user_ids` with their names and linked ids, by email."""

    @abstractmethod
    def link_user_ids(
        self, account_id: str, user_ids: Sequence[str], *, check_events: bool = False
    ) -> dict[str, str]:
        """Link ids to an account, first come first served; the owner of each id after.

        An id is owned by the account whose id it is, else by the account it was linked to
        first; an unowned id is linked to `account_id`. With `check_events`, an unowned id
        that events pushed by another account already carry belongs to that account (and is
        not linked). Done in one write transaction, so two accounts cannot both win an id.
        """

    # Login throttling --------------------------------------------------------------------------

    @abstractmethod
    def record_login_failure(self, keys: Sequence[str], at: float, forget_before: float) -> None:
        """Remember a failed login under each key; drop failures older than `forget_before`."""

    @abstractmethod
    def login_failures(self, key: str, since: float) -> list[float]:
        """Times of the failures recorded under `key` at or after `since`, oldest first."""

    @abstractmethod
    def clear_login_failures(self, key: str) -> None: ...

    @abstractmethod
    def reserve_login_attempt(
        self,
        keys: Sequence[str],
        at: float,
        since: float,
        wait: Callable[[Mapping[str, list[float]]], float],
    ) -> float:
        """Decide and count a login attempt in one step, atomically across processes.

        `wait` gets each key's failures at or after `since` (oldest first) and says how many
        seconds the attempt must wait. When that is 0 a failure is recorded under every key
        at `at` before the password is checked (`settle_login_attempt` takes it back on
        success), so parallel attempts cannot all pass the same check. Returns the wait.
        """

    @abstractmethod
    def settle_login_attempt(self, keys: Sequence[str], at: float, clear: Sequence[str]) -> None:
        """A reserved attempt succeeded: drop its failures, and all failures under `clear`."""

    # App configs -------------------------------------------------------------------------------

    @abstractmethod
    def save_config(self, config_id: str, document: str, at: str) -> bool:
        """Insert or replace an app config; True when it was new."""

    @abstractmethod
    def config(self, config_id: str) -> ConfigRecord | None: ...

    @abstractmethod
    def configs(self) -> list[ConfigRecord]: ...

    # The event log -----------------------------------------------------------------------------

    @abstractmethod
    def head(self) -> LogHead: ...

    @abstractmethod
    def append(
        self,
        candidates: Sequence[Candidate],
        *,
        config_id: str,
        pushed_by: str,
        received_at: str,
    ) -> AppendResult:
        """Append new events atomically, in order, to the log and its Merkle tree.

        Appends are serialised in the database, so commit order is sequence order even with
        several server processes: a reader never sees sequence n+1 without n.
        """

    @abstractmethod
    def get_nodes(self, keys: Sequence[tuple[int, int]]) -> Mapping[tuple[int, int], bytes]:
        """Stored perfect subtree hashes by (level, index); missing keys are left out."""

    @abstractmethod
    def event(self, guid: str) -> StoredEvent | None: ...

    @abstractmethod
    def events_by_guid(self, guids: Sequence[str]) -> dict[str, StoredEvent]:
        """The stored events among `guids` (a batched `event`); unknown guids are left out."""

    @abstractmethod
    def events_after(
        self, config_id: str, position: int, upto: int, limit: int
    ) -> list[PulledEvent]:
        """Events of a config with `position <= seq < upto`, in log order, at most `limit`."""

    @abstractmethod
    def events_after_time(
        self, config_id: str, ts_key: str, guid: str, limit: int
    ) -> list[PulledEvent]:
        """Events of a config after (timestamp, guid) in that order (for timestamp cursors);
        an empty guid means strictly after the timestamp, as the stock server answers."""

    @abstractmethod
    def level_updates(
        self, config_id: str, after: int, upto: int, before_seq: int, limit: int
    ) -> list[LevelUpdate]:
        """Level changes of a config's events with `after < level_seq <= upto` and seq below
        `before_seq`, in level-sequence order."""

    # Forwarding to an external system ----------------------------------------------------------

    @abstractmethod
    def claim_unforwarded(
        self, claimant: str, limit: int, now: float, lease_seconds: float
    ) -> list[StoredEvent]:
        """Claim up to `limit` REMOTE events nobody holds a live claim on, in log order."""

    @abstractmethod
    def mark_forwarded(self, claimant: str, seqs: Sequence[int]) -> int:
        """Raise claimed events to EXTERNAL, each with the next level sequence; returns count."""

    @abstractmethod
    def release_claim(self, claimant: str, seqs: Sequence[int]) -> None: ...

    # Audit logs --------------------------------------------------------------------------------

    @abstractmethod
    def append_audit(
        self,
        candidates: Sequence[AuditCandidate],
        *,
        config_id: str,
        pushed_by: str,
        received_at: str,
    ) -> tuple[AppendStatus, ...]:
        """Store audit entries idempotently by guid, in order."""

    @abstractmethod
    def audit_after(
        self, config_id: str, position: int, upto: int, limit: int
    ) -> list[StoredAudit]:
        """Audit entries of a config with `position <= seq < upto`, in order."""

    @abstractmethod
    def audit_after_time(self, config_id: str, ts_key: str, limit: int) -> list[StoredAudit]:
        """Audit entries of a config with a timestamp after `ts_key`, in timestamp order."""

    # Attachments -------------------------------------------------------------------------------

    @abstractmethod
    def held_attachments(self, config_id: str, digests: Sequence[str]) -> set[str]:
        """The digests among `digests` the app config holds (complete and verified)."""

    @abstractmethod
    def upload_progress(self, config_id: str, digests: Sequence[str]) -> dict[str, int]:
        """Bytes received so far of the unfinished uploads among `digests`."""

    @abstractmethod
    def add_upload_part(
        self, config_id: str, digest: str, offset: int, total: int, data: bytes
    ) -> UploadProgress:
        """Keep one chunk of an upload when it starts where the received bytes end."""

    @abstractmethod
    def upload_bytes(self, config_id: str, digest: str) -> bytes:
        """The bytes of an upload received so far, in order."""

    @abstractmethod
    def drop_upload(self, config_id: str, digest: str) -> None:
        """Forget an upload's received bytes."""

    @abstractmethod
    def finish_upload(
        self, config_id: str, digest: str, data: bytes, media_type: str, added_by: str
    ) -> None:
        """Store checked bytes for the app config (once per digest) and drop their chunks."""

    @abstractmethod
    def attachment(self, config_id: str, digest: str, *, with_data: bool = True
                   ) -> StoredAttachment | None:
        """An attachment the app config holds; None when it holds none by that digest."""
