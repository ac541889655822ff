"""Event types the app config declares, in the window: a button per type on the records of the
forms it applies to, its form in a dialog, and Save storing the event on the record."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from datacollect_desktop.app.entry import EntryFlow
from datacollect_desktop.app.gate import ProfileGate
from datacollect_desktop.ui.detail_page import DetailPage
from datacollect_desktop.ui.event_type_dialog import EventTypeDialog
from datacollect_desktop.ui.main_window import MainWindow
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.declared_types import declared_config, installed_distribution
from tests.gui.conftest import Keys, open_window, unlock, workspace_of


@pytest.fixture
def household_profile(created_profile: Path) -> Iterator[tuple[Path, str, str]]:
    """A profile whose stored config declares event types, with a household and a member."""
    workspace = ProfileGate(created_profile, FAST_KDF).unlock(PASSPHRASE)
    try:
        workspace.settings_store.store_config(declared_config())
        workspace.config = workspace.configs.current()
        workspace.event_types.use(workspace.config)
        flow = EntryFlow(workspace)
        saved = flow.save(flow.start("household"), {"name": "Kamau household"})
        flow.save(saved.next, {"givenName": "Grace", "familyName": "Kamau"})
        household = workspace.session.queries.entity(saved.entity_guid)
        assert household is not None
        yield created_profile, saved.entity_guid, household.member_ids[0]
    finally:
        workspace.close()


def buttons(detail: DetailPage) -> dict[str, QPushButton]:
    return {b.objectName(): b for b in detail.event_type_buttons}


def test_the_record_offers_its_declared_types_and_saving_the_form_stores_the_event(
        qtbot: QtBot, household_profile: tuple[Path, str, str], keys: Keys) -> None:
    directory, guid, member = household_profile
    window = open_window(qtbot, directory)
    unlock(qtbot, window)
    assert window.view is not None
    detail = window.view.detail
    window.view.open_record(member)
    assert buttons(detail) == {}  # the types apply to households only
    window.view.open_record(guid)
    events_before = len(list(workspace_of(window).session.queries.events(guid)))
    history_before = detail.history.rowCount()
    offered = buttons(detail)
    assert sorted(offered) == ["eventType:assign-case-worker", "eventType:record-visit"]
    assert offered["eventType:assign-case-worker"].text() == "Assign a case worker"

    qtbot.mouseClick(offered["eventType:assign-case-worker"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(detail.event_dialog, EventTypeDialog)
                    and detail.event_dialog.isVisible())
    dialog = detail.event_dialog
    assert dialog is not None
    dialog.save()  # the case worker is required: nothing saved
    assert dialog.isVisible() and dialog.problem.isVisible()
    assert len(list(workspace_of(window).session.queries.events(guid))) == events_before
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.view.focus_field("caseWorkerId")
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))
    keys("cw-42")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    record = workspace_of(window).session.queries.entity(guid)
    assert record is not None and record.data["caseWorker"] == "cw-42"
    assert detail.history.rowCount() == history_before + 1
    assert "Assign a case worker was saved." in window.statusBar().currentMessage()


def test_a_plug_in_that_fails_to_load_is_told_when_the_profile_opens(
        qtbot: QtBot, created_profile: Path, tmp_path: Path) -> None:
    with installed_distribution(tmp_path / "site"):
        window: MainWindow = open_window(qtbot, created_profile)
        unlock(qtbot, window)
        notice = window.plugin_notice
        assert isinstance(notice, QMessageBox) and notice.isVisible()
        assert "could not be loaded" in notice.text()
        assert "RuntimeError: the licence server is down" in notice.text()
        assert workspace_of(window).session.registry.knows("verify-identity")
        notice.accept()
