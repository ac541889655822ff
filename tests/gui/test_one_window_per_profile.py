"""One window per profile: a second window on a profile another window has open is refused
in plain words until that window locks, closes or ends (even by a kill); the command line
works beside an open window."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from datacollect_desktop.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.gui.conftest import Keys, open_window, unlock

REPO = Path(__file__).resolve().parents[2]
IN_USE = ("This profile is open in another DataCollect window. Close that window first, "
          "or switch to it.")


def refused(qtbot: QtBot, window: MainWindow) -> None:
    """Unlocking `window` with the right passphrase is refused: the profile is held."""
    page = window.unlock_page
    page.passphrase.setFocus()
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(page.error.isVisible, timeout=10_000)
    assert page.error.text() == IN_USE
    assert window.workspace is None and window.stack.currentWidget() is page
    assert page.card.isEnabled()  # the person can try again


def test_a_second_window_is_refused_until_the_first_locks(
        qtbot: QtBot, created_profile: Path, keys: Keys) -> None:
    first = open_window(qtbot, created_profile)
    unlock(qtbot, first)
    second = open_window(qtbot, created_profile)
    refused(qtbot, second)
    refused(qtbot, second)  # trying again while it is held is refused again

    first.activateWindow()
    qtbot.waitUntil(lambda: first.isActiveWindow())
    assert first.view is not None
    first.view.show_page("register")
    keys(Qt.Key.Key_L, ctrl=True)
    qtbot.waitUntil(lambda: first.stack.currentWidget() is first.unlock_page)
    second.activateWindow()
    qtbot.waitUntil(lambda: second.isActiveWindow())
    unlock(qtbot, second)
    assert second.workspace is not None

    refused(qtbot, first)  # now the first is the second one
    second.close()
    unlock(qtbot, first)  # closing the window let go of it too


def test_a_window_left_at_its_recovery_key_still_holds_the_profile_until_closed(
        qtbot: QtBot, profile_dir: Path) -> None:
    first = open_window(qtbot, profile_dir)
    page = first.first_run
    qtbot.keyClicks(page.name, "Awa Diallo")
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    qtbot.keyClicks(page.confirmation, PASSPHRASE)
    qtbot.keyClick(page.confirmation, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: first.pending is not None, timeout=10_000)
    second = open_window(qtbot, profile_dir)
    refused(qtbot, second)
    first.close()
    second.unlock_page.reset()
    second.unlock_page.passphrase.setFocus()
    qtbot.keyClicks(second.unlock_page.passphrase, PASSPHRASE)
    qtbot.keyClick(second.unlock_page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: second.pending is not None, timeout=10_000)  # the key, again
    assert not second.unlock_page.error.isVisible()


HOLDER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from datacollect_desktop.app.gate import ProfileGate
    from tests.conftest import FAST_KDF, PASSPHRASE

    workspace = ProfileGate(Path(sys.argv[1]), FAST_KDF, exclusive=True).unlock(PASSPHRASE)
    print("held", flush=True)
    sys.stdin.read()  # until killed
""")


@pytest.fixture
def holder(created_profile: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process holding the profile as a window does, through the same function."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(REPO), os.environ.get("PYTHONPATH", "")])}
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(created_profile)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                            env=env, cwd=REPO)
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "held"
        yield proc
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.communicate(timeout=30)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_killed_holder_lets_go_of_the_profile(
        qtbot: QtBot, created_profile: Path, holder: subprocess.Popen[str]) -> None:
    window = open_window(qtbot, created_profile)
    refused(qtbot, window)
    holder.send_signal(signal.SIGKILL)
    holder.wait(timeout=30)
    unlock(qtbot, window)
    assert window.workspace is not None


def test_the_command_line_works_beside_an_open_window(
        qtbot: QtBot, window: MainWindow, created_profile: Path) -> None:
    env = {**os.environ, "DATACOLLECT_PASSPHRASE": PASSPHRASE, "PYTHONPATH": os.pathsep.join(
        [str(REPO), os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run([sys.executable, "-m", "datacollect_desktop", "--data-dir",
                           str(created_profile), "stats"], capture_output=True, text=True,
                          env=env, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert isinstance(json.loads(done.stdout), dict)
    assert window.workspace is not None
