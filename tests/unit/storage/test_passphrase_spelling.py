"""Passphrases are Unicode-normalized (NFC); profiles made before still open as typed then."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from datacollect_desktop.storage import keys
from datacollect_desktop.storage.errors import WrongPassphrase
from datacollect_desktop.storage.profile import Profile
from tests.conftest import FAST_KDF

pytestmark = pytest.mark.reliability(scenario="Secrets")
COMPOSED = unicodedata.normalize("NFC", "café au lait ñandú")
DECOMPOSED = unicodedata.normalize("NFD", COMPOSED)


def test_composed_and_decomposed_spellings_open_the_same_profile(tmp_path: Path) -> None:
    """Made with "é" as one character (NFC), opened with "e" + a combining accent (NFD, as
    macOS and some keyboards type it), and the other way round."""
    assert COMPOSED != DECOMPOSED
    for made, typed in ((COMPOSED, DECOMPOSED), (DECOMPOSED, COMPOSED)):
        directory = tmp_path / f"made-{len(made)}"
        Profile(directory).create(made, FAST_KDF)[0].close()
        Profile(directory).open(typed).close()
        Profile(directory).change_passphrase(typed, made + "!", FAST_KDF)
        Profile(directory).open(unicodedata.normalize("NFD", made + "!")).close()


def test_a_profile_made_before_normalization_opens_with_the_bytes_it_was_made_with(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A key file wrapped under the NFD bytes as typed (what earlier versions did) still
    opens with them; a wrong passphrase is still refused."""
    directory = tmp_path / "old"
    with monkeypatch.context() as old_version:
        old_version.setattr(keys, "normalized", lambda passphrase: passphrase)
        Profile(directory).create(DECOMPOSED, FAST_KDF)[0].close()
    Profile(directory).open(DECOMPOSED).close()
    with pytest.raises(WrongPassphrase):
        Profile(directory).open(DECOMPOSED + "x")
