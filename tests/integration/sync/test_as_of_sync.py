"""As of a moment after a real sync that places back-dated events late in canonical order.

Two field workers on the project's server loaded with the bundled household-registration
config. Worker A registers a household and syncs; worker B edits it (06:39) and syncs; A,
offline meanwhile, had added two members (06:21, 06:22) and corrected one (06:28), and syncs
last. The server's order is then create, B's edit, A's edits: time and canonical order
disagree. `entity --at`, `entities --at`, the Registry as of service and the timeline must
all equal a from-scratch replay of the events stamped by the moment, on both devices.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from datacollect_desktop.app.entry import EntryFlow
from datacollect_desktop.app.history import AsOfService, PastRow
from datacollect_desktop.app.timeline import TimelineService
from datacollect_desktop.app.workspace import Workspace
from datacollect_desktop.domain.canonical import canonical_json
from datacollect_desktop.domain.entities import Entity
from tests.as_of_reference import instant, living, replayed
from tests.conftest import PASSPHRASE
from tests.integration.server.support import REPO, WORKER_A, WORKER_B, run_cli
from tests.integration.sync.devices import Device, DeviceFactory
from tests.integration.test_cli import cli, out
from tests.unit.app.test_timeline import check_every_step

CONFIG = REPO / "datacollect_desktop" / "resources" / "configs" / "household-registration.json"
CONFIG_ID = "household-registration"
HOUSEHOLD = {"name": "Diallo household", "dwelling": "house", "monthlyIncome": 120}
MEMBER = {"givenName": "Awa", "familyName": "Diallo", "dateOfBirth": "1990-05-04",
          "sex": "female"}
MOMENTS = ["2026-03-02T06:10:00.000Z", "2026-03-02T06:25:00.000Z",  # before, mid-way
           "2026-03-02T06:30:00.000Z", "2026-03-02T06:45:00.000Z"]  # between, after


def server_data(directory: Path) -> Path:
    storage = ["--data-dir", str(directory)]
    for email in (WORKER_A, WORKER_B):
        run_cli("create-user", email, "--role", "field-worker", "--config-id", CONFIG_ID,
                *storage)
    config = directory.parent / "household-registration.json"
    config.write_bytes(canonical_json(json.loads(CONFIG.read_text(encoding="utf-8"))))
    run_cli("load-config", str(config), *storage)
    return directory


def at(workspace: Workspace, minute: int) -> None:
    """Let the workspace's own event factory stamp its next events 06:`minute`."""
    workspace.events.clock = lambda: f"2026-03-02T06:{minute:02d}:00.000Z"


def rows_of(entities: list[Entity]) -> list[PastRow]:
    # A household counts its members living then, as the records list does.
    alive = {e.guid for e in entities}
    return [PastRow(e.guid, e.type, e.name, e.data.get("entityName"), e.last_updated,
                    sum(m in alive for m in e.member_ids)) for e in entities]


def check_device(device: Device, profile: Path, household: str, members: list[str]) -> None:
    session = device.session
    service = AsOfService(session)
    for moment in MOMENTS:  # the Registry as of screen's rows
        assert service.registry(moment).rows == rows_of(living(replayed(session, moment)))
    for moment in MOMENTS:
        expected = replayed(session, moment)
        assert service.entities(moment) == living(expected)
        shown = out(cli(profile, "entities", "--at", moment, env={"DATACOLLECT_PASSPHRASE":
                                                                  PASSPHRASE}))
        assert shown == [e.to_doc() for e in living(expected)]
        for guid in (household, *members):
            then = expected.get(guid)
            assert service.entity(guid, moment) == then
            proc = cli(profile, "entity", guid, "--at", moment,
                       env={"DATACOLLECT_PASSPHRASE": PASSPHRASE})
            if then is None:
                assert proc.returncode == 2 and "No entity" in proc.stderr
            else:
                assert out(proc) == then.to_doc()
    # Between the offline edits and B's: the household already had its two members.
    past = service.registry(MOMENTS[2])
    (row,) = [r for r in past.rows if r.guid == household]
    assert row.member_count == 2
    detail = service.detail(household, MOMENTS[2], device_config(device))
    assert detail is not None and [g for g, _ in detail.members] == members
    assert all(name is not None for _, name in detail.members)
    # The timeline runs in time; the members A added offline are marked as entered late.
    timeline = TimelineService(session).timeline(household, device_config(device))
    assert timeline is not None
    check_every_step(session, timeline)
    stamps = [instant(s.timestamp) for s in timeline.steps]
    assert stamps == sorted(stamps)
    assert [(s.type, s.late) for s in timeline.steps] == [
        ("create-group", False), ("add-member", True), ("add-member", True),
        ("update-group", False)]
    assert {s.device for s in timeline.steps if s.late} == {A_DEVICE[0]}


A_DEVICE: list[str] = []


def device_config(device: Device) -> Any:
    return Workspace(device.session).config


def test_a_back_dated_edit_synced_late_counts_as_of_its_stamp_on_every_device(
        tmp_path: Path, start_server_with: Callable[..., Any]) -> None:
    server = start_server_with(data_dir=server_data(tmp_path / "server-data"), prepare=False)
    factory = DeviceFactory(tmp_path, server.base_url)
    try:
        a = factory(email=WORKER_A, config_id=CONFIG_ID)
        b = factory(email=WORKER_B, config_id=CONFIG_ID)
        first, second = Workspace(a.session), Workspace(b.session)
        A_DEVICE[:] = [first.device_id]
        flow = EntryFlow(first)
        at(first, 20)
        household = flow.save(flow.start(), HOUSEHOLD).entity_guid
        assert a.sync().rejected == 0
        # A goes offline and adds the members, then corrects one.
        at(first, 21)
        entry = flow.add_member(first.session.queries.entity(household))  # type: ignore[arg-type]
        saved = flow.save(entry, MEMBER)
        at(first, 22)
        flow.save(saved.next, {**MEMBER, "givenName": "Moussa", "sex": "male"})
        group = first.session.queries.entity(household)
        assert group is not None and len(group.member_ids) == 2
        members = list(group.member_ids)
        at(first, 28)
        awa = first.session.queries.entity(members[0])
        assert awa is not None
        flow.save(flow.edit(awa), {**MEMBER, "familyName": "Diallo-Sow"})
        # Meanwhile B pulls the household, edits it at 06:39 and syncs first.
        b.sync()
        other = EntryFlow(second)
        at(second, 39)
        shared = second.session.queries.entity(household)
        assert shared is not None
        other.save(other.edit(shared), {**HOUSEHOLD, "monthlyIncome": 300})
        assert b.sync().rejected == 0
        summary = a.sync()
        assert summary.rejected == 0, summary
        b.sync()
        assert a.order() == b.order()
        for device in (a, b):
            profile = device.session.directory
            check_device(device, profile, household, members)
    finally:
        factory.close()
