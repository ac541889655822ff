"""The map of the code (README's "How it is built" and docs/ARCHITECTURE.md) matches the code.

Read from the files, without running anything: every folder, module, class and function the
map names exists (where it names a module and then a name, the name is defined in that
module); the README's tree lists every package and every top-level folder; the table of
contracts is the contracts pyproject.toml declares, and CI runs them.
"""

from __future__ import annotations

import ast
import re
import subprocess
import tomllib
from functools import cache
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PACKAGE = REPO / "datacollect_desktop"
ARCHITECTURE = REPO / "docs" / "ARCHITECTURE.md"
LAYERS = ("domain", "storage", "sync", "server", "app", "ui", "cli", "resources")

# `app/entry.py`, `server/store/`, `storage/schema*.py`, `domain/admission.admit()`.
_CODE_PATH = re.compile(rf"(?:{'|'.join(LAYERS)})/[\w/*]*?(?:\.py)?")
_MODULE_NAME = re.compile(rf"((?:{'|'.join(LAYERS)})/[\w/]+)\.(\w+)\(\)")
# `Registrar.validate()`, `SyncService`, `kept_data()`.
_NAME = re.compile(r"([A-Z]\w*)(?:\.(\w+)\(\))?|([a-z_]\w*)\(\)")
# A path of the repository outside the package: `docs/SYNC.md`, `tests/fieldday/`, `.ci/run`.
_REPO_PATH = re.compile(r"(?:docs|tests|bench|scripts|packaging|\.ci)/[\w./-]*|[\w-]+\.(?:toml|py)")


def repo_tracked() -> list[str]:
    listed = subprocess.run(["git", "ls-files"], cwd=REPO, capture_output=True, text=True,
                            check=True).stdout
    return listed.splitlines()


@cache
def definitions() -> dict[str, dict[str, set[str]]]:
    """For each module of the package (`app/entry.py`): its top-level names, each with the
    names defined in its body (a class's methods; empty for anything else)."""
    found: dict[str, dict[str, set[str]]] = {}
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names: dict[str, set[str]] = {}
        for node in tree.body:
            if isinstance(node, ast.ClassDef):
                names[node.name] = {n.name for n in node.body
                                    if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)}
            elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                names[node.name] = set()
            elif isinstance(node, ast.Assign):
                names.update({t.id: set() for t in node.targets if isinstance(t, ast.Name)})
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                names[node.target.id] = set()
        found[path.relative_to(PACKAGE).as_posix()] = names
    return found


def defined_in(module: str, name: str, member: str | None) -> bool:
    names = definitions().get(module, {})
    return name in names and (member is None or member in names[name])


def defined_anywhere(name: str, member: str | None) -> bool:
    return any(defined_in(module, name, member) for module in definitions())


def code_paths_missing(tokens: list[str]) -> list[str]:
    return [token for token in tokens
            if (_CODE_PATH.fullmatch(token) and not list(PACKAGE.glob(token.rstrip("/"))))
            or (_REPO_PATH.fullmatch(token) and not (REPO / token).exists())]


def names_missing(tokens: list[tuple[str, bool]]) -> list[str]:
    """Names the text gives in backticks (each with whether only a space parts it from the
    one before) that no module defines; a name right after a module's path must be defined
    in that module."""
    missing = []
    module: str | None = None
    for token, adjacent in tokens:
        if not adjacent:
            module = None
        if (pair := _MODULE_NAME.fullmatch(token)) is not None:
            if not defined_in(pair[1] + ".py", pair[2], None):
                missing.append(token)
            module = None
            continue
        if _CODE_PATH.fullmatch(token):
            module = token if token.endswith(".py") and "*" not in token else None
            continue
        named = _NAME.fullmatch(token)
        if named is not None and not token.isupper():  # IMMEDIATE, FULL: SQL, not names
            name, member = (named[1], named[2]) if named[1] else (named[3], None)
            found = (defined_in(module, name, member) if module is not None
                     else defined_anywhere(name, member))
            if not found:
                missing.append(f"{module}: {token}" if module else token)
        module = None
    return missing


def backticked(text: str) -> list[tuple[str, bool]]:
    """The backticked tokens, each with whether only a space parts it from the one before."""
    found = []
    end = 0
    for match in re.finditer(r"`([^`\n]+)`", text):
        found.append((match[1], text[end:match.start()] == " "))
        end = match.end()
    return found


def readme_tree() -> list[str]:
    """The lines of the README's tree of the checkout."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("## How it is built", 1)[1]
    return section.split("```", 2)[1].strip("\n").splitlines()


def test_every_folder_the_readme_tree_names_exists() -> None:
    missing = []
    parent = ""
    for line in readme_tree():
        name = line.split()[0]
        if not line.startswith(" "):
            parent = name
            path = REPO / name
        else:
            path = REPO / parent / name
        if not path.exists():
            missing.append(name)
    assert missing == []


def test_the_readme_tree_lists_every_package_and_every_top_level_folder() -> None:
    lines = readme_tree()
    top = {line.split()[0].rstrip("/") for line in lines if not line.startswith(" ")}
    inner = {line.split()[0].rstrip("/") for line in lines if line.startswith(" ")}
    folders = {path.split("/")[0] for path in repo_tracked() if "/" in path}
    packages = {path.name for path in PACKAGE.iterdir()
                if path.is_dir() and path.name != "__pycache__"}
    assert folders - top == set(), "add these folders to README's tree"
    assert packages - inner == set(), "add these packages to README's tree"


def test_every_module_and_name_the_architecture_map_names_exists() -> None:
    tokens = backticked(ARCHITECTURE.read_text(encoding="utf-8"))
    assert code_paths_missing([token for token, _ in tokens]) == []
    assert names_missing(tokens) == []


def test_the_map_s_table_of_contracts_is_the_contracts_ci_runs() -> None:
    declared = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = {c["name"]: c["type"] for c in declared["tool"]["importlinter"]["contracts"]}
    text = ARCHITECTURE.read_text(encoding="utf-8")
    table = text.split("| Contract | Kind |", 1)[1].split("\n\n", 1)[0]
    rows = [line.split("|") for line in table.splitlines() if line.startswith("| ")]
    described = {cells[1].strip(): cells[2].strip().strip("`") for cells in rows}
    assert described == contracts
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert re.search(r"^echo \"== import-linter\".*lint-imports$", ci, re.MULTILINE)
    assert re.search(r"^echo \"== vulture\".*vulture$", ci, re.MULTILINE)
