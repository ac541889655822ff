"""Key file: the random data key, wrapped under the passphrase (Argon2id) and a recovery key.

Changing the passphrase re-wraps the data key only; the database is never re-encrypted.
The file is replaced atomically, so a crash leaves either the old or the new file.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from datacollect_desktop.storage.errors import CorruptProfile, WrongPassphrase

FORMAT = "datacollect-desktop-keys"
_PASSPHRASE_AAD = b"datacollect-desktop data key, passphrase wrap, v1"
_RECOVERY_AAD = b"datacollect-desktop data key, recovery wrap, v1"
_RECOVERY_ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ0123456789"  # Crockford-like: no I, L, O, U
# A key file or a bundle may ask for at most four times the memory and the passes of our own
# cost (KdfParams()): anything more could only be meant to exhaust the laptop.
MAX_KDF_MEMORY = 256 * 1024  # KiB
MAX_KDF_ITERATIONS = 12
MAX_KDF_LANES = 16


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. The defaults take about 0.15 s and 64 MiB on a field laptop."""

    iterations: int = 3
    lanes: int = 4
    memory_cost: int = 64 * 1024  # KiB

    def affordable(self) -> bool:
        """Whether this cost is one we would ever ask for (see MAX_KDF_MEMORY)."""
        return (self.memory_cost <= MAX_KDF_MEMORY and self.iterations <= MAX_KDF_ITERATIONS
                and self.lanes <= MAX_KDF_LANES)

    def derive(self, passphrase: str, salt: bytes) -> bytes:
        return self.derive_bytes(normalized(passphrase).encode("utf-8"), salt)

    def derive_bytes(self, secret: bytes, salt: bytes) -> bytes:
        kdf = Argon2id(salt=salt, length=32, iterations=self.iterations, lanes=self.lanes,
                       memory_cost=self.memory_cost)
        return kdf.derive(secret)


def normalized(passphrase: str) -> str:
    """The passphrase in Unicode NFC: "café" typed as é or as e + combining accent (NFD, as
    some keyboards and macOS produce) is the same passphrase."""
    return unicodedata.normalize("NFC", passphrase)


def passphrase_spellings(passphrase: str) -> list[bytes]:
    """The bytes to try when unlocking: NFC first; then the bytes as typed, which profiles
    made before passphrases were normalized were wrapped under."""
    spellings = [normalized(passphrase).encode("utf-8")]
    raw = passphrase.encode("utf-8", errors="surrogatepass")
    return spellings if raw in spellings else [*spellings, raw]


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise ValueError("expected base64 text")
    return base64.b64decode(text, validate=True)


def _wrap(key: bytes, data_key: bytes, aad: bytes) -> dict[str, str]:
    nonce = os.urandom(12)
    return {"nonce": _b64(nonce), "wrapped": _b64(AESGCM(key).encrypt(nonce, data_key, aad))}


def _unwrap(key: bytes, box: Any, aad: bytes) -> bytes:
    nonce, wrapped = _unb64(box["nonce"]), _unb64(box["wrapped"])
    return AESGCM(key).decrypt(nonce, wrapped, aad)


def format_recovery_key(raw: bytes) -> str:
    """32 random bytes as 52 base-32 characters in groups of four, easy to copy on paper."""
    number = int.from_bytes(raw, "big")
    chars = []
    for _ in range(52):
        number, digit = divmod(number, 32)
        chars.append(_RECOVERY_ALPHABET[digit])
    text = "".join(reversed(chars))
    return "-".join(text[i:i + 4] for i in range(0, len(text), 4))


def parse_recovery_key(text: str) -> bytes:
    cleaned = text.upper().replace("-", "").replace(" ", "").replace("O", "0")
    cleaned = cleaned.replace("I", "1").replace("L", "1")
    if len(cleaned) != 52 or any(c not in _RECOVERY_ALPHABET for c in cleaned):
        raise WrongPassphrase()
    number = 0
    for char in cleaned:
        number = number * 32 + _RECOVERY_ALPHABET.index(char)
    if number >= 1 << 256:
        raise WrongPassphrase()
    return number.to_bytes(32, "big")


