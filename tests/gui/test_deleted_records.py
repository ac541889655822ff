"""Deleted records: no Delete button that would do nothing, and a search that finds only
deleted records says so instead of "Nothing matches"."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from datacollect_desktop.ui.main_window import MainWindow
from tests.factories import wire
from tests.gui.conftest import workspace_of
from tests.gui.test_records_and_detail import answer_delete, register_household, view_of


def test_a_deleted_record_offers_no_delete_button(qtbot: QtBot, window: MainWindow) -> None:
    guid = register_household(window)
    view = view_of(window)
    view.open_record(guid)
    detail = view.detail
    assert detail.delete_button.isVisibleTo(detail) and detail.delete_button.isEnabled()
    detail.delete_button.click()
    answer_delete(qtbot, window, "Delete", reason="registered twice")
    assert not detail.delete_button.isVisibleTo(detail)
    assert not detail.delete_button.isEnabled()
    assert detail.confirm_delete() is None  # nor does the Delete key ask


def test_a_search_that_matches_only_deleted_records_says_so(
        qtbot: QtBot, window: MainWindow) -> None:
    person = {"entityName": "individual", "familyName": "Pérez"}
    workspace_of(window).session.store.submit([
        wire("p1", "create-individual", {**person, "givenName": "Lucía"}),
        wire("p2", "create-individual", {**person, "givenName": "Ana"}),
        wire("p3", "create-individual", {"entityName": "individual", "givenName": "Rosa",
                                         "familyName": "Okafor"}),
        wire("p1", "delete-entity", {"reason": "registered twice"}),
        wire("p2", "delete-entity", {"reason": "registered twice"}),
        wire("p3", "delete-entity", {"reason": "moved away"})])
    view = view_of(window)
    view.show_page("records")
    records = view.records
    empty = records.empty

    def shown(text: str) -> None:
        records.search.setText(text)
        records.apply_filter()
        qtbot.waitUntil(lambda: records.model.total == 0 and empty.isVisible()
                        and records.deleted_matches[0] == records.model.spec)

    shown("pérez")
    assert empty.text() == ("No living record matches; 2 deleted records do — find them in "
                            "the Audit history.")
    shown("okafor")
    assert empty.text() == ("No living record matches; 1 deleted record does — find it in "
                            "the Audit history.")
    shown("nobody")
    assert empty.text().startswith("Nothing matches.")


def red_pixels(button: QPushButton) -> int:
    image = button.grab().toImage()
    return sum(1 for x in range(image.width()) for y in range(image.height())
               if (color := image.pixelColor(x, y)).red() > 150 and color.green() < 90
               and color.blue() < 90)


def test_a_disabled_danger_button_looks_disabled(qtbot: QtBot, window: MainWindow) -> None:
    button = QPushButton("Delete…", window)
    button.setObjectName("danger")
    button.resize(button.sizeHint())
    assert red_pixels(button) > 0  # enabled: red text
    button.setEnabled(False)
    assert red_pixels(button) == 0  # disabled: grey, as every disabled button
