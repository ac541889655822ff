"""Shared test setup: Qt offscreen before any Qt import, the --slow flag, profile fixtures."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest

from datacollect_desktop.storage.keys import KdfParams
from datacollect_desktop.storage.profile import Profile, Session

# Unit tests create many profiles; the real Argon2id cost is exercised by the CLI tests.
FAST_KDF = KdfParams(iterations=1, lanes=1, memory_cost=8 * 1024)
PASSPHRASE = "correct horse battery staple"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--slow", action="store_true", default=False,
                     help="also run tests marked slow (soak and long fault runs)")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--slow"):
        return
    skip = pytest.mark.skip(reason="slow: run with --slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture
def profile_dir(tmp_path: Path) -> Path:
    return tmp_path / "profile"


@pytest.fixture
def session(profile_dir: Path) -> Iterator[Session]:
    opened, _ = Profile(profile_dir).create(PASSPHRASE, FAST_KDF)
    yield opened
    opened.close()
