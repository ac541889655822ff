"""Demo data: realistic households and members for the bundled household-registration forms."""

from __future__ import annotations

import heapq
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from datacollect_desktop.app.clock import utc_stamp
from datacollect_desktop.app.registration import ENTITY_NAME, PARENT_GUID
from datacollect_desktop.app.submission import EventFactory, new_guid
from datacollect_desktop.app.workspace import Workspace
from datacollect_desktop.domain.events import Event
from datacollect_desktop.domain.vocabulary import EventType, SubmitStatus

GIVEN_FEMALE = ["Amina", "Fatoumata", "María", "Grace", "Nadia", "Aïcha", "Lucía", "Mei",
                "Zainab", "Ana", "Esther", "Hawa", "Joy", "Chloé", "Mariam", "Rosa", "Leila"]
GIVEN_MALE = ["Juan", "Omar", "Kofi", "Ivan", "Samuel", "Tunde", "Yusuf", "Pedro", "Ahmed",
              "José", "Moussa", "Daniel", "Ibrahim", "Tomás", "Joseph", "Kwame", "Ali"]
FAMILY = ["Diallo", "García", "Okafor", "Chen", "Silva", "Haddad", "Mensah", "Petrov", "Ndiaye",
          "López", "Kamau", "Rahman", "Fernandes", "Abebe", "Nguyen", "Santos", "Bello", "Traoré",
          "Coulibaly", "Mwangi", "Otieno", "Pérez", "Sow", "Banda"]
PLACES = ["Kibera", "Mathare", "Korogocho", "Mukuru", "Kawangware", "Dandora", "Kariobangi"]
STREETS = ["Market Road", "Mosque Lane", "School Street", "River Path", "Church Road",
           "Water Point Lane", "Clinic Avenue"]
DWELLINGS = ["house", "house", "apartment", "shelter", "other"]
NEEDS = ["food", "shelter", "health", "education"]
BATCH = 2000
# Revisits of the first household, so its history is worth scrubbing through.
FOLLOW_UPS = 30

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class DemoSummary:
    households: int
    people: int
    events: int


class _Households:
    """A deterministic stream of events for `count` households, registered over `days`."""

    def __init__(self, events: EventFactory, count: int, seed: int, now: datetime,
                 days: int, compact: bool) -> None:
        self.events = events
        self.compact = compact
        self.rng = random.Random(seed)
        self.count = count
        self.now = now
        self.start = now - timedelta(days=days)
        # Each household and its members take at most half an hour: end an hour ago, so no
        # demo record is stamped in the future.
        self.step = (timedelta(days=days) - timedelta(hours=1)) / max(count, 1)
        self.people = 0
        self.done = 0
        self.later: list[tuple[datetime, int, Event]] = []

    def stream(self) -> Iterator[Event]:
        """Households in the order they were registered, with the first household's later
        visits between them, each at its time."""
        for index in range(self.count):
            moment = self.start + self.step * index
            while self.later and self.later[0][0] <= moment:
                yield heapq.heappop(self.later)[2]
            yield from self._household(index)
            self.done = index + 1
        while self.later:
            yield heapq.heappop(self.later)[2]

    def _household(self, index: int) -> Iterator[Event]:
        rng = self.rng
        moment = self.start + self.step * index + timedelta(seconds=rng.randint(0, 600))
        family = rng.choice(FAMILY)
        guid, correlation = new_guid(), new_guid()
        dwelling = rng.choice(DWELLINGS)
        household: dict[str, Any] = {
            "name": f"{family} household", ENTITY_NAME: "household",
            "address": f"{rng.randint(1, 240)} {rng.choice(STREETS)}, {rng.choice(PLACES)}",
            "dwelling": dwelling, "monthlyIncome": rng.randrange(0, 900, 10),
            "phone": f"+254 7{rng.randint(10, 99)} {rng.randint(100, 999)} "
                     f"{rng.randint(100, 999)}",
        }
        if dwelling == "other":
            household["dwellingOther"] = rng.choice(["Boat", "Container", "Room in a school"])
        members = [self._person(guid, family, n) for n in range(rng.randint(1, 6))]
        self.people += len(members)
        if index == 0 and not self.compact:
            self._schedule_visits(guid, members[0], moment)
        if self.compact:
            # One event per household, as an import or a whole-household form sends it.
            yield self._event(EventType.CREATE_GROUP, guid, {**household, "members": members},
                              "household", correlation, moment)
            return
        yield self._event(EventType.CREATE_GROUP, guid, household, "household", correlation, moment)
        for member in members:
            moment += timedelta(seconds=rng.randint(40, 200))
            yield self._event(EventType.ADD_MEMBER, guid, {"members": [member]}, "individual",
                              correlation, moment)

    def _schedule_visits(self, household: str, head: dict[str, Any], registered: datetime
                         ) -> None:
        """Revisits of one household until an hour ago: income, phone, moves, needs, a
        newborn."""
        rng = self.rng
        span = (self.now - timedelta(hours=1)) - registered
        moments = sorted(registered + span * rng.uniform(0.02, 0.98) for _ in range(FOLLOW_UPS))
        family = str(head["familyName"])
        for number, moment in enumerate(moments):
            roll = rng.random()
            data: dict[str, Any]
            if number == FOLLOW_UPS // 2:
                baby = self._person(household, family, 2)
                baby.update(relationship="child", dateOfBirth=moment.date().isoformat())
                self.people += 1
                type_, entity, data, form = EventType.ADD_MEMBER, household, {"members": [baby]}, (
                    "individual")
            elif roll < 0.3:
                type_, entity, form = EventType.UPDATE_GROUP, household, "household"
                data = {"monthlyIncome": rng.randrange(0, 900, 10)}
            elif roll < 0.5:
                type_, entity, form = EventType.UPDATE_GROUP, household, "household"
                data = {"phone": f"+254 7{rng.randint(10, 99)} {rng.randint(100, 999)} "
                                 f"{rng.randint(100, 999)}"}
            elif roll < 0.6:
                type_, entity, form = EventType.UPDATE_GROUP, household, "household"
                data = {"address": f"{rng.randint(1, 240)} {rng.choice(STREETS)}, "
                                   f"{rng.choice(PLACES)}",
                        "dwelling": rng.choice(DWELLINGS[:4])}
            else:
                type_, entity, form = EventType.UPDATE_INDIVIDUAL, str(head["guid"]), "individual"
                data = {"needs": {need: rng.random() < 0.4 for need in NEEDS}}
                if roll > 0.9:
                    data["disability"] = rng.random() < 0.5
            event = self._event(type_, entity, data, form, new_guid(), moment)
            heapq.heappush(self.later, (moment, number, event))

    def _person(self, household: str, family: str, position: int) -> dict[str, Any]:
        rng = self.rng
        sex = rng.choice(["female", "male"])
        relationship = ["head", "spouse"][position] if position < 2 else rng.choice(
            ["child", "child", "parent", "other"])
        if relationship == "spouse":
            sex = "female" if sex == "male" else "male"
        adult = relationship in ("head", "spouse", "parent")
        age = rng.randint(20, 80) if adult else rng.randint(0, 19)
        born = (self.now - timedelta(days=age * 365 + rng.randint(0, 364))).date()
        given = rng.choice(GIVEN_FEMALE if sex == "female" else GIVEN_MALE)
        person: dict[str, Any] = {
            "guid": new_guid(), "givenName": given, "familyName": family,
            "dateOfBirth": born.isoformat(), "sex": sex, "relationship": relationship,
            ENTITY_NAME: "individual", PARENT_GUID: household,
        }
        if rng.random() < 0.08:
            person["disability"] = True
        wanted = {need: rng.random() < 0.3 for need in NEEDS}
        if any(wanted.values()):
            person["needs"] = wanted
        return person

    def _event(self, type_: str, entity: str, data: dict[str, Any], form: str,
               correlation: str, moment: datetime) -> Event:
        # Demo records are this profile's own, made by its person and not sent yet: a sync
        # sends them like any other (claiming them synced, or made by someone else, would
        # leave other devices with records whose start the server never had).
        return self.events.event(type_, entity, data, form_name=form,
                                 correlation_id=correlation, timestamp=utc_stamp(moment))


