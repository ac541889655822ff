"""The window's access to a workspace's attachments, for the form widgets and the screens
that show attachments."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from weakref import WeakKeyDictionary

from datacollect_desktop.app.workspace import Workspace
from datacollect_desktop.ui.attachment_view import AttachmentAccess

#: How each open workspace's window asks its sync thread for attachments (set by the main
#: window once its sync link exists), so every screen showing attachments can ask.
_FETCHERS: WeakKeyDictionary[Workspace, Callable[[list[str]], None]] = WeakKeyDictionary()


def set_fetcher(workspace: Workspace, fetch: Callable[[list[str]], None]) -> None:
    """Screens of `workspace` ask `fetch` for attachments not on this laptop yet."""
    _FETCHERS[workspace] = fetch


def workspace_access(workspace: Workspace) -> AttachmentAccess:
    """Store, read and look up attachments through `workspace.attachments`; photos are
    scaled down to the app config's `imageMaxSide`."""
    service = workspace.attachments

    def store(data: bytes, name: str, media_type: str) -> dict[str, Any]:
        return service.add_bytes(data, name=name, media_type=media_type).to_json()

    def fetch(digests: list[str]) -> bool:
        asker = _FETCHERS.get(workspace)
        if asker is None or not workspace.settings.downloads_on_view:
            return False
        asker(digests)
        return True

    return AttachmentAccess(store=store, read=service.read, state=service.state,
                            image_max_side=service.limits.image_max_pixels, fetch=fetch)
