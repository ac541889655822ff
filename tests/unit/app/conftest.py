"""Fixtures for the application services: an unlocked workspace on a fresh profile."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from datacollect_desktop.app.gate import ProfileGate
from datacollect_desktop.app.workspace import Workspace
from tests.conftest import FAST_KDF, PASSPHRASE


@pytest.fixture
def gate(profile_dir: Path) -> ProfileGate:
    return ProfileGate(profile_dir, FAST_KDF)


@pytest.fixture
def workspace(gate: ProfileGate) -> Iterator[Workspace]:
    opened, _ = gate.create("Awa Diallo", PASSPHRASE, PASSPHRASE)
    yield opened
    opened.close()
