"""`constraints.txt` pins every dependency CI installs, within what pyproject.toml allows, and
`scripts/update_constraints.py` turns `pip freeze` output into that file."""

from __future__ import annotations

import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

from scripts.update_constraints import EXTRAS, HEADER, constraints_from_freeze

ROOT = Path(__file__).resolve().parents[2]


def pins() -> dict[str, Version]:
    found: dict[str, Version] = {}
    for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        name, separator, version = line.partition("==")
        assert separator and name and version, f"not a name==version pin: {line!r}"
        found[canonicalize_name(name)] = Version(version)
    return found


def test_every_dependency_ci_installs_is_pinned_within_its_range() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = [Requirement(line) for line in project["dependencies"]]
    for extra in EXTRAS.split(","):
        wanted += [Requirement(line) for line in project["optional-dependencies"][extra]]
    pinned = pins()
    for requirement in wanted:
        if requirement.marker is not None and not requirement.marker.evaluate():
            continue  # not installed on this platform
        name = canonicalize_name(requirement.name)
        assert name in pinned, f"{requirement} has no pin in constraints.txt"
        assert requirement.specifier.contains(pinned[name], prereleases=True), (
            f"constraints.txt pins {name}=={pinned[name]}, outside {requirement}")
    # The server's libraries come with the `server` extra, which CI installs.
    assert {"fastapi", "uvicorn", "psycopg", "psycopg-binary", "starlette"} <= set(pinned)


def test_constraints_are_made_from_pip_freeze() -> None:
    freeze = "\n".join([
        "# Editable install with no version control (datacollect-desktop==0.1.0)",
        "-e /home/someone/datacollect-desktop",
        "Werkzeug==3.1.9",
        "pip==26.3",
        "annotated-types==0.8.0",
        "somepkg @ file:///tmp/somepkg-1.0-py3-none-any.whl",
        "datacollect_desktop==0.1.0",
        "setuptools==84.2.1",
        "",
    ])
    assert constraints_from_freeze(freeze) == HEADER + (
        "annotated-types==0.8.0\nsetuptools==84.2.1\nWerkzeug==3.1.9\n")
