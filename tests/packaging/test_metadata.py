"""The wheel's metadata: one version (`datacollect_desktop.__version__`), the server's libraries
only in the `server` extra, the SPDX licence; and setuptools builds it without a warning."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
import zipfile
from email.message import Message
from email.parser import Parser
from pathlib import Path

import pytest
from packaging.requirements import Requirement

from datacollect_desktop import __version__
from tests.packaging.test_install import copy_project

ROOT = Path(__file__).resolve().parents[2]
SERVER_STACK = {"fastapi", "starlette", "uvicorn", "psycopg", "psycopg-binary"}
BUILD_WHEEL = ("import sys\nfrom setuptools import build_meta\n"
               "print(build_meta.build_wheel(sys.argv[1]))")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Message, str]:
    """The wheel's METADATA and everything the build printed."""
    pytest.importorskip("setuptools", minversion="77")
    work = tmp_path_factory.mktemp("wheel")
    source = copy_project(work / "source")
    out = work / "dist"
    out.mkdir()
    # The PEP 517 backend itself, so what setuptools prints is captured (pip hides it).
    done = subprocess.run([sys.executable, "-c", BUILD_WHEEL, str(out)], cwd=source,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-4000:]
    wheel = out / done.stdout.strip().splitlines()[-1]
    with zipfile.ZipFile(wheel) as archive:
        name = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        metadata = Parser().parsestr(archive.read(name).decode("utf-8"))
    return metadata, done.stdout + done.stderr


def test_the_wheel_has_the_package_version(built: tuple[Message, str]) -> None:
    metadata, _ = built
    assert metadata["Name"] == "datacollect-desktop"
    assert metadata["Version"] == __version__


def test_the_server_stack_is_only_in_the_server_extra(built: tuple[Message, str]) -> None:
    metadata, _ = built
    requirements = [Requirement(line) for line in metadata.get_all("Requires-Dist") or []]
    plain = {r.name.lower() for r in requirements if r.marker is None}
    assert {"peewee", "sqlcipher3", "pyside6-essentials", "httpx"} <= plain
    assert not plain & SERVER_STACK
    server = {r.name.lower() for r in requirements
              if r.marker is not None and r.marker.evaluate({"extra": "server"})}
    assert {"fastapi", "uvicorn", "psycopg"} <= server
    for requirement in requirements:
        if requirement.name.lower() in SERVER_STACK:
            assert requirement.marker is not None
            assert not requirement.marker.evaluate({"extra": ""}), str(requirement)
            assert requirement.marker.evaluate({"extra": "server"}), str(requirement)
    assert "server" in (metadata.get_all("Provides-Extra") or [])


def test_the_wheel_names_its_licence_in_spdx(built: tuple[Message, str]) -> None:
    metadata, _ = built
    assert metadata["License-Expression"] == "Apache-2.0"
    assert metadata.get_all("License-File") == ["LICENSE"]


def test_setuptools_builds_the_wheel_without_warnings(built: tuple[Message, str]) -> None:
    _, printed = built
    warnings = [line for line in printed.splitlines()
                if re.search(r"Warning\b", line)
                or (line.lower().startswith("warning:")
                    # Python runs with bytecode writing off (PYTHONDONTWRITEBYTECODE).
                    and "byte-compiling is disabled" not in line)]
    assert warnings == []


def test_the_version_is_written_once() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in project["project"]
    assert project["project"]["dynamic"] == ["version"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {
        "attr": "datacollect_desktop.__version__"}
    assert re.fullmatch(r"\d+\.\d+\.\d+", __version__)
    # Nothing else in the package or its packaging writes the version out.
    quoted = re.compile(rf"""["']{re.escape(__version__)}["']""")
    written = [str(path.relative_to(ROOT)) for folder in ("datacollect_desktop", "packaging")
               for path in (ROOT / folder).rglob("*")
               if path.suffix in {".py", ".toml", ".spec", ".desktop", ".sh", ".cfg"}
               and quoted.search(path.read_text(encoding="utf-8"))]
    assert written == ["datacollect_desktop/__init__.py"]
