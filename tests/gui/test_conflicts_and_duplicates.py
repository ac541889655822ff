"""Conflicts side by side, settled by picking values (a new event; the flag disappears whichever
value is kept), and possible duplicates kept both or merged by keeping one."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QRadioButton
from pytestqt.qtbot import QtBot

from datacollect_desktop.storage.profile import Profile, Session
from datacollect_desktop.ui.conflict_page import ConflictPage
from datacollect_desktop.ui.duplicate_page import DuplicatePage
from datacollect_desktop.ui.main_window import MainWindow
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.factories import wire
from tests.gui.conftest import Keys, workspace_of
from tests.unit.sync.memory_log import MemoryLog, pull_some, sync_fully


def conflict(session: Session, tmp_path: Path) -> None:
    """Grace's relationship and sex changed here and on another laptop from the same base."""
    log = MemoryLog()
    other = Profile(tmp_path / "other").create(PASSPHRASE, FAST_KDF)[0]
    try:
        session.store.submit([wire("p1", "create-individual", {
            "entityName": "individual", "givenName": "Grace", "familyName": "Kamau",
            "relationship": "head", "sex": "female"})])
        sync_fully(session, log)
        sync_fully(other, log)
        session.store.submit([wire("p1", "update-individual", {
            "relationship": "spouse", "sex": "male"})])
        other.store.submit([wire("p1", "update-individual", {
            "relationship": "parent", "sex": "other"})])
        sync_fully(other, log)
        pull_some(session, log, 10, 10)
    finally:
        other.close()


def show(window: MainWindow, keys: Keys, number: int, name: str) -> object:
    assert window.view is not None
    window.view.nav.setFocus()
    keys(getattr(Qt.Key, f"Key_{number}"), ctrl=True)
    assert window.view.current_page() == name
    return window.view.supervision.pages[name]


@pytest.mark.parametrize("keep", ["this device", "the server", "one of each"])
def test_a_conflict_resolved_in_the_view_records_an_event_and_leaves_the_list(
        qtbot: QtBot, window: MainWindow, keys: Keys, tmp_path: Path, keep: str) -> None:
    session = workspace_of(window).session
    conflict(session, tmp_path)
    page = show(window, keys, 8, "conflicts")
    assert isinstance(page, ConflictPage)
    assert page.table.rowCount() == 2
    assert {tuple(page.table.item(r, c).text() for c in range(5)) for r in range(2)} == {
        ("Grace Kamau", "Relationship to head", "Head", "Spouse", "Parent"),
        ("Grace Kamau", "Sex", "Female", "Male", "Other / prefer not to say")}
    radios = {b.accessibleName(): b for b in page.panel.findChildren(QRadioButton)}
    assert set(radios) == {
        "Relationship to head: keep this device's value",
        "Relationship to head: keep the server's value",
        "Sex: keep this device's value", "Sex: keep the server's value"}
    assert radios["Sex: keep this device's value"].text() == "Male"
    assert radios["Sex: keep the server's value"].text() == "Other / prefer not to say"
    assert all(radios[f"{f}: keep this device's value"].isChecked()
               for f in ("Sex", "Relationship to head"))
    wanted = {"this device": ("spouse", "male"), "the server": ("parent", "other"),
              "one of each": ("spouse", "other")}[keep]
    if keep != "this device":
        radios["Sex: keep the server's value"].click()
    if keep == "the server":
        radios["Relationship to head: keep the server's value"].click()
    size = session.queries.size()
    page.resolve_button.setFocus()
    keys(Qt.Key.Key_Space)

    assert session.queries.size() == size + 1
    resolution = list(session.queries.events("p1"))[-1].event
    assert resolution.type == "update-individual"
    assert {r["field"] for r in (resolution.metadata or {})["resolves"]} == {"relationship",
                                                                             "sex"}
    person = session.queries.entity("p1")
    assert person is not None
    assert (person.data["relationship"], person.data["sex"]) == wanted
    assert page.table.rowCount() == 0
    assert workspace_of(window).browse.conflicts() == []
    assert window.view is not None
    window.view.show_page("attention")
    assert window.view.attention.conflicts.rowCount() == 0


def twins(window: MainWindow) -> None:
    person = {"entityName": "individual", "givenName": "Mariam", "familyName": "Ouedraogo",
              "dateOfBirth": "1987-04-12", "sex": "female"}
    workspace_of(window).session.store.submit([
        wire("t1", "create-individual", person),
        wire("t2", "create-individual", {**person, "givenName": "Mariame",
                                         "relationship": "head"})])


def test_keeping_both_settles_the_pair(qtbot: QtBot, window: MainWindow, keys: Keys) -> None:
    twins(window)
    page = show(window, keys, 9, "duplicates")
    assert isinstance(page, DuplicatePage)
    assert page.list.rowCount() == 1
    side = {page.side.item(r, 0).text(): (page.side.item(r, 1).text(),
                                          page.side.item(r, 2).text())
            for r in range(page.side.rowCount())}
    assert side["Given name"] == ("Mariam", "Mariame")
    assert side["Date of birth"] == ("1987-04-12", "1987-04-12")
    assert side["Relationship to head"] == ("", "Head")
    page.keep_both_button.click()
    assert page.list.rowCount() == 0
    queries = workspace_of(window).session.queries
    assert queries.duplicates() == []
    assert list(queries.events("t1"))[-1].event.type == "resolve-duplicate"
    assert not any(queries.entity(g).deleted for g in ("t1", "t2"))  # type: ignore[union-attr]


def test_keeping_one_deletes_the_other_after_asking(qtbot: QtBot, window: MainWindow,
                                                    keys: Keys) -> None:
    twins(window)
    page = show(window, keys, 9, "duplicates")
    assert isinstance(page, DuplicatePage)
    page.keep_second_button.click()
    box = page.findChild(QMessageBox, "confirmation")
    assert isinstance(box, QMessageBox)
    yes = next(b for b in box.buttons() if b.text() == "Delete the duplicate")
    yes.click()
    qtbot.waitUntil(lambda: page.list.rowCount() == 0)
    queries = workspace_of(window).session.queries
    first, second = queries.entity("t1"), queries.entity("t2")
    assert first is not None and first.deleted
    assert second is not None and not second.deleted
    assert queries.duplicates() == []
