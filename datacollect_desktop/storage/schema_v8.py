"""Schema version 8: a lighter projection write path for profiles of a million events.

Every index is written on every edit of a row, so each one the reads do not need is dropped,
and the search index is written by the projector, in bulk per batch, instead of by triggers
(a trigger opens a savepoint per statement, and FTS5 flushes its pending terms on each one).
"""

from __future__ import annotations

SCHEMA_V8: tuple[str, ...] = (
    # The list's alphabetical order (entities_alpha) serves every query these two served.
    "DROP INDEX entities_name",
    "DROP INDEX entities_form",
    # The projector writes entity_search itself (storage/projector.py), with the same text
    # and the same rowid contract: entity_search.rowid = entities.rowid.
    "DROP TRIGGER entity_search_insert",
    "DROP TRIGGER entity_search_update",
    "DROP TRIGGER entity_search_delete",
    # Potential duplicates: the people born on a day and their name keys from the index
    # alone, without reading a row per person.
    "CREATE INDEX entities_born ON entities (birth_date, guid, name_key) "
    "WHERE birth_date IS NOT NULL",
    "DROP INDEX entities_birth",
    # The audit browser's filters. Newest first by (timestamp, seq, id): the time index
    # carries action and form, so those filters, and the lists of their values, are decided
    # inside it without reading rows; a user's entries (and the activity chart) and a
    # record's entries (history, text search) keep their own index, each a range read.
    "CREATE INDEX audit_time_filters ON audit (timestamp, seq, id, action, form)",
    "DROP INDEX audit_time",
    "DROP INDEX audit_action_time",
    "DROP INDEX audit_form_time",
    # The values the action and form filters offer, kept by the projector: a few rows per
    # batch instead of two more index entries per audit row.
    """CREATE TABLE audit_choices (
        kind TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (kind, value)
    ) WITHOUT ROWID""",
    "INSERT INTO audit_choices (kind, value) SELECT DISTINCT 'action', action FROM audit",
    "INSERT INTO audit_choices (kind, value) SELECT DISTINCT 'form', form FROM audit "
    "WHERE form IS NOT NULL",
)
