"""Shared test setup: Qt offscreen before any Qt import, the --slow and --soak flags, the
reliability results file, profile fixtures."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest

from datacollect_desktop.storage.keys import KdfParams
from datacollect_desktop.storage.profile import Profile, Session
from tests.reliability.recorder import DEFAULT_RESULTS, TALLY, Recorder, Tally

# Unit tests create many profiles; the real Argon2id cost is exercised by the CLI tests.
FAST_KDF = KdfParams(iterations=1, lanes=1, memory_cost=8 * 1024)
PASSPHRASE = "correct horse battery staple"
SOAK_ENV = "RELIABILITY_SOAK"
SOAK_DEFAULT = 10


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--slow", action="store_true", default=False,
                     help="also run tests marked slow (soak and long fault runs)")
    parser.addoption("--soak", type=int, nargs="?", const=SOAK_DEFAULT, default=None,
                     metavar="N",
                     help=f"soak the reliability suite: N times its iterations (default "
                     f"{SOAK_DEFAULT}; also {SOAK_ENV}=N), with the slow reliability tests")
    parser.addoption("--reliability-results", type=Path, default=None, metavar="PATH",
                     help=f"where reliability tests record outcomes and counts (default "
                     f"{DEFAULT_RESULTS})")


def soak_factor(config: pytest.Config) -> int:
    """1 in CI; N under `--soak N` or RELIABILITY_SOAK=N."""
    value = config.getoption("--soak") or int(os.environ.get(SOAK_ENV) or 0)
    return max(1, int(value))


def pytest_configure(config: pytest.Config) -> None:
    path = config.getoption("--reliability-results") or config.rootpath / DEFAULT_RESULTS
    config.pluginmanager.register(Recorder(path, soak_factor(config)), "reliability-recorder")
    # Hypothesis settings are made when test modules are imported: they read the variable.
    os.environ[SOAK_ENV] = str(soak_factor(config))


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    soak = soak_factor(config)
    if soak > 1:
        default = float(config.getini("timeout") or 300)
        for item in items:
            if "reliability" in item.keywords:
                marker = item.get_closest_marker("timeout")
                base = float(marker.args[0]) if marker and marker.args else default
                item.add_marker(pytest.mark.timeout(base * soak), append=False)
    if config.getoption("--slow"):
        return
    skip = pytest.mark.skip(reason="slow: run with --slow")
    for item in items:
        if "slow" in item.keywords and not (soak > 1 and "reliability" in item.keywords):
            item.add_marker(skip)


@pytest.fixture
def soak(request: pytest.FixtureRequest) -> int:
    """How many times the reliability suite multiplies its iterations (1 in CI)."""
    return soak_factor(request.config)


@pytest.fixture
def tally(request: pytest.FixtureRequest) -> Tally:
    """Counts a reliability test records for docs/RELIABILITY.md (see tests/reliability)."""
    found = request.node.stash.get(TALLY, None)
    if found is None:
        found = request.node.stash[TALLY] = Tally()
    return found


@pytest.fixture
def profile_dir(tmp_path: Path) -> Path:
    return tmp_path / "profile"


@pytest.fixture
def session(profile_dir: Path) -> Iterator[Session]:
    opened, _ = Profile(profile_dir).create(PASSPHRASE, FAST_KDF)
    yield opened
    opened.close()
