"""The event log in the peewee stores: appends with their Merkle nodes, reads, sync levels."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import peewee as pw

from datacollect_desktop.domain import merkle
from datacollect_desktop.domain.vocabulary import SyncLevel
from datacollect_desktop.server.store.base import (
    AppendResult,
    AppendStatus,
    Candidate,
    LevelUpdate,
    LogHead,
    PulledEvent,
    StoredEvent,
)
from datacollect_desktop.server.store.models import HEAD_ID, key_node, node_key
from datacollect_desktop.server.store.peewee_base import PeeweeBase, chunks


class EventLogRows(PeeweeBase):
    """The `events`, `tree_nodes` and `log_head` tables."""

    def head(self) -> LogHead:
        with self._connection():
            return self._read_head(lock=False)

    def _nodes(self, keys: Sequence[tuple[int, int]]) -> dict[tuple[int, int], bytes]:
        node = self._t.NodeRow
        found: dict[tuple[int, int], bytes] = {}
        packed = sorted({node_key(level, index) for level, index in keys})
        for chunk in chunks(packed):
            query = node.select(node.key, node.hash).where(node.key.in_(list(chunk))).tuples()
            for key, value in query:
                found[key_node(key)] = bytes(value)
        return found

    def get_nodes(self, keys: Sequence[tuple[int, int]]) -> Mapping[tuple[int, int], bytes]:
        with self._connection():
            return self._nodes(keys)

    def append(
        self,
        candidates: Sequence[Candidate],
        *,
        config_id: str,
        pushed_by: str,
        received_at: str,
    ) -> AppendResult:
        guids = [c.guid for c in candidates]
        with self._connection():
            # Looked up before the log lock is taken, to keep the lock short: a stored event
            # never changes or goes, so what is found now holds under the lock. A guid that
            # another process stores meanwhile makes the insert fail on the guid's unique
            # key; then the append is done again, looking up under the lock.
            stored = self._stored_guids(guids)
            try:
                return self._append(candidates, stored, config_id, pushed_by, received_at)
            except pw.IntegrityError:
                return self._append(candidates, None, config_id, pushed_by, received_at)

    def _append(
        self,
        candidates: Sequence[Candidate],
        stored: dict[str, tuple[str, str]] | None,
        config_id: str,
        pushed_by: str,
        received_at: str,
    ) -> AppendResult:
        """One append transaction, `stored` the guids looked up already (None: look up under
        the lock)."""
        event, node, head_row = self._t.EventRow, self._t.NodeRow, self._t.LogHeadRow
        with self._write_transaction():
            head = self._read_head(lock=True)
            if stored is None:
                stored = self._stored_guids([c.guid for c in candidates])
            prior = {guid: leaf for guid, (leaf, _) in stored.items()}
            elsewhere = {guid for guid, (_, held) in stored.items() if held != config_id}
            size = head.tree_size
            frontier = self._frontier(head)
            statuses: list[AppendStatus] = []
            seqs: list[int | None] = []
            rows: list[tuple[Any, ...]] = []
            nodes: list[tuple[int, bytes]] = []
            level = int(SyncLevel.REMOTE)
            for candidate in candidates:
                earlier = prior.get(candidate.guid)
                if candidate.guid in elsewhere:
                    # Whether its content matches would tell what another config holds.
                    statuses.append(AppendStatus.UNAVAILABLE)
                    seqs.append(None)
                    continue
                if earlier is not None:
                    same = earlier == candidate.leaf
                    statuses.append(AppendStatus.DUPLICATE if same else AppendStatus.CONFLICT)
                    seqs.append(None)
                    continue
                frontier, completed = merkle.append(size, frontier, candidate.leaf_hash)
                nodes.extend([(node_key(lvl, index), value)
                              for (lvl, index), value in completed])
                rows.append((size, candidate.guid, config_id, candidate.leaf, candidate.ts_key,
                             level, pushed_by, received_at))
                prior[candidate.guid] = candidate.leaf
                statuses.append(AppendStatus.ACCEPTED)
                seqs.append(size)
                size += 1
            if not rows:
                return AppendResult(tuple(statuses), tuple(seqs), head)
            fields = [
                event.seq, event.guid, event.config_id, event.leaf, event.ts_key,
                event.sync_level, event.pushed_by, event.received_at,
            ]
            self._insert_many(event, fields, rows)
            self._insert_many(node, [node.key, node.hash], nodes)
            root = merkle.root_from_frontier(frontier)
            head_row.update(tree_size=size, root_hash=root).where(
                head_row.id == HEAD_ID
            ).execute()
            new_head = LogHead(size, root, head.level_seq, head.audit_size)
        self._last_frontier = (size, root, frontier)  # committed
        return AppendResult(tuple(statuses), tuple(seqs), new_head)

    def _frontier(self, head: LogHead) -> list[bytes]:
        """The frontier hashes of the tree `head` names: this process's last append's when
        it is that tree (same size, same root: the root hashes the frontier), else read."""
        last = getattr(self, "_last_frontier", None)
        if last is not None and last[0] == head.tree_size and last[1] == head.root_hash:
            return list(last[2])
        keys = merkle.frontier_keys(head.tree_size)
        known = self._nodes(keys)
        return [known[key] for key in keys]

    @staticmethod
    def _stored(row: tuple[Any, ...]) -> StoredEvent:
        seq, guid, config_id, leaf, sync_level, pushed_by, received_at, ts_key = row
        return StoredEvent(seq, guid, config_id, leaf, sync_level, pushed_by, received_at, ts_key)

    def _event_columns(self) -> list[Any]:
        e = self._t.EventRow
        return [e.seq, e.guid, e.config_id, e.leaf, e.sync_level, e.pushed_by, e.received_at,
                e.ts_key]

    def event(self, guid: str) -> StoredEvent | None:
        e = self._t.EventRow
        with self._connection():
            rows = list(e.select(*self._event_columns()).where(e.guid == guid).tuples())
        return self._stored(rows[0]) if rows else None

    def events_by_guid(self, guids: Sequence[str]) -> dict[str, StoredEvent]:
        e = self._t.EventRow
        found: dict[str, StoredEvent] = {}
        with self._connection():
            for chunk in chunks(sorted(set(guids))):
                query = e.select(*self._event_columns()).where(e.guid.in_(list(chunk))).tuples()
                for row in query:
                    stored = self._stored(row)
                    found[stored.guid] = stored
        return found

    def events_after(
        self, config_id: str, position: int, upto: int, limit: int
    ) -> list[PulledEvent]:
        e = self._t.EventRow
        with self._connection():
            query = (
                e.select(e.seq, e.guid, e.leaf, e.sync_level, e.ts_key, e.pushed_by)
                .where((e.config_id == config_id) & (e.seq >= position) & (e.seq < upto))
                .order_by(e.seq)
                .limit(limit)
                .tuples()
            )
            return [PulledEvent(*row) for row in query]

    def events_after_time(
        self, config_id: str, ts_key: str, guid: str, limit: int
    ) -> list[PulledEvent]:
        e = self._t.EventRow
        after = e.ts_key > ts_key
        if guid:
            after = after | ((e.ts_key == ts_key) & (e.guid > guid))
        with self._connection():
            query = (
                e.select(e.seq, e.guid, e.leaf, e.sync_level, e.ts_key)
                .where((e.config_id == config_id) & after)
                .order_by(e.ts_key, e.guid)
                .limit(limit)
                .tuples()
            )
            return [PulledEvent(*row) for row in query]

    def level_updates(
        self, config_id: str, after: int, upto: int, before_seq: int, limit: int
    ) -> list[LevelUpdate]:
        e = self._t.EventRow
        with self._connection():
            query = (
                e.select(e.guid, e.sync_level, e.level_seq)
                .where(
                    (e.config_id == config_id)
                    & (e.level_seq > after)
                    & (e.level_seq <= upto)
                    & (e.seq < before_seq)
                )
                .order_by(e.level_seq)
                .limit(limit)
                .tuples()
            )
            return [LevelUpdate(*row) for row in query]

    # Forwarding --------------------------------------------------------------------------------

    def claim_unforwarded(
        self, claimant: str, limit: int, now: float, lease_seconds: float
    ) -> list[StoredEvent]:
        e = self._t.EventRow
        free = e.claim_until.is_null() | (e.claim_until < now)
        with self._connection():
            with self._write_transaction():
                pick = (
                    e.select(e.seq)
                    .where((e.sync_level == int(SyncLevel.REMOTE)) & free)
                    .order_by(e.seq)
                    .limit(limit)
                )
                if self._db.for_update:
                    # Rows another process is claiming right now are passed over, not waited on.
                    pick = pick.for_update(skip_locked=True)
                # Two statements, not UPDATE ... IN (SELECT ... LIMIT ... FOR UPDATE): as a
                # semi-join PostgreSQL rescans that subquery, which then skips the rows just
                # updated and claims more than the limit.
                seqs = [seq for (seq,) in pick.tuples()]
                if seqs:
                    # The free condition is checked again on the row itself, so two
                    # claimants racing for the same rows cannot both win them.
                    e.update(claim=claimant, claim_until=now + lease_seconds).where(
                        e.seq.in_(seqs) & free & (e.sync_level == int(SyncLevel.REMOTE))
                    ).execute()
            query = (
                e.select(*self._event_columns())
                .where((e.claim == claimant) & (e.sync_level == int(SyncLevel.REMOTE)))
                .order_by(e.seq)
                .tuples()
            )
            return [self._stored(row) for row in query]

    def mark_forwarded(self, claimant: str, seqs: Sequence[int]) -> int:
        e, head_row = self._t.EventRow, self._t.LogHeadRow
        with self._connection(), self._write_transaction():
            head = self._read_head(lock=True)
            level_seq = head.level_seq
            for seq in sorted(set(seqs)):
                changed = (
                    e.update(
                        sync_level=int(SyncLevel.EXTERNAL),
                        level_seq=level_seq + 1,
                        claim=None,
                        claim_until=None,
                    )
                    .where(
                        (e.seq == seq)
                        & (e.claim == claimant)
                        & (e.sync_level == int(SyncLevel.REMOTE))
                    )
                    .execute()
                )
                level_seq += changed
            head_row.update(level_seq=level_seq).where(head_row.id == HEAD_ID).execute()
        return level_seq - head.level_seq

    def release_claim(self, claimant: str, seqs: Sequence[int]) -> None:
        e = self._t.EventRow
        with self._connection(), self._write_transaction():
            for chunk in chunks(sorted(set(seqs))):
                e.update(claim=None, claim_until=None).where(
                    (e.claim == claimant) & e.seq.in_(list(chunk))
                ).execute()
