"""Progress of a background job, carried to the window's thread by a queued signal."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal


class JobStopped(Exception):
    """Raised inside a long job when its screen is closing (the profile locks or closes)."""


class ProgressRelay(QObject):
    """Call it from a worker thread with (done, total); `progressed` fires on the window's.

    A long job reports progress often, so it also stops there once `stop` is set: locking the
    profile then waits a moment, not for a whole verification."""

    progressed = Signal(int, int)

    def __init__(self, parent: QObject, stop: threading.Event) -> None:
        super().__init__(parent)
        self.stop = stop

    def __call__(self, done: int, total: int) -> None:
        if self.stop.is_set():
            raise JobStopped("the screen was closed")
        self.progressed.emit(done, total)
