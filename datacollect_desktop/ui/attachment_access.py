"""The window's access to a workspace's attachments, for the form widgets and the screens
that show attachments."""

from __future__ import annotations

from typing import Any

from datacollect_desktop.app.workspace import Workspace
from datacollect_desktop.ui.attachment_view import AttachmentAccess


def workspace_access(workspace: Workspace) -> AttachmentAccess:
    """Store, read and look up attachments through `workspace.attachments`; photos are
    scaled down to the app config's `imageMaxSide`."""
    service = workspace.attachments

    def store(data: bytes, name: str, media_type: str) -> dict[str, Any]:
        return service.add_bytes(data, name=name, media_type=media_type).to_json()

    return AttachmentAccess(store=store, read=service.read, state=service.state,
                            image_max_side=service.limits.image_max_pixels)
