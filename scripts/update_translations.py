"""Refresh the translations after strings changed: `python scripts/update_translations.py`.

1. `pyside6-lupdate` reads every module of `datacollect_desktop/ui/` (strings in `self.tr()`
   and `QCoreApplication.translate()`), plus the `Message` templates of the layers below
   (errors, the form validator, sync status; found by `i18n_scan.py` and handed to lupdate as
   `QCoreApplication.translate("Messages", ...)` calls). New strings are added to each
   `datacollect_<language>.ts` as unfinished, vanished ones are dropped.
2. The English catalogue takes the source texts as its translations, except plural forms
   (`self.tr("%n field(s) need attention.", "", count)`): write "%n field needs attention."
   and "%n fields need attention." in `datacollect_en.ts` as in any other language.
3. `pyside6-lrelease` compiles each `.ts` into the `.qm` beside it, which the app loads (the
   `.qm` files are committed, so a plain `pip install -e .` and the bundle both have them).

Then translate the unfinished strings of the other languages (`pyside6-linguist
datacollect_desktop/ui/i18n/datacollect_fr.ts`, or any editor) and run the script again.
Keep `{name}` placeholders as they are; a translation may move them. In right-to-left
languages the script wraps each placeholder in Unicode isolates (FSI ... PDI), so a value
written left to right (a name in Latin letters, a date, a phone number) keeps its order inside
an Arabic sentence, and starts a translation that opens with a placeholder with a
right-to-left mark, so the sentence stays right to left whatever the value.

`--check` changes nothing and exits 1 when the catalogues lack strings of the source, hold
unfinished translations, or the `.qm` files are older than the `.ts` files.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from scripts.i18n_scan import MESSAGE_CONTEXT, UI, message_templates, python_files

I18N = UI / "i18n"
LANGUAGES = ("en", "fr", "es", "ar")
SOURCE_LANGUAGE = "en"
# A message with plural forms opens `<message numerus="yes">`.
_MESSAGE = re.compile(r"<message(?: [^>]*)?>.*?</message>", re.S)
_SOURCE = re.compile(r"<source>(.*?)</source>", re.S)
# lupdate may fill a new text with the translation of the same text elsewhere, unfinished.
_UNFINISHED = re.compile(r'<translation type="unfinished">.*?</translation>', re.S)
RIGHT_TO_LEFT = frozenset({"ar"})
_TRANSLATION = re.compile(r"(<translation[^>]*>)(.*?)(</translation>)", re.S)
FIRST_STRONG_ISOLATE = "\u2068"
POP_DIRECTIONAL_ISOLATE = "\u2069"
RIGHT_TO_LEFT_MARK = "\u200f"
_BARE_PLACEHOLDER = re.compile(r"(?<!\u2068)(\{[^{}]*\})(?!\u2069)")
# lupdate reads `#:` comments as notes for translators; here they document attributes.
_NOTE = re.compile(r"\n\s*<extracomment>.*?</extracomment>", re.S)


def tool(name: str) -> str:
    """A PySide6 tool from the same environment as this Python, else from PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        sys.exit(f"{name} not found: install PySide6 (pip install -e '.[dev]')")
    return found


def ts_path(directory: Path, language: str) -> Path:
    return directory / f"datacollect_{language}.ts"


def message_module(directory: Path) -> Path:
    """A module lupdate can read, holding every `Message` template of the lower layers."""
    templates = sorted({finding.text for finding in message_templates()})
    lines = ["from PySide6.QtCore import QCoreApplication", ""]
    lines += [f"QCoreApplication.translate({MESSAGE_CONTEXT!r}, {text!r})" for text in templates]
    module = directory / "messages_of_lower_layers.py"
    module.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return module


def update(directory: Path) -> None:
    """Merge the current source strings into the `.ts` files in `directory`, compile them."""
    with tempfile.TemporaryDirectory() as scratch:
        sources = [*map(str, python_files(UI)), str(message_module(Path(scratch)))]
        subprocess.run([tool("pyside6-lupdate"), *sources, "-ts",
                        *(str(ts_path(directory, lang)) for lang in LANGUAGES),
                        "-source-language", SOURCE_LANGUAGE, "-no-obsolete", "-locations",
                        "none", "-sort-messages", "-silent"], check=True)
    for language in LANGUAGES:
        source = ts_path(directory, language)
        source.write_text(_tidy(source.read_text(encoding="utf-8"), language),
                          encoding="utf-8")
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(source), "-qm",
                        str(source.with_suffix(".qm"))], check=True)


def _tidy(text: str, language: str) -> str:
    """Drop lupdate's stray notes; the English catalogue translates each text as itself;
    right-to-left catalogues isolate their placeholders."""

    def message(match: re.Match[str]) -> str:
        block = _NOTE.sub("", match.group(0))
        source = _SOURCE.search(block)
        # English plural forms ("1 field", "2 fields") are written by hand, like a translation.
        if language == SOURCE_LANGUAGE and source is not None and 'numerus="yes"' not in block:
            block = _UNFINISHED.sub(lambda _: f"<translation>{source.group(1)}</translation>",
                                    block)
        if language in RIGHT_TO_LEFT:
            block = _TRANSLATION.sub(
                lambda m: m.group(1) + isolate_placeholders(m.group(2)) + m.group(3), block)
        return block

    return _MESSAGE.sub(message, text)


def isolate_placeholders(translation: str) -> str:
    """Each `{placeholder}` between isolates; a leading one after a right-to-left mark."""
    if not translation:
        return translation
    isolated = _BARE_PLACEHOLDER.sub(
        lambda m: FIRST_STRONG_ISOLATE + m.group(1) + POP_DIRECTIONAL_ISOLATE, translation)
    if isolated.startswith(FIRST_STRONG_ISOLATE):
        isolated = RIGHT_TO_LEFT_MARK + isolated
    return isolated


def unfinished(path: Path) -> int:
    text = path.read_text(encoding="utf-8")
    return text.count('type="unfinished"') + text.count("<translation></translation>")


def check() -> int:
    """Exit status 1 if the committed catalogues are not what `update` would make."""
    problems = []
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch)
        for language in LANGUAGES:
            shutil.copy(ts_path(I18N, language), ts_path(copy, language))
        update(copy)
        for language in LANGUAGES:
            fresh, committed = ts_path(copy, language), ts_path(I18N, language)
            if fresh.read_text(encoding="utf-8") != committed.read_text(encoding="utf-8"):
                problems.append(f"{committed.name} does not match the source strings")
            elif fresh.with_suffix(".qm").read_bytes() != committed.with_suffix(".qm").read_bytes():
                problems.append(f"{committed.with_suffix('.qm').name} is not compiled from "
                                f"{committed.name}")
            if (count := unfinished(fresh)) and language != SOURCE_LANGUAGE:
                problems.append(f"{committed.name}: {count} string(s) to translate")
    for problem in problems:
        print(problem)
    if problems:
        print("run: python scripts/update_translations.py, then translate what is unfinished")
    return 1 if problems else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true",
                        help="change nothing; exit 1 if the translations are out of date")
    args = parser.parse_args()
    if args.check:
        return check()
    I18N.mkdir(exist_ok=True)
    update(I18N)
    for language in LANGUAGES:
        path = ts_path(I18N, language)
        print(f"{path.relative_to(I18N.parents[2])}: {unfinished(path)} unfinished")
    return 0


if __name__ == "__main__":
    sys.exit(main())
