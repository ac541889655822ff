"""The registry "as of" a moment: the records list and a record as they were then (read-only)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from datacollect_desktop.app.browse import FieldValue, field_values
from datacollect_desktop.app.registration import form_of
from datacollect_desktop.domain.entities import Entity
from datacollect_desktop.domain.forms import AppConfig, EntityForm
from datacollect_desktop.storage.history import PastRow, RegistryHistory
from datacollect_desktop.storage.profile import Session

__all__ = ["AsOfService", "PastDetail", "PastRegistry", "PastRow"]

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class PastRegistry:
    """The living records right after event `seq` (the last one stamped at or before the
    moment asked for), of `size` events in the log."""

    moment: str
    seq: int
    seq_stamp: str | None
    size: int
    rows: list[PastRow]


@dataclass(frozen=True)
class PastDetail:
    """One record as it was at a point of the log, with its members as they were then."""

    entity: Entity
    form: EntityForm | None
    fields: list[FieldValue]
    members: list[tuple[str, str | None]]


class AsOfService:
    """Historical reads; each call runs on the caller's thread (the window uses a worker)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.history = RegistryHistory(session.queries)

    def registry(self, moment: str, progress: Progress | None = None) -> PastRegistry:
        """The registry as of the UTC stamp `moment`."""
        seq = self.history.seq_at_time(moment)
        size = self.session.queries.size()
        rows = self.history.living(seq, progress) if seq else []
        return PastRegistry(moment, seq, self.history.stamp_of(seq) if seq else None, size,
                            rows)

    def detail(self, guid: str, seq: int, config: AppConfig) -> PastDetail | None:
        """The record right after event `seq`; None if it did not exist then."""
        queries = self.session.queries
        entity = queries.entity(guid, at_seq=seq)
        if entity is None:
            return None
        form = form_of(config, entity)
        members = []
        for member in entity.member_ids:
            then = queries.entity(member, at_seq=seq)
            members.append((member, then.name if then is not None else None))
        return PastDetail(entity, form, field_values(form, dict(entity.data)), members)
