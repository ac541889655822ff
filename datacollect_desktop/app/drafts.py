"""Drafts: forms in progress, kept in the encrypted profile so a crash loses seconds at most."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from datacollect_desktop.app.clock import utc_stamp
from datacollect_desktop.app.submission import new_guid
from datacollect_desktop.storage.drafts import DraftRecord, DraftTable
from datacollect_desktop.storage.profile import Session

Draft = DraftRecord


class DraftService:
    """Save, list, read and discard drafts."""

    def __init__(self, session: Session, clock: Callable[[], str] = utc_stamp) -> None:
        self.table = DraftTable(session.db)
        self.clock = clock

    def all(self) -> list[Draft]:
        return self.table.all()

    def get(self, draft_id: str) -> Draft | None:
        return self.table.get(draft_id)

    def save(self, draft: Draft) -> Draft:
        stored = replace(draft, updated_at=self.clock())
        self.table.save(stored)
        return stored

    def discard(self, draft_id: str) -> None:
        self.table.delete(draft_id)


@dataclass
class DraftKeeper:
    """The draft of the form on screen: remembers changes, writes them when asked.

    The window calls `flush` on a timer and when closing or locking; every write is its own
    transaction, so what was flushed survives a killed process. `baseline` is what the form
    showed when it was opened (defaults, an unticked box, the record being edited): a form
    still showing it was not touched, so it needs no draft and no save.
    """

    service: DraftService
    form: str
    correlation_id: str
    parent_guid: str | None = None
    entity_guid: str | None = None
    draft_id: str = field(default_factory=new_guid)
    created_at: str = ""
    data: dict[str, Any] = field(default_factory=dict)
    dirty: bool = False
    stored: bool = False
    baseline: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def resume(cls, service: DraftService, draft: Draft) -> DraftKeeper:
        return cls(service, draft.form, draft.correlation_id, draft.parent_guid,
                   draft.entity_guid, draft.id, draft.created_at, dict(draft.data), stored=True)

    def touched(self, data: Mapping[str, Any]) -> bool:
        """True when `data` differs from what the form showed when opened, or a draft of it
        is already kept (a resumed draft stays until it is saved or discarded)."""
        return self.stored or dict(data) != self.baseline

    def changed(self, data: Mapping[str, Any]) -> None:
        if dict(data) != self.data:
            self.data = dict(data)
            self.dirty = True

    def flush(self) -> bool:
        """Write the draft if it changed since the last write; True when it wrote."""
        if not self.dirty:
            return False
        if not self.touched(self.data):
            self.dirty = False
            return False  # nothing typed yet: no draft to keep
        now = self.service.clock()
        self.created_at = self.created_at or now
        self.service.save(Draft(self.draft_id, self.form, self.parent_guid, self.entity_guid,
                                self.correlation_id, self.data, self.created_at, now))
        self.dirty = False
        self.stored = True
        return True

    def finish(self) -> None:
        """The form was saved (or abandoned on purpose): its draft goes."""
        if self.stored:
            self.service.discard(self.draft_id)
        self.stored = False
        self.dirty = False
        self.data = {}
