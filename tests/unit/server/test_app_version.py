"""The server's OpenAPI document carries the package's version."""

from __future__ import annotations

from pathlib import Path

from datacollect_desktop import __version__
from datacollect_desktop.server.app import create_app
from datacollect_desktop.server.settings import Settings


def test_the_openapi_document_has_the_package_version(tmp_path: Path) -> None:
    document = create_app(Settings(data_dir=tmp_path)).openapi()
    assert document["info"]["version"] == __version__
    assert document["info"]["title"] == "DataCollect sync server"
