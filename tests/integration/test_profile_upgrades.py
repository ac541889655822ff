"""Profiles of every historical schema version open in today's app with their data whole;
a profile of a newer app is refused, untouched, in plain words (app and command line)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from datacollect_desktop.app.browse import ListFilter
from datacollect_desktop.app.drafts import DraftKeeper
from datacollect_desktop.app.entry import EntryFlow
from datacollect_desktop.app.gate import ProfileGate
from datacollect_desktop.app.workspace import Workspace
from datacollect_desktop.domain.errors import KnownError
from datacollect_desktop.storage.database import CipherDatabase
from datacollect_desktop.storage.drafts import DraftRecord
from datacollect_desktop.storage.schema import PROJECTION_TABLES, SCHEMA_VERSION
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.factories import wire
from tests.profile_versions import (
    build_profile,
    historical_steps,
    schema_of,
    schema_version,
    set_schema_version,
    versions,
)
from tests.unit.storage.test_list_counts import assert_counts_are_exact

NEWER = SCHEMA_VERSION + 1
REFUSAL = (f"This profile was written by a newer version of DataCollect Desktop (schema "
           f"{NEWER}, this app knows {SCHEMA_VERSION}). Update the app to open it.")


@dataclass(frozen=True)
class Written:
    """What a profile written by today's app holds."""

    directory: Path
    entities: list[Any]
    rows: dict[str, list[tuple[Any, ...]]]
    head: tuple[int, bytes]
    drafts: list[DraftRecord]


def register(workspace: Workspace, household: str, *people: tuple[str, str]) -> str:
    flow = EntryFlow(workspace)
    saved = flow.save(flow.start(), {"name": household, "address": "Kíbera, Market Road"})
    entry = saved.next
    for given, family in people:
        entry = flow.save(entry, {"givenName": given, "familyName": family}).next
    return saved.entity_guid


def projection_rows(db: CipherDatabase) -> dict[str, list[tuple[Any, ...]]]:
    found: dict[str, list[tuple[Any, ...]]] = {}
    for table in PROJECTION_TABLES:
        rows = db.execute_sql(f"SELECT * FROM {table}").fetchall()
        found[table] = sorted((tuple(row) for row in rows), key=repr)
    return found


def read(workspace: Workspace) -> tuple[list[Any], dict[str, list[tuple[Any, ...]]],
                                        tuple[int, bytes], list[DraftRecord]]:
    session = workspace.session
    return (session.queries.entities(), projection_rows(session.db), session.integrity.head(),
            workspace.drafts.all())


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Written]:
    """Two households with members, an edit, a draft in progress and settings."""
    directory = tmp_path_factory.mktemp("today") / "profile"
    workspace, _ = ProfileGate(directory, FAST_KDF).create("Awa Diallo", PASSPHRASE, PASSPHRASE)
    try:
        register(workspace, "Diallo household", ("Awa", "Diallo"), ("Moussa", "Diallo"))
        mensah = register(workspace, "Mensah household", ("Kofi", "Mensah"))
        workspace.session.store.submit(
            [wire(mensah, "update-group", {"name": "Mensah family"})])
        draft = DraftKeeper(workspace.drafts, "household", "corr-draft")
        draft.changed({"name": "Half-typed household", "monthlyIncome": 40})
        assert draft.flush()
        entities, rows, head, drafts = read(workspace)
    finally:
        workspace.close()
    assert len(entities) == 5 and head[0] >= 6 and len(drafts) == 1
    yield Written(directory, entities, rows, head, drafts)


def test_the_fixture_steps_are_the_app_s_own_migrations() -> None:
    """Migrations are appended, never edited: each version's historical step is today's."""
    from datacollect_desktop.storage.schema import MIGRATIONS

    assert versions() == list(range(1, SCHEMA_VERSION + 1))
    assert [list(step) for step in MIGRATIONS] == [historical_steps()[v] for v in versions()]


