"""The audit trail as supervisors browse it: filtered, newest first, a page at a time.

Entries are ordered by (timestamp, seq, id), newest first, and paged by that key (keyset
pagination): a page starts where the last one ended, so the millionth entry costs what the
first does. The user and record filters have an index in that order (schema 4), so a page is a
range read; the action and form filters are decided inside the time index (schema 8).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from datacollect_desktop.storage.browse import ListFilter
from datacollect_desktop.storage.database import CipherDatabase

# An entry's place in the order; the next page starts after it.
Key = tuple[str, int, int]

_COLUMNS = (
    "a.id, a.seq, a.event_guid, a.entity_guid, e.name, a.form, a.user_id, a.action, "
    "a.timestamp, a.changes, a.flag, e.type"
)
_ORDER = "a.timestamp DESC, a.seq DESC, a.id DESC"


@dataclass(frozen=True, slots=True)
class AuditFilter:
    """Which entries to show. Empty fields do not filter; `since` is inclusive and `until`
    exclusive (UTC stamps); `text` finds the entries of records whose name or fields hold
    every word, as the records search does."""

    user: str | None = None
    action: str | None = None
    form: str | None = None
    entity: str | None = None
    since: str | None = None
    until: str | None = None
    text: str = ""
    # Any of these user ids (one person's ids: app/people.py expands a person to them).
    user_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One entity's part in one event: its field-level changes, or a flag."""

    id: int
    seq: int
    event_guid: str
    entity_guid: str
    entity_name: str | None
    form: str | None
    user_id: str
    action: str
    timestamp: str
    changes: list[dict[str, Any]]
    flag: str | None
    # Who `user_id` is, by name (filled by the app's audit service from the directory).
    user_name: str | None = None
    # The record's kind (`group` or `individual`; None when the record is unknown).
    entity_type: str | None = field(default=None, compare=False)
    # Filled by the app's audit service: why a record was deleted, as the person said, and
    # the flag in plain words.
    reason: str | None = field(default=None, compare=False)
    flag_words: str | None = field(default=None, compare=False)

    @property
    def key(self) -> Key:
        return (self.timestamp, self.seq, self.id)


def _entry(row: Any) -> AuditEntry:
    return AuditEntry(row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8],
                      json.loads(row[9]), row[10], entity_type=row[11])


# A text search finds records first (entity_search), then their entries. For few records,
# their entries are read by record and sorted; for many, the entries are read newest first and
# each is checked against the records found, stopping after a page. Reading by record costs
# about a random row read per record, checking about an index probe per entry read: with n of
# N records found, checking wins once n * n > SCAN_FACTOR * N.
SCAN_FACTOR = 20
_BY_RECORD = ("a.entity_guid IN (SELECT x.guid FROM entity_search s "
              "JOIN entities x ON x.rowid = s.rowid WHERE s.entity_search MATCH ?)")
_BY_ENTRY = ("(SELECT x.rowid FROM entities x WHERE x.guid = a.entity_guid) IN "
             "(SELECT rowid FROM entity_search WHERE entity_search MATCH ?)")


