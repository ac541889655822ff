"""`datacollect-server`'s help pages and its default command."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from datacollect_desktop.server import cli


def help_text(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    with pytest.raises(SystemExit) as stop:
        cli.main([*args, "--help"])
    assert stop.value.code == 0
    return capsys.readouterr().out


def test_no_command_runs_serve(monkeypatch: pytest.MonkeyPatch,
                               capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    ran: list[argparse.Namespace] = []
    monkeypatch.setattr(cli, "serve", lambda args: ran.append(args) or 0)
    assert cli.main(["--data-dir", str(tmp_path)]) == 0
    assert ran[0].command == "serve" and ran[0].port == 8000

    with pytest.raises(SystemExit):
        cli.main([])
    err = capsys.readouterr().err
    assert "datacollect-server serve" in err and "--data-dir" in err
    assert "required: command" not in err


def test_main_help_describes_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    text = help_text(capsys)
    assert "With no command" in text and "`serve`" in text
    for name in cli.COMMANDS:
        assert name in text
        description = help_text(capsys, name).split("\n\n")[1]
        assert description[0].isupper() and description.endswith("."), (name, description)


def test_create_user_explains_email_and_role(capsys: pytest.CaptureFixture[str]) -> None:
    text = " ".join(help_text(capsys, "create-user").split())
    assert "email the account's email address" in text
    assert "--role {admin,supervisor,field-worker} what the account may do" in text


def test_migrate_names_the_data_dir_as_its_option_does(
        capsys: pytest.CaptureFixture[str]) -> None:
    text = " ".join(help_text(capsys, "migrate").split())
    assert "DATA_DIR/server.db" in text and "DIR/server.db" not in text.replace("DATA_DIR", "")


def test_serve_shows_its_defaults(capsys: pytest.CaptureFixture[str]) -> None:
    text = " ".join(help_text(capsys, "serve").split())
    assert "--host HOST the address to listen on (default: 127.0.0.1)" in text
    assert "--port PORT the TCP port to listen on (default: 8000)" in text
    assert "(default: None)" not in text and "(default: True)" not in text
