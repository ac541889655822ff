"""Export bundles: the whole log, encrypted under a bundle passphrase, signed by the device.

Layout: MAGIC, a 4-byte header length, the JSON header, an 8-byte ciphertext length, the
AES-256-GCM ciphertext of gzip'd JSON lines (one event each, log order; the header is the
AAD), then a 64-byte Ed25519 signature over everything before it. The header carries the
tree size and root, so an importer recomputes the root from the events and knows the
bundle is the whole, unaltered log of the device that signed it.

Version 2 (a log whose events refer to attachments): after the events, one JSON line per
attachment the events refer to and the device holds, `{"attachment": digest, "mediaType":
..., "data": base64}`; the header counts them (`attachments`). An importer checks each one's
bytes against its digest and stores them all before any event, or none.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import io
import json
import os
import secrets
import stat
import struct
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from datacollect_desktop.domain import merkle
from datacollect_desktop.domain.admission import Admitted, admit
from datacollect_desktop.domain.attachments import digest_of, is_digest
from datacollect_desktop.domain.canonical import parse_json
from datacollect_desktop.domain.errors import KnownError
from datacollect_desktop.domain.vocabulary import SubmitStatus
from datacollect_desktop.storage import attachments
from datacollect_desktop.storage.database import translate, write_transaction
from datacollect_desktop.storage.keys import KdfParams

if TYPE_CHECKING:
    from datacollect_desktop.storage.profile import Session

MAGIC = b"DATACOLLECT-BUNDLE\x00\x01"
MAX_HEADER = 64 * 1024
MAX_PLAIN = 4 * 1024 * 1024 * 1024
MAX_BUNDLE = MAX_PLAIN + MAX_HEADER + 1024
FORMAT = "datacollect-bundle"


class BadBundle(KnownError):
    code = "bad_bundle"


def fingerprint(public_key: bytes) -> str:
    return hashlib.sha256(public_key).hexdigest()[:16]


def export_bundle(session: Session, path: Path, passphrase: str) -> dict[str, Any]:
    signer = session.signing_key()
    public = signer.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    lines = []
    for stored in session.queries.events():
        lines.append(json.dumps(stored.event.to_wire(), ensure_ascii=False, sort_keys=True))
    conn = session.db.connection()
    carried = 0
    # Held only: a file a pulled event names but this laptop never downloaded is not carried.
    for digest in attachments.pending_upload_digests(conn, None):
        data = attachments.read(conn, digest)  # checked: a damaged file is not exported
        found = attachments.held(conn, digest)
        if data is None or found is None:
            continue
        carried += 1
        lines.append(json.dumps({"attachment": digest, "mediaType": found.media_type,
                                 "data": base64.b64encode(data).decode()}, sort_keys=True))
    plain = gzip.compress(("\n".join(lines) + "\n").encode("utf-8") if lines else b"", 6)
    size, root = session.integrity.head()
    params = KdfParams()
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    extra: dict[str, Any] = {"attachments": carried} if carried else {}
    header = json.dumps({
        "format": FORMAT, "version": 2 if carried else 1, **extra,
        "profileId": session.meta("profile_id"),
        "signer": base64.b64encode(public).decode(), "treeSize": size, "rootHash": root.hex(),
        "kdf": {"name": "argon2id", "salt": base64.b64encode(salt).decode(),
                "iterations": params.iterations, "lanes": params.lanes,
                "memoryCost": params.memory_cost},
        "nonce": base64.b64encode(nonce).decode(),
    }, sort_keys=True).encode("utf-8")
    ciphertext = AESGCM(params.derive(passphrase, salt)).encrypt(nonce, plain, header)
    body = MAGIC + struct.pack(">I", len(header)) + header + struct.pack(">Q", len(ciphertext)) \
        + ciphertext
    tmp = path.with_name(path.name + ".tmp")
    try:
        with open(tmp, "wb") as handle:
            handle.write(body + signer.sign(body))
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)  # a full disk must not keep a partial bundle
        translated = translate(exc)
        if isinstance(translated, KnownError):
            raise translated from None
        raise KnownError("Cannot write {path}: {reason}.", path=path,
                         reason=exc.strerror) from None
    result: dict[str, Any] = {"file": str(path), "events": size, "rootHash": root.hex(),
                              "signer": fingerprint(public)}
    if carried:
        result["attachments"] = carried
    return result


def _read(path: Path) -> tuple[dict[str, Any], bytes, bytes]:
    try:
        # Non-blocking: opening a pipe nobody writes to must not wait for ever.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as exc:
        raise BadBundle("Cannot read {path}: {reason}.", path=path, reason=exc.strerror) from None
    try:
        status = os.fstat(fd)
        # A pipe or a device (/dev/zero) could be read for ever: only files are bundles.
        if not stat.S_ISREG(status.st_mode):
            raise BadBundle("{path} is not a regular file, so not a bundle; nothing was "
                            "imported.", path=path)
        if status.st_size > MAX_BUNDLE:
            raise BadBundle("{path} is too large to be a bundle; nothing was imported.",
                            path=path)
        with open(fd, "rb", closefd=False) as handle:
            raw = handle.read()
    except OSError as exc:
        raise BadBundle("Cannot read {path}: {reason}.", path=path,
                        reason=exc.strerror) from None
    finally:
        os.close(fd)
    if not raw.startswith(MAGIC):
        raise BadBundle("{path} is not a DataCollect bundle.", path=path)
    try:
        offset = len(MAGIC)
        (header_len,) = struct.unpack_from(">I", raw, offset)
        if header_len > MAX_HEADER:
            raise ValueError("header too large")
        offset += 4
        header_bytes = raw[offset:offset + header_len]
        offset += header_len
        (cipher_len,) = struct.unpack_from(">Q", raw, offset)
        offset += 8
        if offset + cipher_len + 64 != len(raw):
            raise ValueError("lengths do not add up")
        ciphertext = raw[offset:offset + cipher_len]
        signature = raw[offset + cipher_len:]
        header = parse_json(header_bytes)
        if not isinstance(header, dict) or header.get("format") != FORMAT:
            raise ValueError("unknown header")
        public = base64.b64decode(header["signer"], validate=True)
        Ed25519PublicKey.from_public_bytes(public).verify(signature, raw[:offset + cipher_len])
    except InvalidSignature:
        raise BadBundle("{path} fails its signature check: it was altered or damaged.",
                        path=path) from None
    except (ValueError, KeyError, TypeError, struct.error) as exc:
        raise BadBundle("{path} is damaged or truncated ({reason}).", path=path,
                        reason=exc) from None
    return header, header_bytes, ciphertext


def import_bundle(session: Session, path: Path, passphrase: str) -> dict[str, Any]:
    header, header_bytes, ciphertext = _read(path)
    try:
        kdf = header["kdf"]
        params = KdfParams(int(kdf["iterations"]), int(kdf["lanes"]), int(kdf["memoryCost"]))
        # Anyone can sign a bundle: its cost must not be able to exhaust the laptop.
        if not params.affordable():
            raise ValueError("unreasonable key derivation cost")
        key = params.derive(passphrase, base64.b64decode(kdf["salt"], validate=True))
        nonce = base64.b64decode(header["nonce"], validate=True)
        plain = AESGCM(key).decrypt(nonce, ciphertext, header_bytes)
    except InvalidTag:
        raise BadBundle("The bundle passphrase is wrong; nothing was imported.") from None
    except (ValueError, KeyError, TypeError) as exc:
        raise BadBundle("The bundle header is damaged ({reason}).", reason=exc) from None
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(plain)) as stream:
            text = stream.read(MAX_PLAIN + 1)
        if len(text) > MAX_PLAIN:
            raise ValueError("contents too large")
        docs = [parse_json(line) for line in text.decode("utf-8").splitlines() if line]
    except (OSError, ValueError, EOFError) as exc:
        raise BadBundle("The bundle contents are damaged ({reason}).", reason=exc) from None
    docs, files = _split_attachments(docs, header)
    # The envelope part of the shared admission rule; the store then applies all of it,
    # with the profile's app config when it has one.
    verdicts = [admit(doc) for doc in docs]
    for verdict in verdicts:
        if not isinstance(verdict, Admitted):
            raise BadBundle("The bundle holds an invalid event ({reason}).",
                            reason=verdict.message)
    admitted = [v for v in verdicts if isinstance(v, Admitted)]
    events = [v.event for v in admitted]
    tree = merkle.MemoryTree()
    for verdict in admitted:
        tree.append_leaf_hash(merkle.leaf_hash(verdict.leaf))
    if len(events) != header.get("treeSize") or tree.root().hex() != header.get("rootHash"):
        raise BadBundle("The bundle's events do not match its signed tree root; nothing was "
                        "imported.")
    if files:
        with write_transaction(session.db) as conn:
            for digest, media_type, data in files:
                attachments.put_verified(conn, digest, data, media_type)
    # Made elsewhere: an event of a type this laptop does not know yet is kept, flagged.
    results = session.store.submit(events, keep_unknown_types=True)
    counts = {s: sum(r.status == s for r in results) for s in SubmitStatus}
    return {"file": str(path), "imported": counts[SubmitStatus.ACCEPTED],
            "duplicates": counts[SubmitStatus.DUPLICATE],
            "rejected": counts[SubmitStatus.REJECTED],
            "errors": [r.to_json() for r in results if r.status == SubmitStatus.REJECTED],
            "signer": fingerprint(base64.b64decode(header["signer"])),
            "rootHash": header["rootHash"], **({"attachments": len(files)} if files else {})}


def _split_attachments(docs: list[Any], header: dict[str, Any]
                       ) -> tuple[list[Any], list[tuple[str, str, bytes]]]:
    """The event lines, and the attachments that follow them (digest, type, bytes), each
    checked against its digest; raises `BadBundle` for a bundle whose files are damaged."""
    expected = header.get("attachments", 0)
    if not isinstance(expected, int) or isinstance(expected, bool) or not \
            0 <= expected <= len(docs):
        raise BadBundle("The bundle header is damaged (attachments).")
    events, tail = docs[:len(docs) - expected], docs[len(docs) - expected:]
    files: list[tuple[str, str, bytes]] = []
    for doc in tail:
        try:
            if not isinstance(doc, dict) or set(doc) != {"attachment", "mediaType", "data"}:
                raise ValueError("not an attachment")
            digest, media_type = doc["attachment"], doc["mediaType"]
            data = base64.b64decode(doc["data"], validate=True)
            if not (is_digest(digest) and isinstance(media_type, str)):
                raise ValueError("not an attachment")
        except (ValueError, TypeError):
            raise BadBundle("The bundle's attachments are damaged; nothing was "
                            "imported.") from None
        if digest_of(data) != digest:
            raise BadBundle("The bundle's file {digest} does not match its digest; nothing "
                            "was imported.", digest=digest)
        files.append((digest, media_type, data))
    return events, files
