"""The records' "Export…": chosen in a dialog, written in the background, told when done."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog
from pytestqt.qtbot import QtBot

from datacollect_desktop.app.browse import ListFilter
from datacollect_desktop.ui.export_dialog import ExportDialog
from datacollect_desktop.ui.main_window import MainWindow
from tests.gui.conftest import workspace_of
from tests.gui.test_records_and_detail import register_household, view_of


def test_export_writes_the_chosen_forms_in_the_background_and_says_where(
        qtbot: QtBot, window: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    household = register_household(window)
    workspace = workspace_of(window)
    gone = workspace.session.queries.entity(household)
    assert gone is not None
    other = workspace.registrar.register(workspace.config, workspace.config.form("household"),
                                         {"name": "Otieno household"}, correlation_id="x")
    workspace.registrar.delete(workspace.session.queries.entity(other), reason="Twice",
                               form_name="household", correlation_id="y")
    out = tmp_path / "chosen"  # the suffix is added
    asked: list[str] = []

    def save_as(_parent: object, _title: str, name: str, _filter: str) -> tuple[str, str]:
        asked.append(name)
        return str(out), ""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    view = view_of(window)
    view.show_page("records")
    records = view.records
    qtbot.waitUntil(records.export_button.isEnabled)
    qtbot.mouseClick(records.export_button, Qt.MouseButton.LeftButton)
    dialog = records.findChild(ExportDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    for row in range(dialog.forms.count()):  # members only
        item = dialog.forms.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == "household":
            item.setCheckState(Qt.CheckState.Unchecked)
    dialog.raw.setChecked(True)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    written = out.with_suffix(".xlsx")
    with qtbot.waitSignal(view.message, timeout=20000) as said:
        pass
    assert said.args == [f"2 records exported to {written}."]
    assert asked == ["records.xlsx"]
    assert records.export_status.text() == said.args[0]
    assert records.export_button.isEnabled()
    book = load_workbook(written)
    assert book.sheetnames == ["Household member"]
    rows = list(book.active.iter_rows(values_only=True))
    shown = {r.guid for r in workspace.browse.page(ListFilter(form="individual"), 0, 100)}
    assert {r[0] for r in rows[1:]} == shown and len(shown) == 2
    assert "givenName" in rows[0]
    assert {r[1] for r in rows[1:]} == {household}


def test_no_form_chosen_cannot_be_exported(qtbot: QtBot, window: MainWindow) -> None:
    dialog = ExportDialog(workspace_of(window).config)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    for row in range(dialog.forms.count()):
        dialog.forms.item(row).setCheckState(Qt.CheckState.Unchecked)
    assert not ok.isEnabled()
    dialog.forms.item(0).setCheckState(Qt.CheckState.Checked)
    assert ok.isEnabled() and dialog.request().forms == ("household",)
    assert dialog.request().at is None and dialog.request().labels
    dialog.then.setChecked(True)
    assert dialog.request().at is not None and dialog.request().at.endswith("Z")
