"""Realistic registration workloads: households with members, then edits, as event documents."""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

GIVEN = ["Amina", "Juan", "Fatou", "Li", "Maria", "Omar", "Grace", "Ivan", "Nadia", "Kofi",
         "Sofia", "Ahmed", "Lucia", "Tunde", "Mei", "Pedro", "Zainab", "Yusuf", "Ana", "Samuel"]
FAMILY = ["Diallo", "Garcia", "Okafor", "Chen", "Silva", "Haddad", "Mensah", "Petrov", "Ndiaye",
          "Lopez", "Kamau", "Rahman", "Fernandes", "Abebe", "Nguyen", "Santos", "Bello", "Costa"]
VILLAGES = ["Kibera", "Mathare", "Korogocho", "Mukuru", "Kawangware", "Dandora"]
START = datetime(2024, 1, 8, 7, 0, tzinfo=UTC)


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


class Workload:
    """A deterministic stream of events for a given seed."""

    def __init__(self, seed: int = 7, user: str = "worker-1") -> None:
        self.rng = random.Random(seed)
        self.user = user
        self.clock = START
        self.households: list[tuple[str, list[str]]] = []
        self.people: list[str] = []

    def _guid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def _tick(self) -> str:
        self.clock += timedelta(seconds=self.rng.randint(5, 90))
        return _stamp(self.clock)

    def _event(self, entity: str, type_: str, data: dict[str, Any]) -> dict[str, Any]:
        return {"guid": self._guid(), "entityGuid": entity, "type": type_, "data": data,
                "timestamp": self._tick(), "userId": self.user, "syncLevel": 0,
                "metadata": {"formName": data.get("entityName", "household"),
                             "formVersion": "1.0.0", "deviceId": "bench-device"}}

    def person(self, household: str) -> dict[str, Any]:
        born = START - timedelta(days=self.rng.randint(0, 80 * 365))
        return {"guid": self._guid(), "givenName": self.rng.choice(GIVEN),
                "familyName": self.rng.choice(FAMILY), "dateOfBirth": born.date().isoformat(),
                "sex": self.rng.choice(["female", "male"]), "entityName": "individual",
                "parentGuid": household,
                "relationship": self.rng.choice(["head", "spouse", "child", "parent"])}

    def household(self) -> dict[str, Any]:
        guid = self._guid()
        members = [self.person(guid) for _ in range(self.rng.randint(1, 6))]
        self.households.append((guid, [m["guid"] for m in members]))
        self.people.extend(m["guid"] for m in members)
        return self._event(guid, "create-group", {
            "name": f"{self.rng.choice(FAMILY)} household", "entityName": "household",
            "village": self.rng.choice(VILLAGES), "monthlyIncome": self.rng.randint(0, 900),
            "members": members})

    def edit(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.6 and self.people:
            return self._event(self.rng.choice(self.people), "update-individual",
                               {"phone": f"+254 7{self.rng.randint(10**7, 10**8 - 1)}"})
        if roll < 0.85 and self.households:
            return self._event(self.rng.choice(self.households)[0], "update-group",
                               {"monthlyIncome": self.rng.randint(0, 900)})
        guid, _ = self.rng.choice(self.households)
        member = self.person(guid)
        self.people.append(member["guid"])
        return self._event(guid, "add-member", {"members": [member]})

    def events(self, count: int) -> Iterator[dict[str, Any]]:
        """About a third new households, the rest edits of people and households."""
        for _ in range(count):
            if not self.households or self.rng.random() < 0.35:
                yield self.household()
            else:
                yield self.edit()

    def individuals(self, count: int) -> Iterator[dict[str, Any]]:
        """One entity per event: 40% new people, 60% edits of them."""
        for _ in range(count):
            if not self.people or self.rng.random() < 0.4:
                person = self.person("")
                guid = person.pop("guid")
                person.pop("parentGuid")
                self.people.append(guid)
                yield self._event(guid, "create-individual", person)
            else:
                yield self._event(self.rng.choice(self.people), "update-individual",
                                  {"phone": f"+254 7{self.rng.randint(10**7, 10**8 - 1)}"})

    def long_history(self, entity: str, count: int) -> Iterator[dict[str, Any]]:
        """`count` edits of one person, for time-travel measurements."""
        yield self._event(entity, "create-individual", {"givenName": "Long", "familyName":
                                                        "History", "visits": 0})
        for visit in range(1, count):
            yield self._event(entity, "update-individual", {"visits": visit,
                                                            "note": f"visit {visit}"})


HISTORY = 1_000  # one person's edits, for time travel
SINGLES = 1_000  # one event per transaction, as the window submits a form
CHUNK = 20_000
LONG_HISTORY = "long-history-person"


def profile_events(total: int, seed: int = 11) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """The events of a benchmark profile of `total` events, in the order they are stored:
    the bulk in chunks ("bulk"), one person's long history ("history"), then the events
    submitted one at a time ("single"). The app and its peers store exactly these."""
    work = Workload(seed)
    bulk = total - HISTORY - SINGLES
    for start in range(0, bulk, CHUNK):
        yield "bulk", list(work.events(min(CHUNK, bulk - start)))
    yield "history", list(work.long_history(LONG_HISTORY, HISTORY))
    yield "single", list(work.events(SINGLES))
