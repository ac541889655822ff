"""`--smoke`: create a fresh profile with demo data, visit every main screen, exit 0 if all
went well (CI runs this offscreen)."""

from __future__ import annotations

import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from datacollect_desktop.ui.language import installed_language
from datacollect_desktop.ui.main_window import MainWindow
from datacollect_desktop.ui.recovery_dialog import RecoveryKeyDialog
from datacollect_desktop.ui.settings_dialog import SettingsDialog
from datacollect_desktop.ui.supervision import SupervisorViews

TIMEOUT_MS = 60_000
POLL_MS = 20
PASSPHRASE = "smoke test passphrase, not a secret"
USER_NAME = "Smoke Test"


class SmokeTour:
    """Each step waits for its condition, then acts; any failure ends the run with 1."""

    def __init__(self, app: QApplication, window: MainWindow) -> None:
        self.app = app
        self.window = window
        self.code = 1
        self.steps: list[tuple[str, Callable[[], bool], Callable[[], None]]] = []
        self.watchdog = QTimer()
        self.watchdog.setSingleShot(True)
        self.watchdog.timeout.connect(lambda: self.fail("timed out"))

    def step(self, name: str, ready: Callable[[], bool], act: Callable[[], None]) -> None:
        self.steps.append((name, ready, act))

    def run(self) -> int:
        self.watchdog.start(TIMEOUT_MS)
        QTimer.singleShot(0, self._next)
        self.app.exec()
        return self.code

    def _next(self) -> None:
        if not self.steps:
            self.code = 0
            self.window.close()
            self.app.quit()
            return
        name, ready, act = self.steps[0]
        try:
            if not ready():
                QTimer.singleShot(POLL_MS, self._next)
                return
            self.steps.pop(0)
            act()
            print(f"smoke: {name}: ok", flush=True)
        except Exception:
            traceback.print_exc()
            self.fail(name)
            return
        QTimer.singleShot(0, self._next)

    def fail(self, why: str) -> None:
        print(f"smoke: FAILED at {why}", file=sys.stderr, flush=True)
        self.code = 1
        self.steps = []
        self.app.quit()


def supervisor_tour(tour: SmokeTour, window: MainWindow) -> None:
    """The supervisor's screens: each shows what it loads in the background."""

    def views() -> SupervisorViews:
        assert window.view is not None
        return window.view.supervision

    def show(name: str) -> Callable[[], None]:
        return lambda: window.view.show_page(name) if window.view else None

    tour.step("audit history", lambda: True, show("audit"))
    tour.step("audit entries listed", lambda: views().audit.model.rowCount() > 0, lambda: None)
    tour.step("timeline", lambda: True, lambda: views().show_timeline(
        views().audit.model.entries[0].entity_guid, "audit"))
    tour.step("timeline loaded", lambda: views().timeline.timeline is not None, lambda: None)
    tour.step("registry as of", lambda: True, show("as_of"))
    tour.step("registry then", lambda: True, lambda: views().as_of.show_moment())
    tour.step("integrity", lambda: views().as_of.past is not None, show("integrity"))
    tour.step("verify now", lambda: views().integrity.status is not None,
              lambda: views().integrity.verify_now())

    def verified() -> bool:
        status = views().integrity.status
        return not views().integrity.verifying and status is not None and (
            status.last is not None)

    def check_verified() -> None:
        status = views().integrity.status
        assert status is not None and status.last is not None and status.last.ok

    tour.step("verified", verified, check_verified)
    tour.step("conflicts", lambda: True, show("conflicts"))
    tour.step("duplicates", lambda: True, show("duplicates"))


def run_smoke(app: QApplication, data_dir: Path | None, log_path: Path | None,
              language: str | None) -> int:
    """`language` is the code whose translations were loaded, None if they were missing."""
    directory = data_dir or Path(tempfile.mkdtemp(prefix="datacollect-smoke-")) / "profile"
    if (directory / "keys.json").exists():
        print(f"smoke: {directory} already holds a profile; give a fresh directory",
              file=sys.stderr)
        return 2
    window = MainWindow(directory, log_path=log_path)
    window.show()
    tour = SmokeTour(app, window)
    first = window.first_run

    def create() -> None:
        first.name.setText(USER_NAME)
        first.passphrase.setText(PASSPHRASE)
        first.confirmation.setText(PASSPHRASE)
        first.demo.setChecked(True)
        first.create_button.click()

    def dialog() -> RecoveryKeyDialog | None:
        found = window.findChild(RecoveryKeyDialog)
        return found if isinstance(found, RecoveryKeyDialog) else None

    def confirm_key() -> None:
        found = dialog()
        assert found is not None and found.key.text()
        found.stored.setChecked(True)
        found.continue_button.click()

    def view() -> object:
        assert window.view is not None
        return window.view

    def register() -> None:
        page = window.view.register if window.view else None
        assert page is not None and page.form_view is not None
        page.form_view.set_values({"name": "Smoke household", "dwelling": "house"})
        page.save()
        assert page.entry.parent_guid is not None, "the household was not saved"

    def records_loaded() -> bool:
        return window.view is not None and window.view.records.model.rowCount() > 1

    def open_detail() -> None:
        assert window.view is not None
        guid = window.view.records.model.guid_at(window.view.records.model.index(0, 0))
        assert guid is not None
        window.view.open_record(guid)
        assert window.view.current_page() == "detail"

    def settings() -> None:
        dialog = window.open_settings()
        assert isinstance(dialog, SettingsDialog)
        dialog.reject()

    def translations() -> None:
        assert language is not None, "the translations of the chosen language are missing"
        assert installed_language() == language

    tour.step("translations", lambda: True, translations)
    tour.step("first run: create the profile", lambda: first.isVisible(), create)
    tour.step("recovery key shown once", lambda: dialog() is not None, confirm_key)
    tour.step("demo data", lambda: window.view is not None and not window.worker.busy and (
        window.view.records.model.total or 0) > 1, lambda: None)
    tour.step("register", lambda: window.view is not None,
              lambda: window.view.show_page("register") if window.view else None)
    tour.step("save a household", lambda: True, register)
    tour.step("records", lambda: True,
              lambda: window.view.show_page("records") if window.view else None)
    tour.step("records listed", records_loaded, lambda: None)
    tour.step("detail", lambda: True, open_detail)
    tour.step("drafts", lambda: True,
              lambda: window.view.show_page("drafts") if window.view else None)
    tour.step("needs attention", lambda: True,
              lambda: window.view.show_page("attention") if window.view else None)
    supervisor_tour(tour, window)
    tour.step("settings", lambda: True, settings)
    tour.step("keyboard shortcuts", lambda: True,
              lambda: window.help_menu.show_shortcuts().reject())
    tour.step("about", lambda: True, lambda: window.help_menu.show_about().reject())
    del view
    return tour.run()
