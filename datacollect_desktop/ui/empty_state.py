"""A sentence in the middle of an empty list, saying what to do (or why there is nothing)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel


class EmptyState(QLabel):
    """Shown over `view`'s viewport while its model has no rows.

    `text` is the sentence, or a function giving it (say, one sentence for a search that
    found nothing and another for a list with nothing in it yet); `ready` tells whether the
    model has finished loading, so a list still loading does not claim to be empty."""

    def __init__(self, view: QAbstractItemView, text: str | Callable[[], str],
                 ready: Callable[[], bool] = lambda: True) -> None:
        super().__init__(view.viewport())
        self.setObjectName("emptyState")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.view = view
        self.text_of = text if callable(text) else (lambda: text)
        self.ready = ready
        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset,
                       model.layoutChanged):
            signal.connect(self.refresh)
        self.refresh()

    def refresh(self, *_args: object) -> None:
        empty = self.view.model().rowCount() == 0 and self.ready()
        if empty:
            self.setText(self.text_of())
            self.setGeometry(self.view.viewport().rect())
        self.setVisible(empty)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.setGeometry(self.view.viewport().rect())
        return False
