"""What packaging/build.py asks of PyInstaller, checked without building: the application's
bundle leaves the server extra out, and the server's bundle is not built without it."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
SERVER_STACK = ("fastapi", "starlette", "uvicorn", "psycopg", "psycopg_binary",
                "datacollect_desktop.server")


@pytest.fixture
def build(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    # Loaded from its file: `packaging` is also the name of the PyPA library.
    spec = importlib.util.spec_from_file_location("packaging_build",
                                                  ROOT / "packaging" / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, module)  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def excluded(args: list[str]) -> set[str]:
    return {args[i + 1] for i, arg in enumerate(args) if arg == "--exclude-module"}


def test_the_application_bundle_excludes_the_server_stack(build: ModuleType,
                                                          tmp_path: Path) -> None:
    app = build.targets()["app"]
    args = build.pyinstaller_args(app, tmp_path / "dist", tmp_path / "work", windowed=False)
    assert set(SERVER_STACK) <= excluded(args)
    server = build.targets()["server"]
    args = build.pyinstaller_args(server, tmp_path / "dist", tmp_path / "work", windowed=False)
    assert not set(SERVER_STACK) & excluded(args)
    assert {"fastapi", "uvicorn", "psycopg"} <= set(server.needs)


def test_the_server_bundle_is_not_built_without_the_server_extra(
        build: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(build, "SERVER_EXTRA", ("fastapi", "a_library_not_installed"))
    monkeypatch.delitem(sys.modules, "PyInstaller", raising=False)
    code = build.main(["--only", "server", "--dist", str(tmp_path / "dist"),
                       "--work", str(tmp_path / "work")])
    assert code == 2
    assert "needs the server extra (a_library_not_installed not installed)" in (
        capsys.readouterr().err)
    assert not (tmp_path / "dist").exists()
    assert "PyInstaller" not in sys.modules


def test_the_application_bundle_keeps_every_qt_module_the_window_imports(
        build: ModuleType) -> None:
    imported = {name for path in (ROOT / "datacollect_desktop").rglob("*.py")
                for name in re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8"))}
    assert {"QtCore", "QtGui", "QtWidgets"} <= imported
    assert not imported & set(build.UNUSED_QT)
