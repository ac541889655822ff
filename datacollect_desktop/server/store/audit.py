"""Audit-log entries in the peewee stores: idempotent by guid, read in acceptance order."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from datacollect_desktop.server.store.base import AppendStatus, AuditCandidate, StoredAudit
from datacollect_desktop.server.store.models import HEAD_ID
from datacollect_desktop.server.store.peewee_base import PeeweeBase


class AuditRows(PeeweeBase):
    """The `audit_logs` table (its counter lives in the log head)."""

    def append_audit(
        self,
        candidates: Sequence[AuditCandidate],
        *,
        config_id: str,
        pushed_by: str,
        received_at: str,
    ) -> tuple[AppendStatus, ...]:
        audit, head_row = self._t.AuditRow, self._t.LogHeadRow
        with self._connection(), self._write_transaction():
            head = self._read_head(lock=True)
            prior = self._existing(audit, audit.body, [c.guid for c in candidates])
            size = head.audit_size
            statuses: list[AppendStatus] = []
            rows: list[tuple[Any, ...]] = []
            for candidate in candidates:
                earlier = prior.get(candidate.guid)
                if earlier is not None:
                    same = earlier == candidate.body
                    statuses.append(AppendStatus.DUPLICATE if same else AppendStatus.CONFLICT)
                    continue
                rows.append((size, candidate.guid, config_id, candidate.body, candidate.ts_key,
                             pushed_by, received_at))
                prior[candidate.guid] = candidate.body
                statuses.append(AppendStatus.ACCEPTED)
                size += 1
            fields = [audit.seq, audit.guid, audit.config_id, audit.body, audit.ts_key,
                      audit.pushed_by, audit.received_at]
            self._insert_many(audit, fields, rows)
            if rows:
                head_row.update(audit_size=size).where(head_row.id == HEAD_ID).execute()
        return tuple(statuses)

    def audit_after(
        self, config_id: str, position: int, upto: int, limit: int
    ) -> list[StoredAudit]:
        a = self._t.AuditRow
        with self._connection():
            query = (
                a.select(a.seq, a.guid, a.config_id, a.body, a.ts_key)
                .where((a.config_id == config_id) & (a.seq >= position) & (a.seq < upto))
                .order_by(a.seq)
                .limit(limit)
                .tuples()
            )
            return [StoredAudit(*row) for row in query]

    def audit_after_time(self, config_id: str, ts_key: str, limit: int) -> list[StoredAudit]:
        a = self._t.AuditRow
        with self._connection():
            query = (
                a.select(a.seq, a.guid, a.config_id, a.body, a.ts_key)
                .where((a.config_id == config_id) & (a.ts_key > ts_key))
                .order_by(a.ts_key, a.seq)
                .limit(limit)
                .tuples()
            )
            return [StoredAudit(*row) for row in query]