class KeyFile:
    """The `keys.json` beside a profile's database."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def create(self, passphrase: str, params: KdfParams, *, recovery: bool = True
               ) -> tuple[bytes, str | None]:
        """Make a new data key; return it and the recovery key text (shown once)."""
        data_key = secrets.token_bytes(32)
        doc = self._document(data_key, passphrase, params)
        recovery_text = None
        if recovery:
            raw = secrets.token_bytes(32)
            doc["recovery"] = _wrap(raw, data_key, _RECOVERY_AAD)
            recovery_text = format_recovery_key(raw)
        self._write(doc)
        return data_key, recovery_text

    def unlock(self, passphrase: str) -> bytes:
        doc = self._read()
        try:
            kdf = doc["kdf"]
            params = KdfParams(int(kdf["iterations"]), int(kdf["lanes"]), int(kdf["memoryCost"]))
            if not params.affordable():
                raise CorruptProfile(
                    "The key file {path} asks for a key derivation far costlier than this app "
                    "ever writes ({memory} KiB, {iterations} passes, {lanes} lanes); it was not "
                    "used. It is damaged or was not made by DataCollect Desktop.",
                    path=self.path, memory=params.memory_cost, iterations=params.iterations,
                    lanes=params.lanes)
            salt = _unb64(kdf["salt"])
            for spelling in passphrase_spellings(passphrase):
                try:
                    return _unwrap(params.derive_bytes(spelling, salt), doc["passphrase"],
                                   _PASSPHRASE_AAD)
                except InvalidTag:
                    continue
            raise WrongPassphrase()
        except (KeyError, TypeError, ValueError) as exc:
            raise CorruptProfile("The key file {path} is damaged ({reason}).", path=self.path,
                                 reason=exc) from None

    def unlock_with_recovery(self, recovery_text: str) -> bytes:
        doc = self._read()
        if "recovery" not in doc:
            raise CorruptProfile("This profile was created without a recovery key.")
        try:
            return _unwrap(parse_recovery_key(recovery_text), doc["recovery"], _RECOVERY_AAD)
        except InvalidTag:
            raise WrongPassphrase() from None
        except (KeyError, TypeError, ValueError) as exc:
            raise CorruptProfile("The key file {path} is damaged ({reason}).", path=self.path,
                                 reason=exc) from None

    def rewrap(self, data_key: bytes, new_passphrase: str, params: KdfParams) -> None:
        """Wrap the same data key under a new passphrase, keeping the recovery wrap."""
        old = self._read()
        doc = self._document(data_key, new_passphrase, params)
        if "recovery" in old:
            doc["recovery"] = old["recovery"]
        self._write(doc)

    def _document(self, data_key: bytes, passphrase: str, params: KdfParams) -> dict[str, Any]:
        salt = secrets.token_bytes(16)
        key = params.derive(passphrase, salt)
        kdf = {"name": "argon2id", "salt": _b64(salt), "iterations": params.iterations,
               "lanes": params.lanes, "memoryCost": params.memory_cost}
        return {"format": FORMAT, "version": 1, "kdf": kdf,
                "passphrase": _wrap(key, data_key, _PASSPHRASE_AAD)}

    def _read(self) -> dict[str, Any]:
        try:
            doc = json.loads(self.path.read_bytes())
        except FileNotFoundError:
            raise CorruptProfile("The key file {path} is missing.", path=self.path) from None
        except (ValueError, UnicodeDecodeError):
            raise CorruptProfile("{path} is not a DataCollect key file.", path=self.path
                                 ) from None
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise CorruptProfile("{path} is not a DataCollect key file.", path=self.path)
        if doc.get("version") != 1:
            raise CorruptProfile("{path} was written by a newer version of the app.",
                                 path=self.path)
        return doc

    def _write(self, doc: dict[str, Any]) -> None:
        tmp = self.path.with_name(self.path.name + ".tmp")
        try:
            with open(tmp, "wb") as handle:
                handle.write(json.dumps(doc, indent=2).encode("utf-8"))
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(tmp, 0o600)
            os.replace(tmp, self.path)
        except BaseException:
            tmp.unlink(missing_ok=True)  # a full disk must not keep a partial key file
            raise
        directory = os.open(self.path.parent, os.O_RDONLY)
        try:
            os.fsync(directory)
        finally:
            os.close(directory)
