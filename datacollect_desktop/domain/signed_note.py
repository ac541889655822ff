"""C2SP signed notes and tlog checkpoints: Ed25519 signing, verifier keys and verification."""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from datacollect_desktop.domain.errors import KnownError

ED25519_TYPE = 0x01
SIGNATURE_PREFIX = "\u2014 "  # em dash and a space open every signature line
MAX_SIGNATURES = 100
_DECIMAL = re.compile(r"0|[1-9][0-9]*")
_HEX_ID = re.compile(r"[0-9a-f]{8}")


class NoteError(KnownError):
    """A note, key or checkpoint is malformed or its signature does not verify."""

    code = "invalid_note"


@dataclass(frozen=True, slots=True)
class Checkpoint:
    """The three mandatory lines of a tlog checkpoint: origin, tree size, root hash."""

    origin: str
    tree_size: int
    root_hash: bytes
    extensions: tuple[str, ...] = ()

    def body(self) -> str:
        """The note text of this checkpoint, ending in a newline."""
        lines = [self.origin, str(self.tree_size), base64.b64encode(self.root_hash).decode()]
        lines.extend(self.extensions)
        return "\n".join(lines) + "\n"


def valid_key_name(name: str) -> bool:
    """Key names are non-empty, without spaces (any Unicode space) or '+'."""
    return bool(name) and "+" not in name and not any(c.isspace() for c in name) and (
        _printable(name)
    )


def _printable(text: str) -> bool:
    """Valid UTF-8 (no lone surrogates) without ASCII control characters."""
    try:
        text.encode()
    except UnicodeEncodeError:
        return False
    return not any(ord(c) < 0x20 for c in text)


def key_id(name: str, public_key: bytes) -> bytes:
    """The 4-byte key ID: SHA-256(name || '\\n' || 0x01 || public key), first four bytes."""
    digest = hashlib.sha256(name.encode() + b"\n" + bytes([ED25519_TYPE]) + public_key).digest()
    return digest[:4]


@dataclass(frozen=True, slots=True)
class NoteVerifier:
    """A trusted Ed25519 note key: its name, ID and public key."""

    name: str
    key_id: bytes
    public_key: bytes

    def verifier_key(self) -> str:
        """The verifier key string `<name>+<hex id>+<base64(0x01 || key)>`."""
        encoded = base64.b64encode(bytes([ED25519_TYPE]) + self.public_key).decode()
        return f"{self.name}+{self.key_id.hex()}+{encoded}"

    def verify(self, text: bytes, signature: bytes) -> bool:
        try:
            Ed25519PublicKey.from_public_bytes(self.public_key).verify(signature, text)
        except InvalidSignature:
            return False
        return True


class NoteSigner:
    """An Ed25519 note signing key with its name."""

    def __init__(self, name: str, seed: bytes) -> None:
        if not valid_key_name(name):
            raise NoteError(f"invalid key name {name!r}")
        if len(seed) != 32:
            raise NoteError("an Ed25519 seed is 32 bytes")
        self._private = Ed25519PrivateKey.from_private_bytes(seed)
        self._seed = seed
        self.name = name
        public = self._private.public_key().public_bytes_raw()
        self.verifier = NoteVerifier(name, key_id(name, public), public)

    @classmethod
    def generate(cls, name: str) -> NoteSigner:
        return cls(name, Ed25519PrivateKey.generate().private_bytes_raw())

    @classmethod
    def from_signer_key(cls, text: str) -> NoteSigner:
        """Parse `PRIVATE+KEY+<name>+<hex id>+<base64(0x01 || seed)>`."""
        parts = text.strip().split("+", 4)  # base64 may itself contain "+"
        if len(parts) != 5 or parts[0] != "PRIVATE" or parts[1] != "KEY":
            raise NoteError("malformed signer key")
        name, hex_id, encoded = parts[2], parts[3], parts[4]
        raw = _b64decode(encoded)
        if raw is None or len(raw) != 33 or raw[0] != ED25519_TYPE or not _HEX_ID.fullmatch(hex_id):
            raise NoteError("malformed signer key")
        signer = cls(name, raw[1:])
        if signer.verifier.key_id.hex() != hex_id:
            raise NoteError("signer key ID does not match its key")
        return signer

    def signer_key(self) -> str:
        """The private key string, in the same shape as golang.org/x/mod/sumdb/note."""
        encoded = base64.b64encode(bytes([ED25519_TYPE]) + self._seed).decode()
        return f"PRIVATE+KEY+{self.name}+{self.verifier.key_id.hex()}+{encoded}"

    def sign(self, text: str) -> str:
        """Sign a note text (which must end in a newline) and return the whole signed note."""
        _check_text(text)
        signature = self._private.sign(text.encode())
        encoded = base64.b64encode(self.verifier.key_id + signature).decode()
        return f"{text}\n{SIGNATURE_PREFIX}{self.name} {encoded}\n"


