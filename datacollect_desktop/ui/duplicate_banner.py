"""The "possible duplicate" banner shown above a person's form before it is saved."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from datacollect_desktop.app.duplicates import PersonMatch

_SHOWN = 3


class DuplicateBanner(QFrame):
    """Names the registered people who resemble the one being typed."""

    open_requested = Signal(str)
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicateBanner")
        self.matches: list[PersonMatch] = []
        layout = QVBoxLayout(self)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        layout.addWidget(self.text)
        buttons = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Open the existing record"), self)
        self.open_button.clicked.connect(self._open)
        self.dismiss_button = QPushButton(self.tr("It is a different person"), self)
        self.dismiss_button.clicked.connect(self.dismissed)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.dismiss_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.hide()

    def show_matches(self, matches: Sequence[PersonMatch], *, insist: bool = False) -> None:
        self.matches = list(matches)
        if not self.matches:
            self.hide()
            return
        people = "<br>".join(
            self.tr("<b>{0}</b>, born {1}").format(html.escape(m.name), m.birth_date)
            for m in self.matches[:_SHOWN])
        more = len(self.matches) - _SHOWN
        if more > 0:
            people += "<br>" + self.tr("and {0} more").format(more)
        intro = self.tr("This person may already be registered (same birth date, similar "
                        "name):")
        outro = self.tr("Open the existing record, or press Ctrl+S again to save anyway."
                        ) if insist else ""
        self.text.setText(f"{intro}<br>{people}" + (f"<br><br>{outro}" if outro else ""))
        self.setProperty("insist", insist)
        self.style().unpolish(self)
        self.style().polish(self)
        self.show()

    def _open(self) -> None:
        if self.matches:
            self.open_requested.emit(self.matches[0].guid)
