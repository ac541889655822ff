"""The registry "as of" a moment: the records list and a record as they were then (read-only).

"As of T" is the replay, in canonical order, of exactly the events stamped at or before T
(`domain/as_of.py`); the CLI's `entity --at` and `entities --at`, this screen and the
timeline all read it from here or from `storage/history.py`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from datacollect_desktop.app.browse import FieldValue, field_values
from datacollect_desktop.app.registration import form_of
from datacollect_desktop.domain.as_of import Cut
from datacollect_desktop.domain.entities import Entity
from datacollect_desktop.domain.forms import AppConfig, EntityForm
from datacollect_desktop.storage.history import AsOfPoint, PastRow, RegistryHistory
from datacollect_desktop.storage.profile import Session
from datacollect_desktop.storage.queries import matches

__all__ = ["AsOfPoint", "AsOfService", "PastDetail", "PastRegistry", "PastRow"]

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class PastRegistry:
    """The living records as of `moment`: `counted` of the log's `size` events were
    stamped at or before it."""

    moment: str
    point: AsOfPoint
    rows: list[PastRow]

    @property
    def counted(self) -> int:
        return self.point.counted

    @property
    def size(self) -> int:
        return self.point.size


@dataclass(frozen=True)
class PastDetail:
    """One record as it was at a moment, with its members as they were then."""

    entity: Entity
    form: EntityForm | None
    fields: list[FieldValue]
    members: list[tuple[str, str | None]]


class AsOfService:
    """Historical reads; each call runs on the caller's thread (the window uses a worker)."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def _history(self) -> RegistryHistory:
        # The thread's own connection: the window reads on more than one worker.
        return RegistryHistory(self.session.queries)

    def point(self, moment: str, progress: Progress | None = None) -> AsOfPoint:
        """The registry as of the UTC stamp `moment` (refused unless it is one)."""
        return self._history().point(Cut(moment), progress)

    def registry(self, moment: str, progress: Progress | None = None) -> PastRegistry:
        """The living records as of the UTC stamp `moment`."""
        history = self._history()
        point = history.point(Cut(moment), progress)
        return PastRegistry(moment, point, history.living(point, progress))

    def entities(self, moment: str, filters: Mapping[str, str] | None = None
                 ) -> list[Entity]:
        """The living records as of `moment`, by name; `filters` as `entities --search`."""
        history = self._history()
        return [e for e in history.entities(history.point(Cut(moment)))
                if matches(e, filters or {})]

    def entity(self, guid: str, moment: str) -> Entity | None:
        """One record as of `moment` (a tombstone if deleted by then); None before it
        existed."""
        return self._history().record(guid, Cut(moment)).get(guid)

    def detail(self, guid: str, moment: str, config: AppConfig) -> PastDetail | None:
        """The record as of `moment` with its members as they were; None if it did not
        exist then."""
        history, cut = self._history(), Cut(moment)
        linked = history.record(guid, cut)
        entity = linked.get(guid)
        if entity is None:
            return None
        form = form_of(config, entity)
        members = []
        for member in entity.member_ids:
            # A member added by its id alone is not changed by the group's events.
            then = linked.get(member) or history.record(member, cut).get(member)
            if then is not None and then.deleted:
                continue  # deleted by then: no longer one of its members, as in the records
            members.append((member, then.name if then is not None else None))
        return PastDetail(entity, form, field_values(form, dict(entity.data)), members)
