"""A photo added to a form survives a kill of the app, and so does the draft that holds it."""

from __future__ import annotations

import multiprocessing
import os
import signal
from pathlib import Path

import pytest

from datacollect_desktop.app.gate import ProfileGate
from datacollect_desktop.storage.drafts import DraftRecord
from tests.conftest import FAST_KDF, PASSPHRASE

pytestmark = pytest.mark.reliability(scenario="Crash safety")

PHOTO = b"\xff\xd8\xff" + os.urandom(200_000) + b"\xff\xd9"


def _add_then_die(directory: Path) -> None:
    workspace = ProfileGate(directory, FAST_KDF).unlock(PASSPHRASE)
    ref = workspace.attachments.add_bytes(PHOTO, name="house.jpg", media_type="image/jpeg")
    workspace.drafts.save(DraftRecord("d-1", "household", None, None, "c-1",
                                      {"photos": [ref.to_json()]}, "", ""))
    os.kill(os.getpid(), signal.SIGKILL)


def test_a_staged_photo_and_its_draft_survive_a_kill(tmp_path: Path) -> None:
    directory = tmp_path / "profile"
    ProfileGate(directory, FAST_KDF).create("Awa", PASSPHRASE, PASSPHRASE)[0].close()
    child = multiprocessing.get_context("fork").Process(target=_add_then_die, args=(directory,))
    child.start()
    child.join(120)
    assert child.exitcode == -signal.SIGKILL, child.exitcode
    workspace = ProfileGate(directory, FAST_KDF).unlock(PASSPHRASE)
    try:
        (draft,) = workspace.drafts.all()
        (photo,) = draft.data["photos"]
        assert workspace.attachments.read(photo["attachment"]) == PHOTO
    finally:
        workspace.close()
