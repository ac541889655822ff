"""Settings on the field day (issue 13, Build 5): the account's app configs offered as a list,
"Test connection", a Tab order that follows the screen, and a status bar that lets go of an
error once it is resolved."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from datacollect_desktop.app.sync_state import SyncPhase
from datacollect_desktop.ui.settings_dialog import SettingsDialog
from datacollect_desktop.ui.style import apply_style
from tests.fieldday.campaign import AMINA, CONFIG_ID
from tests.fieldday.journey import SYNC_MS, Device
from tests.fieldday.test_refusals import OUTSIDER, strict_server
from tests.integration.server.support import ServerHandle

__all__ = ["strict_server"]

pytestmark = pytest.mark.fieldday


@pytest.fixture
def laptop(qtbot: QtBot, qapp: QApplication, tmp_path: Path) -> Iterator[Device]:
    apply_style(qapp)
    device = Device(qtbot, AMINA, tmp_path / "laptop")
    device.open()
    yield device
    device.close()


def open_settings(qtbot: QtBot, laptop: Device) -> SettingsDialog:
    return laptop.open_settings()


def fill_account(qtbot: QtBot, dialog: SettingsDialog, url: str, email: str,
                 password: str) -> None:
    for line, text in ((dialog.server_url, url), (dialog.account, email),
                       (dialog.password, password)):
        line.setFocus()
        line.selectAll()
        qtbot.keyClicks(line, text)


def press_test_connection(qtbot: QtBot, dialog: SettingsDialog) -> str:
    """Press "Test connection"; what the dialog then says."""
    buttons = [b for b in dialog.findChildren(QPushButton) if "test" in b.text().lower()]
    assert buttons, "Settings has no way to test the connection"
    before = said(dialog)
    buttons[0].click()
    qtbot.waitUntil(lambda: said(dialog) != before, timeout=SYNC_MS)
    qtbot.wait(200)
    return said(dialog)



def said(dialog: QWidget) -> str:
    return " | ".join(w.text() for w in dialog.findChildren(QLabel) if w.isVisible())


def test_settings_offers_the_accounts_app_configs_and_tests_the_connection(
        qtbot: QtBot, laptop: Device, strict_server: ServerHandle) -> None:
    dialog = open_settings(qtbot, laptop)
    fill_account(qtbot, dialog, strict_server.base_url, AMINA.email, AMINA.password)
    answer = press_test_connection(qtbot, dialog)
    assert "assigned" not in answer.lower() or "not" not in answer.lower(), answer
    offered = [c for c in dialog.findChildren(QComboBox)
               if any(CONFIG_ID in (str(c.itemData(i)), c.itemText(i))
                      for i in range(c.count()))]
    assert offered, "the account's app configs are not offered as a list"

    fill_account(qtbot, dialog, strict_server.base_url, OUTSIDER.email, AMINA.password)
    answer = press_test_connection(qtbot, dialog)
    assert "assigned" in answer.lower(), answer
    dialog.reject()


def test_tab_moves_through_settings_in_the_order_of_the_screen(
        qtbot: QtBot, laptop: Device) -> None:
    dialog = open_settings(qtbot, laptop)
    dialog.user_name.setFocus()
    visited: list[QWidget] = []
    for _ in range(40):
        widget = QApplication.focusWidget()
        assert isinstance(widget, QWidget)
        if visited and widget is visited[0]:
            break
        visited.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    controls = [w for w in visited if not isinstance(w, QAbstractButton)
                or w.parentWidget() is not dialog.buttons]
    rows = [w.mapTo(dialog, QPoint(0, w.height() // 2)).y() for w in controls]
    names = [w.accessibleName() or type(w).__name__ for w in controls]
    assert rows == sorted(rows), f"Tab jumps up and down: {list(zip(names, rows, strict=True))}"
    dialog.reject()


def test_the_status_bar_lets_go_of_an_error_once_it_is_resolved(
        qtbot: QtBot, laptop: Device, strict_server: ServerHandle) -> None:
    laptop.account = replace(AMINA, password="not the password")
    laptop.sign_in(strict_server.base_url, source="bundled")
    bar = laptop.window.sync_bar
    mark = len(laptop.states)
    bar.sync_button.click()
    qtbot.waitUntil(lambda: any(s.phase is SyncPhase.ERROR for s in laptop.states[mark:]),
                    timeout=SYNC_MS)
    qtbot.waitUntil(bar.problem.isVisible)
    old = bar.problem.text()
    assert old

    laptop.account = AMINA
    laptop.sign_in(strict_server.base_url, source="bundled")
    laptop.sync()
    assert not bar.problem.isVisible(), bar.problem.text()
    status = laptop.window.statusBar().currentMessage()
    assert old not in status, status
