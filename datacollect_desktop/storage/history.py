"""The registry as it was at a point of the log: which records lived then, and how they read.

A point is a local sequence number, read in canonical order as `Queries.entity(at_seq=...)`
reads it. Records untouched since that point are read from their current row without
parsing it; the others are replayed from their latest snapshot before the point.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from datacollect_desktop.domain.entities import Entity
from datacollect_desktop.storage.order import canonical_key, rank_of, seq_before
from datacollect_desktop.storage.queries import Queries

Progress = Callable[[int, int], None]
CHUNK = 2000


@dataclass(frozen=True, slots=True)
class PastRow:
    """A record as a list shows it, at a point of the log."""

    guid: str
    type: str
    name: str | None
    form: str | None
    last_updated: str
    member_count: int


def _row(entity: Entity) -> PastRow:
    form = entity.data.get("entityName")
    return PastRow(entity.guid, entity.type, entity.name,
                   form if isinstance(form, str) else None, entity.last_updated,
                   len(entity.member_ids))


class RegistryHistory:
    """Reads the registry at a point of the log on the calling thread's connection."""

    def __init__(self, queries: Queries) -> None:
        self.queries = queries
        self.db = queries.db

    def seq_at_time(self, stamp: str) -> int:
        """The point "as of `stamp`": the end of the longest stretch of the log, in canonical
        order, whose events were all stamped at or before it (0 for none). An event entered
        later with an earlier stamp (a device that was offline) is left out rather than
        letting events stamped after `stamp` in."""
        row = self.db.execute_sql(
            f"SELECT min({canonical_key('e')}) FROM audit a JOIN events e "  # noqa: S608 (constant fragments)
            "ON e.seq = a.seq WHERE a.timestamp > ?", (stamp,),
        ).fetchone()
        first_later = None if row is None or row[0] is None else int(row[0])
        return seq_before(self.db.connection(), first_later)

    def stamp_of(self, seq: int) -> str | None:
        row = self.db.execute_sql("SELECT timestamp FROM events WHERE seq = ?",
                                  (seq,)).fetchone()
        return None if row is None else str(row[0])

    def living(self, at_seq: int, progress: Progress | None = None) -> list[PastRow]:
        """Every record that existed and was not deleted right after event `at_seq`, by
        name. `progress(done, total)` is told after each chunk of records."""
        conn = self.db.connection()
        at = rank_of(conn, at_seq)
        total = int(conn.execute("SELECT count(*) FROM entities").fetchone()[0])
        found: list[PastRow] = []
        last_rowid, done = 0, 0
        while True:
            rows = conn.execute(
                f"SELECT n.rowid, n.guid, n.type, n.name, n.form, n.deleted, n.last_updated, "  # noqa: S608 (constant fragments)
                f"coalesce(json_array_length(n.doc, '$.memberIds'), 0), {canonical_key('f')}, "
                f"{canonical_key('l')} FROM entities n JOIN events f ON f.seq = n.first_seq "
                "JOIN events l ON l.seq = n.last_seq WHERE n.rowid > ? ORDER BY n.rowid "
                "LIMIT ?", (last_rowid, CHUNK),
            ).fetchall()
            if not rows:
                break
            for _, guid, kind, name, form, deleted, updated, members, first, last in rows:
                if first > at:
                    continue
                if last <= at:
                    if not deleted:
                        found.append(PastRow(guid, kind, name, form, updated, int(members)))
                    continue
                entity = self.queries.entity_at_rank(guid, at)
                if entity is not None and not entity.deleted:
                    found.append(_row(entity))
            last_rowid = rows[-1][0]
            done += len(rows)
            if progress is not None:
                progress(done, total)
        found.sort(key=lambda r: ((r.name or "").casefold(), r.guid))
        return found
