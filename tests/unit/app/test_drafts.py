"""Drafts: written when changed, resumable after reopening, encrypted at rest."""

from __future__ import annotations

from pathlib import Path

import pytest

from datacollect_desktop.app.drafts import DraftKeeper
from datacollect_desktop.app.gate import ProfileGate
from datacollect_desktop.app.workspace import Workspace
from tests.conftest import PASSPHRASE


def keeper(workspace: Workspace) -> DraftKeeper:
    return DraftKeeper(workspace.drafts, "household", "corr-1")


def test_a_draft_is_written_only_when_something_changed(workspace: Workspace) -> None:
    draft = keeper(workspace)
    assert not draft.flush()  # nothing typed yet: no draft
    draft.changed({"name": "Mensah household"})
    assert draft.flush()
    assert not draft.flush()
    draft.changed({"name": "Mensah household"})
    assert not draft.flush()
    (stored,) = workspace.drafts.all()
    assert stored.data == {"name": "Mensah household"}
    assert stored.form == "household" and stored.correlation_id == "corr-1"


def test_a_draft_survives_closing_and_reopening_the_profile(
        workspace: Workspace, gate: ProfileGate) -> None:
    draft = keeper(workspace)
    draft.changed({"name": "Mensah household", "monthlyIncome": 40})
    draft.flush()
    workspace.close()
    reopened = gate.unlock(PASSPHRASE)
    try:
        (stored,) = reopened.drafts.all()
        resumed = DraftKeeper.resume(reopened.drafts, stored)
        assert resumed.data == {"name": "Mensah household", "monthlyIncome": 40}
        resumed.changed({"name": "Mensah household", "monthlyIncome": 45})
        resumed.flush()
        assert [d.data["monthlyIncome"] for d in reopened.drafts.all()] == [45]
    finally:
        reopened.close()


def test_finishing_a_form_removes_its_draft(workspace: Workspace) -> None:
    draft = keeper(workspace)
    draft.changed({"name": "Mensah household"})
    draft.flush()
    draft.finish()
    assert workspace.drafts.all() == []


@pytest.mark.reliability(scenario="Secrets")
def test_draft_text_is_not_readable_in_the_profile_files(
        workspace: Workspace, profile_dir: Path) -> None:
    draft = keeper(workspace)
    draft.changed({"name": "Zebulon Quartermaine household"})
    draft.flush()
    workspace.session.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    for path in profile_dir.iterdir():
        assert b"Quartermaine" not in path.read_bytes()
