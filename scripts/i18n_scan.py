"""Reading the source for translatable text, without importing it (shared by
`update_translations.py` and the tests).

Two kinds of text reach the window:
- `ui/` strings, which go through `self.tr(...)` or `QCoreApplication.translate(...)` and are
  found by `pyside6-lupdate`;
- sentences made below `ui/` (errors, the form validator, sync status), which cannot use Qt:
  they are `Message` templates, or the template given to a `KnownError` class. This module
  finds those templates so they can be added to the translations under `MESSAGE_CONTEXT`.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "datacollect_desktop"
UI = PACKAGE / "ui"
#: The translation context of `Message` templates (see `datacollect_desktop/ui/messages.py`).
MESSAGE_CONTEXT = "Messages"
#: Layers whose user-facing sentences must be templates, never f-strings.
TEMPLATED = (PACKAGE / "app", PACKAGE / "storage", PACKAGE / "sync", PACKAGE / "domain" / "forms")

# Calls in ui/ whose string arguments are shown to people.
SHOWN_BY_METHOD = frozenset({
    "setText", "setToolTip", "setWindowTitle", "setPlaceholderText", "setStatusTip",
    "setWhatsThis", "setTitle", "setLabelText", "setInformativeText", "setDetailedText",
    "showMessage", "setAccessibleName", "setAccessibleDescription", "setSuffix", "setPrefix",
    "setFormat", "setSpecialValueText", "setHorizontalHeaderLabels", "setVerticalHeaderLabels",
    "setHeaderLabels", "setHeaderLabel", "setTabText", "setItemText", "addTab", "insertTab",
    "addAction", "addMenu", "addButton", "addItem", "insertItem", "addItems", "addRow",
    "insertRow", "setButtonText", "setNameFilter", "information", "warning", "critical",
    "question", "about", "getOpenFileName", "getSaveFileName", "getExistingDirectory",
    "getText", "getItem", "tell", "ask",
})
SHOWN_BY_CLASS = frozenset({
    "QLabel", "QPushButton", "QToolButton", "QCheckBox", "QRadioButton", "QGroupBox",
    "QAction", "QMenu", "QMessageBox", "QListWidgetItem", "QTableWidgetItem",
    "QTreeWidgetItem", "QCommandLinkButton", "QDockWidget", "QWidgetAction",
})
_TAG = re.compile(r"<[^>]*>|&[a-z]+;|\{[^}]*\}")
_LETTER = re.compile(r"[^\W\d_]")


@dataclass(frozen=True)
class Finding:
    """A piece of source text and where it is."""

    path: Path
    line: int
    text: str

    def where(self) -> str:
        return f"{self.path.relative_to(ROOT)}:{self.line}"


def python_files(*roots: Path) -> Iterator[Path]:
    for root in roots:
        yield from sorted(root.rglob("*.py")) if root.is_dir() else [root]


def _parse(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def known_error_classes(root: Path = PACKAGE) -> frozenset[str]:
    """Names of `KnownError` and every class that derives from it anywhere in the package."""
    bases: dict[str, set[str]] = {}
    for path in python_files(root):
        for node in ast.walk(_parse(path)):
            if isinstance(node, ast.ClassDef):
                bases.setdefault(node.name, set()).update(
                    name for base in node.bases if (name := _name(base)) is not None)
    found = {"KnownError"}
    while True:
        more = {cls for cls, parents in bases.items() if parents & found} - found
        if not more:
            return frozenset(found)
        found |= more


def _template_arguments(call: ast.Call, errors: frozenset[str],
                        inside: str | None) -> list[ast.expr]:
    """The arguments of `call` that are message templates, if it makes a message."""
    func = call.func
    if isinstance(func, ast.Attribute) and func.attr == "counted" and _name(
            func.value) == "Message":
        return list(call.args[1:3])
    name = _name(func)
    if name == "Message" or name in errors:
        return list(call.args[:1])
    is_super_init = (isinstance(func, ast.Attribute) and func.attr == "__init__"
                     and isinstance(func.value, ast.Call) and _name(func.value.func) == "super")
    if is_super_init and inside in errors:
        return list(call.args[:1])
    return []


def _calls_with_class(tree: ast.Module) -> Iterator[tuple[ast.Call, str | None]]:
    """Every call, with the name of the class whose body it is in (if any)."""

    def visit(node: ast.AST, cls: str | None) -> Iterator[tuple[ast.Call, str | None]]:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                yield from visit(child, child.name)
                continue
            if isinstance(child, ast.Call):
                yield child, cls
            yield from visit(child, cls)

    return visit(tree, None)


def message_templates(roots: Iterable[Path] = TEMPLATED) -> list[Finding]:
    """Every literal `Message` / `KnownError` template of the layers the window shows, in
    source order."""
    errors = known_error_classes()
    found: list[Finding] = []
    for path in python_files(*roots):
        if path.is_relative_to(UI):
            continue
        for call, cls in _calls_with_class(_parse(path)):
            for arg in _template_arguments(call, errors, cls):
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and arg.value:
                    found.append(Finding(path, arg.lineno, arg.value))
    return found


def formatted_templates(roots: Iterable[Path] = TEMPLATED) -> list[Finding]:
    """Messages built with an f-string, `+`, `%` or `.format()`: they cannot be translated
    (write a template with parameters instead)."""
    errors = known_error_classes()
    found: list[Finding] = []
    for path in python_files(*roots):
        for call, cls in _calls_with_class(_parse(path)):
            for arg in _template_arguments(call, errors, cls):
                if _is_formatted(arg):
                    found.append(Finding(path, arg.lineno, ast.unparse(arg)))
    return found


def _is_formatted(node: ast.expr) -> bool:
    if isinstance(node, ast.JoinedStr | ast.BinOp):
        return True
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and (
        node.func.attr in ("format", "join"))


def _bare_text(node: ast.expr) -> str | None:
    """Words a person would read in `node` that no translation call covers, else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
    elif isinstance(node, ast.JoinedStr):
        text = "".join(part.value for part in node.values
                       if isinstance(part, ast.Constant) and isinstance(part.value, str))
    elif isinstance(node, ast.BinOp):
        return _bare_text(node.left) or _bare_text(node.right)
    elif isinstance(node, ast.IfExp):
        return _bare_text(node.body) or _bare_text(node.orelse)
    elif isinstance(node, ast.List | ast.Tuple):
        return next((t for element in node.elts if (t := _bare_text(element))), None)
    else:
        return None  # a call (self.tr, translate, a function), a name: not a bare literal
    return text if _LETTER.search(_TAG.sub("", text)) else None


