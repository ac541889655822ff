"""After unlocking: a line above the screens saying that unfinished forms are waiting, with
the way to them. It never blocks; it goes once the drafts are done or the person says not now."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class DraftNotice(QFrame):
    """`arm(ids)` at unlock shows it when drafts wait; `update_drafts(ids)` counts those of
    them still there (a form started in this session is not what it announces)."""

    open_drafts = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftNotice")
        self.waiting: set[str] = set()
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open drafts"), self)
        self.open_button.clicked.connect(self._open)
        self.later = QPushButton(self.tr("Not now"), self)
        self.later.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.open_button)
        layout.addWidget(self.later)
        self.setAccessibleName(self.tr("Unfinished registrations"))
        self.hide()

    def arm(self, draft_ids: set[str]) -> None:
        """At unlock: announce the drafts left by an earlier session, if any."""
        self.waiting = set(draft_ids)
        self._say()
        self.setVisible(bool(self.waiting))

    def update_drafts(self, draft_ids: set[str]) -> None:
        """The drafts changed: say how many of the announced ones wait; go at none."""
        self.waiting &= draft_ids
        self._say()
        if not self.waiting:
            self.hide()

    def _say(self) -> None:
        self.text.setText(self.tr("%n unfinished registration(s) from an earlier session "
                                  "waiting in Drafts.", "", len(self.waiting)))

    def _open(self) -> None:
        self.hide()
        self.open_drafts.emit()
