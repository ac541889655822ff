"""The server database's schema versions and the forward migrations between them.

Version 1 is the schema the first server released made; every table, column and index added
since is one numbered migration below. The versions a database went through are rows of
`schema_migrations`; its version is the highest. A database made before that table existed is
recognised by its tables and columns (`Migration.marks`), recorded, then migrated.

Append new migrations at the end; never edit one that a release has shipped.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Dialect(StrEnum):
    """The SQL dialects the server stores speak."""

    SQLITE = "sqlite"
    POSTGRESQL = "postgresql"


VERSION_TABLE = "schema_migrations"

VERSION_TABLE_DDL = (
    f'CREATE TABLE IF NOT EXISTS "{VERSION_TABLE}" ('
    '"version" INTEGER NOT NULL PRIMARY KEY, "description" TEXT NOT NULL, '
    '"applied_at" TEXT NOT NULL)'
)


@dataclass(frozen=True)
class Column:
    """A column a migration adds: its definition in each dialect (with an SQL default when
    NOT NULL, so the rows already there get a value)."""

    table: str
    name: str
    sqlite: str
    postgresql: str

    def statement(self, dialect: Dialect) -> str:
        definition = self.sqlite if dialect is Dialect.SQLITE else self.postgresql
        return f'ALTER TABLE "{self.table}" ADD COLUMN "{self.name}" {definition}'


@dataclass(frozen=True)
class Migration:
    """One step from `version - 1` to `version`.

    `columns` are added when missing, then `sqlite` or `postgresql` statements run (written
    with IF NOT EXISTS, so a database that already has part of the step takes the rest).
    `marks` are the tables, and `columns` the columns, whose presence shows the step in a
    database made before versions were recorded.
    """

    version: int
    description: str
    columns: tuple[Column, ...] = ()
    sqlite: tuple[str, ...] = ()
    postgresql: tuple[str, ...] = ()
    marks: tuple[str, ...] = field(default=())

    def statements(self, dialect: Dialect) -> tuple[str, ...]:
        return self.sqlite if dialect is Dialect.SQLITE else self.postgresql


# Version 1: the tables of the first release, as it created them in each dialect.
BASELINE = Migration(
    version=1,
    description="accounts, login failures, app configs, the event log, its Merkle tree and "
                "audit logs",
    sqlite=(
        'CREATE TABLE IF NOT EXISTS "users" ("id" TEXT NOT NULL PRIMARY KEY, '
        '"email" TEXT NOT NULL, "role" TEXT NOT NULL, "config_ids" TEXT NOT NULL, '
        '"password_hash" TEXT NOT NULL, "created_at" TEXT NOT NULL)',
        'CREATE UNIQUE INDEX IF NOT EXISTS "users_email" ON "users" ("email")',
        'CREATE TABLE IF NOT EXISTS "login_failures" ("id" INTEGER NOT NULL PRIMARY KEY, '
        '"key" TEXT NOT NULL, "at" REAL NOT NULL)',
        'CREATE INDEX IF NOT EXISTS "login_failures_key_at" ON "login_failures" ("key", "at")',
        'CREATE TABLE IF NOT EXISTS "app_configs" ("id" TEXT NOT NULL PRIMARY KEY, '
        '"document" TEXT NOT NULL, "updated_at" TEXT NOT NULL)',
        'CREATE TABLE IF NOT EXISTS "log_head" ("id" INTEGER NOT NULL PRIMARY KEY, '
        '"tree_size" INTEGER NOT NULL, "root_hash" BLOB NOT NULL, '
        '"level_seq" INTEGER NOT NULL, "audit_size" INTEGER NOT NULL)',
        'CREATE TABLE IF NOT EXISTS "events" ("seq" INTEGER NOT NULL PRIMARY KEY, '
        '"guid" TEXT NOT NULL, "config_id" TEXT NOT NULL, "leaf" TEXT NOT NULL, '
        '"ts_key" TEXT NOT NULL, "sync_level" INTEGER NOT NULL, "level_seq" INTEGER, '
        '"pushed_by" TEXT NOT NULL, "received_at" TEXT NOT NULL, "claim" TEXT, '
        '"claim_until" REAL)',
        'CREATE UNIQUE INDEX IF NOT EXISTS "events_guid" ON "events" ("guid")',
        'CREATE INDEX IF NOT EXISTS "events_config_id_seq" ON "events" ("config_id", "seq")',
        'CREATE INDEX IF NOT EXISTS "events_config_id_level_seq" ON "events" '
        '("config_id", "level_seq")',
        'CREATE INDEX IF NOT EXISTS "events_config_id_ts_key_guid" ON "events" '
        '("config_id", "ts_key", "guid")',
        'CREATE INDEX IF NOT EXISTS "events_sync_level_seq" ON "events" ("sync_level", "seq")',
        'CREATE TABLE IF NOT EXISTS "tree_nodes" ("key" INTEGER NOT NULL PRIMARY KEY, '
        '"hash" BLOB NOT NULL)',
        'CREATE TABLE IF NOT EXISTS "audit_logs" ("seq" INTEGER NOT NULL PRIMARY KEY, '
        '"guid" TEXT NOT NULL, "config_id" TEXT NOT NULL, "body" TEXT NOT NULL, '
        '"ts_key" TEXT NOT NULL, "pushed_by" TEXT NOT NULL, "received_at" TEXT NOT NULL)',
        'CREATE UNIQUE INDEX IF NOT EXISTS "audit_logs_guid" ON "audit_logs" ("guid")',
        'CREATE INDEX IF NOT EXISTS "audit_logs_config_id_seq" ON "audit_logs" '
        '("config_id", "seq")',
        'CREATE INDEX IF NOT EXISTS "audit_logs_config_id_ts_key" ON "audit_logs" '
        '("config_id", "ts_key")',
    ),
    postgresql=(
        'CREATE TABLE IF NOT EXISTS "users" ("id" TEXT NOT NULL PRIMARY KEY, '
        '"email" TEXT NOT NULL, "role" TEXT NOT NULL, "config_ids" TEXT NOT NULL, '
        '"password_hash" TEXT NOT NULL, "created_at" TEXT NOT NULL)',
        'CREATE UNIQUE INDEX IF NOT EXISTS "users_email" ON "users" ("email")',
        'CREATE TABLE IF NOT EXISTS "login_failures" ("id" SERIAL NOT NULL PRIMARY KEY, '
        '"key" TEXT NOT NULL, "at" DOUBLE PRECISION NOT NULL)',
        'CREATE INDEX IF NOT EXISTS "login_failures_key_at" ON "login_failures" ("key", "at")',
        'CREATE TABLE IF NOT EXISTS "app_configs" ("id" TEXT NOT NULL PRIMARY KEY, '
        '"document" TEXT NOT NULL, "updated_at" TEXT NOT NULL)',
        'CREATE TABLE IF NOT EXISTS "log_head" ("id" INTEGER NOT NULL PRIMARY KEY, '
        '"tree_size" BIGINT NOT NULL, "root_hash" BYTEA NOT NULL, '
        '"level_seq" BIGINT NOT NULL, "audit_size" BIGINT NOT NULL)',
        'CREATE TABLE IF NOT EXISTS "events" ("seq" BIGINT NOT NULL PRIMARY KEY, '
        '"guid" TEXT NOT NULL, "config_id" TEXT NOT NULL, "leaf" TEXT NOT NULL, '
        '"ts_key" TEXT NOT NULL, "sync_level" SMALLINT NOT NULL, "level_seq" BIGINT, '
        '"pushed_by" TEXT NOT NULL, "received_at" TEXT NOT NULL, "claim" TEXT, '
        '"claim_until" DOUBLE PRECISION)',
        'CREATE UNIQUE INDEX IF NOT EXISTS "events_guid" ON "events" ("guid")',
        'CREATE INDEX IF NOT EXISTS "events_config_id_seq" ON "events" ("config_id", "seq")',
        'CREATE INDEX IF NOT EXISTS "events_config_id_level_seq" ON "events" '
        '("config_id", "level_seq")',
        'CREATE INDEX IF NOT EXISTS "events_config_id_ts_key_guid" ON "events" '
        '("config_id", "ts_key", "guid")',
        'CREATE INDEX IF NOT EXISTS "events_sync_level_seq" ON "events" ("sync_level", "seq")',
        'CREATE TABLE IF NOT EXISTS "tree_nodes" ("key" BIGINT NOT NULL PRIMARY KEY, '
        '"hash" BYTEA NOT NULL)',
        'CREATE TABLE IF NOT EXISTS "audit_logs" ("seq" BIGINT NOT NULL PRIMARY KEY, '
        '"guid" TEXT NOT NULL, "config_id" TEXT NOT NULL, "body" TEXT NOT NULL, '
        '"ts_key" TEXT NOT NULL, "pushed_by" TEXT NOT NULL, "received_at" TEXT NOT NULL)',
        'CREATE UNIQUE INDEX IF NOT EXISTS "audit_logs_guid" ON "audit_logs" ("guid")',
        'CREATE INDEX IF NOT EXISTS "audit_logs_config_id_seq" ON "audit_logs" '
        '("config_id", "seq")',
        'CREATE INDEX IF NOT EXISTS "audit_logs_config_id_ts_key" ON "audit_logs" '
        '("config_id", "ts_key")',
    ),
    marks=("users", "login_failures", "app_configs", "log_head", "events", "tree_nodes",
           "audit_logs"),
)

MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        version=2,
        description="token generations and disabled accounts; revoked tokens",
        columns=(
            Column("users", "token_generation", "INTEGER NOT NULL DEFAULT 0",
                   "BIGINT NOT NULL DEFAULT 0"),
            Column("users", "disabled", "INTEGER NOT NULL DEFAULT FALSE",
                   "BOOLEAN NOT NULL DEFAULT FALSE"),
        ),
        sqlite=(
            'CREATE TABLE IF NOT EXISTS "revoked_tokens" ("token_id" TEXT NOT NULL PRIMARY KEY, '
            '"expires_at" REAL NOT NULL)',
        ),
        postgresql=(
            'CREATE TABLE IF NOT EXISTS "revoked_tokens" ("token_id" TEXT NOT NULL PRIMARY KEY, '
            '"expires_at" DOUBLE PRECISION NOT NULL)',
        ),
        marks=("revoked_tokens",),
    ),
    Migration(
        version=3,
        description="user ids linked to accounts, and display names",
        sqlite=(
            'CREATE TABLE IF NOT EXISTS "user_links" ("linked_id" TEXT NOT NULL PRIMARY KEY, '
            '"user_id" TEXT NOT NULL, "linked_at" TEXT NOT NULL)',
            'CREATE INDEX IF NOT EXISTS "user_links_user_id_linked_id" ON "user_links" '
            '("user_id", "linked_id")',
            'CREATE TABLE IF NOT EXISTS "user_names" ("user_id" TEXT NOT NULL PRIMARY KEY, '
            '"name" TEXT NOT NULL)',
        ),
        postgresql=(
            'CREATE TABLE IF NOT EXISTS "user_links" ("linked_id" TEXT NOT NULL PRIMARY KEY, '
            '"user_id" TEXT NOT NULL, "linked_at" TEXT NOT NULL)',
            'CREATE INDEX IF NOT EXISTS "user_links_user_id_linked_id" ON "user_links" '
            '("user_id", "linked_id")',
            'CREATE TABLE IF NOT EXISTS "user_names" ("user_id" TEXT NOT NULL PRIMARY KEY, '
            '"name" TEXT NOT NULL)',
        ),
        marks=("user_links", "user_names"),
    ),
    Migration(
        version=4,
        description="attachments: their bytes by digest, the app configs holding them, and the "
                    "chunks of unfinished uploads",
        sqlite=(
            'CREATE TABLE IF NOT EXISTS "attachment_blobs" ("digest" TEXT NOT NULL PRIMARY KEY, '
            '"size" INTEGER NOT NULL, "data" BLOB NOT NULL)',
            'CREATE TABLE IF NOT EXISTS "attachments" ("config_id" TEXT NOT NULL, '
            '"digest" TEXT NOT NULL, "media_type" TEXT NOT NULL, "size" INTEGER NOT NULL, '
            '"added_by" TEXT NOT NULL, "added_at" TEXT NOT NULL, '
            'PRIMARY KEY ("config_id", "digest"))',
            'CREATE TABLE IF NOT EXISTS "attachment_parts" ("config_id" TEXT NOT NULL, '
            '"digest" TEXT NOT NULL, "offset" INTEGER NOT NULL, "total" INTEGER NOT NULL, '
            '"data" BLOB NOT NULL, PRIMARY KEY ("config_id", "digest", "offset"))',
        ),
        postgresql=(
            'CREATE TABLE IF NOT EXISTS "attachment_blobs" ("digest" TEXT NOT NULL PRIMARY KEY, '
            '"size" BIGINT NOT NULL, "data" BYTEA NOT NULL)',
            'CREATE TABLE IF NOT EXISTS "attachments" ("config_id" TEXT NOT NULL, '
            '"digest" TEXT NOT NULL, "media_type" TEXT NOT NULL, "size" BIGINT NOT NULL, '
            '"added_by" TEXT NOT NULL, "added_at" TEXT NOT NULL, '
            'PRIMARY KEY ("config_id", "digest"))',
            'CREATE TABLE IF NOT EXISTS "attachment_parts" ("config_id" TEXT NOT NULL, '
            '"digest" TEXT NOT NULL, "offset" BIGINT NOT NULL, "total" BIGINT NOT NULL, '
            '"data" BYTEA NOT NULL, PRIMARY KEY ("config_id", "digest", "offset"))',
        ),
        marks=("attachment_blobs", "attachments", "attachment_parts"),
    ),
)

STEPS: tuple[Migration, ...] = (BASELINE, *MIGRATIONS)
SCHEMA_VERSION = STEPS[-1].version


class SchemaError(Exception):
    """The database's schema is not one this server can serve as it is."""


class SchemaTooNew(SchemaError):
    """A newer server wrote the database."""

    def __init__(self, found: int) -> None:
        super().__init__(
            f"this database was written by a newer datacollect-server (schema {found}); "
            f"this one understands up to {SCHEMA_VERSION}; upgrade the server"
        )
        self.found = found


class SchemaTooOld(SchemaError):
    """The database needs migrations this server was told not to apply by itself."""

    def __init__(self, found: int) -> None:
        super().__init__(
            f"this database is at schema {found}; this datacollect-server needs schema "
            f"{SCHEMA_VERSION}; run `datacollect-server migrate` (with the same --database "
            f"or --data-dir) to bring it up to date"
        )
        self.found = found


def pending(version: int) -> tuple[Migration, ...]:
    """The migrations a database at `version` still needs, in order."""
    return tuple(step for step in MIGRATIONS if step.version > version)
