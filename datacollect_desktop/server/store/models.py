"""The server's tables as peewee models, built per database so several stores can coexist."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import peewee as pw

# A node's key packs (level, index) into one integer: index << 6 | level (levels stay below 64).
LEVEL_BITS = 6
HEAD_ID = 1


def node_key(level: int, index: int) -> int:
    return (index << LEVEL_BITS) | level


def key_node(key: int) -> tuple[int, int]:
    return key & ((1 << LEVEL_BITS) - 1), key >> LEVEL_BITS


@dataclass(frozen=True)
class Tables:
    """The model classes bound to one database."""

    User: Any
    LoginFailure: Any
    AppConfigRow: Any
    LogHeadRow: Any
    EventRow: Any
    NodeRow: Any
    AuditRow: Any
    RevokedToken: Any
    UserLink: Any
    UserName: Any
    AttachmentBlob: Any
    AttachmentRow: Any
    AttachmentPart: Any

    def all(self) -> list[Any]:
        return [
            self.User, self.LoginFailure, self.AppConfigRow, self.LogHeadRow,
            self.EventRow, self.NodeRow, self.AuditRow, self.RevokedToken, self.UserLink,
            self.UserName, self.AttachmentBlob, self.AttachmentRow, self.AttachmentPart,
        ]


def build_tables(database: pw.Database) -> Tables:
    """Declare every table against `database`."""

    class Base(pw.Model):
        class Meta:
            database = None
            legacy_table_names = False

    Base._meta.set_database(database)

    class User(Base):
        id = pw.TextField(primary_key=True)
        email = pw.TextField(unique=True)
        role = pw.TextField()
        config_ids = pw.TextField()  # a JSON list
        password_hash = pw.TextField()
        created_at = pw.TextField()
        # Tokens carry the generation they were issued in; raising it revokes them all.
        # Added by migration 2 (migrations.py), with SQL defaults for the rows already there.
        token_generation = pw.BigIntegerField(default=0, constraints=[pw.SQL("DEFAULT 0")])
        disabled = pw.BooleanField(default=False, constraints=[pw.SQL("DEFAULT FALSE")])

        class Meta:
            table_name = "users"

    class LoginFailure(Base):
        id = pw.AutoField()
        key = pw.TextField()
        at = pw.DoubleField()

        class Meta:
            table_name = "login_failures"
            indexes = ((("key", "at"), False),)

    class AppConfigRow(Base):
        id = pw.TextField(primary_key=True)
        document = pw.TextField()
        updated_at = pw.TextField()

        class Meta:
            table_name = "app_configs"

    class LogHeadRow(Base):
        id = pw.IntegerField(primary_key=True)
        tree_size = pw.BigIntegerField()
        root_hash = pw.BlobField()
        level_seq = pw.BigIntegerField()
        audit_size = pw.BigIntegerField()

        class Meta:
            table_name = "log_head"

    class EventRow(Base):
        seq = pw.BigIntegerField(primary_key=True)  # the leaf index in the Merkle tree
        guid = pw.TextField(unique=True)
        config_id = pw.TextField()
        leaf = pw.TextField()  # canonical JSON of the immutable fields: what the leaf hashes
        ts_key = pw.TextField()  # the event timestamp as sortable text, for timestamp cursors
        sync_level = pw.SmallIntegerField()
        level_seq = pw.BigIntegerField(null=True)
        pushed_by = pw.TextField()
        received_at = pw.TextField()
        claim = pw.TextField(null=True)
        claim_until = pw.DoubleField(null=True)

        class Meta:
            table_name = "events"
            indexes = (
                (("config_id", "seq"), False),
                (("config_id", "level_seq"), False),
                (("config_id", "ts_key", "guid"), False),
                (("sync_level", "seq"), False),
            )

    class NodeRow(Base):
        key = pw.BigIntegerField(primary_key=True)
        hash = pw.BlobField()

        class Meta:
            table_name = "tree_nodes"

    class AuditRow(Base):
        seq = pw.BigIntegerField(primary_key=True)
        guid = pw.TextField(unique=True)
        config_id = pw.TextField()
        body = pw.TextField()
        ts_key = pw.TextField()
        pushed_by = pw.TextField()
        received_at = pw.TextField()

        class Meta:
            table_name = "audit_logs"
            indexes = (
                (("config_id", "seq"), False),
                (("config_id", "ts_key"), False),
            )

    class RevokedToken(Base):
        token_id = pw.TextField(primary_key=True)  # the token's `jti`
        expires_at = pw.DoubleField()  # after this the token is refused anyway: forget it

        class Meta:
            table_name = "revoked_tokens"

    class UserLink(Base):
        # A userId events may carry for an account besides its own id (a device's local
        # person id, a display name used before signing in): first come, first served.
        linked_id = pw.TextField(primary_key=True)
        user_id = pw.TextField()
        linked_at = pw.TextField()

        class Meta:
            table_name = "user_links"
            indexes = ((("user_id", "linked_id"), False),)

    class UserName(Base):
        # Separate from `users`, so migration 3 only adds tables.
        user_id = pw.TextField(primary_key=True)
        name = pw.TextField()

        class Meta:
            table_name = "user_names"

    class AttachmentBlob(Base):
        # An attachment's bytes, once whatever app configs hold it (deduplicated by digest);
        # written only after they were hashed and matched their digest. Added by migration 4.
        digest = pw.TextField(primary_key=True)  # "sha256:<64 hex>"
        size = pw.BigIntegerField()
        data = pw.BlobField()

        class Meta:
            table_name = "attachment_blobs"

    class AttachmentRow(Base):
        # That an app config holds an attachment: who may read it is who may read the config.
        config_id = pw.TextField()
        digest = pw.TextField()
        media_type = pw.TextField()
        size = pw.BigIntegerField()
        added_by = pw.TextField()
        added_at = pw.TextField()

        class Meta:
            table_name = "attachments"
            primary_key = pw.CompositeKey("config_id", "digest")

    class AttachmentPart(Base):
        # The bytes of an unfinished upload, one row per chunk received (kept across restarts,
        # so an interrupted upload resumes where it stopped); removed when it completes.
        config_id = pw.TextField()
        digest = pw.TextField()
        offset = pw.BigIntegerField()
        total = pw.BigIntegerField()
        data = pw.BlobField()

        class Meta:
            table_name = "attachment_parts"
            primary_key = pw.CompositeKey("config_id", "digest", "offset")

    return Tables(User, LoginFailure, AppConfigRow, LogHeadRow, EventRow, NodeRow, AuditRow,
                  RevokedToken, UserLink, UserName, AttachmentBlob, AttachmentRow,
                  AttachmentPart)
