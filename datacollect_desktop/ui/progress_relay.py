"""Progress of a background job, carried to the window's thread by a queued signal."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class ProgressRelay(QObject):
    """Call it from a worker thread with (done, total); `progressed` fires on the window's."""

    progressed = Signal(int, int)

    def __call__(self, done: int, total: int) -> None:
        self.progressed.emit(done, total)
