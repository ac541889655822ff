"""Read side for the window: pages of entities in index order, search, members, attention."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from datacollect_desktop.domain.entities import RELATIONSHIP_KEYS, SEX_KEYS
from datacollect_desktop.storage.database import CipherDatabase, write_transaction
from datacollect_desktop.storage.eventlog import IS_LOCAL
from datacollect_desktop.storage.list_counts import stored_count, stored_levels
from datacollect_desktop.storage.schema_v2 import SCHEMA_V2

# Each order matches a partial index (entities_recent, entities_alpha) on living entities.
ORDERS = {
    "recent": "e.last_updated DESC, e.guid DESC",
    "oldest": "e.last_updated, e.guid",
    "name": "e.name COLLATE NOCASE, e.guid",
    "name_desc": "e.name COLLATE NOCASE DESC, e.guid DESC",
}
_ORDER_INDEXES = {"recent": "entities_recent", "oldest": "entities_recent",
                  "name": "entities_alpha", "name_desc": "entities_alpha"}
# A search's count is exact up to this many records; past it the list says "more than" it
# (counting every match of a common word would read most of the register).
SEARCH_COUNT_CAP = 1000
# How a search finds its page. With few matches in the search index it sorts them (each
# match costs a row read); with many it walks the list's index in the list's order and keeps
# the rows that match, which fills a page after reading about (rows wanted) x (living
# records) / (matches) index entries. An index entry costs about a tenth of a row read (as
# measured at 1M events): a search sorts its matches while they number at most
# sqrt(wanted x living / 10).
WALK_COST_RATIO = 10
SORT_AT_LEAST = 500



def _data_field(keys: tuple[str, ...]) -> str:
    """The first of `keys` present in a record's data, read from its stored document."""
    reads = [f"json_extract(e.doc, '$.data.{key}')" for key in keys]
    return reads[0] if len(reads) == 1 else f"coalesce({', '.join(reads)})"


# Constant fragments only: the data keys are the domain's constants.
_ROW_COLUMNS = (
    "e.guid, e.type, e.name, e.form, e.last_updated, "  # noqa: S608
    "(SELECT count(*) FROM memberships m JOIN entities x ON x.guid = m.member_guid "
    "WHERE m.group_guid = e.guid AND x.deleted = 0), "
    "EXISTS (SELECT 1 FROM audit a JOIN events v ON v.seq = a.seq "
    f"WHERE a.entity_guid = e.guid AND v.{IS_LOCAL}), "
    # What tells two people of one name apart: birth date, sex, household and their place in it.
    f"e.birth_date, {_data_field(SEX_KEYS)}, "
    "(SELECT g.name FROM memberships m JOIN entities g ON g.guid = m.group_guid "
    "WHERE m.member_guid = e.guid AND g.deleted = 0 ORDER BY g.first_seq LIMIT 1), "
    f"{_data_field(RELATIONSHIP_KEYS)}"
)
# The tree's roots are records that belong to no other (no `data.parentGuid`): households
# and people registered on their own. Members are shown under their household.
_IS_ROOT = "e.parent_guid IS NULL"
# The tokenizer's word characters: letters and digits (an underscore separates words).
_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True, slots=True)
class EntityRow:
    """What the list shows of one entity."""

    guid: str
    type: str
    name: str | None
    form: str | None
    last_updated: str
    member_count: int
    pending: bool
    birth_date: str | None = None
    sex: str | None = None
    household: str | None = None  # the name of the first living household it belongs to
    relationship: str | None = None  # its place in that household, as the form names it


@dataclass(frozen=True, slots=True)
class ListFilter:
    """Which entities a list shows. Without text or form it shows the roots of the tree."""

    text: str = ""
    form: str | None = None
    order: str = "recent"
    # Deleted records instead of living ones (to say a search matches only deleted records).
    deleted: bool = False

    @property
    def roots_only(self) -> bool:
        return not self.match_expression() and self.form is None

    def match_expression(self) -> str:
        """An FTS5 query: every typed word must occur, as a prefix from two letters on (a
        single letter would match most of the register and only slow the list down)."""
        words = _WORD.findall(self.text)
        return " ".join(f'"{word}"*' if len(word) > 1 else f'"{word}"' for word in words)


def count_is_capped(spec: ListFilter, total: int) -> bool:
    """Whether `total`, what `Browse.count` said of `spec`, stands for "more than
    `SEARCH_COUNT_CAP`" (a search's count stops there)."""
    return bool(spec.match_expression()) and total > SEARCH_COUNT_CAP


@dataclass(frozen=True, slots=True)
class AttentionRow:
    """An event the store flagged or the server refused, with the reason."""

    seq: int
    guid: str
    entity_guid: str
    entity_name: str | None
    type: str
    timestamp: str
    flag: str | None
    sync_error: str | None


