"""Questions that do not block the event loop: the answer arrives as a call."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def ask(parent: QWidget, title: str, text: str, yes_text: str, on_yes: Callable[[], None],
        *, detail: str = "") -> QMessageBox:
    """A window-modal yes/no question; `on_yes` runs only if the person confirms."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton,
                      parent)
    box.setObjectName("confirmation")
    if detail:
        box.setInformativeText(detail)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(QCoreApplication.translate("ask", "Cancel"),
                       QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def answered() -> None:
        if box.clickedButton() is yes:
            on_yes()

    box.finished.connect(answered)
    box.open()
    return box


def tell(parent: QWidget, title: str, text: str, *, warning: bool = False) -> QMessageBox:
    """A window-modal message with an OK button."""
    icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("message")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def grow_to_fit(dialog: QWidget) -> None:
    """Grow `dialog` to the height its wrapped texts need at its present width: a line shown
    later (an error, a status) would otherwise be squeezed into the old height and overlap."""
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    needed = max(layout.totalHeightForWidth(dialog.width()), layout.totalMinimumSize().height())
    if needed > dialog.height():
        dialog.resize(dialog.width(), needed)
