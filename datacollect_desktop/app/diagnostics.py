"""A diagnostics bundle for whoever supports the app: the logs, the profile's `stats` and the
environment, in one zip file, without personal data.

What goes in holds no names, answers, passphrases, keys or tokens: the log records none of
them (bugs are logged with their traceback, events by count), `stats` is counts and sizes,
and the home folder's path is written as `~` so not even the account name travels.
"""

from __future__ import annotations

import json
import time
import zipfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from datacollect_desktop.app.errors import LOG_NAME
from datacollect_desktop.app.workspace import Workspace

README = """DataCollect Desktop diagnostics

environment.json  app version, platform, language and where the app keeps its files
stats.json        counts of events and records by type and sync level (only when the
                  profile was unlocked)
logs/             the application log and its rotated copies

Nothing here holds names, form answers, passphrases, keys or sync tokens.
"""


def profile_statistics(workspace: Workspace) -> dict[str, Any]:
    """The `stats` of the unlocked profile: counts and sizes only."""
    return workspace.session.queries.stats()


def _private(text: str, home: Path) -> str:
    return text.replace(str(home), "~")


def write_diagnostics(target: Path, *, log_dir: Path, environment: Mapping[str, Any],
                      stats: Mapping[str, Any] | None, home: Path | None = None) -> Path:
    """Write the bundle to `target` (a `.zip`); returns its path."""
    home = home or Path.home()
    facts = {**environment, "exportedAt": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
    target.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as bundle:
        bundle.writestr("README.txt", README)
        bundle.writestr("environment.json", _private(
            json.dumps(facts, indent=2, ensure_ascii=False, default=str), home))
        if stats is not None:
            bundle.writestr("stats.json", json.dumps(stats, indent=2, ensure_ascii=False))
        for log in sorted(log_dir.glob(f"{LOG_NAME}*")):
            text = log.read_text(encoding="utf-8", errors="replace")
            bundle.writestr(f"logs/{log.name}", _private(text, home))
    return target
