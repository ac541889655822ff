"""Projection writer: entities, membership, audit, duplicates and snapshots, in batches.

It keeps the entities of the current batch in memory and writes all rows with `flush`,
inside the same transaction as the events, so an event is in the log and in every
projection, or in none of them.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from datacollect_desktop.domain import duplicates as dup
from datacollect_desktop.domain.audit import field_changes
from datacollect_desktop.domain.entities import Entity
from datacollect_desktop.domain.events import Event
from datacollect_desktop.domain.projection import Outcome
from datacollect_desktop.storage.connection import Connection
from datacollect_desktop.storage.list_counts import count_entity_changes

SNAPSHOT_EVERY = 50
PersonKey = tuple[str, str]


# One encoder for every row: json.dumps with options builds a new encoder on each call.
_ENCODER = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _make_dump() -> Callable[[Any], str]:
    """`_ENCODER.encode`, its C encoder built once and called directly. Without cycle markers:
    a row's values are parsed JSON and entity fields, never cyclic (a cycle would hit the
    recursion limit instead). `JSONEncoder.encode` otherwise sets up its encoder, a marker
    dict and its float formatter on every call: a third of the time of a small doc."""
    make_c_encoder = getattr(json.encoder, "c_make_encoder", None)
    if make_c_encoder is None:  # pragma: no cover - CPython always has the C accelerator
        return _ENCODER.encode
    c_encoder = make_c_encoder(None, _ENCODER.default, json.encoder.encode_basestring, None,
                               ":", ",", True, False, True)

    def dump(value: Any) -> str:
        return "".join(c_encoder(value, 0))

    return dump


# Deterministic JSON for projection rows, so rebuilds are byte for byte identical.
dump_json: Callable[[Any], str] = _make_dump()


def entity_from_json(doc: str) -> Entity:
    return Entity.from_doc(json.loads(doc))


ENTITY_UPSERT = (
    "INSERT INTO entities (guid, type, name, form, parent_guid, deleted, version, "
    "last_updated, first_seq, last_seq, birth_date, name_key, doc) "
    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?) "
    "ON CONFLICT (guid) DO UPDATE SET type = excluded.type, name = excluded.name, "
    "form = excluded.form, parent_guid = excluded.parent_guid, "
    "deleted = excluded.deleted, version = excluded.version, "
    "last_updated = excluded.last_updated, last_seq = excluded.last_seq, "
    "birth_date = excluded.birth_date, name_key = excluded.name_key, "
    "doc = excluded.doc"
)


def form_of(entity: Entity | None) -> str | None:
    """The form a record was made with (`data.entityName`), as stored in its rows."""
    form = entity.data.get("entityName") if entity is not None else None
    return form if isinstance(form, str) else None


def entity_row(entity: Entity, first_seq: int, last_seq: int) -> tuple[Any, ...]:
    """The `entities` row of an entity (parameters of `ENTITY_UPSERT`)."""
    return (*_indexed(entity, first_seq, last_seq), dump_json(entity.to_doc()))


def _indexed(entity: Entity, first_seq: int, last_seq: int) -> tuple[Any, ...]:
    """The row of an entity but its doc."""
    data = entity.data
    form = form_of(entity)
    parent = data.get("parentGuid")
    born, name_key = dup.person_key(entity) or (None, None)
    return (
        entity.guid, entity.type, entity.name, form,
        parent if isinstance(parent, str) else None, int(entity.deleted),
        entity.version, entity.last_updated, first_seq, last_seq,
        born, name_key,
    )


# Bookkeeping fields every record carries: searching a form's name would find all its records.
SEARCH_SKIPPED = ("entityName", "parentGuid")


def search_text(entity: Entity) -> str:
    """The words a search finds a record by: its name, then the text values of its data in key
    order (the order of its stored doc), except `SEARCH_SKIPPED`. Numbers, booleans, lists
    and objects are not words. The same text schema 2's triggers computed in SQL (`json_each`
    values of type 'text'), so records indexed before and after schema 8 are found alike."""
    words = [value for key, value in sorted(entity.data.items())
             if isinstance(value, str) and key not in SEARCH_SKIPPED]
    return f"{entity.name or ''} {' '.join(words)}"


class ProjectionWriter:
    """Collects the projection rows of a batch of events; `lookup` sees the batch's changes."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self._cache: dict[str, Entity | None] = {}
        self._rowids: dict[str, int] = {}
        self._dirty: dict[str, tuple[Entity, int]] = {}
        # Each changed entity as the database holds it (None: not there yet).
        self._stored: dict[str, Entity | None] = {}
        self._first_seq: dict[str, int] = {}
        self._people: dict[str, dict[str, str]] = {}
        self._audit: list[tuple[Any, ...]] = []
        self._snapshots: list[tuple[str, int, str]] = []
        self._ordered: list[tuple[str, tuple[Any, ...]]] = []
        # Person keys changed, (seq, guid, old key, new key), and pairs resolved, (seq, None,
        # pair, None), in order: potential duplicates are found at `flush`, once the people
        # born on each day concerned are read, all in one go.
        self._pairs: list[tuple[int, str | None, PersonKey | None, PersonKey | None]] = []

    # -- reading -----------------------------------------------------------------------------

    def prefetch(self, guids: Iterable[str]) -> None:
        wanted = [g for g in dict.fromkeys(guids) if g not in self._cache]
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self.conn.execute(
                f"SELECT guid, rowid, doc FROM entities WHERE guid IN ({marks})", chunk  # noqa: S608 (constant fragments)
            ).fetchall()
            found = {guid: entity_from_json(doc) for guid, _, doc in rows}
            self._rowids.update((guid, rowid) for guid, rowid, _ in rows)
            for guid in chunk:
                self._cache[guid] = found.get(guid)

    def lookup(self, guid: str) -> Entity | None:
        if guid not in self._cache:
            self.prefetch([guid])
        return self._cache[guid]

    def _load_people(self, birth_dates: Iterable[str]) -> None:
        """The people born on each of these days (guid: name key), from the index alone."""
        wanted = [d for d in dict.fromkeys(birth_dates) if d not in self._people]
        for born in wanted:
            self._people[born] = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self.conn.execute(
                f"SELECT birth_date, guid, name_key FROM entities WHERE birth_date IN ({marks})",  # noqa: S608 (constant fragments)
                chunk,
            )
            for born, guid, name_key in rows:
                self._people[born][guid] = name_key

    # -- recording ---------------------------------------------------------------------------

    def record(self, seq: int, event: Event, outcome: Outcome) -> None:
        changed = {after.guid for _, after in outcome.changes}
        for guid in outcome.touched:
            if guid not in changed:  # concerned but unchanged: flagged, or a settled pair
                self._audit.append((seq, event.guid, guid, event.user_id, event.type,
                                    event.timestamp, "[]", outcome.flag,
                                    form_of(self.lookup(guid))))
        for before, after in outcome.changes:
            self._cache[after.guid] = after
            self._dirty[after.guid] = (after, seq)
            if after.guid not in self._stored:
                self._stored[after.guid] = before
            if before is None:
                self._first_seq.setdefault(after.guid, seq)
            self._audit.append((seq, event.guid, after.guid, event.user_id, event.type,
                                event.timestamp, dump_json(field_changes(before, after)), None,
                                form_of(after)))
            old_key = dup.person_key(before) if before is not None else None
            new_key = dup.person_key(after)
            if old_key != new_key:
                self._pairs.append((seq, after.guid, old_key, new_key))
            if after.version % SNAPSHOT_EVERY == 0:
                self._snapshots.append((after.guid, seq, dump_json(after.to_doc())))
        for pair in outcome.resolved:
            a, b = sorted(pair)
            self._pairs.append((seq, None, (a, b), None))

    def _duplicates(self) -> None:
        """The duplicate rows of the batch's key changes and resolutions, in their order."""
        self._load_people(key[0] for _, guid, old, new in self._pairs if guid is not None
                          for key in (old, new) if key is not None)
        for seq, guid, old_key, new_key in self._pairs:
            if guid is None:  # a resolved pair, in old_key's place
                assert old_key is not None
                self._ordered.append((
                    "INSERT INTO duplicates (guid_a, guid_b, seq, score, resolved_seq) "
                    "VALUES (?,?,?,0,?) ON CONFLICT (guid_a, guid_b) "
                    "DO UPDATE SET resolved_seq = excluded.resolved_seq",
                    (*old_key, seq, seq),
                ))
                continue
            if old_key is not None:
                self._people[old_key[0]].pop(guid, None)
            if new_key is None:
                continue
            born = self._people[new_key[0]]
            for other in sorted(born):
                score = dup.is_potential_duplicate(new_key, (new_key[0], born[other]))
                if score is not None and other != guid:
                    a, b = sorted((guid, other))
                    self._ordered.append((
                        "INSERT OR IGNORE INTO duplicates (guid_a, guid_b, seq, score) "
                        "VALUES (?,?,?,?)",
                        (a, b, seq, round(score, 4)),
                    ))
            born[guid] = new_key[1]
        self._pairs.clear()

    # -- writing -----------------------------------------------------------------------------

    def flush(self) -> None:
        conn = self.conn
        if self._dirty and conn.execute("SELECT 1 FROM entities LIMIT 1").fetchone() is None:
            # No entity left (a rebuild starts over): no search row may outlive its entity,
            # as new entities take the rowids again from 1.
            conn.execute("INSERT INTO entity_search (entity_search) VALUES ('delete-all')")
        self._duplicates()
        conn.executemany(
            "INSERT INTO audit (seq, event_guid, entity_guid, user_id, action, timestamp, "
            "changes, flag, form) VALUES (?,?,?,?,?,?,?,?,?)",
            self._audit,
        )
        choices = {("action", row[4]) for row in self._audit}
        choices.update(("form", row[8]) for row in self._audit if row[8] is not None)
        conn.executemany("INSERT OR IGNORE INTO audit_choices (kind, value) VALUES (?,?)",
                         sorted(choices))
        self._write_entities()
        for sql, rows in _runs(self._ordered):
            conn.executemany(sql, rows)
        conn.executemany(
            "INSERT OR REPLACE INTO snapshots (entity_guid, seq, doc) VALUES (?,?,?)",
            sorted(self._snapshots),
        )
        self._audit.clear()
        self._dirty.clear()
        self._stored.clear()
        self._first_seq.clear()
        self._ordered.clear()
        self._snapshots.clear()

    def _write_entities(self) -> None:
        """Entity rows, their memberships and their search rows, each table in key order.

        A new entity takes the rowid SQLite would give it (one more than the largest, in the
        order the batch made them). A stored one is updated by rowid in the columns that
        changed: an index is only written when a column it holds is.
        """
        conn = self.conn
        inserts: list[tuple[Any, ...]] = []
        updates: dict[tuple[str, ...], list[tuple[Any, ...]]] = {}
        search: list[tuple[int, str, bool]] = []
        joined: list[tuple[str, str]] = []
        left: list[tuple[str, str]] = []
        counted: list[tuple[tuple[Any, ...] | None, tuple[Any, ...]]] = []
        rowid: int | None = None
        for guid, (entity, seq) in self._dirty.items():
            stored = self._stored.get(guid)
            row = entity_row(entity, self._first_seq.get(guid, seq), seq)
            old = None if stored is None else _indexed(stored, 0, 0)
            counted.append((old, row))
            if stored is None:
                if rowid is None:
                    rowid = int(conn.execute(
                        "SELECT coalesce(max(rowid), 0) FROM entities").fetchone()[0])
                rowid += 1
                self._rowids[guid] = rowid
                inserts.append((rowid, *row))
                search.append((rowid, search_text(entity), False))
            else:
                assert old is not None
                changed = tuple(name for name, at in _OPTIONAL if row[at] != old[at])
                updates.setdefault(changed, []).append(
                    (*(row[_COLUMN_AT[name]] for name in changed),
                     *(row[at] for _, at in _ALWAYS), self._rowids[guid]))
                text = search_text(entity)
                if text != search_text(stored):
                    search.append((self._rowids[guid], text, True))
            old_members = set(stored.member_ids) if stored is not None else set()
            new_members = set(entity.member_ids)
            left.extend((guid, m) for m in old_members - new_members)
            joined.extend((guid, m) for m in new_members - old_members)
        # In rowid order (the order they were made): the table's pages then fill up, where
        # rowids out of order would split them half full.
        count_entity_changes(conn, counted)
        conn.executemany(ENTITY_INSERT, inserts)
        for changed, rows in updates.items():
            columns = ", ".join(f"{name} = ?" for name in (*changed, *(n for n, _ in _ALWAYS)))
            rows.sort(key=lambda r: r[-1])
            conn.executemany(f"UPDATE entities SET {columns} WHERE rowid = ?", rows)  # noqa: S608 (constant column names)
        write_search(conn, search)
        conn.executemany("DELETE FROM memberships WHERE group_guid = ? AND member_guid = ?",
                         sorted(left))
        conn.executemany(
            "INSERT OR IGNORE INTO memberships (group_guid, member_guid) VALUES (?,?)",
            sorted(joined))


