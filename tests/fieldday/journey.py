"""A field laptop in the journey: one real `MainWindow` on its own profile, driven by the
keyboard as its user drives it, syncing through the window's own sync worker."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from datacollect_desktop.app.clock import utc_stamp
from datacollect_desktop.app.sync_state import SyncPhase, SyncState
from datacollect_desktop.app.workspace import Workspace
from datacollect_desktop.domain.events import Event
from datacollect_desktop.storage.replica import Replica
from datacollect_desktop.ui.delete_dialog import DeleteDialog
from datacollect_desktop.ui.main_window import MainWindow
from datacollect_desktop.ui.recovery_dialog import RecoveryKeyDialog
from datacollect_desktop.ui.settings_dialog import SettingsDialog
from datacollect_desktop.ui.sync_bridge import SyncBridge
from datacollect_desktop.ui.workspace_view import WorkspaceView
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.fieldday.campaign import CONFIG_ID, Account

ENTER, TAB, DOWN, SPACE, RIGHT = (Qt.Key.Key_Return, Qt.Key.Key_Tab, Qt.Key.Key_Down,
                                  Qt.Key.Key_Space, Qt.Key.Key_Right)
SYNC_MS = 90_000
#: Long enough that no timed sync runs during the journey: a laptop syncs when told to.
INTERVAL_MINUTES = "1440"


@dataclass(frozen=True)
class Person:
    """A household member as the field worker reads it off an ID card."""

    given: str
    family: str
    born: str
    male: bool = False
    #: Presses of Down in the relationship list: 1 head, 2 spouse, 3 child.
    relationship: int = 1


@dataclass
class Device:
    """One laptop: its window, its profile directory and what its sync reported."""

    qtbot: QtBot
    account: Account
    directory: Path
    window: MainWindow = field(init=False)
    states: list[SyncState] = field(default_factory=list)
    summaries: list[Any] = field(default_factory=list)

    # -- opening ------------------------------------------------------------------------

    def open(self) -> None:
        """Start the app on a new profile and go through the first run in the window."""
        self.window = MainWindow(self.directory, kdf=FAST_KDF, sync=SyncBridge.for_workspace)
        self.window.show()
        self.qtbot.waitExposed(self.window)
        self.focus()
        page = self.window.first_run
        assert self.window.stack.currentWidget() is page
        page.name.setFocus()
        self.type(self.account.name, TAB)
        self.qtbot.keyClicks(page.passphrase, PASSPHRASE)
        self.qtbot.keyClicks(page.confirmation, PASSPHRASE)
        self.qtbot.keyClick(page.confirmation, ENTER)
        self.qtbot.waitUntil(lambda: self.window.findChild(RecoveryKeyDialog) is not None,
                             timeout=20_000)
        dialog = self.window.findChild(RecoveryKeyDialog)
        assert isinstance(dialog, RecoveryKeyDialog)
        dialog.stored.setChecked(True)
        with self.qtbot.waitSignal(self.window.unlocked, timeout=20_000):
            dialog.continue_button.click()
        link = self.window.sync_link
        assert isinstance(link, SyncBridge)
        link.state_changed.connect(self.states.append)
        link.synced.connect(self.summaries.append)

    def close(self) -> None:
        self.window.close()

    @property
    def workspace(self) -> Workspace:
        assert self.window.workspace is not None
        return self.window.workspace

    @property
    def view(self) -> WorkspaceView:
        assert self.window.view is not None
        return self.window.view

    # -- the keyboard -------------------------------------------------------------------

    def focus(self) -> None:
        """Bring this laptop's window to the front: the keyboard types into it."""
        self.window.raise_()
        self.window.activateWindow()
        self.qtbot.waitUntil(lambda: QApplication.activeWindow() is self.window)

    def type(self, *strokes: str | Qt.Key, ctrl: bool = False, shift: bool = False) -> None:
        """Type into whatever has the focus, as a person at the keyboard does."""
        modifiers = Qt.KeyboardModifier.NoModifier
        if ctrl:
            modifiers |= Qt.KeyboardModifier.ControlModifier
        if shift:
            modifiers |= Qt.KeyboardModifier.ShiftModifier
        for stroke in strokes:
            target = QApplication.focusWidget()
            assert isinstance(target, QWidget), "nothing has the keyboard focus"
            if isinstance(stroke, str):
                self.qtbot.keyClicks(target, stroke)
            else:
                self.qtbot.keyClick(target, stroke, modifiers)

    # -- settings -----------------------------------------------------------------------

    def sign_in(self, server_url: str, source: str = "server") -> None:
        """Fill Settings in its dialog: the server, the account, the campaign's app config
        (its forms from the server, or the bundled copy)."""
        self.focus()
        dialog = self.open_settings()
        for line, text in ((dialog.server_url, server_url), (dialog.account, self.account.email),
                           (dialog.password, self.account.password)):
            line.setFocus()
            line.selectAll()  # what is typed replaces an earlier value
            self.qtbot.keyClicks(line, text)
        dialog.interval.setFocus()
        self.qtbot.keyClick(dialog.interval, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        self.qtbot.keyClicks(dialog.interval, INTERVAL_MINUTES)
        dialog.source_buttons[source].click()
        choose_config(self.qtbot, dialog, CONFIG_ID)
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.click()
        self.qtbot.waitUntil(lambda: not dialog.isVisible() or dialog.error.isVisible(),
                             timeout=SYNC_MS)
        assert not dialog.isVisible(), f"Settings refused: {dialog.error.text()}"
        assert self.workspace.settings.sync_configured

    def open_settings(self) -> SettingsDialog:
        """Profile > Settings…: the dialog, in front, with the keyboard in it."""
        self.focus()
        self.window.settings_action.trigger()

        def shown() -> SettingsDialog | None:
            return next((d for d in self.window.findChildren(SettingsDialog)
                         if d.isVisible()), None)

        self.qtbot.waitUntil(lambda: shown() is not None)
        dialog = shown()
        assert dialog is not None
        dialog.activateWindow()
        self.qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        return dialog

    # -- sync ---------------------------------------------------------------------------

    def sync(self) -> SyncState:
        """Press "Sync now" in the status bar and wait for the run to end."""
        self.focus()
        button = self.window.sync_bar.sync_button
        self.qtbot.waitUntil(lambda: button.isVisible() and button.isEnabled(),
                             timeout=SYNC_MS)
        mark = len(self.states)
        button.click()

        def ended() -> bool:
            run = self.states[mark:]
            return any(s.phase is SyncPhase.SYNCING for s in run) and (
                run[-1].phase is not SyncPhase.SYNCING)

        self.qtbot.waitUntil(ended, timeout=SYNC_MS)
        state = self.states[-1]
        assert state.phase is SyncPhase.IDLE, f"{self.account.name}: sync ended {state}"
        self.qtbot.wait(50)  # the window reloads its screens on `synced`
        return state

    # -- registering --------------------------------------------------------------------

    def register_household(self, name: str, income: str, members: list[Person]
                           ) -> tuple[str, list[str]]:
        """A household and its members through the form widgets; their guids."""
        self.focus()
        page = self.view.register
        self.view.show_page("register")
        saved: list[str] = []
        page.saved.connect(saved.append)
        try:
            assert page.entry.form.name == "household"
            assert page.form_view is not None
            page.form_view.focus_first()
            self.type(name, ENTER, f"{name} road", TAB)
            self.type(DOWN, ENTER)  # dwelling: House
            self.type(income, ENTER)
            self.type("+254 700 000 000", ENTER)
            self.type(ENTER)  # no e-mail: Enter reaches Save
            self.type(ENTER)  # and Enter on Save saves
            assert len(saved) == 1, f"the household was not saved: {page.problems.text()}"
            for n, person in enumerate(members):
                assert page.entry.form.name == "individual"
                self.type(person.given, ENTER, person.family, ENTER, person.born, ENTER)
                self.type(*([RIGHT] if person.male else []), SPACE, ENTER)
                self.type(*([DOWN] * person.relationship))
                last = n == len(members) - 1
                self.type(Qt.Key.Key_S, ctrl=True, shift=last)
                assert len(saved) == n + 2, (
                    f"{person.given} was not saved: {page.problems.text()}")
        finally:
            page.saved.disconnect(saved.append)
        assert page.entry.form.name == "household" and page.entry.parent_guid is None
        return saved[0], saved[1:]

    def edit_field(self, guid: str, key: str, value: str) -> Event:
        """Open the record, Ctrl+E, replace one field, Ctrl+S; the update event stored."""
        self.focus()
        queries = self.workspace.session.queries
        assert queries.entity(guid) is not None, f"record {guid} is not on this laptop"
        before = len(list(queries.events(guid)))
        self.view.open_record(guid)
        self.view.detail.setFocus()
        self.type(Qt.Key.Key_E, ctrl=True)
        page = self.view.register
        assert page.entry.editing is not None and page.form_view is not None
        page.form_view.focus_field(key)
        self.type(Qt.Key.Key_A, ctrl=True)
        self.type(value)
        self.type(Qt.Key.Key_S, ctrl=True)
        events = [s.event for s in self.workspace.session.queries.events(guid)]
        assert len(events) == before + 1, f"the edit was not saved: {page.problems.text()}"
        return events[-1]

    def delete_record(self, guid: str) -> Event:
        """Open the record, Delete…, give a reason, confirm; the delete event stored."""
        self.focus()
        assert self.workspace.session.queries.entity(guid) is not None, (
            f"record {guid} is not on this laptop")
        self.view.open_record(guid)
        self.view.detail.delete_button.click()
        self.qtbot.waitUntil(lambda: self.window.findChild(DeleteDialog) is not None)
        dialog = self.window.findChild(DeleteDialog)
        assert isinstance(dialog, DeleteDialog)
        self.qtbot.keyClicks(dialog.reason, "registered twice")
        dialog.delete_button.click()
        last = list(self.workspace.session.queries.events(guid))[-1].event
        assert last.type == "delete-entity"
        return last

    # -- what the laptop holds ----------------------------------------------------------

    def replica(self) -> Replica:
        session = self.workspace.session
        return Replica(session.db, session.registry)

    def canonical_events(self) -> list[Event]:
        """Every event this laptop holds, in its canonical order."""
        queries = self.workspace.session.queries
        return [queries.event(guid).event for guid in self.replica().canonical_guids()]

    def levels(self) -> dict[str, int]:
        rows = self.workspace.session.db.execute_sql(
            "SELECT guid, sync_level FROM events").fetchall()
        return dict(rows)

    def arrival(self) -> list[str]:
        """Event guids in the order they reached this laptop (its local log)."""
        return [s.event.guid for s in self.workspace.session.queries.events()]


def choose_config(qtbot: QtBot, dialog: SettingsDialog, config_id: str) -> None:
    """Pick the app config: typed as an id, or chosen from the server's list of the
    account's configs (issue 13 asks for a list, which "Test connection" may fill)."""
    widget = dialog.config_id
    if isinstance(widget, QLineEdit):
        widget.setFocus()
        widget.selectAll()
        qtbot.keyClicks(widget, config_id)
        return
    assert isinstance(widget, QComboBox)

    def found() -> int:
        return max(widget.findData(config_id), widget.findText(config_id))

    if found() < 0:
        for button in dialog.findChildren(QPushButton):
            if "test" in button.text().lower() and button.isEnabled():
                button.click()
                break
    qtbot.waitUntil(lambda: found() >= 0, timeout=SYNC_MS)
    widget.setCurrentIndex(found())


def moment(qtbot: QtBot) -> str:
    """Now, as events are stamped, with a little time either side so that no event made
    just before or after shares the millisecond."""
    qtbot.wait(15)
    stamp = utc_stamp()
    qtbot.wait(15)
    return stamp
