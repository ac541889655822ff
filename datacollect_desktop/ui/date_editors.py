"""Qt's date and time editors, written the ISO way in every language."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDateTimeEdit

ISO_DATE = "yyyy-MM-dd"
ISO_MINUTE = "yyyy-MM-dd HH:mm"


def iso_editor(edit: QDateTimeEdit, shape: str) -> None:
    """Show `edit`'s date (and time) as `shape`, left to right whatever the language.

    In a right-to-left layout Qt lays the sections of a date editor out from the right, so
    2026-12-03 11:19 reads "19:11 03-12-2026" in Arabic. Dates are written the ISO way
    everywhere in the app (the form's date fields, the tables), so the editors are too; the
    calendar that pops up keeps the language's direction.
    """
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    edit.setDisplayFormat(shape)  # after: Qt orders the sections as it reads the format
    calendar = edit.calendarWidget() if edit.calendarPopup() else None
    if calendar is not None:
        calendar.setLayoutDirection(QApplication.layoutDirection())
