"""The main window: first run or unlock, then the workspace; locks itself when left idle."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QMessageBox, QStackedWidget

from datacollect_desktop import __version__
from datacollect_desktop.app.demo import fill_demo
from datacollect_desktop.app.errors import as_known
from datacollect_desktop.app.gate import ProfileGate
from datacollect_desktop.app.profiles import KdfParams
from datacollect_desktop.app.settings import Settings
from datacollect_desktop.app.workspace import Workspace
from datacollect_desktop.ui.attachment_access import set_fetcher
from datacollect_desktop.ui.dialogs import tell
from datacollect_desktop.ui.errors import ErrorPresenter
from datacollect_desktop.ui.gate_pages import FirstRunPage, UnlockPage
from datacollect_desktop.ui.help_menu import HelpMenu
from datacollect_desktop.ui.icons import icon
from datacollect_desktop.ui.idle import IdleWatcher
from datacollect_desktop.ui.new_passphrase_dialog import NewPassphraseDialog
from datacollect_desktop.ui.recovery_dialog import RecoveryKeyDialog
from datacollect_desktop.ui.settings_dialog import SettingsDialog
from datacollect_desktop.ui.sync_bar import (
    SyncFactory,
    SyncLink,
    SyncStatusBar,
    SyncStatusModel,
    attach_sync,
)
from datacollect_desktop.ui.worker import Worker
from datacollect_desktop.ui.workspace_view import WorkspaceView

DEMO_HOUSEHOLDS = 60
MESSAGE_MS = 10_000


class MainWindow(QMainWindow):
    """Holds at most one unlocked `Workspace`; everything else is built around it."""

    unlocked = Signal()
    locked = Signal()

    def __init__(self, data_dir: Path, *, kdf: KdfParams | None = None,
                 sync: SyncFactory | None = None, log_path: Path | None = None,
                 idle_ms: int | None = None) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("DataCollect Desktop {0}").format(__version__))
        self.setWindowIcon(icon("app"))
        # One window per profile: the workspace holds the profile's lock until it closes.
        self.gate = ProfileGate(data_dir, kdf, exclusive=True)
        self.sync_factory = sync
        self.sync_link: SyncLink | None = None
        self.idle_ms = idle_ms
        self.workspace: Workspace | None = None
        # Open but not shown yet: a recovery key or a new passphrase is asked first.
        self.pending: Workspace | None = None
        self.view: WorkspaceView | None = None
        self.worker = self._new_worker()
        self.errors = ErrorPresenter(self, self.show_message, log_path)
        self.sync_model = SyncStatusModel(self)

        self.first_run = FirstRunPage(self)
        self.first_run.create_requested.connect(self._create)
        self.unlock_page = UnlockPage(self)
        self.unlock_page.unlock_requested.connect(self._unlock)
        self.unlock_page.recovery_requested.connect(self._recover)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.first_run)
        self.stack.addWidget(self.unlock_page)
        self.setCentralWidget(self.stack)

        self.sync_bar = SyncStatusBar(self.sync_model, None, self)
        self.sync_bar.settings_requested.connect(self.open_settings)
        self.sync_bar.attention_requested.connect(self._show_attention)
        self.statusBar().addPermanentWidget(self.sync_bar)
        self.sync_bar.hide()
        self.idle = IdleWatcher(10 * 60_000, self)
        self.idle.idle.connect(lambda: self.lock(idle=True))
        self._menus()
        if self.gate.needs_setup():
            self.stack.setCurrentWidget(self.first_run)
            self.first_run.name.setFocus()
        else:
            self.stack.setCurrentWidget(self.unlock_page)
            self.unlock_page.reset()
        self.resize(1180, 760)

    def _new_worker(self) -> Worker:
        worker = Worker("datacollect-db", self)
        worker.unhandled.connect(lambda error: self.errors.report(error))
        return worker

    def _menus(self) -> None:
        profile = self.menuBar().addMenu(self.tr("&Profile"))
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.triggered.connect(self.open_settings)
        self.lock_action = QAction(icon("lock"), self.tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(lambda: self.lock())
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        for action in (self.settings_action, self.lock_action):
            action.setEnabled(False)
            profile.addAction(action)
        profile.addSeparator()
        profile.addAction(quit_action)
        self.help_menu = HelpMenu(self, self)

    def show_message(self, text: str) -> None:
        self.sync_bar.dismiss_problem()  # the newer message takes the old error's place
        self.statusBar().showMessage(text, MESSAGE_MS)

    def withdraw_message(self, text: str) -> None:
        """Take `text` down if the status bar still shows it (a newer message stays)."""
        if self.statusBar().currentMessage() == text:
            self.statusBar().clearMessage()

    def _show_attention(self) -> None:
        if self.view is not None:
            self.view.show_page("attention")

    # -- opening ------------------------------------------------------------------------

    def _create(self, name: str, passphrase: str, confirmation: str, demo: bool) -> None:
        self.worker.submit(lambda: self.gate.create(name, passphrase, confirmation,
                                                    confirm_later=True),
                           lambda result: self._created(result, demo),
                           lambda error: self._gate_failed(self.first_run, error))

    def _created(self, result: tuple[Workspace, str | None], demo: bool) -> None:
        workspace, recovery = result
        self._show_key_then(workspace, recovery, lambda: self.enter(workspace, demo))

    def _show_key_then(self, workspace: Workspace, recovery: str | None,
                       go_on: Callable[[], None]) -> None:
        """Show the recovery key nobody confirmed storing yet, if any, then `go_on`."""
        self.pending = workspace
        if recovery is None:
            go_on()
            return
        dialog = RecoveryKeyDialog(recovery, self, profile_name=workspace.settings.user_name,
                                   profile_dir=self.gate.directory)
        dialog.setObjectName("recoveryKeyDialog")
        dialog.accepted.connect(lambda: self.worker.submit(
            lambda: self.gate.recovery_key_stored(workspace),
            lambda _: go_on(), self.errors.report))
        dialog.open()

    def _unlock(self, passphrase: str) -> None:
        self.worker.submit(lambda: self._opened(self.gate.unlock(passphrase)),
                           lambda result: self._created(result, False),
                           lambda error: self._gate_failed(self.unlock_page, error))

    def _recover(self, text: str) -> None:
        self.worker.submit(lambda: self._opened(self.gate.unlock_with_recovery(text)),
                           lambda result: self._recovered(result, text),
                           lambda error: self._gate_failed(self.unlock_page, error))

    def _recovered(self, result: tuple[Workspace, str | None], text: str) -> None:
        workspace, recovery = result
        self._show_key_then(workspace, recovery,
                            lambda: self._ask_new_passphrase(workspace, text))

    def _ask_new_passphrase(self, workspace: Workspace, recovery_text: str) -> None:
        """The passphrase was forgotten: a new one is set before the workspace opens."""
        dialog = NewPassphraseDialog(self)
        dialog.setObjectName("newPassphraseDialog")

        def done(_result: object) -> None:
            dialog.accept()
            dialog.deleteLater()
            self.enter(workspace)
            self.show_message(self.tr("Your new passphrase is set; use it to unlock from now "
                                      "on."))

        def failed(error: BaseException) -> None:
            known = as_known(error)
            if known is None:
                dialog.failed(self.tr("Something went wrong; details are in the log."))
                self.errors.report(error, "setting a new passphrase")
            else:
                dialog.failed(known.message)

        dialog.submitted.connect(lambda passphrase, confirmation: self.worker.submit(
            lambda: self.gate.set_new_passphrase(recovery_text, passphrase, confirmation),
            done, failed))
        dialog.open()

    def _opened(self, workspace: Workspace) -> tuple[Workspace, str | None]:
        """On the worker: the workspace, with its recovery key if nobody confirmed it yet."""
        return workspace, self.gate.unconfirmed_recovery_key(workspace)

    def _gate_failed(self, page: FirstRunPage | UnlockPage, error: BaseException) -> None:
        known = as_known(error)
        if known is None:
            page.set_busy(False)
            self.errors.report(error, "opening the profile")
            return
        page.show_error(known.message)

    def enter(self, workspace: Workspace, demo: bool = False) -> None:
        """Show the workspace of an unlocked profile."""
        self.pending = None
        self.workspace = workspace
        self.view = WorkspaceView(workspace, self.worker, self.sync_model, self)
        self.view.message.connect(self.show_message)
        self.view.withdrawn.connect(self.withdraw_message)
        self.stack.addWidget(self.view)
        self.stack.setCurrentWidget(self.view)
        self.view.show_page(self.view.current_page())  # focus its first field, now visible
        self.sync_model.update(configured=workspace.settings.sync_configured)
        self.sync_bar.show()
        self.settings_action.setEnabled(True)
        self.lock_action.setEnabled(True)
        self._arm_idle(workspace.settings)
        if self.sync_factory is not None:
            self.sync_link = self.sync_factory(workspace)
            attach_sync(self.sync_link, self.sync_model, self.data_changed)
            self.sync_bar.set_controller(self.sync_link)
            self.view.changed.connect(self.sync_link.refresh_counts)
            fetch = getattr(self.sync_link, "fetch_attachments", None)
            if fetch is not None:  # a record opened asks for its attachments not here yet
                self.view.detail.attachments_wanted.connect(fetch)
                set_fetcher(workspace, fetch)  # and so does one opened anywhere else
        if demo:
            self.add_demo_data()
        self.plugin_notice: QMessageBox | None = None
        if workspace.event_types.problems:
            # A plug-in that failed is said, once, in plain words; the rest works without it.
            self.plugin_notice = tell(self, self.tr("Event types"), self.tr(
                "Some event types of this installation could not be loaded; records changed "
                "by them are kept and listed under Needs attention.") + "\n\n" + "\n".join(
                workspace.event_types.problems), warning=True)
        self.unlocked.emit()

    def _arm_idle(self, settings: Settings) -> None:
        self.idle.set_timeout(self.idle_ms or settings.auto_lock_minutes * 60_000)
        self.idle.start()

    def add_demo_data(self, households: int = DEMO_HOUSEHOLDS) -> None:
        """Fill the profile with demo households in the background."""
        workspace, view = self.workspace, self.view
        if workspace is None or view is None:
            return
        self.show_message(self.tr("Adding demo households…"))

        def added(_summary: object) -> None:
            view.records.refresh()
            view.refresh_counts()
            self.show_message(self.tr("{0} demo households were added.").format(households))

        self.worker.submit(lambda: fill_demo(workspace, households), added)

    def data_changed(self) -> None:
        """Events arrived from elsewhere (a sync, an import): reload what is on screen."""
        if self.view is not None:
            self.view.records.refresh()
            self.view.refresh_counts()
            if self.view.current_page() == "attention":
                self.view.attention.refresh()
            detail = self.view.detail.detail
            if self.view.current_page() == "detail" and detail is not None:
                self.view.detail.show_record(detail.entity.guid)  # its sync badges moved on

    # -- settings -----------------------------------------------------------------------

    def open_settings(self) -> SettingsDialog | None:
        workspace = self.workspace
        if workspace is None:
            return None
        dialog = SettingsDialog(workspace.settings, self)
        dialog.setObjectName("settingsDialog")
        config_before = workspace.config

        def applied(_result: object) -> None:
            if workspace.config is not config_before and self.view is not None:
                self.view.register.forms_changed()
            self.sync_model.update(configured=workspace.settings.sync_configured)
            self._arm_idle(workspace.settings)
            if self.sync_link is not None:
                self.sync_link.set_interval(workspace.settings.sync_interval_minutes)
                # A new app config (or account) is tried at once: refusals made under the
                # old config are pushed again.
                self.sync_link.sync_now()
            dialog.applied()
            self.show_message(self.tr("Settings saved."))

        def failed(error: BaseException) -> None:
            known = as_known(error)
            if known is None:
                dialog.failed(self.tr("Something went wrong; details are in the log."))
                self.errors.report(error, "saving settings")
            else:
                dialog.failed(known.message)

        dialog.submitted.connect(lambda settings: self.worker.submit(
            lambda: workspace.save_settings(settings), applied, failed))
        dialog.open()
        return dialog

    # -- locking and closing -------------------------------------------------------------

    def lock(self, *, idle: bool = False) -> None:
        """Keep what is typed as a draft, close the profile, ask for the passphrase."""
        if self.workspace is None:
            return
        self._close_workspace()
        self.statusBar().clearMessage()  # the closed profile's messages go with it
        self.unlock_page.reset(
            self.tr("The profile was locked after a while without use. Unsaved forms were "
                    "kept as drafts.") if idle else
            self.tr("The profile is locked. Unsaved forms were kept as drafts."))
        self.stack.setCurrentWidget(self.unlock_page)
        self.unlock_page.passphrase.setFocus()
        self.locked.emit()

    def _close_workspace(self) -> None:
        workspace, view = self.workspace or self.pending, self.view
        if workspace is None:
            return
        self.idle.stop()
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible() and not isinstance(dialog, RecoveryKeyDialog):
                dialog.reject()  # a settings or confirmation dialog must not outlive the profile
        if self.sync_link is not None:
            self.sync_link.stop()  # its thread uses the session: stop it first
            self.sync_link = None
            self.sync_bar.set_controller(None)
        if view is not None:
            view.flush_drafts()
            view.shutdown()
        self.worker.stop(workspace.session.db.close)  # the worker's own connection
        workspace.close()  # lets another window open the profile
        self.workspace = self.pending = None
        self.worker = self._new_worker()
        if view is not None:
            self.stack.removeWidget(view)
            view.deleteLater()
        self.view = None
        self.sync_bar.hide()
        self.settings_action.setEnabled(False)
        self.lock_action.setEnabled(False)

    def closeEvent(self, event: QCloseEvent) -> None:
        try:
            self._close_workspace()
        finally:
            self.worker.stop()
        super().closeEvent(event)

