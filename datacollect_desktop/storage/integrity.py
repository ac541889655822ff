"""Integrity of the local log: proofs, consistency, checkpoints and full verification."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from typing import Any

from datacollect_desktop.domain import merkle
from datacollect_desktop.domain.messages import Message
from datacollect_desktop.storage import attachments
from datacollect_desktop.storage.connection import Connection
from datacollect_desktop.storage.database import CipherDatabase, write_transaction
from datacollect_desktop.storage.errors import CorruptProfile, NotFound, StorageBusy, StorageFull
from datacollect_desktop.storage.eventlog import StoredTree, leaf_index_of
from datacollect_desktop.storage.lost_events import LostEvents, lost_events

Progress = Callable[[int, int], None]


@dataclass
class VerifyReport:
    tree_size: int
    root_hash: bytes
    mismatches: list[dict[str, Any]] = field(default_factory=list)
    # Acknowledged events found gone from the database on an open (storage/lost_events.py).
    lost: list[LostEvents] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.mismatches and not self.lost

    def to_json(self) -> dict[str, Any]:
        doc = {"treeSize": self.tree_size, "rootHash": self.root_hash.hex(), "ok": self.ok,
               "mismatches": self.mismatches}
        if self.lost:
            doc["lostEvents"] = [{**loss.to_json(), "count": loss.count,
                                  "message": loss.message()} for loss in self.lost]
        return doc


class Integrity:
    """Proofs are served from stored tree nodes; `verify` trusts nothing stored."""

    def __init__(self, db: CipherDatabase) -> None:
        self.db = db

    def _tree(self) -> StoredTree:
        return StoredTree(self.db.connection())

    def head(self) -> tuple[int, bytes]:
        tree = self._tree()
        size = tree.size()
        return size, tree.root(size)

    def proof(self, guid: str, tree_size: int | None = None) -> dict[str, Any]:
        row = self.db.execute_sql("SELECT seq FROM events WHERE guid = ?", (guid,)).fetchone()
        if row is None:
            raise NotFound("no event {guid} in this profile", guid=guid)
        tree = self._tree()
        size = tree.size() if tree_size is None else tree_size
        index = leaf_index_of(row[0])
        if not 0 <= index < size <= tree.size():
            raise NotFound("event {guid} is not in a tree of size {size}", guid=guid, size=size)
        leaf = tree.get_nodes([(0, index)])[(0, index)]
        path = merkle.inclusion_proof(tree, index, size)
        return {"leafIndex": index, "treeSize": size, "leafHash": leaf.hex(),
                "auditPath": [h.hex() for h in path], "rootHash": tree.root(size).hex()}

    def stored_event(self, seq: int) -> tuple[str, bytes]:
        """The guid and the stored (hashed) body of event `seq`, as they are now."""
        row = self.db.execute_sql("SELECT guid, body FROM events WHERE seq = ?",
                                  (seq,)).fetchone()
        if row is None:
            raise NotFound("no event number {seq} in this profile", seq=seq)
        return str(row[0]), bytes(row[1])

    def event_headers(self, seqs: Sequence[int]) -> dict[int, dict[str, Any]]:
        """What names an event to a person: its indexed columns (readable even when its body
        was altered) and the name of its record."""
        found: dict[int, dict[str, Any]] = {}
        unique = list(dict.fromkeys(seqs))
        for start in range(0, len(unique), 500):
            chunk = unique[start:start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self.db.execute_sql(
                "SELECT v.seq, v.guid, v.entity_guid, n.name, v.type, v.user_id, v.timestamp "  # noqa: S608 (placeholders only)
                f"FROM events v LEFT JOIN entities n ON n.guid = v.entity_guid "
                f"WHERE v.seq IN ({marks})", tuple(chunk),
            )
            for seq, guid, entity, name, kind, user, stamp in rows:
                found[int(seq)] = {"guid": guid, "entityGuid": entity, "entityName": name,
                                   "type": kind, "userId": user, "timestamp": stamp}
        return found

    def consistency(self, first: int, second: int | None = None) -> dict[str, Any]:
        tree = self._tree()
        size = tree.size()
        second = size if second is None else second
        if not 0 < first <= second <= size:
            raise NotFound("need 0 < --from <= --to <= {size} (the tree size)", size=size)
        proof = merkle.consistency_proof(tree, first, second)
        return {"first": first, "second": second, "firstRoot": tree.root(first).hex(),
                "secondRoot": tree.root(second).hex(), "proof": [h.hex() for h in proof]}

    def record_checkpoint(self, size: int, root: bytes, source: str) -> None:
        with write_transaction(self.db) as conn:
            conn.execute(
                "INSERT OR REPLACE INTO checkpoints (tree_size, root_hash, source, recorded_at) "
                "VALUES (?,?,?,?)",
                (size, root, source, time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())),
            )

    def verify(self, progress: Progress | None = None, *, deep: bool = False) -> VerifyReport:
        """Re-hash every stored event, rebuild the tree and compare everything stored.

        Events whose content no longer matches their leaf are named; the tree's own nodes
        are then checked against the stored leaves, so a tampered node is named apart from
        a tampered event. The reported root is that of the events as they are stored now.
        Every page read on the way is authenticated by SQLCipher; `deep` also checks the
        pages of the projections, which any later read would otherwise be the first to find.
        """
        conn = self.db.connection()
        if deep:
            self._check_pages(conn)
        size = int(conn.execute("SELECT coalesce(max(seq), 0) FROM events").fetchone()[0])
        mismatches: list[dict[str, Any]] = []
        content: list[bytes] = [b""] * size
        tree_overrides: dict[int, bytes] = {}
        expected = 1
        leaf_hash = merkle.leaf_hash
        # SQLite compares the indexed columns with the hashed body itself, in C.
        cursor = conn.execute(
            "SELECT e.seq, e.guid, e.body, m.hash, "
            "(json_extract(t, '$.guid'), json_extract(t, '$.entityGuid'), "
            " json_extract(t, '$.type'), json_extract(t, '$.userId'), "
            " json_extract(t, '$.timestamp')) IS "
            "(e.guid, e.entity_guid, e.type, e.user_id, e.timestamp) "
            "FROM (SELECT *, CAST(body AS TEXT) AS t FROM events) e "
            # The leaf of event `seq` (leaf_index_of).
            "LEFT JOIN merkle_nodes m ON m.level = 0 AND m.idx = e.seq - 1 ORDER BY e.seq"
        )
        for count, (seq, guid, body, stored, columns_agree) in enumerate(cursor, 1):
            if seq != expected:
                mismatches.append({"seq": expected, "leafIndex": leaf_index_of(expected),
                                   "reason": Message("events {first} to {last} are missing",
                                                     first=expected, last=seq - 1)})
            expected = seq + 1
            index = leaf_index_of(seq)
            leaf = leaf_hash(body)
            content[index] = leaf
            if stored != leaf or not columns_agree:
                problem = self._event_problem(leaf, stored, columns_agree)
                mismatches.append({"seq": seq, "leafIndex": index, "guid": guid,
                                   "reason": problem})
                if stored is not None:
                    tree_overrides[index] = bytes(stored)
            if progress is not None and count % 10_000 == 0:
                progress(count, size)
        if expected - 1 != size or any(not leaf for leaf in content):
            self._fill_removed(conn, content)
        tree_leaves = content
        if tree_overrides:
            tree_leaves = [tree_overrides.get(i, h) for i, h in enumerate(content)]
        node_problems, tree_root = self._check_nodes(conn, tree_leaves)
        mismatches.extend(node_problems)
        del tree_leaves
        mismatches.extend(self._check_checkpoints(conn, content))
        mismatches.extend(self._check_attachments(conn))
        root = tree_root if not tree_overrides else merkle.root_from_leaf_hashes(content)
        if progress is not None:
            progress(size, size)
        report = VerifyReport(size, root, mismatches, lost_events(self.db))
        if not mismatches and size:
            # The checkpoint only strengthens later checks: a full disk or a busy profile
            # must not turn a passed verification into an error.
            with suppress(StorageFull, StorageBusy):
                self.record_checkpoint(size, root, "verify")
        return report

    @staticmethod
    def _check_attachments(conn: Connection) -> list[dict[str, Any]]:
        """Every stored attachment re-hashed: a damaged one is named by its digest and the
        events that refer to it."""
        problems: list[dict[str, Any]] = []
        for digest, problem in attachments.damaged(conn):
            guids = [str(g) for (g,) in conn.execute(
                "SELECT e.guid FROM event_attachments r JOIN events e ON e.seq = r.seq "
                "WHERE r.digest = ? ORDER BY r.seq LIMIT 20", (digest,))]
            problems.append({"attachment": digest, "events": guids, "reason": Message(
                "the stored file {digest} is damaged: {problem}", digest=digest,
                problem=problem)})
        return problems

    @staticmethod
    def _fill_removed(conn: Connection, content: list[bytes]) -> None:
        """A removed event leaves only its stored leaf: use it, so the tree check goes on."""
        missing = [i for i, leaf in enumerate(content) if not leaf]
        for start in range(0, len(missing), 500):
            chunk = missing[start:start + 500]
            marks = ",".join("?" * len(chunk))
            rows = conn.execute(
                f"SELECT idx, hash FROM merkle_nodes WHERE level = 0 AND idx IN ({marks})",  # noqa: S608 (constant fragments)
                chunk,
            )
            for idx, digest in rows:
                content[idx] = bytes(digest)
        for index in missing:
            content[index] = content[index] or merkle.EMPTY_ROOT

    @staticmethod
    def _event_problem(leaf: bytes, stored: Any, columns_agree: Any) -> Message:
        if stored is None:
            return Message("the event has no leaf in the tree")
        if bytes(stored) != leaf:
            return Message("the event's content does not match its leaf hash: it was altered")
        if columns_agree is None:
            return Message("the stored event is not readable")
        return Message("the event's indexed columns disagree with its hashed content")

    @staticmethod
    def _check_pages(conn: Connection) -> None:
        """Every page's SQLCipher HMAC: damage anywhere in the file is found, not half-read."""
        problems = [row[0] for row in conn.execute("PRAGMA cipher_integrity_check")]
        if problems:
            raise CorruptProfile(
                "The profile database is damaged ({problems}). Nothing was changed; restore "
                "it from a backup or an export.", problems="; ".join(problems[:5]))

    @staticmethod
    def _check_nodes(conn: Connection, leaves: list[bytes]) -> tuple[list[dict[str, Any]], bytes]:
        """Compare every stored perfect node with one recomputed from `leaves`; return the
        problems and the root of `leaves`."""
        problems: list[dict[str, Any]] = []
        level_hashes = leaves
        frontier: list[bytes] = []  # right-edge perfect nodes, smallest first
        level = 0
        node_hash = merkle.node_hash
        while len(level_hashes) > 1:
            if len(level_hashes) % 2:
                frontier.append(level_hashes[-1])
            level += 1
            level_hashes = [node_hash(level_hashes[i], level_hashes[i + 1])
                            for i in range(0, len(level_hashes) - 1, 2)]
            stored = conn.execute(
                "SELECT idx, hash FROM merkle_nodes WHERE level = ? ORDER BY idx", (level,))
            seen = 0
            for idx, digest in stored:
                seen += 1
                if idx >= len(level_hashes) or bytes(digest) != level_hashes[idx]:
                    problems.append({"level": level, "index": idx,
                                     "reason": Message(
                                         "a stored tree node does not match the events")})
            if seen < len(level_hashes):
                problems.append({"level": level, "reason": Message(
                    "{count} tree nodes are missing", count=len(level_hashes) - seen)})
        if not level_hashes:
            return problems, merkle.EMPTY_ROOT
        frontier.append(level_hashes[0])
        return problems, merkle.root_from_frontier(list(reversed(frontier)))

    @staticmethod
    def _check_checkpoints(conn: Connection, leaves: list[bytes]) -> list[dict[str, Any]]:
        problems = []
        # The newest checkpoint of each source: each was checked against the one before it.
        for size, root, source in conn.execute(
                "SELECT max(tree_size), root_hash, source FROM checkpoints GROUP BY source"):
            if size > len(leaves):
                problems.append({"treeSize": size, "source": source, "reason": Message(
                    "the log is shorter than a checkpoint it once had: events were removed")})
            elif merkle.root_from_leaf_hashes(leaves[:size]) != bytes(root):
                problems.append({"treeSize": size, "source": source, "reason": Message(
                    "history no longer matches a recorded checkpoint: it was rewritten")})
        return problems
