"""The PyInstaller bundles build, and run on a machine without Python: the window's smoke tour
in every language (offscreen), `--version`, and the sync server answering on loopback.

Building both bundles takes about a minute (`packaging/build.py` prints the time); the build
is shared by the tests of this module.
"""

from __future__ import annotations

import configparser
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from datacollect_desktop import __version__
from tests.gui.test_smoke import TOUR

pytest.importorskip("PyInstaller", reason="the `package` extra is not installed")

ROOT = Path(__file__).resolve().parents[2]
BUILD_TIMEOUT_S = 1200


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("bundles")
    started = time.monotonic()
    done = subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py"),
                           "--dist", str(out / "dist"), "--work", str(out / "work")],
                          cwd=ROOT, capture_output=True, text=True, timeout=BUILD_TIMEOUT_S)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-4000:]
    print(f"bundles built in {time.monotonic() - started:.0f} s")  # shown with -s
    return out / "dist"


def isolated_env(home: Path) -> dict[str, str]:
    """Offscreen, and every platformdirs folder (logs, preferences) inside `home`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "QT_", "XDG_"))}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_CONFIG_HOME=str(home / "config"),
               XDG_STATE_HOME=str(home / "state"), XDG_DATA_HOME=str(home / "data"),
               XDG_CACHE_HOME=str(home / "cache"))
    return env


def run(program: Path, *args: str, home: Path, timeout: float = 120
        ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(program), *args], capture_output=True, text=True,
                          timeout=timeout, env=isolated_env(home), cwd=home)


def test_the_app_bundle_says_its_version(dist: Path, tmp_path: Path) -> None:
    done = run(dist / "datacollect-desktop" / "datacollect-desktop", "--version",
               home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"datacollect-desktop {__version__}"


@pytest.mark.parametrize("language", ["en", "fr", "es", "ar"])
def test_the_app_bundle_passes_its_smoke_tour(dist: Path, tmp_path: Path,
                                              language: str) -> None:
    done = run(dist / "datacollect-desktop" / "datacollect-desktop", "--smoke", "--language",
               language, "--data-dir", str(tmp_path / "profile"), home=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    visited = [line.split(": ")[1] for line in done.stdout.splitlines()
               if line.startswith("smoke: ")]
    assert visited == TOUR
    assert (tmp_path / "profile" / "keys.json").exists()
    log = tmp_path / "state" / "datacollect-desktop" / "log" / "datacollect-desktop.log"
    assert f"language {language}" in log.read_text(encoding="utf-8")


def test_the_app_bundle_runs_headless_commands(dist: Path, tmp_path: Path) -> None:
    program = str(dist / "datacollect-desktop" / "datacollect-desktop")
    env = {**isolated_env(tmp_path), "DATACOLLECT_PASSPHRASE": "a passphrase for the bundle"}
    profile = str(tmp_path / "profile")
    for command in (["demo", "--households", "2"], ["verify"]):
        done = subprocess.run([program, "--data-dir", profile, *command], capture_output=True,
                              text=True, timeout=120, env=env)
        assert done.returncode == 0, done.stderr
    assert '"ok": true' in done.stdout


def test_the_app_bundle_leaves_out_qt_modules_it_does_not_use(dist: Path) -> None:
    names = {path.name for path in (dist / "datacollect-desktop").rglob("*")}
    for unused in ("libQt6Qml.so.6", "libQt6Quick.so.6", "libQt6Pdf.so.6", "QtQml.abi3.so",
                   "libQt6Sql.so.6"):
        assert unused not in names
    # The server extra stays out of the application.
    assert not any(name.startswith(("fastapi", "starlette", "uvicorn", "psycopg"))
                   for name in names)
    translations = {path.name for path in (dist / "datacollect-desktop").rglob(
        "PySide6/Qt/translations/*.qm")}
    assert translations == {f"qtbase_{code}.qm" for code in ("en", "fr", "es", "ar")}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="freedesktop integration")
def test_the_linux_bundle_installs_a_menu_entry_and_icons(dist: Path, tmp_path: Path) -> None:
    bundle = dist / "datacollect-desktop"
    prefix = tmp_path / "prefix"
    done = subprocess.run(["sh", str(bundle / "install.sh"), str(prefix)], capture_output=True,
                          text=True, timeout=120, env=isolated_env(tmp_path))
    assert done.returncode == 0, done.stderr
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(prefix / "share" / "applications" / "datacollect-desktop.desktop",
               encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application" and desktop["Icon"] == "datacollect-desktop"
    command = Path(desktop["Exec"])
    assert command == prefix / "bin" / "datacollect-desktop"
    assert run(command, "--version", home=tmp_path).stdout.startswith("datacollect-desktop")
    icons = prefix / "share" / "icons" / "hicolor"
    assert (icons / "scalable" / "apps" / "datacollect-desktop.svg").exists()
    assert (icons / "256x256" / "apps" / "datacollect-desktop.png").stat().st_size > 500


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture
def server(dist: Path, tmp_path: Path) -> Iterator[str]:
    port = free_port()
    process = subprocess.Popen(
        [str(dist / "datacollect-server" / "datacollect-server"), "serve", "--host",
         "127.0.0.1", "--port", str(port), "--data-dir", str(tmp_path / "server")],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=isolated_env(tmp_path))
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_the_server_bundle_says_its_version(dist: Path, tmp_path: Path) -> None:
    done = run(dist / "datacollect-server" / "datacollect-server", "--version", home=tmp_path)
    assert done.stdout.strip() == f"datacollect-server {__version__}"


def test_the_server_bundle_serves_on_loopback(server: str) -> None:
    deadline = time.monotonic() + 60
    while True:
        try:
            answer = httpx.get(f"{server}/health", timeout=2)
            break
        except httpx.HTTPError:
            assert time.monotonic() < deadline, "the bundled server did not answer"
            time.sleep(0.2)
    assert answer.status_code == 200 and answer.json()["status"] == "ok"
