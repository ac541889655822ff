"""Background work on a thread of its own, with its own database connection.

Jobs are plain callables run in order; their results (or errors) come back to the window's
thread through a queued signal. peewee gives the worker thread its own connection on first
use; `stop` closes it on that same thread before the thread ends.

The thread is a Python thread, not a QThread: PySide runs each slot of a QThread under a
fresh Python thread state, so thread-locals (peewee's connection) would be dropped after
every job. Only job numbers cross threads in signals; jobs and outcomes wait in a queue and
a locked dictionary.
"""

from __future__ import annotations

import itertools
import queue
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]
_STOP = -1


class Worker(QObject):
    """A worker thread owned by the window; `submit` runs a job there."""

    _finished_signal = Signal(int)
    busy_changed = Signal(bool)
    #: A job without its own failure handler failed (the window reports it).
    unhandled = Signal(object)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs: queue.SimpleQueue[tuple[int, Callable[[], Any] | None]] = (
            queue.SimpleQueue())
        self._lock = threading.Lock()
        self._outcomes: dict[int, tuple[bool, Any]] = {}
        self._finished_signal.connect(self._finished)
        self._ids = itertools.count(1)
        self._callbacks: dict[int, tuple[Done | None, Failed | None]] = {}
        self._thread = threading.Thread(target=self._loop, name=name, daemon=True)
        self._thread.start()

    def _loop(self) -> None:
        while True:
            job_id, job = self._jobs.get()
            if job is None:
                return
            try:
                outcome: tuple[bool, Any] = (True, job())
            except BaseException as exc:  # every failure goes back to the window thread
                outcome = (False, exc)
            with self._lock:
                self._outcomes[job_id] = outcome
            try:
                self._finished_signal.emit(job_id)
            except RuntimeError:
                return  # the window that owned this worker is gone

    @property
    def busy(self) -> bool:
        return bool(self._callbacks)

    def submit(self, job: Callable[[], Any], done: Done | None = None,
               failed: Failed | None = None) -> int:
        """Queue `job`; `done(result)` or `failed(error)` is called on the window thread."""
        job_id = next(self._ids)
        was_busy = self.busy
        self._callbacks[job_id] = (done, failed)
        self._jobs.put((job_id, job))
        if not was_busy:
            self.busy_changed.emit(True)
        return job_id

    def _finished(self, job_id: int) -> None:
        with self._lock:
            outcome = self._outcomes.pop(job_id, None)
        done, failed = self._callbacks.pop(job_id, (None, _ignore))
        if outcome is None:
            return
        ok, value = outcome
        try:
            if ok:
                if done is not None:
                    done(value)
            elif failed is not None:
                failed(value)
            else:
                self.unhandled.emit(value)
        finally:
            if not self.busy:
                self.busy_changed.emit(False)

    def forget(self) -> None:
        """Drop the callbacks of queued jobs (their screen is gone); the jobs still run."""
        self._callbacks = {k: (None, _ignore) for k in self._callbacks}

    def stop(self, last: Callable[[], Any] | None = None) -> None:
        """Wait for queued jobs, run `last` on the thread (e.g. to close its connection),
        then end the thread."""
        if not self._thread.is_alive():
            return
        self.forget()
        ran = threading.Event()

        def final() -> None:
            try:
                if last is not None:
                    last()
            finally:
                ran.set()

        self._jobs.put((0, final))
        self._jobs.put((_STOP, None))
        ran.wait()
        self._thread.join()


def _ignore(_error: BaseException) -> None:
    """Failures of jobs whose screen is gone are not reported."""
