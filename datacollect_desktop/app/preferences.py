"""Preferences of the person at this laptop that are needed before a profile is unlocked (the
window's language), kept in the platform's config directory, outside every profile.

They hold nothing secret or personal: the encrypted profile keeps everything else.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, fields
from pathlib import Path

import platformdirs

PREFERENCES_NAME = "preferences.json"
#: The languages the window is translated into, by code, each named in its own language.
LANGUAGES = {"en": "English", "fr": "Français", "es": "Español", "ar": "العربية"}


def default_config_dir() -> Path:
    return platformdirs.user_config_path("datacollect-desktop", appauthor=False)


@dataclass(frozen=True)
class Preferences:
    """`language` is a code of `LANGUAGES`, or "" for the system's language."""

    language: str = ""


class PreferenceFile:
    """Reads and writes `Preferences` as JSON; a missing or unreadable file means defaults."""

    def __init__(self, directory: Path | None = None) -> None:
        self.path = (directory or default_config_dir()) / PREFERENCES_NAME

    def load(self) -> Preferences:
        try:
            doc = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return Preferences()
        if not isinstance(doc, dict):
            return Preferences()
        known = {f.name for f in fields(Preferences)}
        values = {k: v for k, v in doc.items() if k in known and isinstance(v, str)}
        if values.get("language", "") not in ("", *LANGUAGES):
            values.pop("language")
        return Preferences(**values)

    def save(self, preferences: Preferences) -> None:
        """Replace the file in one step, so a crash leaves the old or the new one whole."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=self.path.parent, suffix=".tmp")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                json.dump(asdict(preferences), stream, ensure_ascii=False, indent=2)
            os.replace(temporary, self.path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