def _entity_row(row: Any) -> EntityRow:
    guid, kind, name, form, updated, members, pending, born, sex, household, relationship = row
    return EntityRow(guid, kind, name, form, updated, int(members), bool(pending), born,
                     _text(sex), household, _text(relationship))


def _text(value: Any) -> str | None:
    """A choice's stored value as text (a form may store numbers); None when absent."""
    return None if value is None else str(value)


class Browse:
    """Queries that read only what one screen needs, through the indexes of schema 2."""

    def __init__(self, db: CipherDatabase) -> None:
        self.db = db

    def _plan(self, spec: ListFilter, wanted: int) -> tuple[str, str, list[Any], bool]:
        """The source, condition and parameters that give `wanted` rows of `spec` soonest, and
        whether they may come short: a walk of the order's index reads a bounded stretch of
        it, and when that holds fewer rows than wanted the matches must be sorted instead."""
        expression = spec.match_expression()
        if not expression or spec.deleted:  # the order's indexes hold living records only
            return (*self._where(spec), False)
        living = stored_count(self.db.connection(), deleted=False, form=spec.form,
                              roots_only=False)
        sort_up_to = max(SORT_AT_LEAST, math.isqrt(wanted * living // WALK_COST_RATIO))
        found = [rowid for (rowid,) in self.db.execute_sql(
            "SELECT rowid FROM entity_search WHERE entity_search MATCH ? LIMIT ?",
            (expression, sort_up_to + 1))]
        clauses, params = ["deleted = 0"], []
        if spec.form is not None:
            clauses.append("form = ?")
            params.append(spec.form)
        if len(found) <= sort_up_to:  # every match: sorted without asking the index again
            return ("json_each(?) ids JOIN entities e ON e.rowid = ids.value",
                    " AND ".join(f"e.{c}" for c in clauses), [json.dumps(found), *params],
                    False)
        # Matches spread evenly fill the page within (wanted x living / matches) entries;
        # twice that at the fewest matches that walk. Matches bunched in the order (a first
        # name, in name order) may lie further: then the walk comes short.
        stretch = 2 * wanted * living // max(sort_up_to, 1) + wanted
        index = _ORDER_INDEXES.get(spec.order, _ORDER_INDEXES["recent"])
        order = ORDERS.get(spec.order, ORDERS["recent"]).replace("e.", "")
        walked = (f"(SELECT rowid AS rowid, last_updated, guid, name FROM entities "  # noqa: S608 (constant fragments)
                  f"INDEXED BY {index} WHERE {' AND '.join(clauses)} ORDER BY {order} "
                  "LIMIT ?) e")
        # `+`: the walked entries are filtered by one list of the matches, probed per entry.
        where = "+e.rowid IN (SELECT rowid FROM entity_search WHERE entity_search MATCH ?)"
        return walked, where, [*params, stretch, expression], stretch < living

    def _where(self, spec: ListFilter) -> tuple[str, str, list[Any]]:
        clauses, params = ["e.deleted = 1" if spec.deleted else "e.deleted = 0"], []
        source = "entities e"
        expression = spec.match_expression()
        if expression:
            source = "entity_search s JOIN entities e ON e.rowid = s.rowid"
            clauses.append("s.entity_search MATCH ?")
            params.append(expression)
        if spec.form is not None:
            clauses.append("e.form = ?")
            params.append(spec.form)
        if spec.roots_only:
            clauses.append(_IS_ROOT)
        return source, " AND ".join(clauses), params

    def rows(self, spec: ListFilter, offset: int, limit: int) -> list[EntityRow]:
        """One page of the list, in the filter's order."""
        source, where, params, may_come_short = self._plan(spec, offset + limit)
        order = ORDERS.get(spec.order, ORDERS["recent"])
        ids = self._page_ids(source, where, params, order, offset, limit)
        if may_come_short and len(ids) < limit:
            ids = self._page_ids(*self._where(spec), order, offset, limit)
        # The page is chosen first, then only its rows get their columns: sorting would
        # otherwise compute every column (counts, household) for every match of a search.
        sql = (f"SELECT {_ROW_COLUMNS} FROM json_each(?) page "  # noqa: S608 (constant fragments)
               f"JOIN entities e ON e.rowid = page.value ORDER BY {order}")
        cursor = self.db.execute_sql(sql, (json.dumps(ids),))
        return [_entity_row(row) for row in cursor.fetchall()]

    def _page_ids(self, source: str, where: str, params: list[Any], order: str, offset: int,
                  limit: int) -> list[int]:
        sql = (f"SELECT e.rowid FROM {source} WHERE {where} "  # noqa: S608 (constant fragments)
               f"ORDER BY {order} LIMIT ? OFFSET ?")
        return [rowid for (rowid,) in self.db.execute_sql(sql, (*params, limit, offset))]

    def count(self, spec: ListFilter) -> int:
        """How many records the list shows. A search's count is exact up to
        `SEARCH_COUNT_CAP`; past it the answer is `SEARCH_COUNT_CAP + 1` ("more than")."""
        if not spec.match_expression():
            return self._stored(spec)
        # In the search index's order, each match read once: a common word stops at the cap.
        source, where, params = self._where(spec)
        sql = (f"SELECT count(*) FROM (SELECT 1 FROM {source} WHERE {where} "  # noqa: S608 (constant fragments)
               "LIMIT ?)")
        return int(self.db.execute_sql(sql, (*params, SEARCH_COUNT_CAP + 1)).fetchone()[0])

    def _stored(self, spec: ListFilter) -> int:
        """The count of a filter without text, as kept beside the rows (storage/list_counts)."""
        return stored_count(self.db.connection(), deleted=spec.deleted, form=spec.form,
                            roots_only=spec.roots_only)

    def members(self, group_guid: str) -> list[EntityRow]:
        """The living members of a group, in the order they joined."""
        sql = (f"SELECT {_ROW_COLUMNS} FROM memberships j JOIN entities e "  # noqa: S608 (constant fragments)
               "ON e.guid = j.member_guid WHERE j.group_guid = ? AND e.deleted = 0 "
               "ORDER BY e.first_seq, e.guid")
        return [_entity_row(row) for row in self.db.execute_sql(sql, (group_guid,)).fetchall()]

    def groups_of(self, member_guid: str) -> list[EntityRow]:
        """The living groups that count this entity as a member."""
        sql = (f"SELECT {_ROW_COLUMNS} FROM memberships j JOIN entities e "  # noqa: S608 (constant fragments)
               "ON e.guid = j.group_guid WHERE j.member_guid = ? AND e.deleted = 0 "
               "ORDER BY e.first_seq")
        return [_entity_row(row) for row in self.db.execute_sql(sql, (member_guid,)).fetchall()]

    def summaries(self, guids: Iterable[str], *, living: bool = False) -> dict[str, EntityRow]:
        """Rows for the given guids keyed by guid; deleted ones too unless `living`."""
        wanted = list(dict.fromkeys(guids))
        found: dict[str, EntityRow] = {}
        alive = " AND e.deleted = 0" if living else ""
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            marks = ",".join("?" * len(chunk))
            sql = f"SELECT {_ROW_COLUMNS} FROM entities e WHERE e.guid IN ({marks}){alive}"  # noqa: S608 (constant fragments)
            for row in self.db.execute_sql(sql, tuple(chunk)).fetchall():
                found[row[0]] = _entity_row(row)
        return found

    def people_born(self, birth_date: str) -> list[tuple[str, str, str]]:
        """(guid, name, normalized name) of living people born on `birth_date`."""
        rows = self.db.execute_sql(
            "SELECT guid, name, name_key FROM entities WHERE birth_date = ? "
            "AND deleted = 0 AND name_key IS NOT NULL", (birth_date,),
        ).fetchall()
        return [(guid, name or "", key) for guid, name, key in rows]

    def attention(self, limit: int = 500) -> list[AttentionRow]:
        """Flagged and refused events, newest first."""
        rows = self.db.execute_sql(
            "SELECT v.seq, v.guid, v.entity_guid, e.name, v.type, v.timestamp, v.flag, "
            "v.sync_error FROM events v LEFT JOIN entities e ON e.guid = v.entity_guid "
            "WHERE v.flag IS NOT NULL OR v.sync_error IS NOT NULL ORDER BY v.seq DESC LIMIT ?",
            (limit,),
        ).fetchall()
        return [AttentionRow(*row) for row in rows]

    def counts_by_level(self) -> dict[int, int]:
        """How many events are at each sync level (0 local, 1 synced, 2 external)."""
        return stored_levels(self.db.connection())

    def last_seq(self) -> int:
        return int(self.db.execute_sql("SELECT coalesce(max(seq), 0) FROM events").fetchone()[0])


def rebuild_search_index(db: CipherDatabase) -> None:
    """Re-index every entity (the index follows entity rowids, which VACUUM may renumber)."""
    fill = next(s for s in SCHEMA_V2 if s.startswith("INSERT INTO entity_search"))
    with write_transaction(db) as conn:
        conn.execute("INSERT INTO entity_search (entity_search) VALUES ('delete-all')")
        conn.execute(fill)
