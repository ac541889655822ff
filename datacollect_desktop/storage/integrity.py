"""Integrity of the local log: proofs, consistency, checkpoints and full verification."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from datacollect_desktop.domain import merkle
from datacollect_desktop.domain.canonical import parse_json
from datacollect_desktop.storage.database import CipherDatabase, write_transaction
from datacollect_desktop.storage.errors import CorruptProfile, NotFound
from datacollect_desktop.storage.eventlog import StoredTree

Progress = Callable[[int, int], None]
_COLUMNS = ("guid", "entityGuid", "type", "userId", "timestamp")


@dataclass
class VerifyReport:
    tree_size: int
    root_hash: bytes
    mismatches: list[dict[str, Any]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.mismatches

    def to_json(self) -> dict[str, Any]:
        return {"treeSize": self.tree_size, "rootHash": self.root_hash.hex(), "ok": self.ok,
                "mismatches": self.mismatches}


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
            raise NotFound(f"no event {guid} in this profile")
        tree = self._tree()
        size = tree.size() if tree_size is None else tree_size
        index = row[0] - 1
        if not 0 <= index < size <= tree.size():
            raise NotFound(f"event {guid} is not in a tree of size {size}")
        leaf = tree.get_nodes([(0, index)])[(0, index)]
        path = merkle.inclusion_proof(tree, index, size)
        return {"leafIndex": index, "treeSize": size, "leafHash": leaf.hex(),
                "auditPath": [h.hex() for h in path], "rootHash": tree.root(size).hex()}

    def consistency(self, first: int, second: int | None = None) -> dict[str, Any]:
        tree = self._tree()
        size = tree.size()
        second = size if second is None else second
        if not 0 < first <= second <= size:
            raise NotFound(f"need 0 < --from <= --to <= {size} (the tree size)")
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

    def verify(self, progress: Progress | None = None) -> VerifyReport:
        """Re-hash every stored event, rebuild the tree and compare everything stored.

        Events whose content no longer matches their leaf are named; the tree's own nodes
        are then checked against the stored leaves, so a tampered node is named apart from
        a tampered event. The reported root is that of the events as they are stored now.
        """
        conn = self.db.connection()
        self._check_pages(conn)
        size = int(conn.execute("SELECT coalesce(max(seq), 0) FROM events").fetchone()[0])
        stored_leaves = dict(conn.execute("SELECT idx, hash FROM merkle_nodes WHERE level = 0"))
        mismatches: list[dict[str, Any]] = []
        content: list[bytes] = [b""] * size
        tree_overrides: dict[int, bytes] = {}
        expected = 1
        cursor = conn.execute(
            "SELECT seq, guid, entity_guid, type, user_id, timestamp, body FROM events ORDER BY seq"
        )
        for count, (seq, *columns, body) in enumerate(cursor, 1):
            if seq != expected:
                mismatches.append({"seq": expected, "leafIndex": expected - 1,
                                   "reason": f"events {expected} to {seq - 1} are missing"})
            expected = seq + 1
            leaf = merkle.leaf_hash(bytes(body))
            content[seq - 1] = leaf
            stored = stored_leaves.get(seq - 1)
            problem = self._check_event(bytes(body), columns, leaf, stored)
            if problem:
                mismatches.append({"seq": seq, "leafIndex": seq - 1, "guid": columns[0],
                                   "reason": problem})
                if stored is not None:
                    tree_overrides[seq - 1] = bytes(stored)
            if progress is not None and count % 10_000 == 0:
                progress(count, size)
        for index in range(size):
            if not content[index]:  # a removed event: only its stored leaf remains
                content[index] = bytes(stored_leaves.get(index, merkle.EMPTY_ROOT))
        del stored_leaves
        tree_leaves = content
        if tree_overrides:
            tree_leaves = [tree_overrides.get(i, h) for i, h in enumerate(content)]
        mismatches.extend(self._check_nodes(conn, tree_leaves))
        del tree_leaves
        mismatches.extend(self._check_checkpoints(conn, content))
        root = merkle.root_from_leaf_hashes(content)
        if progress is not None:
            progress(size, size)
        report = VerifyReport(size, root, mismatches)
        if report.ok and size:
            self.record_checkpoint(size, root, "verify")
        return report

    @staticmethod
    def _check_pages(conn: Any) -> None:
        """Every page's SQLCipher HMAC: damage anywhere in the file is found, not half-read."""
        problems = [row[0] for row in conn.execute("PRAGMA cipher_integrity_check")]
        if problems:
            raise CorruptProfile(
                "The profile database is damaged (" + "; ".join(problems[:5]) + "). Nothing "
                "was changed; restore it from a backup or an export."
            )

    @staticmethod
    def _check_event(body: bytes, columns: list[Any], leaf: bytes, stored: Any) -> str | None:
        if stored is None:
            return "the event has no leaf in the tree"
        if bytes(stored) != leaf:
            return "the event's content does not match its leaf hash: it was altered"
        try:
            doc = parse_json(body)
            values = [doc[name] for name in _COLUMNS]
        except (ValueError, KeyError, TypeError):
            return "the stored event is not readable"
        if values != columns:
            return "the event's indexed columns disagree with its hashed content"
        return None

    @staticmethod
    def _check_nodes(conn: Any, leaves: list[bytes]) -> list[dict[str, Any]]:
        problems: list[dict[str, Any]] = []
        level_hashes = leaves
        level = 0
        while len(level_hashes) > 1:
            level += 1
            level_hashes = [merkle.node_hash(level_hashes[i], level_hashes[i + 1])
                            for i in range(0, len(level_hashes) - 1, 2)]
            stored = conn.execute(
                "SELECT idx, hash FROM merkle_nodes WHERE level = ? ORDER BY idx", (level,))
            seen = 0
            for idx, digest in stored:
                seen += 1
                if idx >= len(level_hashes) or bytes(digest) != level_hashes[idx]:
                    problems.append({"level": level, "index": idx,
                                     "reason": "a stored tree node does not match the events"})
            if seen != len(level_hashes):
                problems.append({"level": level, "reason":
                                 f"{len(level_hashes) - seen} tree nodes are missing"})
        return problems

    @staticmethod
    def _check_checkpoints(conn: Any, leaves: list[bytes]) -> list[dict[str, Any]]:
        problems = []
        # The newest checkpoint of each source: each was checked against the one before it.
        for size, root, source in conn.execute(
                "SELECT max(tree_size), root_hash, source FROM checkpoints GROUP BY source"):
            if size > len(leaves):
                problems.append({"treeSize": size, "source": source, "reason":
                                 "the log is shorter than a checkpoint it once had: events "
                                 "were removed"})
            elif merkle.root_from_leaf_hashes(leaves[:size]) != bytes(root):
                problems.append({"treeSize": size, "source": source, "reason":
                                 "history no longer matches a recorded checkpoint: it was "
                                 "rewritten"})
        return problems
