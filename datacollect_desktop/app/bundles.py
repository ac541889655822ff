"""Encrypted, signed bundles of a profile's events: written for another device, read from one."""

from __future__ import annotations

from datacollect_desktop.storage.bundle import export_bundle, import_bundle

__all__ = ["export_bundle", "import_bundle"]
