"""Counts the window shows without counting rows: records by (deleted, root, form) and events
by sync level, kept in the same transaction as the rows they count.

Counting a million rows takes the better part of a second; these tables hold a handful of
rows. They are written where the rows are: `count_entity_changes` where the projector writes
entity rows, `watch_entities` where a rebase puts entities back, `count_appended` where the
log appends events and `watch_levels` where sync levels change. A rebuild empties
`list_counts` with the other projections and its replay fills it again; the schema step that
adds the tables fills them from the rows already there (storage/schema_list_counts.py).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from datacollect_desktop.storage.connection import Connection

# The key of a record's count: deleted (0/1), root (no parent, 0/1), has a form (0/1), form
# ('' when none: the key's columns cannot hold NULL).
Key = tuple[int, int, int, str]

_CHUNK = 500


def _key(deleted: Any, parent_guid: Any, form: Any) -> Key:
    return (int(bool(deleted)), int(parent_guid is None), int(form is not None), form or "")


def _rows_by_guid(conn: Connection, select: str, guids: Sequence[str]) -> Iterator[Any]:
    """The rows of `select` (a query ending in `WHERE guid IN`) for `guids`, in chunks."""
    for start in range(0, len(guids), _CHUNK):
        chunk = guids[start:start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        yield from conn.execute(f"{select} ({marks})", chunk)


def _entity_keys(conn: Connection, guids: Sequence[str]) -> dict[str, Key]:
    """The count key of each stored entity among `guids`."""
    rows = _rows_by_guid(
        conn, "SELECT guid, deleted, parent_guid, form FROM entities WHERE guid IN", guids)
    return {guid: _key(deleted, parent, form) for guid, deleted, parent, form in rows}


def _write_entity_deltas(conn: Connection, before: dict[str, Key], after: dict[str, Key]
                         ) -> None:
    delta: Counter[Key] = Counter()
    for guid, key in before.items():
        if after.get(guid) != key:
            delta[key] -= 1
    for guid, key in after.items():
        if before.get(guid) != key:
            delta[key] += 1
    changes = [(*key, n) for key, n in delta.items() if n]
    if not changes:
        return
    conn.executemany(
        "INSERT INTO list_counts (deleted, is_root, has_form, form, n) VALUES (?,?,?,?,?) "
        "ON CONFLICT (deleted, is_root, has_form, form) DO UPDATE SET n = n + excluded.n",
        changes)
    # A rebuild leaves no empty counts behind; neither do the incremental writes.
    conn.execute("DELETE FROM list_counts WHERE n = 0")


def count_entity_changes(
    conn: Connection, changes: Iterable[tuple[Sequence[Any] | None, Sequence[Any]]]
) -> None:
    """Count entity rows about to be written: pairs of the stored row (None for a new
    record) and the new one (`projector.entity_row` tuples: guid, type, name, form,
    parent_guid, deleted, ...)."""
    before: dict[str, Key] = {}
    after: dict[str, Key] = {}
    for old, new in changes:
        if old is not None:
            before[old[0]] = _key(old[5], old[4], old[3])
        after[new[0]] = _key(new[5], new[4], new[3])
    if after:
        _write_entity_deltas(conn, before, after)


class EntityWatch:
    """The count keys of some entities before a change; `record` counts the change."""

    def __init__(self, conn: Connection, guids: Iterable[str]) -> None:
        self.conn = conn
        self.guids = list(dict.fromkeys(guids))
        self.before = _entity_keys(conn, self.guids)

    def record(self) -> None:
        _write_entity_deltas(self.conn, self.before, _entity_keys(self.conn, self.guids))


def watch_entities(conn: Connection, guids: Iterable[str]) -> EntityWatch:
    return EntityWatch(conn, guids)


def _write_level_deltas(conn: Connection, delta: Counter[int]) -> None:
    changes = [(level, n) for level, n in delta.items() if n]
    if changes:
        conn.executemany(
            "INSERT INTO level_counts (sync_level, n) VALUES (?, ?) "
            "ON CONFLICT (sync_level) DO UPDATE SET n = n + excluded.n", changes)


def count_appended(conn: Connection, levels: Iterable[int]) -> None:
    """Count events appended to the log at these sync levels."""
    _write_level_deltas(conn, Counter(int(level) for level in levels))


def _levels_of(conn: Connection, guids: Sequence[str]) -> dict[str, int]:
    rows = _rows_by_guid(conn, "SELECT guid, sync_level FROM events WHERE guid IN", guids)
    return {guid: int(level) for guid, level in rows}


class LevelWatch:
    """The sync levels of some events before an update; `record` counts what changed."""

    def __init__(self, conn: Connection, guids: Iterable[str]) -> None:
        self.conn = conn
        self.guids = list(dict.fromkeys(guids))
        self.before = _levels_of(conn, self.guids)

    def record(self) -> None:
        after = _levels_of(self.conn, self.guids)
        delta: Counter[int] = Counter()
        for guid, level in after.items():
            old = self.before.get(guid)
            if old != level:
                delta[level] += 1
                if old is not None:
                    delta[old] -= 1
        _write_level_deltas(self.conn, delta)


def watch_levels(conn: Connection, guids: Iterable[str]) -> LevelWatch:
    return LevelWatch(conn, guids)


# -- reading ---------------------------------------------------------------------------------

def stored_count(conn: Connection, *, deleted: bool, form: str | None, roots_only: bool
                 ) -> int:
    """How many records are deleted (or living), of `form` when given, roots only if asked."""
    clauses = ["deleted = ?"]
    params: list[Any] = [int(deleted)]
    if form is not None:
        clauses.append("has_form = 1 AND form = ?")
        params.append(form)
    if roots_only:
        clauses.append("is_root = 1")
    row = conn.execute(
        f"SELECT coalesce(sum(n), 0) FROM list_counts WHERE {' AND '.join(clauses)}",  # noqa: S608 (constant fragments)
        params).fetchone()
    return int(row[0])


def stored_levels(conn: Connection) -> dict[int, int]:
    """Events by sync level, as counted (levels without events are left out)."""
    rows = conn.execute("SELECT sync_level, n FROM level_counts WHERE n != 0").fetchall()
    return {int(level): int(n) for level, n in rows}
