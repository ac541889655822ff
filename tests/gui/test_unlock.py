"""First run (passphrase twice, recovery key confirmed) and unlocking."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from datacollect_desktop.app.gate import ProfileGate
from datacollect_desktop.ui.main_window import MainWindow
from datacollect_desktop.ui.new_passphrase_dialog import NewPassphraseDialog
from datacollect_desktop.ui.recovery_dialog import RecoveryKeyDialog
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.gui.conftest import open_window, unlock, workspace_of


def test_a_wrong_passphrase_is_explained_and_the_right_one_unlocks(
        qtbot: QtBot, created_profile: Path) -> None:
    window = open_window(qtbot, created_profile)
    page = window.unlock_page
    assert window.stack.currentWidget() is page
    qtbot.keyClicks(page.passphrase, "correct horse battery stapler")
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(page.error.isVisible)
    assert page.error.text().startswith("The passphrase is not right for this profile.")
    assert "Caps Lock" in page.error.text()
    assert window.workspace is None and page.card.isEnabled()
    assert page.passphrase.hasFocus() and page.passphrase.selectedText()

    unlock(qtbot, window, PASSPHRASE)
    assert window.view is not None and window.view.isVisible()
    assert window.sync_bar.isVisible()


def test_the_recovery_key_opens_a_profile_whose_passphrase_is_forgotten(
        qtbot: QtBot, profile_dir: Path) -> None:
    workspace, recovery = ProfileGate(profile_dir, FAST_KDF).create("Awa", PASSPHRASE,
                                                                    PASSPHRASE)
    workspace.close()
    assert recovery is not None
    window = open_window(qtbot, profile_dir)
    page = window.unlock_page
    page.recovery_toggle.click()
    qtbot.keyClicks(page.recovery, recovery)
    qtbot.keyClick(page.recovery, Qt.Key.Key_Return)
    dialog = new_passphrase_dialog(qtbot, window)
    with qtbot.waitSignal(window.unlocked, timeout=10_000):
        set_new_passphrase(qtbot, dialog, NEW_PASSPHRASE)


NEW_PASSPHRASE = "papaya kettle orbit meadow"


def new_passphrase_dialog(qtbot: QtBot, window: MainWindow) -> NewPassphraseDialog:
    qtbot.waitUntil(lambda: window.findChild(NewPassphraseDialog) is not None, timeout=10_000)
    dialog = window.findChild(NewPassphraseDialog)
    assert isinstance(dialog, NewPassphraseDialog)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def set_new_passphrase(qtbot: QtBot, dialog: NewPassphraseDialog, passphrase: str) -> None:
    """Type it twice, Enter from each field, as a person does."""
    fields = dialog.fields
    fields.passphrase.setFocus()
    qtbot.keyClicks(fields.passphrase, passphrase)
    qtbot.keyClick(fields.passphrase, Qt.Key.Key_Return)
    assert fields.confirmation.hasFocus()
    qtbot.keyClicks(fields.confirmation, passphrase)
    qtbot.keyClick(fields.confirmation, Qt.Key.Key_Return)


def test_after_the_recovery_key_a_new_passphrase_is_set_and_cannot_be_skipped(
        qtbot: QtBot, profile_dir: Path) -> None:
    """The old passphrase is forgotten: the window asks for a new one twice, with the first
    run's hints, before the workspace opens; the new one unlocks afterwards, the old one no
    longer does, and the recovery key still does."""
    workspace, recovery = ProfileGate(profile_dir, FAST_KDF).create("Awa", PASSPHRASE,
                                                                    PASSPHRASE)
    workspace.close()
    assert recovery is not None
    window = open_window(qtbot, profile_dir)
    unlocked: list[bool] = []
    window.unlocked.connect(lambda: unlocked.append(True))
    page = window.unlock_page
    page.recovery_toggle.click()
    qtbot.keyClicks(page.recovery, recovery)
    qtbot.keyClick(page.recovery, Qt.Key.Key_Return)
    dialog = new_passphrase_dialog(qtbot, window)
    assert window.workspace is None and not unlocked
    assert dialog.fields.passphrase.hasFocus()

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # not skipped: the old passphrase is forgotten
    dialog.close()
    assert dialog.isVisible() and window.workspace is None

    qtbot.keyClicks(dialog.fields.passphrase, "short")
    assert dialog.fields.hint.text() == "Too short: use at least 8 characters."
    dialog.fields.passphrase.clear()
    set_new_passphrase(qtbot, dialog, "short")
    qtbot.waitUntil(dialog.error.isVisible)
    assert dialog.error.text() == "The passphrase must be at least 8 characters long."
    assert dialog.fields.passphrase.hasFocus() and window.workspace is None

    dialog.fields.passphrase.clear()
    dialog.fields.confirmation.clear()
    qtbot.keyClicks(dialog.fields.passphrase, NEW_PASSPHRASE)
    assert dialog.fields.hint.text() == "Strong."
    qtbot.keyClicks(dialog.fields.confirmation, NEW_PASSPHRASE + "!")
    assert dialog.fields.match.text() == "The passphrases differ."
    qtbot.keyClick(dialog.fields.confirmation, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.error.isVisible)
    assert dialog.error.text() == "The two passphrases differ. Type the same passphrase twice."
    assert dialog.fields.confirmation.hasFocus()

    dialog.fields.confirmation.clear()
    with qtbot.waitSignal(window.unlocked, timeout=10_000):
        qtbot.keyClicks(dialog.fields.confirmation, NEW_PASSPHRASE)
        qtbot.keyClick(dialog.fields.confirmation, Qt.Key.Key_Return)
    assert not dialog.isVisible() and unlocked == [True]
    assert workspace_of(window).settings.user_name == "Awa"

    window.lock()
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(page.error.isVisible)
    assert page.error.text().startswith("The passphrase is not right for this profile.")
    unlock(qtbot, window, NEW_PASSPHRASE)
    window.close()
    ProfileGate(profile_dir, FAST_KDF).unlock_with_recovery(recovery).close()


def test_first_run_hints_strength_and_shows_the_recovery_key_until_confirmed(
        qtbot: QtBot, profile_dir: Path) -> None:
    window = open_window(qtbot, profile_dir)
    page = window.first_run
    assert window.stack.currentWidget() is page
    qtbot.keyClicks(page.name, "Awa Diallo")
    qtbot.keyClicks(page.passphrase, "short")
    assert page.hint.text() == "Too short: use at least 8 characters."
    qtbot.keyClicks(page.passphrase, " river mango lantern")
    assert page.hint.text() == "Strong."
    qtbot.keyClicks(page.confirmation, "short river")
    assert page.match.text() == "The passphrases differ."
    page.confirmation.clear()
    qtbot.keyClicks(page.confirmation, "short river mango lantern")
    assert page.match.text() == "The passphrases match."
    qtbot.keyClick(page.confirmation, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: window.findChild(RecoveryKeyDialog) is not None, timeout=10_000)
    dialog = window.findChild(RecoveryKeyDialog)
    assert isinstance(dialog, RecoveryKeyDialog)
    assert len(dialog.key.text()) == 64  # 52 characters in groups of four
    assert not dialog.continue_button.isEnabled()
    dialog.reject()  # Escape does not skip the key
    assert dialog.isVisible()
    dialog.stored.setChecked(True)
    with qtbot.waitSignal(window.unlocked):
        dialog.continue_button.click()
    assert workspace_of(window).settings.user_name == "Awa Diallo"


def test_first_run_refuses_passphrases_that_differ(qtbot: QtBot, profile_dir: Path) -> None:
    window = open_window(qtbot, profile_dir)
    page = window.first_run
    page.name.setText("Awa")
    page.passphrase.setText(PASSPHRASE)
    page.confirmation.setText(PASSPHRASE + "!")
    page.create_button.click()
    qtbot.waitUntil(page.error.isVisible)
    assert page.error.text() == "The two passphrases differ. Type the same passphrase twice."
    assert not (profile_dir / "keys.json").exists()


def test_enter_on_the_demo_checkbox_creates_the_profile(
        qtbot: QtBot, profile_dir: Path) -> None:
    window = open_window(qtbot, profile_dir)
    page = window.first_run
    qtbot.keyClicks(page.name, "Awa Diallo")
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    qtbot.keyClicks(page.confirmation, PASSPHRASE)
    page.demo.setFocus()
    qtbot.keyClick(page.demo, Qt.Key.Key_Space)
    assert page.demo.isChecked()
    with qtbot.waitSignal(page.create_requested, timeout=5_000) as created:
        qtbot.keyClick(page.demo, Qt.Key.Key_Return)
    assert created.args == ["Awa Diallo", PASSPHRASE, PASSPHRASE, True]
    qtbot.waitUntil(lambda: window.findChild(RecoveryKeyDialog) is not None, timeout=10_000)
    assert (profile_dir / "keys.json").exists()
