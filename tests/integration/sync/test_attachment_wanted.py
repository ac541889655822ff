"""An attachment a view asked for (downloads "on view") whose download is cut off is fetched
by the next sync, as the window promises ("it comes with the next sync"), without the
record having to be opened again."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Any

import pytest

from datacollect_desktop.sync.errors import SyncError
from tests.integration.server.support import ServerHandle
from tests.integration.sync.fault_proxy import Fault, FaultProxy, fault_proxy
from tests.integration.sync.test_attachment_devices import (
    ANA,
    BO,
    jpeg,
    laptops,
    png,
    server,
)

__all__ = ["laptops", "server"]


@pytest.fixture
def proxy(server: ServerHandle) -> Iterator[FaultProxy]:
    with fault_proxy(server.base_url) as running:
        yield running


def test_a_wanted_attachment_cut_off_mid_download_comes_with_the_next_sync(
        laptops: Any, proxy: FaultProxy) -> None:
    ana, bo = laptops(ANA), laptops(BO, downloads="on_view")
    face, _consent = ana.register_with_photo(jpeg(), png())
    assert ana.service.run_once() is not None
    direct = bo.service.target
    bo.service.target = lambda: dataclasses.replace(direct(), server_url=proxy.url)
    assert bo.service.run_once() is not None  # the record, not its photo
    files = bo.workspace.attachments
    assert files.state(face.digest) == "missing"

    bo.service.fetch_attachments([face.digest])  # the record was opened
    proxy.plan.faults = [Fault("/api/sync/attachments/sha256", "reset") for _ in range(8)]
    with pytest.raises(SyncError):
        bo.service.run_once()
    assert proxy.plan.struck, "the download was never cut off"
    assert files.state(face.digest) == "missing"

    proxy.plan.faults = []
    again = bo.service.run_once()  # no view asked again
    assert again is not None and again.attachments.downloaded == 1
    assert files.state(face.digest) == "held"
