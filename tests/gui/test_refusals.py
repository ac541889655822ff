"""Events the server refuses are never silent: the bar warns with their count, Needs
attention lists each with the reason and what to do, `sync` exits 1 with them, and a newer
app config pushes them again. Real window, real profile, real server."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from datacollect_desktop.app.entry import EntryFlow
from datacollect_desktop.app.gate import ProfileGate
from datacollect_desktop.app.sync_state import SyncPhase
from datacollect_desktop.domain.events import SyncLevel
from datacollect_desktop.sync.engine import SyncEngine, SyncTarget
from datacollect_desktop.sync.login import Account
from datacollect_desktop.ui.main_window import MainWindow
from datacollect_desktop.ui.sync_bridge import SyncBridge
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.gui.conftest import open_window, unlock, workspace_of
from tests.gui.refusal_server import (
    CONFIG_ID,
    FIELD_WORKER,
    StartServer,
    bundled,
    relax,
    set_up_sync,
    start_refusing_server,
)
from tests.integration.server.conftest import start_server_with
from tests.integration.server.support import ADMIN, PASSWORD, REPO, WORKER_A

__all__ = ["start_server_with"]
SYNC_MS = 60_000


def register_households(window: MainWindow, *names: str) -> None:
    """Households typed into the register form and saved, a name only (no address)."""
    assert window.view is not None
    page = window.view.register
    for name in names:
        page.show_entry(page.flow.start("household"))
        assert page.form_view is not None
        page.form_view.set_values({"name": name})
        page.save()


def synced_once_more(qtbot: QtBot, window: MainWindow) -> None:
    """Press "Sync now" and wait until that run has ended."""
    bar = window.sync_bar
    qtbot.waitUntil(lambda: bar.sync_button.isEnabled(), timeout=SYNC_MS)
    phases: list[SyncPhase] = []
    window.sync_model.changed.connect(lambda state: phases.append(state.phase))
    bar.sync_button.click()
    qtbot.waitUntil(lambda: SyncPhase.SYNCING in phases
                    and phases[-1] is not SyncPhase.SYNCING, timeout=SYNC_MS)


def cli_sync(profile: Path, url: str, account: str = FIELD_WORKER
             ) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "DATACOLLECT_PASSPHRASE": PASSPHRASE,
           "DATACOLLECT_SERVER_PASSWORD": PASSWORD}
    return subprocess.run(
        [sys.executable, "-m", "datacollect_desktop", "--data-dir", str(profile), "sync",
         "--server", url, "--email", account, "--config-id", CONFIG_ID],
        capture_output=True, text=True, env=env, cwd=REPO, stdin=subprocess.DEVNULL,
        timeout=120)


def test_refused_changes_warn_are_listed_exit_1_and_are_pushed_again_under_a_newer_config(
        qtbot: QtBot, created_profile: Path, start_server_with: StartServer,
        tmp_path: Path) -> None:
    server = start_refusing_server(start_server_with, tmp_path / "server")
    set_up_sync(created_profile, server.base_url)
    window = open_window(qtbot, created_profile, sync=SyncBridge.for_workspace)
    unlock(qtbot, window)
    bar = window.sync_bar
    qtbot.waitUntil(lambda: window.sync_model.state.last_success is not None, timeout=SYNC_MS)
    register_households(window, "Banda household", "Okafor household", "Mensah household")
    synced_once_more(qtbot, window)

    # The bar: a warning with the count, not a green "Online".
    state = window.sync_model.state
    assert state.phase is SyncPhase.IDLE and state.refused == 3
    assert "3 changes were refused by the server" in bar.connection.text()
    assert "Online" not in bar.connection.text()
    assert state.counts_by_level[SyncLevel.LOCAL] == 3

    # Needs attention, opened from the warning: each refusal, its reason, what to do.
    bar.connection.linkActivated.emit("attention")
    view = window.view
    assert view is not None and view.current_page() == "attention"
    table = view.attention.events
    assert table.rowCount() == 3
    rows = [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]
    assert {row[1] for row in rows} == {"Banda household", "Okafor household",
                                        "Mensah household"}
    for row in rows:
        assert row[3].startswith("Refused by the server: ") and "address" in row[3]
        assert "Tell your supervisor" in row[4]
    assert "3 changes were refused by the server" in view.attention.summary.text()

    # The same sync again under the same app and config: still refused, not pushed again.
    synced_once_more(qtbot, window)
    assert window.sync_model.state.refused == 3
    summary = window.sync_model.state.message
    assert "0 sent" in summary and "0 refused" not in summary
    window.close()

    # `sync` on the command line: exit 1, each refusal listed with its reason and advice.
    proc = cli_sync(created_profile, server.base_url)
    assert proc.returncode == 1, proc.stderr
    result = json.loads(proc.stdout)
    assert (result["rejected"], result["refused"], result["retried"]) == (0, 3, 0)
    assert len(result["rejections"]) == 3
    for refusal in result["rejections"]:
        assert refusal["type"] == "create-group" and "address" in refusal["reason"]
        assert refusal["code"] == "invalid_form_data" and refusal["advice"]

    # The server's config is relaxed under a newer version; the laptop takes it in Settings.
    relax(server)
    window = open_window(qtbot, created_profile, sync=SyncBridge.for_workspace)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.sync_model.state.last_success is not None, timeout=SYNC_MS)
    assert window.sync_model.state.refused == 3  # the bundled config is still in use
    dialog = window.open_settings()
    assert dialog is not None
    dialog.source_buttons["server"].setChecked(True)
    dialog.config_id.setText(CONFIG_ID)
    with qtbot.waitSignal(dialog.accepted, timeout=SYNC_MS):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert workspace_of(window).config.version == "1.0.1"
    qtbot.waitUntil(lambda: window.sync_model.state.refused == 0
                    and window.sync_model.state.counts_by_level.get(SyncLevel.LOCAL) == 0,
                    timeout=SYNC_MS)
    assert "Online" in window.sync_bar.connection.text()
    assert "refused" not in window.sync_bar.connection.text()
    view = window.view
    assert view is not None
    view.show_page("attention")
    assert view.attention.events.rowCount() == 0


def test_a_sync_error_gives_way_to_newer_messages_and_clears_after_a_good_sync(
        qtbot: QtBot, created_profile: Path, start_server_with: StartServer,
        tmp_path: Path) -> None:
    server = start_refusing_server(start_server_with, tmp_path / "server")
    set_up_sync(created_profile, server.base_url, password="not the password")
    window = open_window(qtbot, created_profile, sync=SyncBridge.for_workspace)
    unlock(qtbot, window)
    bar = window.sync_bar
    qtbot.waitUntil(lambda: window.sync_model.state.phase is SyncPhase.ERROR, timeout=SYNC_MS)
    assert bar.problem.isVisible() and "refused the email" in bar.problem.text()

    window.show_message("Saved.")  # a newer message takes the error's place
    assert not bar.problem.isVisible()
    assert window.statusBar().currentMessage() == "Saved."
    assert "Sync failed" in bar.connection.text()
    assert "refused the email" in bar.connection.toolTip()

    dialog = window.open_settings()
    assert dialog is not None
    dialog.password.setText(PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=SYNC_MS):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: window.sync_model.state.phase is SyncPhase.IDLE
                    and window.sync_model.state.last_success is not None, timeout=SYNC_MS)
    assert not bar.problem.isVisible() and bar.problem.text() == ""
    assert "Online" in bar.connection.text()
    assert bar.connection.toolTip() == ""


def test_an_account_without_the_config_is_one_clear_message_in_the_window_and_in_sync(
        qtbot: QtBot, created_profile: Path, start_server_with: StartServer,
        tmp_path: Path) -> None:
    server = start_refusing_server(start_server_with, tmp_path / "server")
    set_up_sync(created_profile, server.base_url, account=WORKER_A)  # on cfg-a only
    window = open_window(qtbot, created_profile, sync=SyncBridge.for_workspace)
    unlock(qtbot, window)
    register_households(window, "Banda household")
    qtbot.waitUntil(lambda: window.sync_model.state.phase is SyncPhase.ERROR, timeout=SYNC_MS)
    expected = ("This account may not sync this app: this account is not assigned to the app "
                "config 'household-registration' (Choose an app config this account may use: "
                "in Settings, \"Test connection\" lists them.)")
    assert window.sync_bar.problem.text() == expected
    assert window.sync_model.state.counts_by_level[SyncLevel.LOCAL] == 1  # kept, waiting
    window.close()

    proc = cli_sync(created_profile, server.base_url, WORKER_A)
    assert proc.returncode == 2 and proc.stdout == ""
    assert json.loads(proc.stderr) == {"error": "access_refused", "message": expected}


def test_a_profile_that_already_synced_as_default_keeps_that_config(
        qtbot: QtBot, created_profile: Path, start_server_with: StartServer,
        tmp_path: Path) -> None:
    """Before, the bundled config synced as "default" (an admin may use any id): such a
    profile keeps its server's order instead of stopping on a changed config id."""
    server = start_refusing_server(start_server_with, tmp_path / "server")
    answer = server.as_user(ADMIN).put("/api/apps/default", json={**bundled(), "id": "default"})
    assert answer.status_code == 200, answer.text
    set_up_sync(created_profile, server.base_url, account=ADMIN)
    workspace = ProfileGate(created_profile, FAST_KDF).unlock(PASSPHRASE)
    try:
        flow = EntryFlow(workspace)
        flow.save(flow.start(), {"name": "Okafor household", "address": "Plot 4"})
        engine = SyncEngine(workspace.session, SyncTarget(
            server.base_url, Account(ADMIN, lambda: PASSWORD), "default"))
        try:
            engine.run()
        finally:
            engine.close()
    finally:
        workspace.close()
    window = open_window(qtbot, created_profile, sync=SyncBridge.for_workspace)
    unlock(qtbot, window)
    # The sync that starts on unlock ends first: "Sync now" pressed while its start is still
    # on its way to the window would only be folded into it, before the new household.
    qtbot.waitUntil(lambda: window.sync_model.state.last_success is not None, timeout=SYNC_MS)
    register_households(window, "Banda household")
    synced_once_more(qtbot, window)
    state = window.sync_model.state
    assert state.phase is SyncPhase.IDLE, state.message
    assert state.counts_by_level[SyncLevel.LOCAL] == 0
    assert state.counts_by_level[SyncLevel.REMOTE] == 2
