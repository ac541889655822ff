"""The new-passphrase dialog after a recovery keeps its fields and texts whole when its error
line appears."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from datacollect_desktop.ui.new_passphrase_dialog import NewPassphraseDialog


def cut(dialog: NewPassphraseDialog) -> list[str]:
    """Visible labels shorter than their wrapped text, and fields shorter than one line."""
    found = []
    for label in dialog.findChildren(QLabel):
        shown = label.isVisible() and label.text() and label.wordWrap()
        if shown and label.height() < label.heightForWidth(label.width()):
            found.append(label.text()[:40])
    for line in dialog.findChildren(QLineEdit):
        if line.isVisible() and line.height() < line.minimumSizeHint().height():
            found.append(line.accessibleName() or "a field")
    return found


def test_the_error_line_makes_the_dialog_grow_instead_of_squeezing_it(qtbot: QtBot) -> None:
    dialog = NewPassphraseDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.fields.passphrase, "a long enough passphrase")
    qtbot.keyClicks(dialog.fields.confirmation, "another long passphrase")
    dialog.failed("The two passphrases differ. Type the same passphrase in both fields; "
                  "check that Caps Lock is off and that the keyboard layout is the usual one.")
    qtbot.waitUntil(lambda: dialog.error.isVisible())
    qtbot.wait(50)  # the layout settles
    assert cut(dialog) == []
