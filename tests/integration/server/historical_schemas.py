"""Every historical shape of the sync server's database, as the server of each era made it.

The statements are what peewee emitted for the models of each release (`git log -p --
datacollect_desktop/server/store/models.py`), kept here as text so the fixtures do not change
when the code does:

- version 1: the first release (commit d729f90);
- version 2: token generations, disabled accounts, revoked tokens (merged in 7c67d3a);
- the identity branch before it merged (8ee3c12): version 1 with linked ids and names;
- version 3: both, merged in 1849ea8;
- version 4: attachments, their bytes by digest and unfinished uploads (43da233).

`users@2` is the `users` table as servers from version 2 on create it.
tests/fixtures/check_server_schemas.py compares these statements with git history.
"""

from __future__ import annotations

from dataclasses import dataclass

SQLITE_TABLES: dict[str, tuple[str, ...]] = {
    'users': (
        'CREATE TABLE IF NOT EXISTS "users" ("id" TEXT NOT NULL PRIMARY KEY, "email" TEXT NOT'
        ' NULL, "role" TEXT NOT NULL, "config_ids" TEXT NOT NULL, "password_hash" TEXT NOT '
        'NULL, "created_at" TEXT NOT NULL)',
        'CREATE UNIQUE INDEX IF NOT EXISTS "users_email" ON "users" ("email")',
    ),
    'login_failures': (
        'CREATE TABLE IF NOT EXISTS "login_failures" ("id" INTEGER NOT NULL PRIMARY KEY, '
        '"key" TEXT NOT NULL, "at" REAL NOT NULL)',
        'CREATE INDEX IF NOT EXISTS "login_failures_key_at" ON "login_failures" ("key", "at")',
    ),
    'app_configs': (
        'CREATE TABLE IF NOT EXISTS "app_configs" ("id" TEXT NOT NULL PRIMARY KEY, "document"'
        ' TEXT NOT NULL, "updated_at" TEXT NOT NULL)',
    ),
    'log_head': (
        'CREATE TABLE IF NOT EXISTS "log_head" ("id" INTEGER NOT NULL PRIMARY KEY, '
        '"tree_size" INTEGER NOT NULL, "root_hash" BLOB NOT NULL, "level_seq" INTEGER NOT '
        'NULL, "audit_size" INTEGER NOT NULL)',
    ),
    'events': (
        'CREATE TABLE IF NOT EXISTS "events" ("seq" INTEGER NOT NULL PRIMARY KEY, "guid" TEXT'
        ' NOT NULL, "config_id" TEXT NOT NULL, "leaf" TEXT NOT NULL, "ts_key" TEXT NOT NULL, '
        '"sync_level" INTEGER NOT NULL, "level_seq" INTEGER, "pushed_by" TEXT NOT NULL, '
        '"received_at" TEXT NOT NULL, "claim" TEXT, "claim_until" REAL)',
        'CREATE UNIQUE INDEX IF NOT EXISTS "events_guid" ON "events" ("guid")',
        'CREATE INDEX IF NOT EXISTS "events_config_id_seq" ON "events" ("config_id", "seq")',
        'CREATE INDEX IF NOT EXISTS "events_config_id_level_seq" ON "events" ("config_id", '
        '"level_seq")',
        'CREATE INDEX IF NOT EXISTS "events_config_id_ts_key_guid" ON "events" ("config_id", '
        '"ts_key", "guid")',
        'CREATE INDEX IF NOT EXISTS "events_sync_level_seq" ON "events" ("sync_level", "seq")',
    ),
    'tree_nodes': (
        'CREATE TABLE IF NOT EXISTS "tree_nodes" ("key" INTEGER NOT NULL PRIMARY KEY, "hash" '
        'BLOB NOT NULL)',
    ),
    'audit_logs': (
        'CREATE TABLE IF NOT EXISTS "audit_logs" ("seq" INTEGER NOT NULL PRIMARY KEY, "guid" '
        'TEXT NOT NULL, "config_id" TEXT NOT NULL, "body" TEXT NOT NULL, "ts_key" TEXT NOT '
        'NULL, "pushed_by" TEXT NOT NULL, "received_at" TEXT NOT NULL)',
        'CREATE UNIQUE INDEX IF NOT EXISTS "audit_logs_guid" ON "audit_logs" ("guid")',
        'CREATE INDEX IF NOT EXISTS "audit_logs_config_id_seq" ON "audit_logs" ("config_id", '
        '"seq")',
        'CREATE INDEX IF NOT EXISTS "audit_logs_config_id_ts_key" ON "audit_logs" '
        '("config_id", "ts_key")',
    ),
    'users@2': (
        'CREATE TABLE IF NOT EXISTS "users" ("id" TEXT NOT NULL PRIMARY KEY, "email" TEXT NOT'
        ' NULL, "role" TEXT NOT NULL, "config_ids" TEXT NOT NULL, "password_hash" TEXT NOT '
        'NULL, "created_at" TEXT NOT NULL, "token_generation" INTEGER NOT NULL DEFAULT 0, '
        '"disabled" INTEGER NOT NULL DEFAULT FALSE)',
        'CREATE UNIQUE INDEX IF NOT EXISTS "users_email" ON "users" ("email")',
    ),
    'revoked_tokens': (
        'CREATE TABLE IF NOT EXISTS "revoked_tokens" ("token_id" TEXT NOT NULL PRIMARY KEY, '
        '"expires_at" REAL NOT NULL)',
    ),
    'user_links': (
        'CREATE TABLE IF NOT EXISTS "user_links" ("linked_id" TEXT NOT NULL PRIMARY KEY, '
        '"user_id" TEXT NOT NULL, "linked_at" TEXT NOT NULL)',
        'CREATE INDEX IF NOT EXISTS "user_links_user_id_linked_id" ON "user_links" '
        '("user_id", "linked_id")',
    ),
    'user_names': (
        'CREATE TABLE IF NOT EXISTS "user_names" ("user_id" TEXT NOT NULL PRIMARY KEY, "name"'
        ' TEXT NOT NULL)',
    ),
    'attachment_blobs': (
        'CREATE TABLE IF NOT EXISTS "attachment_blobs" ("digest" TEXT NOT NULL PRIMARY KEY, '
        '"size" INTEGER NOT NULL, "data" BLOB NOT NULL)',
    ),
    'attachments': (
        'CREATE TABLE IF NOT EXISTS "attachments" ("config_id" TEXT NOT NULL, "digest" TEXT '
        'NOT NULL, "media_type" TEXT NOT NULL, "size" INTEGER NOT NULL, "added_by" TEXT NOT '
        'NULL, "added_at" TEXT NOT NULL, PRIMARY KEY ("config_id", "digest"))',
    ),
    'attachment_parts': (
        'CREATE TABLE IF NOT EXISTS "attachment_parts" ("config_id" TEXT NOT NULL, "digest" '
        'TEXT NOT NULL, "offset" INTEGER NOT NULL, "total" INTEGER NOT NULL, "data" BLOB NOT '
        'NULL, PRIMARY KEY ("config_id", "digest", "offset"))',
    ),
}

