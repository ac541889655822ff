"""Preferences outside the profile: the language, read before anything is unlocked."""

from __future__ import annotations

from pathlib import Path

import pytest

from datacollect_desktop.app.preferences import LANGUAGES, PreferenceFile, Preferences


def test_no_file_means_the_system_language(tmp_path: Path) -> None:
    assert PreferenceFile(tmp_path).load() == Preferences(language="")


def test_a_saved_language_is_read_back(tmp_path: Path) -> None:
    PreferenceFile(tmp_path / "config").save(Preferences(language="ar"))
    assert PreferenceFile(tmp_path / "config").load().language == "ar"
    assert [p.name for p in (tmp_path / "config").iterdir()] == ["preferences.json"]


@pytest.mark.parametrize("content", ["{not json", "[]", '{"language": "xx"}',
                                     '{"language": 3}'])
def test_an_unreadable_or_unknown_value_falls_back_to_the_default(tmp_path: Path,
                                                                   content: str) -> None:
    (tmp_path / "preferences.json").write_text(content, encoding="utf-8")
    assert PreferenceFile(tmp_path).load() == Preferences()


def test_the_languages_are_english_french_spanish_and_arabic() -> None:
    assert set(LANGUAGES) == {"en", "fr", "es", "ar"}
