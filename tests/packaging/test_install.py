"""The desktop installs and runs without the sync server's libraries (the `server` extra).

The fast tests run the desktop in a child Python where importing FastAPI, Starlette, uvicorn or
psycopg fails, as it does after `pip install datacollect-desktop`. The slow one installs the
project into a new virtual environment with pip, as a user would.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest
from packaging.utils import canonicalize_name

from datacollect_desktop import __version__
from datacollect_desktop.server.entry import EXIT_MISSING_EXTRA, MISSING_EXTRA

ROOT = Path(__file__).resolve().parents[2]
SERVER_LIBRARIES = ("fastapi", "starlette", "uvicorn", "psycopg")

# Run first in the child: every import of a server library fails as if it were not installed.
BLOCK_SERVER_LIBRARIES = textwrap.dedent(f"""
    import importlib.abc
    import sys

    BLOCKED = {SERVER_LIBRARIES!r}

    class BlockServerLibraries(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name.partition(".")[0] in BLOCKED:
                raise ModuleNotFoundError(f"No module named {{name!r}}", name=name)
            return None

    sys.meta_path.insert(0, BlockServerLibraries())
""")


def run_blocked(code: str, *args: str, env: dict[str, str] | None = None,
                timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """`code` in a child Python that cannot import the server libraries."""
    child_env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen",
                 **(env or {})}
    return subprocess.run([sys.executable, "-c", BLOCK_SERVER_LIBRARIES + code, *args],
                          capture_output=True, text=True, timeout=timeout, cwd=ROOT,
                          env=child_env)


def test_the_blocker_stops_the_server_libraries() -> None:
    done = run_blocked("import fastapi")
    assert done.returncode != 0 and "No module named 'fastapi'" in done.stderr


# Imports every module of the desktop (all but the server's, and its entry point), then prints
# what it imported and which server libraries ended up loaded.
IMPORT_THE_DESKTOP = textwrap.dedent(f"""
    import importlib, json, pkgutil, sys
    import datacollect_desktop

    desktop = [info.name for info in pkgutil.walk_packages(
                   datacollect_desktop.__path__, "datacollect_desktop.")
               if not info.name.endswith(".__main__")
               and not info.name.startswith("datacollect_desktop.server.")]
    desktop.append("datacollect_desktop.server.entry")
    for name in desktop:
        importlib.import_module(name)
    print(json.dumps({{"imported": desktop, "server": sorted(
        n for n in sys.modules if n.partition(".")[0] in {SERVER_LIBRARIES!r})}}))
""")


def check_the_desktop_imported(stdout: str) -> None:
    result = json.loads(stdout.splitlines()[-1])
    assert result["server"] == []
    imported = set(result["imported"])
    # Every layer of the desktop was imported, the window's modules included.
    for module in ("datacollect_desktop.cli.commands", "datacollect_desktop.ui.main_window",
                   "datacollect_desktop.app.workspace", "datacollect_desktop.sync.engine",
                   "datacollect_desktop.storage.profile", "datacollect_desktop.domain.events"):
        assert module in imported


def test_every_desktop_module_imports_without_the_server_libraries() -> None:
    done = run_blocked(IMPORT_THE_DESKTOP)
    assert done.returncode == 0, done.stderr
    check_the_desktop_imported(done.stdout)


def test_the_desktop_commands_run_without_the_server_libraries(tmp_path: Path) -> None:
    profile = str(tmp_path / "profile")
    env = {"DATACOLLECT_PASSPHRASE": "a passphrase without the server",
           "HOME": str(tmp_path), "XDG_STATE_HOME": str(tmp_path / "state"),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data")}
    run_cli = "from datacollect_desktop.cli import main\nsys.exit(main(sys.argv[1:]))"
    version = run_blocked(run_cli, "--version", env=env)
    assert version.stdout.strip() == f"datacollect-desktop {__version__}", version.stderr
    for command in (["demo", "--households", "1"], ["verify"]):
        done = run_blocked(run_cli, "--data-dir", profile, *command, env=env)
        assert done.returncode == 0, done.stderr
    assert '"ok": true' in done.stdout


def test_the_server_command_without_the_extra_says_how_to_install_it() -> None:
    done = run_blocked("from datacollect_desktop.server.entry import main\n"
                       "sys.exit(main(sys.argv[1:]))", "serve", "--data-dir", "unused")
    assert done.returncode == EXIT_MISSING_EXTRA == 2
    assert done.stderr.strip() == f"datacollect-server: {MISSING_EXTRA}"
    assert "pip install 'datacollect-desktop[server]'" in MISSING_EXTRA
    assert done.stdout == ""


def test_the_server_command_with_the_extra_runs_the_server_cli() -> None:
    done = subprocess.run([sys.executable, "-m", "datacollect_desktop.server", "--version"],
                          capture_output=True, text=True, timeout=120, cwd=ROOT,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"datacollect-server {__version__}"


def copy_project(target: Path) -> Path:
    """The project's sources without build output, caches or virtual environments."""
    shutil.copytree(ROOT, target, ignore=shutil.ignore_patterns(
        ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".*_cache",
        ".hypothesis", "results"))
    return target


@dataclass(frozen=True)
class Installed:
    venv: Path
    bin_dir: Path
    env: dict[str, str]
    home: Path

    def run(self, program: str, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(self.bin_dir / program), *args], capture_output=True,
                              text=True, timeout=300, env=self.env, cwd=self.home)


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    """`pip install PROJECT` (no extra) into a new virtual environment, at the pinned versions
    CI installs, so pip mostly reuses what it already downloaded."""
    home = tmp_path_factory.mktemp("install")
    # Nothing of the checkout or of this environment's PYTHON* settings leaks in.
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(home),
               XDG_STATE_HOME=str(home / "state"), XDG_CONFIG_HOME=str(home / "config"),
               DATACOLLECT_PASSPHRASE="a passphrase without the server")
    venv = home / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    bin_dir = venv / ("Scripts" if sys.platform == "win32" else "bin")
    source = copy_project(home / "source")
    done = subprocess.run([str(bin_dir / "python"), "-m", "pip", "install", "-q", "-c",
                           str(source / "constraints.txt"), str(source)],
                          capture_output=True, text=True, timeout=1200, env=env, cwd=home)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-4000:]
    return Installed(venv, bin_dir, env, home)


