"""Driver errors read as known errors, including those a failed rollback would hide."""

from __future__ import annotations

import errno

import peewee
import pytest

from datacollect_desktop.storage.database import translate
from datacollect_desktop.storage.errors import StorageFull


def failed_rollback_after(cause: Exception) -> Exception:
    """What peewee raises when SQLite already rolled back by itself: the rollback error,
    with the real cause as its context."""
    try:
        try:
            raise cause
        except Exception:
            raise peewee.OperationalError("cannot rollback - no transaction is active")  # noqa: B904
    except peewee.OperationalError as exc:
        return exc


@pytest.mark.parametrize("cause, writing", [
    (peewee.OperationalError("database or disk is full"), False),
    (peewee.OperationalError("disk I/O error"), True),
    (OSError(errno.EFBIG, "File too large"), False),
    (OSError(errno.ENOSPC, "No space left on device"), False),
])
@pytest.mark.reliability(scenario="Disk faults")
def test_a_full_disk_is_told_even_behind_a_failed_rollback(cause: Exception,
                                                           writing: bool) -> None:
    translated = translate(failed_rollback_after(cause), writing=writing)
    assert isinstance(translated, StorageFull)
    assert "Nothing was lost" in str(translated)


def test_an_io_error_outside_a_write_is_not_called_a_full_disk() -> None:
    assert not isinstance(translate(peewee.OperationalError("disk I/O error")), StorageFull)
