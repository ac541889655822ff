"""A form in progress survives the process being killed: kill -9 after the autosave."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from datacollect_desktop.ui.register_page import DRAFT_INTERVAL_MS
from tests.gui.conftest import Keys, open_window, unlock

pytestmark = pytest.mark.reliability(scenario="Crash safety")

ROOT = Path(__file__).resolve().parents[2]


def read_line(process: subprocess.Popen[str], seconds: float = 30) -> str:
    deadline = time.monotonic() + seconds
    assert process.stdout is not None
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if line:
            return line.strip()
        if process.poll() is not None:
            break
    raise AssertionError(f"the typist said nothing (exit {process.poll()})")


def test_a_draft_survives_a_killed_process_and_resumes_in_a_new_window(
        qtbot: QtBot, created_profile: Path, keys: Keys) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    typist = subprocess.Popen(
        [sys.executable, "-m", "tests.gui.draft_typist", str(created_profile)],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True)
    try:
        assert read_line(typist) == "typed"
        started = time.monotonic()
        assert read_line(typist) == "draft-saved"
        assert time.monotonic() - started < DRAFT_INTERVAL_MS / 1000 + 2
        assert read_line(typist) == "typed-more"
    finally:
        typist.send_signal(signal.SIGKILL)
        typist.wait()
    assert typist.returncode == -signal.SIGKILL

    window = open_window(qtbot, created_profile)
    unlock(qtbot, window)
    view = window.view
    assert view is not None
    view.show_page("drafts")
    assert view.drafts.table.rowCount() == 1
    assert view.drafts.table.item(0, 0).text() == "Household"
    assert view.drafts.table.item(0, 3).text() == "Mensah household, 75"
    keys(Qt.Key.Key_Return)
    assert view.current_page() == "register"
    form = view.register.form_view
    assert form is not None
    # What was flushed is back; what was typed after the last autosave is lost.
    assert form.values() == {"name": "Mensah household", "monthlyIncome": 75}
