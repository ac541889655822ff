"""`datacollect-desktop --smoke` runs the whole window offscreen and exits 0."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Every step of `--smoke`, in order (the packaged bundle's tour is checked against it too).
TOUR = ["translations", "first run", "recovery key shown once", "demo data", "register",
        "save a household", "records", "records listed", "detail", "drafts", "needs attention",
        "audit history", "audit entries listed", "timeline", "timeline loaded",
        "registry as of", "registry then", "integrity", "verify now", "verified", "conflicts",
        "duplicates", "settings", "keyboard shortcuts", "about"]


def run_smoke(data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "datacollect_desktop", "--smoke",
                           "--data-dir", str(data_dir)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def test_smoke_visits_every_main_screen_on_a_fresh_profile_and_exits_0(
        tmp_path: Path) -> None:
    done = run_smoke(tmp_path / "profile")
    assert done.returncode == 0, done.stderr
    visited = [line.split(": ")[1] for line in done.stdout.splitlines()]
    assert visited == TOUR


def test_smoke_refuses_a_directory_that_holds_a_profile(created_profile: Path) -> None:
    done = run_smoke(created_profile)
    assert done.returncode == 2
    assert "already holds a profile" in done.stderr
