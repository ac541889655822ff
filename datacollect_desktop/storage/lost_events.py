"""Acknowledged events gone from the database: found on open by the log head record, kept as
a report, and pulled back from the sync server where it holds them."""

from __future__ import annotations

import json
import logging
import time
from dataclasses import dataclass
from typing import Any

from datacollect_desktop.domain.messages import Message
from datacollect_desktop.storage.commit_record import DamagedRecord, HeadRecord, LogHead
from datacollect_desktop.storage.database import CipherDatabase, write_transaction
from datacollect_desktop.storage.eventlog import StoredTree

LOST_EVENTS = "lost_events"
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LostEvents:
    """One loss found on open: the log held `recorded` events after its last commit and
    `found` when opened; `rewritten` when what is left is not a prefix of what was saved."""

    recorded: int
    found: int
    detected_at: str
    rewritten: bool

    @property
    def count(self) -> int:
        return max(self.recorded - self.found, 0)

    def message(self) -> Message:
        if self.rewritten:
            return Message(
                "The saved changes on this laptop no longer match what it recorded after its "
                "last save ({recorded} changes): some were lost or altered when its files were "
                "damaged. Compare them with the sync server or a backup.",
                recorded=self.recorded)
        # Whether they had reached the server is not known: what said so was lost with them.
        return Message.counted(
            self.count,
            "The last saved change was lost from this laptop: the profile's files were "
            "damaged (a power cut or a disk fault). If it had reached the sync server, it "
            "comes back at the next sync.",
            "The last {count} saved changes were lost from this laptop: the profile's "
            "files were damaged (a power cut or a disk fault). Those already on the sync "
            "server come back at the next sync; the others cannot be recovered here.")

    def to_json(self) -> dict[str, Any]:
        return {"recorded": self.recorded, "found": self.found, "detectedAt": self.detected_at,
                "rewritten": self.rewritten}

    @classmethod
    def from_json(cls, doc: dict[str, Any]) -> LostEvents:
        return cls(int(doc["recorded"]), int(doc["found"]), str(doc["detectedAt"]),
                   bool(doc["rewritten"]))


def lost_events(db: CipherDatabase) -> list[LostEvents]:
    """Every loss found so far, oldest first."""
    row = db.execute_sql("SELECT value FROM meta WHERE key = ?", (LOST_EVENTS,)).fetchone()
    return [] if row is None else [LostEvents.from_json(d) for d in json.loads(row[0])]


def reconcile(db: CipherDatabase, record: HeadRecord) -> LostEvents | None:
    """Compare the database with the record of its last commit, on open. A loss is kept in
    `meta`, and the pull cursor goes back to the start so the next sync brings back what the
    server holds (pulling again is idempotent by guid); then the record follows the database."""
    tree = StoredTree(db.connection())
    size = tree.size()
    try:
        current = LogHead(size, tree.root(size))
        kept = record.read()
        if kept is None:
            record.write(current, force=True)
            return None
        if size >= kept.tree_size and tree.root(kept.tree_size) == kept.root_hash:
            record.write(current)
            return None
    except DamagedRecord as exc:
        log.warning("the log head record %s is damaged (%s); it is written anew",
                    record.path, exc)
        record.write(current, force=True)
        return None
    except LookupError as exc:
        # Tree nodes are missing: `verify` names that; the record is left for a later open.
        log.warning("the log head record was not checked: %s", exc)
        return None
    found: LostEvents
    with write_transaction(db) as conn:
        found = LostEvents(kept.tree_size, size,
                           time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                           size >= kept.tree_size)
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (LOST_EVENTS,)).fetchone()
        reports = [] if row is None else json.loads(row[0])
        reports.append(found.to_json())
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                     (LOST_EVENTS, json.dumps(reports)))
        conn.execute("UPDATE sync_remote SET cursor = NULL, last_leaf = NULL")
    # Only once the report is committed: a crash before it finds the same loss again.
    record.write(current, force=True)
    log.warning("%s", found.message())
    return found
