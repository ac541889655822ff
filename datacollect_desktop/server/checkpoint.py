"""The log's signed tree heads: a C2SP tlog-checkpoint signed as a note with the server's key."""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Any

from datacollect_desktop.domain.signed_note import (
    Checkpoint,
    NoteError,
    NoteSigner,
    sign_checkpoint,
    valid_key_name,
)
from datacollect_desktop.server.keyfiles import SIGNING_KEY_FILE, read_or_create


class SigningKeyMismatch(Exception):
    """The data dir holds a signing key for another origin than the one asked for."""


class CheckpointSigner:
    """Signs checkpoints; the key name is the log's origin."""

    def __init__(self, signer: NoteSigner) -> None:
        self._signer = signer

    @classmethod
    def from_data_dir(cls, data_dir: Path, origin: str | None = None) -> CheckpointSigner:
        """Load the key kept in the data dir, creating it on first start."""
        if origin is not None and not valid_key_name(origin):
            raise NoteError(f"the origin {origin!r} may not contain spaces or '+'")
        name = origin or f"datacollect.local/{secrets.token_hex(6)}"
        text = read_or_create(
            data_dir / SIGNING_KEY_FILE, lambda: NoteSigner.generate(name).signer_key()
        )
        signer = NoteSigner.from_signer_key(text)
        if origin is not None and signer.name != origin:
            raise SigningKeyMismatch(
                f"the data dir's signing key is for origin {signer.name!r}, not {origin!r}"
            )
        return cls(signer)

    @property
    def origin(self) -> str:
        return self._signer.name

    def verifier_key(self) -> str:
        return self._signer.verifier.verifier_key()

    def checkpoint(self, tree_size: int, root_hash: bytes) -> dict[str, Any]:
        """`{treeSize, rootHash (hex), note}` for a tree head."""
        note = sign_checkpoint(self._signer, Checkpoint(self.origin, tree_size, root_hash))
        return {"treeSize": tree_size, "rootHash": root_hash.hex(), "note": note}