ENTITY_COLUMNS = ("guid", "type", "name", "form", "parent_guid", "deleted", "version",
                  "last_updated", "first_seq", "last_seq", "birth_date", "name_key", "doc")
ENTITY_INSERT = (
    f"INSERT INTO entities (rowid, {', '.join(ENTITY_COLUMNS)}) "  # noqa: S608 (constant fragments)
    f"VALUES (?{',?' * len(ENTITY_COLUMNS)})"
)
_COLUMN_AT = {name: at for at, name in enumerate(ENTITY_COLUMNS)}
# Written only when they differ (most are in indexes); the others change with every edit.
# `first_seq` is an entity's first event: an update never changes it.
_OPTIONAL = tuple((name, _COLUMN_AT[name]) for name in (
    "type", "name", "form", "parent_guid", "deleted", "birth_date", "name_key"))
_ALWAYS = tuple((name, _COLUMN_AT[name]) for name in (
    "version", "last_updated", "last_seq", "doc"))


def _runs(statements: list[tuple[str, tuple[Any, ...]]]
          ) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """Consecutive statements of the same SQL as one `executemany` each, in their order."""
    for sql, group in itertools.groupby(statements, key=lambda s: s[0]):
        yield sql, [params for _, params in group]


def _rows_of(conn: Connection, guids: list[str]) -> Iterator[tuple[str, int, str]]:
    """(guid, rowid, doc) of those of these entities that are stored."""
    for start in range(0, len(guids), 500):
        chunk = guids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        yield from conn.execute(
            f"SELECT guid, rowid, doc FROM entities WHERE guid IN ({marks})", chunk,  # noqa: S608 (constant fragments)
        ).fetchall()


def unindex(conn: Connection, guids: list[str]) -> None:
    """Take these entities out of the search index (before their rows change or go)."""
    conn.executemany("DELETE FROM entity_search WHERE rowid = ?",
                     [(rowid,) for _, rowid, _ in _rows_of(conn, guids)])


def index(conn: Connection, guids: list[str]) -> None:
    """Put these entities, as stored, in the search index (after `unindex`)."""
    write_search(conn, [(rowid, search_text(entity_from_json(doc)), False)
                        for _, rowid, doc in _rows_of(conn, guids)])



def write_search(conn: Connection, rows: Iterable[tuple[int, str, bool]]) -> None:
    """Index entities: (rowid, text, whether it was indexed before)."""
    rows = sorted(rows)
    conn.executemany("DELETE FROM entity_search WHERE rowid = ?",
                     [(rowid,) for rowid, _, existed in rows if existed])
    conn.executemany("INSERT INTO entity_search (rowid, text) VALUES (?,?)",
                     [(rowid, text) for rowid, text, _ in rows])
