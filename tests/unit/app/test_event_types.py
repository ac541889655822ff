"""Event types declared by the app config, through the application services: offered on the
records they apply to, stored, kept through a rebuild and the registry as of a moment; an
imported event of a type this laptop does not know is kept and flagged, then applied once a
config that declares it arrives."""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from datacollect_desktop.app.bundles import export_bundle, import_bundle
from datacollect_desktop.app.entry import EntryFlow
from datacollect_desktop.app.gate import ProfileGate
from datacollect_desktop.app.history import AsOfService
from datacollect_desktop.app.registration import FormRejected
from datacollect_desktop.app.timeline import TimelineService
from datacollect_desktop.app.workspace import Workspace
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.declared_types import VISIT, declared_config

BUNDLE_PASS = "bundle passphrase for tests"


def use_config(workspace: Workspace, path: Path, doc: dict[str, Any]) -> None:
    """Load `doc` from a file as the person would in Settings."""
    path.write_text(json.dumps(doc), encoding="utf-8")
    workspace.save_settings(replace(workspace.settings, config_source="file",
                                    config_path=str(path)))


def ticking(workspace: Workspace) -> None:
    """Events a second apart, so each has a moment of its own."""
    seconds = itertools.count(1)
    workspace.events.clock = lambda: f"2025-03-01T08:00:{next(seconds):02d}.000Z"


@pytest.fixture
def open_workspace(tmp_path: Path) -> Iterator[Callable[[str], Workspace]]:
    made: list[Workspace] = []

    def make(name: str) -> Workspace:
        opened, _ = ProfileGate(tmp_path / name, FAST_KDF).create(name, PASSPHRASE, PASSPHRASE)
        made.append(opened)
        ticking(opened)
        return opened

    yield make
    for workspace in made:
        workspace.close()


def household(workspace: Workspace) -> str:
    flow = EntryFlow(workspace)
    return flow.save(flow.start("household"), {"name": "Diallo household"}).entity_guid


def assign(workspace: Workspace, guid: str, worker: str = "cw-7") -> None:
    declared = workspace.config.event_type("assign-case-worker")
    entity = workspace.session.queries.entity(guid)
    assert declared is not None and entity is not None
    workspace.registrar.record_event(workspace.config, declared, entity,
                                     {"caseWorkerId": worker}, correlation_id="c-1")


def test_a_declared_type_is_saved_and_survives_rebuild_and_the_past(
        open_workspace: Callable[[str], Workspace], tmp_path: Path) -> None:
    workspace = open_workspace("ana")
    use_config(workspace, tmp_path / "config.json", declared_config())
    types = workspace.event_types
    assert [d.type for d in types.declared_for("household")] == ["assign-case-worker",
                                                                 "record-visit"]
    assert types.declared_for("individual") == []
    guid = household(workspace)
    assign(workspace, guid)
    visit = workspace.config.event_type("record-visit")
    entity = workspace.session.queries.entity(guid)
    assert visit is not None and entity is not None
    with pytest.raises(FormRejected):
        workspace.registrar.record_event(workspace.config, visit, entity, {},
                                         correlation_id="c-2")
    workspace.registrar.record_event(workspace.config, visit, entity, {"outcome": "home"},
                                     correlation_id="c-2")
    now = workspace.session.queries.entity(guid)
    assert now is not None
    assert now.data["caseWorker"] == "cw-7" and now.data["visits"] == [{"outcome": "home"}]
    assert now.data["assignmentDate"] == "2025-03-01T08:00:02.000Z"

    assert workspace.session.store.rebuild() == 3
    assert workspace.session.queries.entity(guid) == now
    assert not [row for row in workspace.browse.attention()]
    past = AsOfService(workspace.session)
    then = past.entity(guid, "2025-03-01T08:00:02.000Z")
    assert then is not None and then.data["caseWorker"] == "cw-7" and "visits" not in then.data
    before = past.entity(guid, "2025-03-01T08:00:01.000Z")
    assert before is not None and "caseWorker" not in before.data
    assert past.entity(guid, "2025-03-01T08:00:03.000Z") == now
    timeline = TimelineService(workspace.session).timeline(guid, workspace.config)
    assert timeline is not None
    assert [step.changed for step in timeline.steps][1:] == [
        {"caseWorker", "assignmentDate", "assignedBy"}, {"visits"}]
    assert timeline.steps[-1].state == now


def test_an_imported_event_of_an_unknown_type_waits_for_its_config(
        open_workspace: Callable[[str], Workspace], tmp_path: Path) -> None:
    ana, bo = open_workspace("ana"), open_workspace("bo")
    use_config(ana, tmp_path / "config.json", declared_config())
    guid = household(ana)
    assign(ana, guid)
    bundle = tmp_path / "ana.dcbundle"
    export_bundle(ana.session, bundle, BUNDLE_PASS)

    summary = import_bundle(bo.session, bundle, BUNDLE_PASS)
    assert (summary["imported"], summary["rejected"]) == (2, 0)
    assert bo.session.integrity.head() == ana.session.integrity.head()  # the same log
    (kept,) = [e for e in bo.session.queries.events() if e.event.type == "assign-case-worker"]
    assert not kept.applied
    waiting = bo.session.queries.entity(guid)
    assert waiting is not None and "caseWorker" not in waiting.data
    (row,) = bo.browse.attention()
    assert row.type == "assign-case-worker"
    assert "made with a newer or other app config" in str(bo.browse.flag_words(row.flag))

    use_config(bo, tmp_path / "config.json", declared_config())
    applied = bo.session.queries.entity(guid)
    assert applied == ana.session.queries.entity(guid)
    assert applied is not None and applied.data["caseWorker"] == "cw-7"
    assert bo.browse.attention() == []
    assert bo.session.integrity.head() == ana.session.integrity.head()


def test_a_config_without_the_type_unapplies_its_events_and_the_next_brings_them_back(
        open_workspace: Callable[[str], Workspace], tmp_path: Path) -> None:
    workspace = open_workspace("ana")
    use_config(workspace, tmp_path / "declared.json", declared_config())
    guid = household(workspace)
    assign(workspace, guid)
    assigned = workspace.session.queries.entity(guid)
    use_config(workspace, tmp_path / "bundled.json", {**declared_config(VISIT),
                                                      "version": "3.0.0"})
    without = workspace.session.queries.entity(guid)
    assert without is not None and "caseWorker" not in without.data
    assert workspace.session.queries.waiting_types() == {"assign-case-worker"}
    use_config(workspace, tmp_path / "declared.json", declared_config())
    assert workspace.session.queries.entity(guid) == assigned
    assert workspace.session.queries.waiting_types() == set()