def parse_verifier_key(vkey: str) -> NoteVerifier:
    """Parse a verifier key `<name>+<8 hex key id>+<base64(0x01 || 32-byte key)>`."""
    parts = vkey.split("+", 2)  # base64 may itself contain "+"
    if len(parts) != 3:
        raise NoteError("malformed verifier key")
    name, hex_id, encoded = parts
    if not valid_key_name(name) or not _HEX_ID.fullmatch(hex_id):
        raise NoteError("malformed verifier key")
    raw = _b64decode(encoded)
    if raw is None or len(raw) != 33:
        raise NoteError("malformed verifier key")
    if raw[0] != ED25519_TYPE:
        raise NoteError("unsupported verifier key type")
    public = raw[1:]
    if key_id(name, public).hex() != hex_id:
        raise NoteError("verifier key ID does not match its key")
    return NoteVerifier(name, bytes.fromhex(hex_id), public)


def _b64decode(text: str) -> bytes | None:
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError):
        return None
    # Only canonical encodings: re-encoding must give back the same text.
    return raw if base64.b64encode(raw).decode() == text else None


def _check_text(text: str) -> None:
    if not text.endswith("\n") or not _printable(text.replace("\n", "")):
        raise NoteError("malformed note text")


@dataclass(frozen=True, slots=True)
class Signature:
    name: str
    key_id: bytes
    signature: bytes


def split_note(note: str) -> tuple[str, list[Signature]]:
    """Split a signed note into its text and its signatures, checking the syntax only."""
    if not _printable(note.replace("\n", "")):
        raise NoteError("a note must not contain control characters")
    cut = note.rfind("\n\n")
    if cut < 0 or not note.endswith("\n"):
        raise NoteError("malformed note: no signature block")
    text, block = note[: cut + 1], note[cut + 2 :]
    lines = block[:-1].split("\n")
    if len(lines) > MAX_SIGNATURES:
        raise NoteError("malformed note: too many signatures")
    signatures = []
    for line in lines:
        if not line.startswith(SIGNATURE_PREFIX):
            raise NoteError("malformed note: bad signature line")
        name, space, encoded = line[len(SIGNATURE_PREFIX) :].partition(" ")
        raw = _b64decode(encoded) if space else None
        if not valid_key_name(name) or raw is None or len(raw) < 5:
            raise NoteError("malformed note: bad signature line")
        signatures.append(Signature(name, raw[:4], raw[4:]))
    return text, signatures


def open_note(note: str, verifiers: list[NoteVerifier]) -> str:
    """Verify a signed note against trusted keys and return its text.

    Signatures from unknown keys are ignored; a signature from a known key that fails
    rejects the whole note; at least one known key must have signed.
    """
    text, signatures = split_note(note)
    known = {(v.name, v.key_id): v for v in verifiers}
    verified = 0
    for sig in signatures:
        verifier = known.get((sig.name, sig.key_id))
        if verifier is None:
            continue
        if not verifier.verify(text.encode(), sig.signature):
            raise NoteError(f"invalid signature for key {sig.name}+{sig.key_id.hex()}")
        verified += 1
    if verified == 0:
        raise NoteError("note has no signature from a trusted key")
    return text


def parse_checkpoint(text: str) -> Checkpoint:
    """Parse a tlog-checkpoint note text (origin, decimal size, base64 root, extensions)."""
    if not text.endswith("\n"):
        raise NoteError("malformed checkpoint: missing final newline")
    lines = text[:-1].split("\n")
    if len(lines) < 3 or any(not line for line in lines):
        raise NoteError("malformed checkpoint: needs origin, size and root lines")
    origin, size_line, root_line = lines[0], lines[1], lines[2]
    if not _DECIMAL.fullmatch(size_line):
        raise NoteError("malformed checkpoint: bad tree size")
    root = _b64decode(root_line)
    if root is None or len(root) != 32:
        raise NoteError("malformed checkpoint: bad root hash")
    return Checkpoint(origin, int(size_line), root, tuple(lines[3:]))


def sign_checkpoint(signer: NoteSigner, checkpoint: Checkpoint) -> str:
    """The signed note of a checkpoint."""
    return signer.sign(checkpoint.body())


def verify_checkpoint(
    note: str, verifier_key: str, *, origin: str | None = None
) -> Checkpoint:
    """Verify a signed checkpoint with one verifier key; optionally require its origin."""
    verifier = parse_verifier_key(verifier_key)
    checkpoint = parse_checkpoint(open_note(note, [verifier]))
    if origin is not None and checkpoint.origin != origin:
        raise NoteError(f"checkpoint origin {checkpoint.origin!r} is not {origin!r}")
    return checkpoint