def _where(spec: AuditFilter, *, check_entries: bool = False) -> tuple[list[str], list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    for column, value in (("a.user_id", spec.user), ("a.action", spec.action),
                          ("a.form", spec.form), ("a.entity_guid", spec.entity)):
        if value is not None:
            clauses.append(f"{column} = ?")
            params.append(value)
    if spec.user_ids:
        clauses.append(f"a.user_id IN ({', '.join('?' * len(spec.user_ids))})")
        params.extend(spec.user_ids)
    if spec.since is not None:
        clauses.append("a.timestamp >= ?")
        params.append(spec.since)
    if spec.until is not None:
        clauses.append("a.timestamp < ?")
        params.append(spec.until)
    expression = ListFilter(spec.text).match_expression()
    if expression:
        clauses.append(_BY_ENTRY if check_entries else _BY_RECORD)
        params.append(expression)
    return clauses, params


def _sql_where(clauses: list[str]) -> str:
    return f"WHERE {' AND '.join(clauses)}" if clauses else ""


class AuditBrowse:
    """Read-only audit queries on the calling thread's connection."""

    def __init__(self, db: CipherDatabase) -> None:
        self.db = db

    def page(self, spec: AuditFilter, after: Key | None, limit: int) -> list[AuditEntry]:
        """Up to `limit` entries that come after `after` (from the newest when None).

        The page's keys are found first, from an index alone where the filter allows; only
        the page's rows are then read (a text search may sort many keys, never many rows).
        """
        clauses, params = _where(spec, check_entries=self._many_found(spec.text))
        if after is not None:
            clauses.append("(a.timestamp, a.seq, a.id) < (?, ?, ?)")
            params.extend(after)
        sql = (f"SELECT {_COLUMNS} FROM audit a LEFT JOIN entities e "  # noqa: S608 (constant fragments)
               "ON e.guid = a.entity_guid WHERE a.id IN (SELECT a.id FROM audit a "
               f"{_sql_where(clauses)} ORDER BY {_ORDER} LIMIT ?) ORDER BY {_ORDER}")
        rows = self.db.execute_sql(sql, (*params, limit)).fetchall()
        return [_entry(row) for row in rows]

    def _many_found(self, text: str) -> bool:
        """Whether a text search finds so many records that checking entries beats reading
        them by record (see SCAN_FACTOR)."""
        expression = ListFilter(text).match_expression()
        if not expression:
            return False
        found = self.db.execute_sql("SELECT count(*) FROM entity_search WHERE entity_search "
                                    "MATCH ?", (expression,)).fetchone()[0]
        records = self.db.execute_sql("SELECT coalesce(max(rowid), 0) FROM entities"
                                      ).fetchone()[0]
        return int(found) ** 2 > SCAN_FACTOR * int(records)

    def entries(self, spec: AuditFilter, batch: int = 5000) -> Iterator[list[AuditEntry]]:
        """Every matching entry, newest first, `batch` at a time."""
        after: Key | None = None
        while True:
            page = self.page(spec, after, batch)
            if not page:
                return
            yield page
            after = page[-1].key

    def count(self, spec: AuditFilter) -> int:
        clauses, params = _where(spec)
        sql = f"SELECT count(*) FROM audit a {_sql_where(clauses)}"  # noqa: S608 (constant fragments)
        return int(self.db.execute_sql(sql, tuple(params)).fetchone()[0])

    def activity(self, spec: AuditFilter, utc_offset_minutes: int
                 ) -> list[tuple[str, str, int]]:
        """(local day, user, events) for the matching entries: an event that changed several
        records counts once."""
        clauses, params = _where(spec)
        shift = f"{int(utc_offset_minutes):+d} minutes"
        # By user and date alone, the (user, timestamp, seq) index holds every column read:
        # scanning it beats reading a row per entry by several times.
        covered = not (spec.action or spec.form or spec.entity or spec.text)
        index = "INDEXED BY audit_user_time" if covered else ""
        sql = ("SELECT day, user_id, count(*) FROM (SELECT DISTINCT "  # noqa: S608 (constant fragments)
               f"date(a.timestamp, ?) AS day, a.user_id, a.seq FROM audit a {index} "
               f"{_sql_where(clauses)}) GROUP BY day, user_id ORDER BY day, user_id")
        rows = self.db.execute_sql(sql, (shift, *params)).fetchall()
        return [(day, user, int(n)) for day, user, n in rows]

    def newest_timestamp(self, spec: AuditFilter) -> str | None:
        """The stamp of the newest matching entry."""
        page = self.page(spec, None, 1)
        return page[0].timestamp if page else None

    def distinct(self, column: str) -> list[str]:
        """The values of a filter column (user_id, action, form)."""
        if column not in ("user_id", "action", "form"):
            raise ValueError(f"not a filter column: {column}")
        if column == "user_id":
            # A loose index scan: jump from one value to the next through audit_user_time.
            sql = ("WITH RECURSIVE v(x) AS (SELECT min(user_id) FROM audit "
                   "UNION ALL SELECT (SELECT min(user_id) FROM audit WHERE user_id > x) "
                   "FROM v WHERE x IS NOT NULL) SELECT x FROM v WHERE x IS NOT NULL")
            return [value for (value,) in self.db.execute_sql(sql).fetchall()]
        # Kept beside the trail by the projector (schema 8).
        rows = self.db.execute_sql("SELECT value FROM audit_choices WHERE kind = ? "
                                   "ORDER BY value", (column,)).fetchall()
        return [value for (value,) in rows]