@pytest.mark.parametrize("version", versions())
def test_a_profile_of_every_version_is_upgraded_with_its_data_whole(
    version: int, written: Written, tmp_path: Path
) -> None:
    directory = tmp_path / f"v{version}"
    build_profile(version, written.directory, directory, PASSPHRASE)
    assert schema_version(directory, PASSPHRASE) == version

    workspace = ProfileGate(directory, FAST_KDF).unlock(PASSPHRASE)
    try:
        entities, rows, head, drafts = read(workspace)
        assert entities == written.entities
        assert rows == written.rows  # the audit's form, added at 4, is filled in
        assert head == written.head
        # Drafts came with version 2; a version 1 profile had none.
        assert drafts == (written.drafts if version >= 2 else [])
        found = workspace.browse.page(ListFilter("kofi"), 0, 10)
        assert [row.name for row in found] == ["Kofi Mensah"]  # the search index is whole
        assert_counts_are_exact(workspace.session)  # the list's counts are filled in
        report = workspace.session.integrity.verify(deep=True)
        assert report.ok, report.to_json()
        register(workspace, "Ouedraogo household", ("Issa", "Ouedraogo"))
        assert workspace.session.integrity.head()[0] > head[0]
        assert_searched_alike(workspace, version)
    finally:
        workspace.close()
    assert schema_version(directory, PASSPHRASE) == SCHEMA_VERSION


def search(workspace: Workspace, text: str) -> list[str | None]:
    return sorted(row.name for row in workspace.browse.page(ListFilter(text), 0, 10))


def assert_searched_alike(workspace: Workspace, version: int) -> None:
    """Records made before the upgrade and after it are found by their words alike, and an
    edit after the upgrade re-indexes a record indexed before it."""
    assert search(workspace, "ouedraogo") == ["Issa Ouedraogo", "Ouedraogo household"]
    assert search(workspace, "market") == ["Diallo household", "Mensah family",
                                           "Ouedraogo household"], version
    mensah = next(e.guid for e in workspace.session.queries.entities()
                  if e.name == "Mensah family")
    workspace.session.store.submit([wire(mensah, "update-group", {
        "name": "Mensah compound", "address": "Mathare"})])
    assert search(workspace, "market") == ["Diallo household", "Ouedraogo household"]
    assert search(workspace, "mensah") == ["Kofi Mensah", "Mensah compound"]
    assert search(workspace, "family") == []


def test_an_upgraded_profile_has_the_schema_of_a_new_one(written: Written, tmp_path: Path
                                                        ) -> None:
    directory = tmp_path / "v1"
    build_profile(1, written.directory, directory, PASSPHRASE)
    ProfileGate(directory, FAST_KDF).unlock(PASSPHRASE).close()
    assert schema_of(directory, PASSPHRASE) == schema_of(written.directory, PASSPHRASE)


@pytest.fixture
def newer(written: Written, tmp_path: Path) -> Path:
    """A profile a newer app wrote (schema one above this app's)."""
    directory = tmp_path / "newer"
    build_profile(SCHEMA_VERSION, written.directory, directory, PASSPHRASE)
    set_schema_version(directory, PASSPHRASE, NEWER)
    return directory


def test_opening_a_newer_profile_is_refused_in_plain_words_and_changes_nothing(
    newer: Path
) -> None:
    before = schema_of(newer, PASSPHRASE)
    with pytest.raises(KnownError) as refused:
        ProfileGate(newer, FAST_KDF).unlock(PASSPHRASE)
    assert str(refused.value) == REFUSAL
    assert schema_version(newer, PASSPHRASE) == NEWER
    assert schema_of(newer, PASSPHRASE) == before


def test_the_command_line_refuses_a_newer_profile_in_plain_words(newer: Path) -> None:
    env = {**os.environ, "DATACOLLECT_PASSPHRASE": PASSPHRASE}
    for command in (["entities"], ["verify"]):
        proc = subprocess.run(
            [sys.executable, "-m", "datacollect_desktop", "--data-dir", str(newer), *command],
            capture_output=True, text=True, env=env, timeout=120)
        assert proc.returncode == 2, (command, proc.stdout, proc.stderr)
        assert proc.stdout == ""
        assert json.loads(proc.stderr.strip().splitlines()[-1])["message"] == REFUSAL
        assert "Traceback" not in proc.stderr
    assert schema_version(newer, PASSPHRASE) == NEWER
