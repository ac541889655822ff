"""Every word the window shows can be translated: read from the source, without running it.

The scans cover whole folders, so modules added later are checked as soon as they exist.
"""

from __future__ import annotations

import re
from pathlib import Path

from scripts.i18n_scan import (
    UI,
    formatted_templates,
    hidden_from_lupdate,
    message_templates,
    untranslated_ui_strings,
)


def test_no_user_visible_string_in_ui_bypasses_translation() -> None:
    bare = untranslated_ui_strings()
    assert bare == [], "wrap these in self.tr() or QCoreApplication.translate():\n" + "\n".join(
        f"{f.where()}: {f.text!r}" for f in bare)


def test_lupdate_can_read_every_translation_call_in_ui() -> None:
    hidden = hidden_from_lupdate()
    assert hidden == [], "give tr()/translate() literal arguments:\n" + "\n".join(
        f"{f.where()}: {f.text}" for f in hidden)


def test_messages_below_the_window_are_templates_not_formatted_strings() -> None:
    formatted = formatted_templates()
    assert formatted == [], "write Message(template, **params) instead:\n" + "\n".join(
        f"{f.where()}: {f.text}" for f in formatted)


def test_the_scan_finds_bare_words_and_f_strings_in_calls_that_show_text(tmp_path: Path) -> None:
    module = tmp_path / "screen.py"
    module.write_text(
        "label = QLabel('Hello there')\n"
        "button.setText(f'Save {name}')\n"
        "box.setToolTip(self.tr('Fine') + ' but not this')\n"
        "field.setPlaceholderText(self.tr('Fine'))\n"
        "icon.setText('●')\n"
        "link.setText(f'<span>{dot}</span>')\n"
        "menu.addAction(self.tr('&Open'))\n", encoding="utf-8")
    found = [f.text for f in untranslated_ui_strings([module])]
    assert found == ["Hello there", "Save ", " but not this"]


def test_the_scan_finds_translation_calls_lupdate_cannot_read(tmp_path: Path) -> None:
    module = tmp_path / "texts.py"
    module.write_text(
        "def _tr(text):\n"
        "    return QCoreApplication.translate('Page', text)\n"
        "a = self.tr(name)\n"
        "b = QCoreApplication.translate('Page', 'Fine')\n"
        "c = self.tr('Fine')\n", encoding="utf-8")
    found = sorted(f.text for f in hidden_from_lupdate([module]))
    assert found == ["QCoreApplication.translate('Page', text)", "self.tr(name)"]


def test_the_refresh_script_finds_the_templates_the_window_translates() -> None:
    templates = {finding.text for finding in message_templates()}
    assert "{label} is required." in templates  # the form validator
    assert "The sync server at {url} did not answer in time. Sync will try again on its own; " \
        "nothing was lost." in templates  # sync
    assert ("The passphrase is not right for this profile. Nothing was changed; check the "
            "keyboard layout and Caps Lock, or unlock with the recovery key.") in templates


def test_no_font_size_in_ui_is_fixed_in_pixels() -> None:
    fixed = re.compile(r"font-size:\s*\d+(\.\d+)?(px|pt)|setPixelSize\(|setPointSize(F)?\(\d")
    offenders = [f"{path.relative_to(UI)}:{number}"
                 for path in sorted(UI.rglob("*.py"))
                 for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                 if fixed.search(line)]
    assert offenders == [], "size text relative to the system font (see ui/style.py)"
