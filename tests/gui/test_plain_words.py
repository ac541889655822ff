"""Words people read: plain names for what happened, never an event type, and real plurals."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from datacollect_desktop.app.audit import AuditService
from datacollect_desktop.app.entry import EntryFlow
from datacollect_desktop.app.workspace import Workspace
from datacollect_desktop.ui.audit_filters import AuditFilterBar
from datacollect_desktop.ui.audit_page import AuditPage
from datacollect_desktop.ui.audit_text import FieldLabels, action_text
from datacollect_desktop.ui.main_window import MainWindow
from tests.gui.conftest import Keys, workspace_of
from tests.gui.test_records_and_detail import register_household, view_of

RAW_TYPE = re.compile(r"\b[a-z]+-[a-z]+\b")


def registered_changed_and_deleted(window: MainWindow) -> tuple[Workspace, str]:
    """A household with two members, then changed, then deleted, all through the app."""
    workspace = workspace_of(window)
    guid = register_household(window)
    household = workspace.session.queries.entity(guid)
    form = workspace.config.form("household")
    assert household is not None and form is not None
    flow = EntryFlow(workspace)
    flow.save(flow.edit(household), {**household.data, "monthlyIncome": 150})
    changed = workspace.session.queries.entity(guid)
    assert changed is not None
    workspace.registrar.delete(changed, reason="registered twice", form_name="household",
                               correlation_id="c-delete")
    return workspace, guid


def test_the_audits_action_filter_tells_registered_from_changed(
        qtbot: QtBot, window: MainWindow) -> None:
    workspace, _ = registered_changed_and_deleted(window)
    bar = AuditFilterBar(FieldLabels(workspace.config))
    qtbot.addWidget(bar)
    # Squeezed, as on a 1024 px window beside the navigation and the chart.
    bar.resize(420, bar.sizeHint().height())
    bar.show()
    qtbot.waitExposed(bar)
    bar.fill_choices(AuditService(workspace.session).choices())  # after the bar is shown
    labels = [bar.action.itemText(i) for i in range(1, bar.action.count())]
    assert {"Household registered", "Household changed", "Member added", "Deleted"} <= set(
        labels)
    assert not [label for label in labels if RAW_TYPE.search(label)]
    longest = max(bar.action.fontMetrics().horizontalAdvance(label) for label in labels)
    # Once the layout settles, never both cut to the same "Household…".
    qtbot.waitUntil(lambda: bar.action.width() > longest, timeout=2000)


def test_a_type_the_app_has_no_words_for_is_still_shown_in_words() -> None:
    assert action_text("mark-visited") == "Mark visited"
    assert action_text("review") == "Reviewed"


def test_a_records_history_reads_in_words(qtbot: QtBot, window: MainWindow) -> None:
    workspace, guid = registered_changed_and_deleted(window)
    view = view_of(window)
    view.open_record(guid)
    history = view.detail.history
    what = [history.item(r, 1).text() for r in range(history.rowCount())]
    assert what[0] == "Deleted" and what[-1] == "Registered"
    assert not [text for text in what if RAW_TYPE.search(text)]
    member = workspace.session.queries.entity(guid).member_ids[0]  # type: ignore[union-attr]
    view.open_record(member)
    member_what = [history.item(r, 1).text() for r in range(history.rowCount())]
    assert member_what == ["Registered"]  # in its household: the add-member event


def test_counts_read_as_real_plurals(qtbot: QtBot, window: MainWindow, keys: Keys) -> None:
    page = window.view.register if window.view else None
    assert page is not None and page.form_view is not None
    keys(Qt.Key.Key_S, ctrl=True)  # the household's name is missing
    assert page.problems.text().startswith("Nothing was saved: 1 field needs attention.")
    page.form_view.focus_field("monthlyIncome")
    keys("-5")
    keys(Qt.Key.Key_S, ctrl=True)
    assert page.problems.text().startswith("Nothing was saved: 2 fields need attention.")
    guid = register_household(window)
    view = view_of(window)
    view.open_record(guid)
    dialog = view.detail.confirm_delete()
    assert dialog is not None
    texts = " ".join(label.text() for label in dialog.findChildren(type(dialog.refusal)))
    assert "Its 2 members stay registered" in texts


def audit_rows(qtbot: QtBot, window: MainWindow) -> AuditPage:
    view = view_of(window)
    view.show_page("audit")
    page = view.supervision.audit
    qtbot.waitUntil(lambda: page.model.total is not None and not page.model.loading
                    and page.model.rowCount() == page.model.total)
    return page


def test_the_audit_tells_each_event_as_the_records_history_does(
        qtbot: QtBot, window: MainWindow) -> None:
    workspace, guid = registered_changed_and_deleted(window)
    member = workspace.session.queries.entity(guid).member_ids[0]  # type: ignore[union-attr]
    page = audit_rows(qtbot, window)
    model = page.model
    view = view_of(window)
    for record in (guid, member):
        audit_what = [model.index(row, 2).data() for row in range(model.rowCount())
                      if model.entry(row).entity_guid == record]  # type: ignore[union-attr]
        view.open_record(record)
        history = view.detail.history
        assert audit_what == [history.item(r, 1).text() for r in range(history.rowCount())]
    assert audit_what == ["Registered"]  # the member's add-member event, in both
    household_what = [model.index(row, 2).data() for row in range(model.rowCount())
                      if model.entry(row).entity_guid == guid]  # type: ignore[union-attr]
    assert household_what[0] == "Deleted" and "Member added" in household_what


def test_the_audit_shows_why_a_record_was_deleted(qtbot: QtBot, window: MainWindow) -> None:
    _, guid = registered_changed_and_deleted(window)
    page = audit_rows(qtbot, window)
    model = page.model
    (row,) = [row for row in range(model.rowCount())
              if model.entry(row).action == "delete-entity"]  # type: ignore[union-attr]
    assert model.entry(row).entity_guid == guid  # type: ignore[union-attr]
    assert model.index(row, 5).data() == "registered twice"
    page.view.selectRow(row)
    assert page.diff_title.text().splitlines()[1] == "Reason: registered twice"
    assert [page.diff.item(0, c).text() for c in range(3)] == ["Deleted", "No", "Yes"]


def test_no_translation_hedges_a_plural_or_a_gender_with_brackets() -> None:
    """"0 enregistré(s) jusqu'ici", "{0} trouvé(s)", "né(e) le": a translated sentence reads
    as written for the count it shows. (English texts from below the window keep theirs: they
    are the messages' identity, in logs and tests.)"""
    from pathlib import Path
    from xml.etree import ElementTree

    import datacollect_desktop.ui

    hedge = re.compile(r"\w\((?:s|e|es|nes)\)")
    found = []
    for catalogue in sorted(Path(datacollect_desktop.ui.__file__).parent.glob("i18n/*.ts")):
        if catalogue.name.endswith("_en.ts"):
            continue
        for message in ElementTree.parse(catalogue).iter("message"):
            translation = message.find("translation")
            if translation is None:
                continue
            texts = [form.text or "" for form in translation.iter("numerusform")] or [
                translation.text or ""]
            found += [f"{catalogue.name}: {text}" for text in texts if hedge.search(text)]
    assert not found, "\n".join(found)


def test_no_english_sentence_hedges_a_plural_with_brackets() -> None:
    """"1 conflicts to review", "try again in 1 minute(s)": the English texts shown to people
    say one or many as the count is, like their translations."""
    from pathlib import Path
    from xml.etree import ElementTree

    import datacollect_desktop.ui

    hedge = re.compile(r"\w\(s\)")
    catalogue = Path(datacollect_desktop.ui.__file__).parent / "i18n" / "datacollect_fr.ts"
    found = [message.findtext("source") or "" for message in
             ElementTree.parse(catalogue).iter("message")
             if message.get("numerus") != "yes" and hedge.search(message.findtext("source") or "")]
    assert not found, "\n".join(found)
