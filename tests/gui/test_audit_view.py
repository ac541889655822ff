"""Audit history: filters by user and date give exactly the matching entries, the export
reads back as the view, and the chart counts the same events."""

from __future__ import annotations

import csv
import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from datacollect_desktop.app.audit import CSV_COLUMNS, AuditEntry
from datacollect_desktop.app.clock import parse_stamp, utc_stamp
from datacollect_desktop.ui.audit_page import AuditPage
from datacollect_desktop.ui.main_window import MainWindow
from tests.factories import wire
from tests.gui.conftest import Keys, workspace_of

USERS = ("amina", "kofi", "lucia")


def moment(n: int) -> str:
    """Seven hours apart from 2024-05-01: about four events a day, over two weeks."""
    return utc_stamp(datetime(2024, 5, 1, 6, tzinfo=UTC) + timedelta(hours=7 * n))


def fill(window: MainWindow) -> None:
    events = []
    for n in range(48):
        user = USERS[n % 3]
        if n % 4 == 0:
            events.append(wire(f"h{n}", "create-group", {
                "name": f"Family {n} household", "entityName": "household",
                "members": [{"guid": f"m{n}", "givenName": "Ana", "familyName": f"F{n}",
                             "entityName": "individual"}]}, user=user, timestamp=moment(n)))
        else:
            events.append(wire(f"h{n - n % 4}", "update-group", {"monthlyIncome": n},
                               user=user, timestamp=moment(n)))
    results = workspace_of(window).session.store.submit(events)
    assert all(r.status == "applied" and not r.flag for r in results)


def audit_page(window: MainWindow, keys: Keys, qtbot: QtBot) -> AuditPage:
    assert window.view is not None
    window.view.nav.setFocus()
    keys(Qt.Key.Key_5, ctrl=True)
    page = window.view.supervision.audit
    assert window.view.current_page() == "audit"
    qtbot.waitUntil(lambda: page.filters.user.count() == 1 + len(USERS))
    return page


def all_rows(qtbot: QtBot, page: AuditPage) -> list[AuditEntry]:
    """Scroll the lazy model to its end."""
    model = page.model
    qtbot.waitUntil(lambda: not model.loading)
    while model.more:
        page.view.scrollToBottom()
        model.fetchMore(page.view.rootIndex())
        qtbot.waitUntil(lambda: not model.loading)
    return list(model.entries)


def local_day(stamp: str) -> date:
    return parse_stamp(stamp).astimezone().date()


def test_filtering_by_user_and_date_shows_exactly_the_matching_entries(
        qtbot: QtBot, window: MainWindow, keys: Keys) -> None:
    fill(window)
    page = audit_page(window, keys, qtbot)
    first, last = date(2024, 5, 4), date(2024, 5, 9)
    page.filters.user.setCurrentIndex(page.filters.user.findData("kofi"))
    page.filters.use_from.setChecked(True)
    page.filters.date_from.setDate(QDate(first.year, first.month, first.day))
    page.filters.use_to.setChecked(True)
    page.filters.date_to.setDate(QDate(last.year, last.month, last.day))
    qtbot.waitUntil(lambda: page.model.spec.user == "kofi" and page.model.spec.until is not None)
    shown = all_rows(qtbot, page)

    expected = [row for row in workspace_of(window).session.queries.audit()
                if row["userId"] == "kofi" and first <= local_day(row["timestamp"]) <= last]
    assert expected, "the filter should match some entries"
    assert sorted((e.seq, e.entity_guid) for e in shown) == sorted(
        (r["seq"], r["entityGuid"]) for r in expected)
    assert [e.key for e in shown] == sorted((e.key for e in shown), reverse=True)
    qtbot.waitUntil(lambda: page.model.total == len(expected))
    assert page.count.text() == f"{len(expected)} entries"
    qtbot.waitUntil(lambda: page.chart.activity.total == len({r["seq"] for r in expected}))
    assert page.chart.activity.users == ["kofi"]


def test_the_csv_export_round_trips_the_filtered_view(
        qtbot: QtBot, window: MainWindow, keys: Keys, tmp_path: Path) -> None:
    fill(window)
    page = audit_page(window, keys, qtbot)
    page.filters.action.setCurrentIndex(page.filters.action.findData("update-group"))
    qtbot.waitUntil(lambda: page.model.spec.action == "update-group")
    shown = all_rows(qtbot, page)
    assert len(shown) == 36

    page.filters.export_button.click()
    dialog = page.findChild(QFileDialog, "auditExportDialog")
    assert isinstance(dialog, QFileDialog)
    target = tmp_path / "audit.csv"
    dialog.selectFile(str(target))
    dialog.accept()
    qtbot.waitUntil(lambda: page.export_status.text().startswith("36 entries exported"))

    with target.open(encoding="utf-8", newline="") as source:
        rows = list(csv.DictReader(source))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert [(r["timestamp"], r["userId"], r["action"], r["entityGuid"], r["entityName"],
             r["form"], int(r["seq"]), r["eventGuid"], json.loads(r["changes"]),
             r["flag"] or None) for r in rows] == [
        (e.timestamp, e.user_id, e.action, e.entity_guid, e.entity_name or "", e.form or "",
         e.seq, e.event_guid, e.changes, e.flag) for e in shown]


def test_an_entry_shows_its_field_diff_and_leads_to_its_record_and_timeline(
        qtbot: QtBot, window: MainWindow, keys: Keys) -> None:
    fill(window)
    page = audit_page(window, keys, qtbot)
    page.filters.search.setFocus()
    keys("family 8")
    qtbot.waitUntil(lambda: page.model.spec.text == "family 8" and not page.model.loading)
    assert {e.entity_guid for e in page.model.entries} == {"h8"}
    page.view.setFocus()
    page.view.selectRow(0)
    entry = page.selected_entry()
    assert entry is not None and entry.action == "update-group"
    assert [page.diff.item(0, c).text() for c in range(3)] == [
        "Monthly income", str(entry.changes[0]["before"]), str(entry.changes[0]["after"])]
    assert window.view is not None
    page.timeline_button.click()
    assert window.view.current_page() == "timeline"
    qtbot.waitUntil(lambda: window.view.supervision.timeline.timeline is not None)
    keys(Qt.Key.Key_Escape)
    assert window.view.current_page() == "audit"
    keys(Qt.Key.Key_Return)  # from the search field to the entries
    assert page.view.hasFocus()
    with qtbot.waitSignal(page.open_requested) as opened:
        keys(Qt.Key.Key_Return)
    assert opened.args == ["h8"]
    assert window.view.current_page() == "detail"


def test_new_events_appear_when_the_screen_is_shown_again(
        qtbot: QtBot, window: MainWindow, keys: Keys) -> None:
    fill(window)
    page = audit_page(window, keys, qtbot)
    qtbot.waitUntil(lambda: page.model.total == 60)
    assert window.view is not None
    window.view.show_page("records")
    workspace_of(window).session.store.submit([wire("h0", "update-group", {"monthlyIncome": 1},
                                                    user="zoe", timestamp=moment(60))])
    window.view.show_page("audit")
    qtbot.waitUntil(lambda: page.model.total == 61)
    assert page.model.entries[0].user_id == "zoe"
    assert page.filters.user.findData("zoe") > 0
