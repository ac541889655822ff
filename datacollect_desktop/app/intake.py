"""Events given to the store in bulk (the command line's `submit`): the store's batch size, and
the stand-in for an input item that could not be read, which the store answers as rejected."""

from __future__ import annotations

from datacollect_desktop.storage.store import BATCH, Rejected

__all__ = ["BATCH", "Rejected"]
