"""The field day: the campaign's server on SQLite and on PostgreSQL, three laptops, and the
journey run once per server; the tests then look at what each laptop shows."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TypeVar

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from datacollect_desktop.domain.events import Event
from datacollect_desktop.ui.style import apply_style
from tests.fieldday.campaign import AMINA, BARAKA, SARA, Account, start_campaign_server
from tests.fieldday.journey import Device, Person, moment
from tests.integration.server.conftest import postgres_cluster
from tests.integration.server.pg import PostgresCluster
from tests.integration.server.support import ServerHandle

__all__ = ["postgres_cluster"]

BACKENDS = ("sqlite", "postgresql")
T = TypeVar("T")


@dataclass
class FieldDay:
    """What happened: the laptops, the moments noted between steps, the records made."""

    server: ServerHandle
    amina: Device
    baraka: Device
    sara: Device
    moments: dict[str, str] = field(default_factory=dict)
    guids: dict[str, str] = field(default_factory=dict)
    edits: dict[str, Event] = field(default_factory=dict)
    #: Steps of the journey that could not be done as a field worker does them.
    stumbles: list[str] = field(default_factory=list)

    def step(self, what: str, action: Callable[[], T]) -> T | None:
        """Do one step; a step that fails is noted and the day goes on, so that every
        screen is still looked at (and each test says what it finds)."""
        try:
            return action()
        except AssertionError as exc:
            self.stumbles.append(f"{what}: {str(exc).splitlines()[0] if str(exc) else exc!r}")
            return None

    @property
    def devices(self) -> tuple[Device, Device, Device]:
        return (self.amina, self.baraka, self.sara)


@pytest.fixture(scope="module", params=BACKENDS)
def campaign_server(request: pytest.FixtureRequest,
                    tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerHandle]:
    """The project's server with the bundled household-registration config, per backend."""
    data_dir = tmp_path_factory.mktemp(f"server-{request.param}") / "data"
    database = None
    cluster: PostgresCluster | None = None
    if request.param == "postgresql":
        cluster = request.getfixturevalue("postgres_cluster")
        database = cluster.create_database()
    handle = start_campaign_server(data_dir, database)
    yield handle
    handle.stop()
    if cluster is not None and database is not None:
        cluster.drop_database(database)


@pytest.fixture(scope="module")
def field_day(request: pytest.FixtureRequest, qapp: QApplication,
              campaign_server: ServerHandle,
              tmp_path_factory: pytest.TempPathFactory) -> Iterator[FieldDay]:
    """The journey, once per server: see the steps below, in the order they happen."""
    apply_style(qapp)
    qtbot = QtBot(request)
    root = tmp_path_factory.mktemp("laptops")
    made: list[Device] = []

    def laptop(account: Account) -> Device:
        device = Device(qtbot, account, root / account.email)
        made.append(device)
        device.open()
        return device

    try:
        day = FieldDay(campaign_server, laptop(AMINA), laptop(BARAKA), laptop(SARA))
        walk(day, qtbot)
        yield day
    finally:
        for device in made:
            device.close()


def walk(day: FieldDay, qtbot: QtBot) -> None:
    amina, baraka, sara, url = day.amina, day.baraka, day.sara, day.server.base_url
    step, guids = day.step, day.guids
    day.moments["start"] = moment(qtbot)

    # Amina registers a household before she has signed in (as on the first morning).
    made = step("Amina registers the Achieng household", lambda: amina.register_household(
        "Achieng household", "120", [
            Person("Halima", "Achieng", "1985-02-11"),
            Person("Otieno", "Achieng", "2012-06-01", male=True, relationship=3),
            Person("Zawadi", "Achieng", "2016-09-09", relationship=3)]))
    assert made is not None, day.stumbles
    household, (halima, otieno, zawadi) = made
    guids.update(achieng=household, halima=halima, otieno=otieno, zawadi=zawadi)
    for device in (amina, baraka, sara):
        step(f"{device.account.name} signs in", lambda device=device: device.sign_in(url))
        step(f"{device.account.name} syncs", device.sync)
    day.moments["before offline"] = moment(qtbot)

    # Baraka works out of reach of the network: a household of his own, and a correction
    # to one of Amina's members.
    more = step("Baraka registers the Mwangi household", lambda: baraka.register_household(
        "Mwangi household", "80", [
            Person("Wanjiru", "Mwangi", "1979-03-03"),
            Person("Kamau", "Mwangi", "1975-12-12", male=True, relationship=2)]))
    if more is not None:
        mwangi, (wanjiru, kamau) = more
        guids.update(mwangi=mwangi, wanjiru=wanjiru, kamau=kamau)
    edit(day, "baraka", baraka, lambda: baraka.edit_field(otieno, "familyName", "Odhiambo"))
    day.moments["offline edits"] = moment(qtbot)

    # Meanwhile Amina, online, corrects the same field, and removes a member who moved away.
    edit(day, "amina", amina, lambda: amina.edit_field(otieno, "familyName", "Onyango"))
    edit(day, "delete", amina, lambda: amina.delete_record(zawadi))
    for device in (amina, sara):
        step(f"{device.account.name} syncs", device.sync)
    day.moments["online edits"] = moment(qtbot)

    # Baraka is back: his older edits reach the server after Amina's newer ones; then the
    # laptops sync in another order until each holds everything.
    for device in (baraka, sara, amina, baraka, sara, amina):
        step(f"{device.account.name} syncs", device.sync)
    day.moments["end"] = moment(qtbot)


def edit(day: FieldDay, name: str, device: Device, action: Callable[[], Event]) -> None:
    done = day.step(f"{device.account.name}: edit {name!r}", action)
    if isinstance(done, Event):
        day.edits[name] = done
