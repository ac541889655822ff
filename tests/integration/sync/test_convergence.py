"""Devices registering and editing overlapping households offline, syncing in random orders.

A Hypothesis state machine drives two, then five, devices against a real server. However the
edits and syncs interleave, once every device has synced twice more they all hold the same
events in the same server order, identical entities, and projections equal to their rebuild.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    rule,
    run_state_machine_as_test,
)

from tests.integration.server.support import ServerHandle
from tests.integration.sync.devices import Device, DeviceFactory, uid
from tests.unit.storage.test_store import table_dump

_clock = itertools.count(1)
NAMES = ["Ana Diaz", "Ana Dias", "Bo Chen", "Luz Mora", "Kofi Mensah"]
VILLAGES = ["Kibera", "Mathare", "Dandora"]


def event(entity: str, type_: str, data: dict[str, Any]) -> dict[str, Any]:
    tick = next(_clock)
    return {"guid": uid("e"), "entityGuid": entity, "type": type_, "data": data,
            "timestamp": f"2024-06-{1 + tick // 86400 % 28:02d}T{tick // 3600 % 24:02d}:"
                         f"{tick // 60 % 60:02d}:{tick % 60:02d}.000Z",
            "userId": "worker", "syncLevel": 0}


def machine(factory: DeviceFactory, count: int) -> type[RuleBasedStateMachine]:
    class Convergence(RuleBasedStateMachine):
        """Edits and syncs on `count` devices; convergence checked at the end."""

        def __init__(self) -> None:
            super().__init__()
            self.devices: list[Device] = [factory() for _ in range(count)]
            self.final_order: list[int] = list(range(count))
            self.submitted: list[set[str]] = [set() for _ in range(count)]

        @initialize(order=st.permutations(list(range(count))))
        def choose_final_order(self, order: list[int]) -> None:
            self.final_order = order

        def submit(self, n: int, doc: dict[str, Any]) -> None:
            self.devices[n].submit(doc)
            self.submitted[n].add(doc["guid"])

        def known(self, device: Device, kind: str) -> list[dict[str, Any]]:
            return [doc for doc in device.entities().values()
                    if doc["type"] == kind and not doc.get("deleted")]

        @rule(n=st.integers(0, count - 1), size=st.integers(1, 3),
              name=st.sampled_from(NAMES))
        def register_household(self, n: int, size: int, name: str) -> None:
            members = [{"guid": uid("p"), "name": name, "dateOfBirth": "1990-01-02"}
                       for _ in range(size)]
            self.submit(n, event(uid("h"), "create-group",
                                         {"name": f"{name} household", "members": members}))

        @rule(n=st.integers(0, count - 1), pick=st.integers(0, 50),
              field=st.sampled_from(["phone", "village", "name"]), value=st.integers(0, 3))
        def edit_person(self, n: int, pick: int, field: str, value: int) -> None:
            people = self.known(self.devices[n], "individual")
            if people:
                person = people[pick % len(people)]
                text = NAMES[value] if field == "name" else f"{field}-{value}"
                self.submit(n, event(person["guid"], "update-individual",
                                             {field: text}))

        @rule(n=st.integers(0, count - 1), pick=st.integers(0, 50), income=st.integers(0, 3))
        def edit_household(self, n: int, pick: int, income: int) -> None:
            groups = self.known(self.devices[n], "group")
            if groups:
                group = groups[pick % len(groups)]
                self.submit(n, event(group["guid"], "update-group",
                                             {"monthlyIncome": income * 100,
                                              "village": VILLAGES[income % 3]}))

        @rule(n=st.integers(0, count - 1), pick=st.integers(0, 50), remove=st.booleans())
        def change_members(self, n: int, pick: int, remove: bool) -> None:
            groups = self.known(self.devices[n], "group")
            if not groups:
                return
            group = groups[pick % len(groups)]
            if remove and group["memberIds"]:
                member = group["memberIds"][pick % len(group["memberIds"])]
                self.submit(n, event(group["guid"], "remove-member",
                                             {"memberId": member}))
            else:
                self.submit(n, event(group["guid"], "add-member", {"members": [
                    {"guid": uid("p"), "name": NAMES[pick % len(NAMES)]}]}))

        @rule(n=st.integers(0, count - 1))
        def sync(self, n: int) -> None:
            self.devices[n].sync()
            levels = self.devices[n].levels()
            assert {levels[guid] for guid in self.submitted[n]} <= {1}

        @invariant()
        def every_event_typed_stays_on_its_device(self) -> None:
            for device, mine in zip(self.devices, self.submitted, strict=True):
                assert mine <= set(device.levels())

        def teardown(self) -> None:
            try:
                for _ in range(2):
                    for n in self.final_order:
                        self.devices[n].sync()
                first = self.devices[0]
                for device in self.devices:
                    assert device.order() == first.order()
                    assert device.entities() == first.entities()
                    assert device.replica.pending_count() == 0
                    before = table_dump(device.session)
                    device.session.store.rebuild()
                    assert table_dump(device.session) == before
                    assert device.session.integrity.verify().ok
            finally:
                for device in self.devices:
                    device.session.close()
                factory.made.clear()

    return Convergence


def run_machine(server: ServerHandle, root: Path, count: int, examples: int,
                steps: int) -> None:
    factory = DeviceFactory(root, server.base_url)
    run_state_machine_as_test(machine(factory, count), settings=settings(
        max_examples=examples, stateful_step_count=steps, deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]))


Runner = Callable[[int, int, int], None]


@pytest.fixture
def run(server_process: ServerHandle, tmp_path: Path) -> Runner:
    return lambda count, examples, steps: run_machine(server_process, tmp_path, count,
                                                      examples, steps)


def test_two_devices_editing_overlapping_households_converge(run: Runner) -> None:
    run(2, 20, 30)


def test_five_devices_editing_overlapping_households_converge(run: Runner) -> None:
    run(5, 8, 40)


@pytest.mark.slow
@pytest.mark.timeout(1800)
def test_many_runs_of_five_devices_converge(run: Runner) -> None:
    run(5, 30, 60)
