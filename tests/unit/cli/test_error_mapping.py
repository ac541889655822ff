"""The command line tells errors as the window does: the one mapping of app/errors.py."""

from __future__ import annotations

import argparse
import errno
import json
import sqlite3

import pytest

from datacollect_desktop.app.errors import as_known
from datacollect_desktop.cli import commands
from datacollect_desktop.domain.errors import KnownError


def run_raising(exc: BaseException, monkeypatch: pytest.MonkeyPatch) -> int:
    def command(args: argparse.Namespace) -> int:
        raise exc

    monkeypatch.setitem(commands.PROFILE_COMMANDS, "init", command)
    return commands.run(argparse.Namespace(command="init", data_dir=None))


@pytest.mark.parametrize("exc", [
    KnownError("Cannot read {path}.", path="x.json"),
    sqlite3.OperationalError("database is locked"),
    sqlite3.DatabaseError("file is not a database"),
    OSError(errno.ENOSPC, "No space left on device"),
])
def test_a_known_error_is_one_json_line_with_the_windows_words_and_exit_2(
        exc: BaseException, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    known = as_known(exc)
    assert known is not None
    assert run_raising(exc, monkeypatch) == 2
    told = json.loads(capsys.readouterr().err)
    assert told == {"error": known.code, "message": str(known)}


@pytest.mark.parametrize("exc", [ValueError("a bug"), OSError(errno.EACCES, "denied"),
                                 sqlite3.DatabaseError("something else")])
def test_a_bug_is_not_dressed_up_as_a_known_error(
        exc: BaseException, monkeypatch: pytest.MonkeyPatch) -> None:
    assert as_known(exc) is None
    with pytest.raises(type(exc)):
        run_raising(exc, monkeypatch)


def test_an_interrupt_says_so(monkeypatch: pytest.MonkeyPatch,
                              capsys: pytest.CaptureFixture[str]) -> None:
    assert run_raising(KeyboardInterrupt(), monkeypatch) == 2
    assert json.loads(capsys.readouterr().err)["error"] == "interrupted"
