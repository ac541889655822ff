"""Storage errors a field worker can act on."""

from __future__ import annotations

from datacollect_desktop.domain.errors import KnownError


class WrongPassphrase(KnownError):
    code = "wrong_passphrase"

    def __init__(self) -> None:
        super().__init__(
            "The passphrase is not right for this profile. Nothing was changed; check the "
            "keyboard layout and Caps Lock, or unlock with the recovery key."
        )


class CorruptProfile(KnownError):
    """The key file or the database is damaged, or is not a DataCollect profile at all."""

    code = "corrupt_profile"


class ProfileMissing(KnownError):
    code = "profile_missing"


class ProfileExists(KnownError):
    code = "profile_exists"


class StorageFull(KnownError):
    code = "storage_full"


class StorageBusy(KnownError):
    code = "storage_busy"


class NotFound(KnownError):
    code = "not_found"
