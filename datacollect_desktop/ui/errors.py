"""Reporting errors in the window: known ones in plain words, bugs to the log."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from datacollect_desktop.app.errors import as_known, log_bug
from datacollect_desktop.ui.dialogs import tell
from datacollect_desktop.ui.messages import error_text


class ErrorPresenter(QObject):
    """`report(exc)`: a known error goes to the status line, a bug to the log and a dialog."""

    def __init__(self, window: QWidget, show_message: Callable[[str], None],
                 log_path: Path | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.show_message = show_message
        self.log_path = log_path

    def report(self, exc: BaseException, context: str = "") -> None:
        known = as_known(exc)
        if known is not None:
            self.show_message(error_text(known))
            return
        log_bug(exc, context)
        where = f"\n\n{self.log_path}" if self.log_path else ""
        tell(self.window, self.tr("Something went wrong"),
             self.tr("Something went wrong; details are in the log.") + where, warning=True)

    def install(self) -> None:
        """Route exceptions raised in Qt slots here instead of printing them."""

        def hook(kind: type[BaseException], exc: BaseException,
                 tb: TracebackType | None) -> None:
            if issubclass(kind, KeyboardInterrupt):
                sys.__excepthook__(kind, exc, tb)
                return
            self.report(exc.with_traceback(tb))

        sys.excepthook = hook
