"""First run and unlock through the profile gate."""

from __future__ import annotations

import pytest

from datacollect_desktop.app.gate import ProfileGate, Strength, passphrase_strength
from datacollect_desktop.domain.errors import KnownError
from datacollect_desktop.storage.errors import WrongPassphrase
from tests.conftest import PASSPHRASE


@pytest.mark.parametrize(("text", "strength"), [
    ("", Strength.EMPTY),
    ("abc", Strength.TOO_SHORT),
    ("password1", Strength.WEAK),
    ("aaaaaaaaaaaa", Strength.WEAK),
    ("Kibera2024!", Strength.FAIR),
    ("river mango lantern seven", Strength.STRONG),
])
def test_passphrase_strength_hint(text: str, strength: Strength) -> None:
    assert passphrase_strength(text) == strength


def test_creating_needs_a_name_and_the_same_passphrase_twice(gate: ProfileGate) -> None:
    with pytest.raises(KnownError, match="Enter your name"):
        gate.create(" ", PASSPHRASE, PASSPHRASE)
    with pytest.raises(KnownError, match="differ"):
        gate.create("Awa", PASSPHRASE, PASSPHRASE + "!")
    assert gate.needs_setup()


def test_the_profile_opens_with_its_passphrase_or_recovery_key_only(
        gate: ProfileGate) -> None:
    workspace, recovery = gate.create("Awa", PASSPHRASE, PASSPHRASE)
    workspace.close()
    assert not gate.needs_setup() and recovery is not None
    with pytest.raises(WrongPassphrase, match="Caps Lock"):
        gate.unlock("not the passphrase")
    reopened = gate.unlock(PASSPHRASE)
    assert reopened.settings.user_name == "Awa"
    reopened.close()
    recovered = gate.unlock_with_recovery(recovery.lower())
    recovered.close()
