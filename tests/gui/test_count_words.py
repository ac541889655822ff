"""The counts above the records list and the audit history read as English: "1 record" and
"1 entry", not "1 records" and "1 entries"."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from datacollect_desktop.ui.main_window import MainWindow


def test_one_record_and_one_entry_are_counted_in_the_singular(qtbot: QtBot,
                                                              window: MainWindow) -> None:
    view = window.view
    assert view is not None
    page = view.register
    page.show_entry(page.flow.start("household"))
    assert page.form_view is not None
    page.form_view.set_values({"name": "Banda household"})
    page.save()
    view.show_page("records")
    qtbot.waitUntil(lambda: view.records.count.text() == "1 record")
    view.show_page("audit")
    audit = view.supervision.audit
    audit.refresh()
    qtbot.waitUntil(lambda: audit.count.text() == "1 entry")
