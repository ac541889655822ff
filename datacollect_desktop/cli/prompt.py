"""Passphrases from the environment or a no-echo prompt, and reading submitted JSON."""

from __future__ import annotations

import getpass
import os
import sys
from typing import Any

from datacollect_desktop.domain.canonical import parse_json
from datacollect_desktop.domain.errors import KnownError
from datacollect_desktop.storage.store import Rejected


def secret(env: str, prompt: str, *, confirm: bool = False) -> str:
    """A secret from `env`, else typed without echo (twice when `confirm`)."""
    value = os.environ.get(env)
    if value is not None:
        return value
    if not sys.stdin.isatty() and not os.path.exists("/dev/tty"):
        raise KnownError(f"No passphrase given: set {env} or run in a terminal.")
    try:
        value = getpass.getpass(f"{prompt}: ")
        if confirm and getpass.getpass(f"{prompt} (again): ") != value:
            raise KnownError("The two passphrases differ; nothing was changed.")
    except (EOFError, OSError):
        raise KnownError(f"No passphrase given: set {env} or run in a terminal.") from None
    return value


def read_submission(data: bytes) -> list[Any]:
    """A JSON object, a JSON array, or JSON lines. A bad line becomes a `Rejected` in place."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("utf-8", errors="replace")
    stripped = text.strip()
    if not stripped:
        return []
    try:
        whole = parse_json(stripped)
    except ValueError:
        whole = None
    else:
        if isinstance(whole, list):
            return list(whole)
        return [whole]
    items: list[Any] = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            items.append(parse_json(line))
        except ValueError as exc:
            items.append(Rejected(f"line {number}: malformed JSON: {exc}"))
    return items
