"""Schema version 2: drafts, settings, the entity search index and the list's indexes."""

from __future__ import annotations

# The words a search finds an entity by: its name and its data's text values, except the
# bookkeeping fields every record carries (they would make every record match its form name).
_SEARCH_TEXT = (
    "coalesce(NEW.name, '') || ' ' || coalesce((SELECT group_concat(value, ' ') "
    "FROM json_each(NEW.doc, '$.data') WHERE type = 'text' "
    "AND key NOT IN ('entityName', 'parentGuid')), '')"
)

_FILL_TEXT = _SEARCH_TEXT.replace("NEW.", "entities.")

SCHEMA_V2: tuple[str, ...] = (
    # A form in progress. `data` is the JSON of the fields typed so far; the database is
    # encrypted, so drafts are too.
    """CREATE TABLE drafts (
        id TEXT PRIMARY KEY,
        form TEXT NOT NULL,
        parent_guid TEXT,
        entity_guid TEXT,
        correlation_id TEXT NOT NULL,
        data TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    ) WITHOUT ROWID""",
    "CREATE INDEX drafts_updated ON drafts (updated_at)",
    # Preferences of this profile (server, account, app config, intervals), values as JSON.
    "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
    # Full-text search over entities, keyed by the entities' rowid and kept in step by
    # triggers, so the event store's write path needs no change. Contentless: the text is
    # not stored twice, only its index.
    """CREATE VIRTUAL TABLE entity_search USING fts5(
        text, content='', contentless_delete=1, tokenize="unicode61 remove_diacritics 2"
    )""",
    f"""CREATE TRIGGER entity_search_insert AFTER INSERT ON entities BEGIN
        INSERT INTO entity_search (rowid, text) VALUES (NEW.rowid, {_SEARCH_TEXT});
    END""",  # noqa: S608 (constant fragments)
    # Adding a member changes the group's doc but not its data: skip the re-index then.
    f"""CREATE TRIGGER entity_search_update AFTER UPDATE OF name, doc ON entities
    WHEN OLD.name IS NOT NEW.name
        OR json_extract(OLD.doc, '$.data') IS NOT json_extract(NEW.doc, '$.data')
    BEGIN
        DELETE FROM entity_search WHERE rowid = OLD.rowid;
        INSERT INTO entity_search (rowid, text) VALUES (NEW.rowid, {_SEARCH_TEXT});
    END""",  # noqa: S608 (constant fragments)
    """CREATE TRIGGER entity_search_delete AFTER DELETE ON entities BEGIN
        DELETE FROM entity_search WHERE rowid = OLD.rowid;
    END""",
    # Profiles made at version 1 already have entities.
    f"INSERT INTO entity_search (rowid, text) SELECT rowid, {_FILL_TEXT} FROM entities",  # noqa: S608 (constant fragments)
    # The list's two orders over living entities (guid breaks ties). Form and parent are
    # carried so the list's filters are decided inside the index, without reading rows.
    "CREATE INDEX entities_recent ON entities (last_updated, guid, form, parent_guid) "
    "WHERE deleted = 0",
    "CREATE INDEX entities_alpha ON entities (name COLLATE NOCASE, guid, form, parent_guid) "
    "WHERE deleted = 0",
    # Counts by sync level for the status bar without reading every event.
    "CREATE INDEX events_level ON events (sync_level)",
    # "Needs attention": flagged events and those the server refused.
    "CREATE INDEX events_attention ON events (seq) WHERE flag IS NOT NULL "
    "OR sync_error IS NOT NULL",
)
