"""Refresh `constraints.txt`: `python scripts/update_constraints.py [--venv DIR]`.

The file pins every distribution that `pip install -e '.[dev,server,package]'` installs (the
direct dependencies of pyproject.toml and what they pull in), so CI and developers install the
versions that were tested: `pip install -c constraints.txt -e '.[dev,server,package]'`.

By default the script makes a new virtual environment in a temporary folder with this Python,
installs the project and those extras there without constraints (so pip picks the newest
versions pyproject.toml allows), and writes what `pip freeze` lists, less pip and the project
itself. `--venv DIR` freezes an existing environment instead (one that installed the same
extras). Run the tests with the new pins before committing the file.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CONSTRAINTS = ROOT / "constraints.txt"
EXTRAS = "dev,server,package"
PROJECT = "datacollect-desktop"
HEADER = f"""\
# The versions CI installs: pip install -c constraints.txt -e '.[{EXTRAS}]'
# Made by scripts/update_constraints.py from `pip freeze`; refresh with that script.
"""


def canonical(name: str) -> str:
    return name.lower().replace("_", "-").replace(".", "-")


def constraints_from_freeze(freeze: str) -> str:
    """The constraints file for `pip freeze --all` output: `name==version` lines, sorted by
    name, without pip, the project, editable or direct-URL installs."""
    pins: dict[str, str] = {}
    for line in freeze.splitlines():
        line = line.strip()
        if not line or line.startswith(("#", "-e ")) or "==" not in line or " @ " in line:
            continue
        name, _, version = line.partition("==")
        if canonical(name) in {"pip", PROJECT}:
            continue
        pins[canonical(name)] = f"{name}=={version}"
    return HEADER + "".join(f"{pins[key]}\n" for key in sorted(pins))


def python_of(folder: Path) -> Path:
    return folder / ("Scripts" if sys.platform == "win32" else "bin") / "python"


def freeze(python: Path) -> str:
    return subprocess.run([str(python), "-m", "pip", "freeze", "--all", "--exclude-editable"],
                          check=True, capture_output=True, text=True).stdout


def fresh_freeze() -> str:
    with tempfile.TemporaryDirectory(prefix="constraints-") as folder:
        env = Path(folder) / "venv"
        venv.create(env, with_pip=True)
        python = python_of(env)
        subprocess.run([str(python), "-m", "pip", "install", "-q", "--upgrade", "pip"],
                       check=True)
        subprocess.run([str(python), "-m", "pip", "install", "-q", "-e", f".[{EXTRAS}]"],
                       check=True, cwd=ROOT)
        return freeze(python)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--venv", type=Path, default=None,
                        help="freeze this virtual environment instead of making a new one")
    parser.add_argument("--output", type=Path, default=CONSTRAINTS)
    args = parser.parse_args(argv)
    if args.venv is not None and not python_of(args.venv).exists():
        parser.error(f"{args.venv} is not a virtual environment (no {python_of(args.venv)})")
    listed = freeze(python_of(args.venv)) if args.venv is not None else fresh_freeze()
    text = constraints_from_freeze(listed)
    args.output.write_text(text, encoding="utf-8")
    pins = sum(1 for line in text.splitlines() if not line.startswith("#"))
    print(f"wrote {pins} pins to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
