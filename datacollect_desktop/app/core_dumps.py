"""No core dumps: a crash must not write the data key and the passphrase to disk."""

from __future__ import annotations

import ctypes
import logging
import sys

log = logging.getLogger(__name__)
PR_SET_DUMPABLE = 4


def disable_core_dumps() -> None:
    """Limit core files to 0 bytes, and on Linux also mark the process not dumpable, which
    stops a core being written whatever the limit (a core handler or a raised limit) and keeps
    other processes of the same user from reading its memory through ptrace or /proc."""
    try:
        import resource
    except ImportError:  # Windows has no core files to disable
        return
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (OSError, ValueError) as exc:
        log.warning("could not disable core dumps: %s", exc)
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            if libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
                log.warning("could not mark the process not dumpable: errno %s",
                            ctypes.get_errno())
        except (OSError, AttributeError) as exc:
            log.warning("could not mark the process not dumpable: %s", exc)