def untranslated_ui_strings(roots: Iterable[Path] = (UI,)) -> list[Finding]:
    """Literal words passed straight to a Qt call that shows them, in `ui/`."""
    found: list[Finding] = []
    for path in python_files(*roots):
        for node in ast.walk(_parse(path)):
            if not isinstance(node, ast.Call):
                continue
            name = _name(node.func)
            shown = (name in SHOWN_BY_CLASS) if isinstance(node.func, ast.Name) else (
                name in SHOWN_BY_METHOD)
            if not shown:
                continue
            for arg in [*node.args, *(k.value for k in node.keywords)]:
                text = _bare_text(arg)
                if text is not None:
                    found.append(Finding(path, arg.lineno, text))
    return found


# The one place that translates text known only at run time: `Message` templates, which the
# refresh script adds to the catalogues itself.
DYNAMIC_TRANSLATION = frozenset({UI / "messages.py"})


def hidden_from_lupdate(roots: Iterable[Path] = (UI,)) -> list[Finding]:
    """`tr()` / `translate()` calls lupdate cannot read: their context or text is not a string
    literal (a helper such as `_tr(text)` hides every string passed to it)."""
    found: list[Finding] = []
    for path in python_files(*roots):
        if path in DYNAMIC_TRANSLATION:
            continue
        for node in ast.walk(_parse(path)):
            if not isinstance(node, ast.Call):
                continue
            name = _name(node.func)
            literal_args = {"tr": 1, "translate": 2}.get(name or "")
            if literal_args is None or (name == "tr" and not isinstance(node.func,
                                                                        ast.Attribute)):
                continue
            args = node.args[:literal_args]
            if len(args) < literal_args or not all(
                    isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args):
                found.append(Finding(path, node.lineno, ast.unparse(node)))
    return found