def _attention_examples(events: EventFactory, now: datetime) -> list[Event]:
    """A person registered twice (a potential duplicate, left for someone to decide) and an
    edit of a deleted record (kept but flagged), so the "needs attention" screen has
    something to show."""
    household, twin, double, ghost = new_guid(), new_guid(), new_guid(), new_guid()
    correlation = new_guid()
    moment = now - timedelta(hours=2)

    def at(minutes: int, type_: str, entity: str, data: dict[str, Any], form: str) -> Event:
        return events.event(type_, entity, data, form_name=form, correlation_id=correlation,
                            timestamp=utc_stamp(moment + timedelta(minutes=minutes)))

    def person(guid: str, given: str, born: str, relationship: str) -> dict[str, Any]:
        return {"guid": guid, "givenName": given, "familyName": "Ouédraogo",
                "dateOfBirth": born, "sex": "female", "relationship": relationship,
                ENTITY_NAME: "individual", PARENT_GUID: household}

    return [
        at(0, EventType.CREATE_GROUP, household, {"name": "Ouédraogo household",
                                          ENTITY_NAME: "household",
                                          "address": "3 Well Road, Dandora"}, "household"),
        at(2, EventType.ADD_MEMBER, household,
           {"members": [person(twin, "Mariam", "1987-04-12", "head")]}, "individual"),
        at(4, EventType.ADD_MEMBER, household,
           {"members": [person(double, "Mariame", "1987-04-12", "other")]}, "individual"),
        at(5, EventType.ADD_MEMBER, household,
           {"members": [person(ghost, "Salimata", "2012-09-01", "child")]}, "individual"),
        at(6, EventType.DELETE_ENTITY, ghost, {"reason": "moved away"}, "individual"),
        at(8, EventType.UPDATE_INDIVIDUAL, ghost, {"phone": "+254 700 111 222"}, "individual"),
    ]


def fill_demo(workspace: Workspace, households: int = 40, *, seed: int = 7,
              progress: Progress | None = None, now: datetime | None = None,
              days: int = 30, compact: bool = False) -> DemoSummary:
    """Add `households` demo households (1 to 6 members each) to the profile.

    Members are added one `add-member` event each, as the window does; `compact` sends each
    household as one `create-group` with its members (faster, for large benchmark profiles).
    """
    now = now or datetime.now(UTC)
    source = _Households(workspace.events, households, seed, now, days, compact)
    stored = 0
    batch: list[Event] = []
    for event in source.stream():
        batch.append(event)
        if len(batch) >= BATCH:
            stored += _submit(workspace, batch)
            batch = []
            if progress is not None:
                progress(source.done, households)
    batch.extend(_attention_examples(workspace.events, now))
    stored += _submit(workspace, batch)
    if progress is not None:
        progress(households, households)
    return DemoSummary(households + 1, source.people + 3, stored)


def _submit(workspace: Workspace, batch: list[Event]) -> int:
    results = workspace.session.store.submit(batch)
    refused = [r for r in results if r.status == SubmitStatus.REJECTED]
    if refused:
        raise RuntimeError(f"demo event refused: {refused[0].error}")
    return len(results)