@pytest.mark.slow
def test_pip_install_of_the_project_leaves_the_server_stack_out(installed: Installed) -> None:
    listed = installed.run("python", "-c", "import importlib.metadata as m, json; "
                           "print(json.dumps([d.metadata['Name'] for d in m.distributions()]))")
    names = {canonicalize_name(name) for name in json.loads(listed.stdout)}
    assert "datacollect-desktop" in names and "pyside6-essentials" in names
    assert not names & {"fastapi", "starlette", "uvicorn", "psycopg", "psycopg-binary"}

    where = installed.run("python", "-c",
                          "import datacollect_desktop; print(datacollect_desktop.__file__)")
    assert where.stdout.startswith(str(installed.venv)), where.stdout + where.stderr
    imported = installed.run("python", "-c", IMPORT_THE_DESKTOP)
    assert imported.returncode == 0, imported.stderr[-4000:]
    check_the_desktop_imported(imported.stdout)

    desktop = installed.run("datacollect-desktop", "--version")
    assert desktop.stdout.strip() == f"datacollect-desktop {__version__}", desktop.stderr
    profile = str(installed.home / "profile")
    for command in (["init"], ["verify"]):
        done = installed.run("datacollect-desktop", "--data-dir", profile, *command)
        assert done.returncode == 0, done.stderr[-4000:]
    assert '"ok": true' in done.stdout

    server = installed.run("datacollect-server", "--version")
    assert server.returncode == 2
    assert server.stderr.strip() == f"datacollect-server: {MISSING_EXTRA}"


@pytest.mark.slow
def test_pip_install_of_the_project_has_the_bundled_config(installed: Installed) -> None:
    done = installed.run("datacollect-desktop", "--data-dir", str(installed.home / "demo"),
                         "demo", "--households", "1")
    assert done.returncode == 0, done.stderr[-4000:]
    # The window's icons travel with the package too.
    icons = installed.run("python", "-c", "from datacollect_desktop.app.app_config import "
                          "RESOURCES; print(sorted(p.name for p in (RESOURCES / 'icons').glob("
                          "'*.svg')))")
    assert icons.returncode == 0, icons.stderr[-4000:]
    assert "'app.svg'" in icons.stdout and "'records.svg'" in icons.stdout
