"""With "Download photos and files: on view", opening a record in the window asks the sync
thread for its attachments not on this laptop yet; the thumbnail says "Not downloaded yet",
then shows the picture once the download lands. Real window, real profiles made through the
app's services, a real server process on loopback."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from datacollect_desktop.app.gate import ProfileGate
from datacollect_desktop.app.registration import Registrar
from datacollect_desktop.app.sync_service import SyncService
from datacollect_desktop.ui.attachment_view import AttachmentStrip
from datacollect_desktop.ui.main_window import MainWindow
from datacollect_desktop.ui.sync_bridge import SyncBridge
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.gui.attachment_profile import photo_bytes
from tests.gui.conftest import open_window, unlock
from tests.integration.server.conftest import start_server_with
from tests.integration.server.support import PASSWORD, ServerHandle
from tests.integration.sync.test_attachment_devices import ANA, BO, photo_config, server

__all__ = ["server", "start_server_with"]
SYNC_MS = 60_000
NOT_HERE = "Not downloaded yet"


def laptop(directory: Path, server: ServerHandle, account: str, downloads: str) -> Path:
    """A profile made by the first-run service, set up to sync the photo config; closed."""
    directory.parent.mkdir(parents=True, exist_ok=True)
    config_file = directory.parent / "photo-config.json"
    config_file.write_text(json.dumps(photo_config()))
    workspace, _ = ProfileGate(directory, FAST_KDF).create("Field worker", PASSPHRASE,
                                                           PASSPHRASE)
    try:
        workspace.save_settings(workspace.settings.changed(
            server_url=server.base_url, account=account, password=PASSWORD,
            config_source="file", config_path=str(config_file),
            attachment_downloads=downloads))
    finally:
        workspace.close()
    return directory


def register_and_send(directory: Path, photo: bytes) -> tuple[str, str]:
    """Register a person with a photo on this laptop and sync it; (record guid, digest)."""
    workspace = ProfileGate(directory, FAST_KDF).unlock(PASSPHRASE)
    try:
        face = workspace.attachments.add_bytes(photo, name="face.jpg",
                                               media_type="image/jpeg")
        config = workspace.config
        form = config.form("person")
        assert form is not None
        guid = Registrar(workspace.session, workspace.events).register(
            config, form, {"name": "Amina", "photo": [face.to_json()]},
            correlation_id=str(uuid.uuid4()))
        sent = SyncService.for_workspace(workspace).run_once()
        assert sent is not None and sent.attachments.uploaded == 1
    finally:
        workspace.close()
    return guid, face.digest


def photo_buttons(window: MainWindow) -> list[str]:
    assert window.view is not None
    strips = [s for s in window.view.detail.findChildren(AttachmentStrip) if s.isVisible()]
    return [button.text() for strip in strips for button in strip.buttons]


def shown_colour(window: MainWindow) -> QColor:
    """The colour near the top of the first thumbnail shown (the photo's sky)."""
    assert window.view is not None
    strip = next(s for s in window.view.detail.findChildren(AttachmentStrip) if s.isVisible())
    image = strip.buttons[0].icon().pixmap(96, 96).toImage()
    return image.pixelColor(image.width() // 2, 4)


def test_opening_a_record_on_view_downloads_its_photo_and_the_thumbnail_follows(
        qtbot: QtBot, server: ServerHandle, tmp_path: Path) -> None:
    photo = photo_bytes()
    ana = laptop(tmp_path / "ana" / "profile", server, ANA, "all")
    guid, digest = register_and_send(ana, photo)
    bo = laptop(tmp_path / "bo" / "profile", server, BO, "on_view")

    window = open_window(qtbot, bo, sync=SyncBridge.for_workspace)
    unlock(qtbot, window)
    assert window.workspace is not None and window.view is not None
    files = window.workspace.attachments
    qtbot.waitUntil(lambda: window.workspace is not None
                    and window.workspace.browse.detail(guid) is not None, timeout=SYNC_MS)
    qtbot.waitUntil(lambda: window.sync_model.state.last_success is not None, timeout=SYNC_MS)
    assert files.state(digest) == "missing"  # the sync pulled the record, not its photo

    window.view.open_record(guid)
    assert window.view.current_page() == "detail"
    assert photo_buttons(window) == [f"face.jpg\n{NOT_HERE}"]
    # The sync thread fetches it; the window never waited (it shows the record already).
    qtbot.waitUntil(lambda: photo_buttons(window) == ["face.jpg"], timeout=SYNC_MS)
    assert files.state(digest) == "held"
    assert files.read(digest) == photo  # byte-identical
    sky = shown_colour(window)
    assert sky.blue() > 150 and sky.red() < 120, sky.name()  # the picture, not an icon
