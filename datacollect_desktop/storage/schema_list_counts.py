"""Schema step: the counts the record list and the status bar show (storage/list_counts.py)."""

from __future__ import annotations

SCHEMA_LIST_COUNTS: tuple[str, ...] = (
    # Records by deleted, root (no parent) and form: the totals beside the record list. A
    # record without a form has has_form 0 and form '' (key columns cannot hold NULL).
    """CREATE TABLE list_counts (
        deleted INTEGER NOT NULL, is_root INTEGER NOT NULL, has_form INTEGER NOT NULL,
        form TEXT NOT NULL, n INTEGER NOT NULL,
        PRIMARY KEY (deleted, is_root, has_form, form)
    ) WITHOUT ROWID""",
    """INSERT INTO list_counts (deleted, is_root, has_form, form, n)
        SELECT deleted, parent_guid IS NULL, form IS NOT NULL, coalesce(form, ''), count(*)
        FROM entities GROUP BY 1, 2, 3, 4""",
    # Events by sync level: the status bar's counts.
    "CREATE TABLE level_counts (sync_level INTEGER PRIMARY KEY, n INTEGER NOT NULL)",
    """INSERT INTO level_counts (sync_level, n)
        SELECT sync_level, count(*) FROM events GROUP BY sync_level""",
)
