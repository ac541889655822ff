"""Schema version 5: what a refusal was made under, so a newer app or app config retries it."""

from __future__ import annotations

SCHEMA_REFUSALS: tuple[str, ...] = (
    # The server's code for the refusal (e.g. `invalid_form_data`), and the app version and
    # app config (id@version) this device pushed with. A later sync under another app or
    # config version pushes the event again; under the same ones it stays refused. Refusals
    # kept from before this version have neither, so the next sync retries them once.
    "ALTER TABLE events ADD COLUMN refused_code TEXT",
    "ALTER TABLE events ADD COLUMN refused_app_version TEXT",
    "ALTER TABLE events ADD COLUMN refused_config TEXT",
)
