"""The audit history for supervisors: filtered pages, filter choices, activity, CSV export."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

from datacollect_desktop.app.browse import delete_reason
from datacollect_desktop.app.clock import parse_stamp, utc_stamp
from datacollect_desktop.app.flag_words import flag_words
from datacollect_desktop.app.people import PeopleService
from datacollect_desktop.domain.vocabulary import EventType
from datacollect_desktop.storage.audit_browse import AuditBrowse, AuditEntry, AuditFilter, Key
from datacollect_desktop.storage.profile import Session
from datacollect_desktop.storage.queries import AUDIT_COLUMNS

__all__ = ["AUDIT_COLUMNS", "CSV_COLUMNS", "Activity", "AuditChoices", "AuditEntry", "AuditFilter",
           "AuditService", "Key", "local_day_bounds"]

#: The export's columns, one row per entry; `changes` is the field-level diff as JSON;
#: `userName` names the person `userId` belongs to (from the directory).
CSV_COLUMNS = ("timestamp", "userId", "userName", "action", "entityGuid", "entityName", "form",
               "seq", "eventGuid", "changes", "flag")
CHART_DAYS = 60
EXPORT_BATCH = 5000

Progress = Callable[[int], None]


def local_day_bounds(first: date | None, last: date | None) -> tuple[str | None, str | None]:
    """UTC stamps bounding the laptop's local days `first` to `last`, both included."""

    def midnight(day: date) -> str:
        return utc_stamp(datetime.combine(day, time()).astimezone())

    return (midnight(first) if first is not None else None,
            midnight(last + timedelta(days=1)) if last is not None else None)


def utc_offset_minutes() -> int:
    offset = datetime.now().astimezone().utcoffset() or timedelta()
    return int(offset.total_seconds() // 60)


@dataclass(frozen=True)
class AuditChoices:
    """The values the filters offer: every person, action and form found in the trail.

    `users` are person ids (app/people.py): one entry per person whatever ids their events
    carry; `user_names` gives each its display name."""

    users: list[str]
    actions: list[str]
    forms: list[str]
    user_names: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Activity:
    """Events per local day and person, for every day from `days[0]` to `days[-1]`;
    `users` are person ids, named by `names`."""

    days: list[str]
    users: list[str]
    counts: dict[tuple[str, str], int]
    names: dict[str, str] = field(default_factory=dict)

    def name(self, user: str) -> str:
        return self.names.get(user, user)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


class AuditService:
    """Audit queries for the window; each call runs on the caller's thread."""

    def __init__(self, session: Session, people: PeopleService | None = None) -> None:
        self.session = session
        self.browse = AuditBrowse(session.db)
        self.people = people or PeopleService(session)

    def _by_person(self, spec: AuditFilter) -> AuditFilter:
        """The filter's person (`user`) as every user id of that person."""
        if spec.user is None:
            return spec
        return replace(spec, user=None,
                       user_ids=tuple(sorted({*spec.user_ids,
                                              *self.people.person(spec.user).user_ids})))

    def _named(self, entries: list[AuditEntry]) -> list[AuditEntry]:
        """Entries with who made them by name, a deletion's reason and a flag in words."""
        people = self.people.snapshot()
        names: dict[str, str | None] = {entry.entity_guid: entry.entity_name
                                        for entry in entries}

        def name_of(guid: str) -> str | None:
            if guid not in names:
                entity = self.session.queries.entity(guid)
                names[guid] = entity.name if entity is not None else None
            return names[guid]

        return [replace(entry, user_name=people.name(entry.user_id),
                        reason=self._reason(entry),
                        flag_words=flag_words(entry.flag, name_of) if entry.flag else None)
                for entry in entries]

    def _reason(self, entry: AuditEntry) -> str | None:
        if entry.action != EventType.DELETE_ENTITY:
            return None
        return delete_reason(self.session.queries.event(entry.event_guid).event)

    def log_size(self) -> int:
        """Events in the log: when it grows, what the screen shows is out of date."""
        return self.session.queries.size()

    def page(self, spec: AuditFilter, after: Key | None, limit: int) -> list[AuditEntry]:
        """A page of entries; `spec.user` is a person (any of their ids matches)."""
        return self._named(self.browse.page(self._by_person(spec), after, limit))

    def count(self, spec: AuditFilter) -> int:
        return self.browse.count(self._by_person(spec))

    def choices(self) -> AuditChoices:
        people = self.people.snapshot()
        persons = {people.person_id(user_id) for user_id in self.browse.distinct("user_id")}
        names = {person: people.name(person) for person in persons}
        ordered = sorted(persons, key=lambda person: (names[person].casefold(), person))
        return AuditChoices(ordered, self.browse.distinct("action"),
                            self.browse.distinct("form"), names)

    def activity(self, spec: AuditFilter, days: int = CHART_DAYS) -> Activity:
        """The chart's data: the filter's days, or the last `days` days that have entries
        when the filter has no start."""
        offset = utc_offset_minutes()
        if spec.since is None:
            newest = self.browse.newest_timestamp(spec)
            if newest is None:
                return Activity([], [], {})
            last_day = parse_stamp(newest).astimezone().date()
            spec = replace(spec, since=local_day_bounds(last_day - timedelta(days=days - 1),
                                                        None)[0])
        rows = self.browse.activity(self._by_person(spec), offset)
        if not rows:
            return Activity([], [], {})
        first = date.fromisoformat(rows[0][0])
        last = date.fromisoformat(rows[-1][0])
        span = [(first + timedelta(days=n)).isoformat() for n in range((last - first).days + 1)]
        people = self.people.snapshot()
        counts: dict[tuple[str, str], int] = {}
        for day, user_id, n in rows:
            key = (day, people.person_id(user_id))
            counts[key] = counts.get(key, 0) + n
        users = sorted({person for _, person in counts})
        return Activity(span, users, counts, {person: people.name(person) for person in users})

    def export_csv(self, spec: AuditFilter, path: Path, progress: Progress | None = None
                   ) -> int:
        """Write every entry the filter selects to `path` (UTF-8 CSV, newest first); returns
        how many. Written to a temporary file first, so a failure leaves no half file."""
        partial = path.with_name(path.name + ".part")
        written = 0
        try:
            with partial.open("w", encoding="utf-8", newline="") as out:
                writer = csv.writer(out)
                writer.writerow(CSV_COLUMNS)
                for batch in self.browse.entries(self._by_person(spec), EXPORT_BATCH):
                    writer.writerows(csv_row(entry) for entry in self._named(batch))
                    written += len(batch)
                    if progress is not None:
                        progress(written)
            partial.replace(path)
        finally:
            partial.unlink(missing_ok=True)
        return written


def csv_row(entry: AuditEntry) -> list[str | int]:
    return [entry.timestamp, entry.user_id, entry.user_name or entry.user_id, entry.action,
            entry.entity_guid, entry.entity_name or "", entry.form or "", entry.seq,
            entry.event_guid, json.dumps(entry.changes, ensure_ascii=False, sort_keys=True),
            entry.flag or ""]
