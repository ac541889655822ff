"""The cyclic garbage collector paused while a batch of events is applied.

A batch allocates hundreds of thousands of objects that live until its commit; each young
collection walks them again, and the full ones (tens of milliseconds at a large page) hold
every thread, the window's too. Nothing a batch makes needs the cycle collector: reference
counting frees it at the end. Paused by a count, so two threads applying at once re-enable
it only when the last one is done, and only if it was on when the first began.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextmanager
def collector_paused() -> Iterator[None]:
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
