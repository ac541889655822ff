"""People behind user ids: who an event's `userId` is, under one name on every screen.

An event's `userId` is a stable id of the person: the sync account's id once this profile
signed in, else this profile's local person id (linked to the account at the first sign-in).
Names come from the directory (the server's account names, this worker's own name), never
from the id itself; ids nobody knows are shown as they are.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from datacollect_desktop.app.settings import Settings, SettingsService
from datacollect_desktop.storage.directory import SERVER, DirectoryTable
from datacollect_desktop.storage.profile import Session

_ADOPTED_KEY = "directory_adopted"


@dataclass(frozen=True, slots=True)
class Person:
    """One person: the id screens group by, the name they show and every id of theirs."""

    id: str
    name: str
    user_ids: tuple[str, ...]


@dataclass(frozen=True)
class People:
    """A snapshot of the directory, for naming many entries at once."""

    persons: dict[str, str]  # user id -> person id
    names: dict[str, str]  # person id -> display name
    members: dict[str, tuple[str, ...]]  # person id -> its user ids

    def person_id(self, user_id: str) -> str:
        return self.persons.get(user_id, user_id)

    def name(self, user_id: str) -> str:
        """The display name of whoever `user_id` is (the id itself when nobody knows it)."""
        person = self.person_id(user_id)
        return self.names.get(person, person)

    def person(self, user_id: str) -> Person:
        person = self.person_id(user_id)
        return Person(person, self.names.get(person, person),
                      self.members.get(person, (person,)))


class PeopleService:
    """Resolves user ids to people for the window and the commands; asks the profile each
    time, so names pulled by a sync or typed in the settings show at once."""

    def __init__(self, session: Session, settings: Callable[[], Settings] | None = None
                 ) -> None:
        self.session = session
        self.table = DirectoryTable(session.db)
        self._settings = settings or SettingsService(session).load

    def own_user_id(self) -> str:
        """The `userId` this profile's new events carry."""
        settings = self._settings()
        if settings.sync_configured:
            account = self.table.account_id(settings.account)
            if account is not None:
                return account
        return self.table.local_person_id()

    def own_person_id(self) -> str:
        return self.snapshot().person_id(self.own_user_id())

    def adopt_own_events(self, device_id: str) -> None:
        """Once per profile: events this device made under older ids (a display name, an
        email) belong to this profile's person; they are shown under it, never rewritten."""
        if self.session.meta(_ADOPTED_KEY):
            return
        local = self.table.local_person_id()
        self.table.link_local(self.table.own_device_user_ids(device_id), local)
        self.session.set_meta(_ADOPTED_KEY, "1")

    def snapshot(self) -> People:
        rows = self.table.rows()
        persons = {row.user_id: row.person_id for row in rows}
        names = {row.person_id: row.name for row in rows
                 if row.name and row.source == SERVER and row.user_id == row.person_id}
        own_name = self._settings().user_name.strip()
        local = self.table.local_person_id()
        own = persons.get(local, local)
        persons.setdefault(local, own)
        if own_name and own not in names:
            names[own] = own_name
        members: dict[str, list[str]] = {}
        for user_id, person in persons.items():
            members.setdefault(person, []).append(user_id)
        for person, ids in members.items():
            if person not in ids:
                ids.append(person)
        return People(persons, names, {p: tuple(sorted(ids)) for p, ids in members.items()})

    def name(self, user_id: str) -> str:
        return self.snapshot().name(user_id)

    def person(self, user_id: str) -> Person:
        return self.snapshot().person(user_id)