POSTGRESQL_TABLES: dict[str, tuple[str, ...]] = {
    'users': (
        'CREATE TABLE IF NOT EXISTS "users" ("id" TEXT NOT NULL PRIMARY KEY, "email" TEXT NOT'
        ' NULL, "role" TEXT NOT NULL, "config_ids" TEXT NOT NULL, "password_hash" TEXT NOT '
        'NULL, "created_at" TEXT NOT NULL)',
        'CREATE UNIQUE INDEX IF NOT EXISTS "users_email" ON "users" ("email")',
    ),
    'login_failures': (
        'CREATE TABLE IF NOT EXISTS "login_failures" ("id" SERIAL NOT NULL PRIMARY KEY, "key"'
        ' TEXT NOT NULL, "at" DOUBLE PRECISION NOT NULL)',
        'CREATE INDEX IF NOT EXISTS "login_failures_key_at" ON "login_failures" ("key", "at")',
    ),
    'app_configs': (
        'CREATE TABLE IF NOT EXISTS "app_configs" ("id" TEXT NOT NULL PRIMARY KEY, "document"'
        ' TEXT NOT NULL, "updated_at" TEXT NOT NULL)',
    ),
    'log_head': (
        'CREATE TABLE IF NOT EXISTS "log_head" ("id" INTEGER NOT NULL PRIMARY KEY, '
        '"tree_size" BIGINT NOT NULL, "root_hash" BYTEA NOT NULL, "level_seq" BIGINT NOT '
        'NULL, "audit_size" BIGINT NOT NULL)',
    ),
    'events': (
        'CREATE TABLE IF NOT EXISTS "events" ("seq" BIGINT NOT NULL PRIMARY KEY, "guid" TEXT '
        'NOT NULL, "config_id" TEXT NOT NULL, "leaf" TEXT NOT NULL, "ts_key" TEXT NOT NULL, '
        '"sync_level" SMALLINT NOT NULL, "level_seq" BIGINT, "pushed_by" TEXT NOT NULL, '
        '"received_at" TEXT NOT NULL, "claim" TEXT, "claim_until" DOUBLE PRECISION)',
        'CREATE UNIQUE INDEX IF NOT EXISTS "events_guid" ON "events" ("guid")',
        'CREATE INDEX IF NOT EXISTS "events_config_id_seq" ON "events" ("config_id", "seq")',
        'CREATE INDEX IF NOT EXISTS "events_config_id_level_seq" ON "events" ("config_id", '
        '"level_seq")',
        'CREATE INDEX IF NOT EXISTS "events_config_id_ts_key_guid" ON "events" ("config_id", '
        '"ts_key", "guid")',
        'CREATE INDEX IF NOT EXISTS "events_sync_level_seq" ON "events" ("sync_level", "seq")',
    ),
    'tree_nodes': (
        'CREATE TABLE IF NOT EXISTS "tree_nodes" ("key" BIGINT NOT NULL PRIMARY KEY, "hash" '
        'BYTEA NOT NULL)',
    ),
    'audit_logs': (
        'CREATE TABLE IF NOT EXISTS "audit_logs" ("seq" BIGINT NOT NULL PRIMARY KEY, "guid" '
        'TEXT NOT NULL, "config_id" TEXT NOT NULL, "body" TEXT NOT NULL, "ts_key" TEXT NOT '
        'NULL, "pushed_by" TEXT NOT NULL, "received_at" TEXT NOT NULL)',
        'CREATE UNIQUE INDEX IF NOT EXISTS "audit_logs_guid" ON "audit_logs" ("guid")',
        'CREATE INDEX IF NOT EXISTS "audit_logs_config_id_seq" ON "audit_logs" ("config_id", '
        '"seq")',
        'CREATE INDEX IF NOT EXISTS "audit_logs_config_id_ts_key" ON "audit_logs" '
        '("config_id", "ts_key")',
    ),
    'users@2': (
        'CREATE TABLE IF NOT EXISTS "users" ("id" TEXT NOT NULL PRIMARY KEY, "email" TEXT NOT'
        ' NULL, "role" TEXT NOT NULL, "config_ids" TEXT NOT NULL, "password_hash" TEXT NOT '
        'NULL, "created_at" TEXT NOT NULL, "token_generation" BIGINT NOT NULL DEFAULT 0, '
        '"disabled" BOOLEAN NOT NULL DEFAULT FALSE)',
        'CREATE UNIQUE INDEX IF NOT EXISTS "users_email" ON "users" ("email")',
    ),
    'revoked_tokens': (
        'CREATE TABLE IF NOT EXISTS "revoked_tokens" ("token_id" TEXT NOT NULL PRIMARY KEY, '
        '"expires_at" DOUBLE PRECISION NOT NULL)',
    ),
    'user_links': (
        'CREATE TABLE IF NOT EXISTS "user_links" ("linked_id" TEXT NOT NULL PRIMARY KEY, '
        '"user_id" TEXT NOT NULL, "linked_at" TEXT NOT NULL)',
        'CREATE INDEX IF NOT EXISTS "user_links_user_id_linked_id" ON "user_links" '
        '("user_id", "linked_id")',
    ),
    'user_names': (
        'CREATE TABLE IF NOT EXISTS "user_names" ("user_id" TEXT NOT NULL PRIMARY KEY, "name"'
        ' TEXT NOT NULL)',
    ),
    'attachment_blobs': (
        'CREATE TABLE IF NOT EXISTS "attachment_blobs" ("digest" TEXT NOT NULL PRIMARY KEY, '
        '"size" BIGINT NOT NULL, "data" BYTEA NOT NULL)',
    ),
    'attachments': (
        'CREATE TABLE IF NOT EXISTS "attachments" ("config_id" TEXT NOT NULL, "digest" TEXT '
        'NOT NULL, "media_type" TEXT NOT NULL, "size" BIGINT NOT NULL, "added_by" TEXT NOT '
        'NULL, "added_at" TEXT NOT NULL, PRIMARY KEY ("config_id", "digest"))',
    ),
    'attachment_parts': (
        'CREATE TABLE IF NOT EXISTS "attachment_parts" ("config_id" TEXT NOT NULL, "digest" '
        'TEXT NOT NULL, "offset" BIGINT NOT NULL, "total" BIGINT NOT NULL, "data" BYTEA NOT '
        'NULL, PRIMARY KEY ("config_id", "digest", "offset"))',
    ),
}


V1_TABLES = ("users", "login_failures", "app_configs", "log_head", "events", "tree_nodes",
             "audit_logs")


@dataclass(frozen=True)
class Era:
    """One historical database shape: its name, the version it is, the tables it has."""

    name: str
    version: int
    tables: tuple[str, ...]

    def statements(self, dialect: str) -> list[str]:
        tables = SQLITE_TABLES if dialect == "sqlite" else POSTGRESQL_TABLES
        return [statement for table in self.tables for statement in tables[table]]

    def table_names(self) -> list[str]:
        return [table.split("@")[0] for table in self.tables]


_V2 = tuple("users@2" if table == "users" else table for table in V1_TABLES)

ERAS = (
    Era("v1-first-release", 1, V1_TABLES),
    Era("v2-revocation", 2, (*_V2, "revoked_tokens")),
    Era("identity-branch", 1, (*V1_TABLES, "user_links", "user_names")),
    Era("v3-identity", 3, (*_V2, "revoked_tokens", "user_links", "user_names")),
    Era("v4-attachments", 4, (*_V2, "revoked_tokens", "user_links", "user_names",
                              "attachment_blobs", "attachments", "attachment_parts")),
)
