"""GUI fixtures: the real main window on a real encrypted profile, driven by the keyboard."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from datacollect_desktop.app.demo import fill_demo
from datacollect_desktop.app.gate import ProfileGate
from datacollect_desktop.app.workspace import Workspace
from datacollect_desktop.ui.language import install_language, installed_language
from datacollect_desktop.ui.main_window import MainWindow
from datacollect_desktop.ui.style import apply_style
from tests.conftest import FAST_KDF, PASSPHRASE

Keys = Callable[..., None]


@pytest.fixture(autouse=True)
def styled(qapp: QApplication) -> None:
    """The look and the English catalogue, as the app starts (its plurals come from it)."""
    apply_style(qapp)
    if installed_language() is None:
        install_language(qapp, "en")


@pytest.fixture
def created_profile(profile_dir: Path) -> Path:
    """A profile made by the first-run service, closed again."""
    workspace, _ = ProfileGate(profile_dir, FAST_KDF).create("Awa Diallo", PASSPHRASE,
                                                             PASSPHRASE)
    workspace.close()
    return profile_dir


def open_window(qtbot: QtBot, directory: Path, **kwargs: object) -> MainWindow:
    window = MainWindow(directory, kdf=FAST_KDF, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(window, before_close_func=lambda w: w.close())
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def unlock(qtbot: QtBot, window: MainWindow, passphrase: str = PASSPHRASE) -> None:
    page = window.unlock_page
    page.passphrase.setFocus()
    qtbot.keyClicks(page.passphrase, passphrase)
    with qtbot.waitSignal(window.unlocked, timeout=10_000):
        qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)


@pytest.fixture
def window(qtbot: QtBot, created_profile: Path) -> Iterator[MainWindow]:
    """The main window, unlocked through its unlock page."""
    opened = open_window(qtbot, created_profile)
    unlock(qtbot, opened)
    yield opened


def workspace_of(window: MainWindow) -> Workspace:
    assert window.workspace is not None
    return window.workspace


@pytest.fixture
def keys(qtbot: QtBot) -> Keys:
    """Type into whatever has the keyboard focus, as a person at the keyboard does:
    `keys("Awa", Qt.Key.Key_Return, "Diallo")`, `keys(Qt.Key.Key_S, ctrl=True)`."""

    def press(*strokes: str | Qt.Key, ctrl: bool = False, shift: bool = False) -> None:
        modifiers = Qt.KeyboardModifier.NoModifier
        if ctrl:
            modifiers |= Qt.KeyboardModifier.ControlModifier
        if shift:
            modifiers |= Qt.KeyboardModifier.ShiftModifier
        for stroke in strokes:
            target = QApplication.focusWidget()
            assert isinstance(target, QWidget), "nothing has the keyboard focus"
            if isinstance(stroke, str):
                qtbot.keyClicks(target, stroke)
            else:
                qtbot.keyClick(target, stroke, modifiers)

    return press


def open_demo_window(qtbot: QtBot, directory: Path, households: int) -> MainWindow:
    """The window unlocked on `directory`, with `households` demo households listed."""
    window = open_window(qtbot, directory)
    unlock(qtbot, window)
    fill_demo(workspace_of(window), households)
    window.data_changed()
    qtbot.waitUntil(lambda: window.view is not None
                    and (window.view.records.model.total or 0) > 3, timeout=10_000)
    return window
