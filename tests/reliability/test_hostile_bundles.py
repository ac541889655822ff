"""Hostile import bundles: wrong keys, bad signatures, damaged or forged contents, and path
tricks. Each import is refused with a clear error, quickly, and the importing profile's
database is byte-identical afterwards."""

from __future__ import annotations

import base64
import gzip
import io
import json
import os
import secrets
import struct
from collections.abc import Callable, Iterator
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from datacollect_desktop.cli import main as cli_main
from datacollect_desktop.domain import merkle
from datacollect_desktop.domain.canonical import canonical_json
from datacollect_desktop.storage.bundle import MAGIC
from datacollect_desktop.storage.keys import KdfParams
from datacollect_desktop.storage.profile import Profile
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.factories import wire
from tests.reliability.recorder import Tally

pytestmark = [pytest.mark.reliability(scenario="Hostile input"), pytest.mark.timeout(60)]
BUNDLE_PASSPHRASE = "bundle passphrase"


def run_cli(data_dir: Path, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = cli_main(["--data-dir", str(data_dir), *args])
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def profiles(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Path, Path]]:
    """An exporting profile with a bundle already written, and an importing profile."""
    monkeypatch.setenv("DATACOLLECT_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("DATACOLLECT_BUNDLE_PASSPHRASE", BUNDLE_PASSPHRASE)
    source, target = tmp_path / "source", tmp_path / "target"
    for directory in (source, target):
        Profile(directory).create(PASSPHRASE, FAST_KDF)[0].close()
    session = Profile(target).open(PASSPHRASE)
    session.store.submit([wire("t1", "create-individual", {"name": "Already here"})])
    session.close()
    session = Profile(source).open(PASSPHRASE)
    session.store.submit([wire(f"p{i}", "create-individual", {"name": f"Person {i}"})
                          for i in range(12)])
    session.close()
    code, _, err = run_cli(source, "export", str(tmp_path / "good.dcb"))
    assert code == 0, err
    yield source, target


def forge(path: Path, events: list[dict[str, Any]], *, tree_of: list[dict[str, Any]] | None = None,
          kdf: dict[str, Any] | None = None) -> None:
    """A bundle made and signed by someone else's key, from the format's description."""
    signer = Ed25519PrivateKey.generate()
    public = signer.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    tree = merkle.MemoryTree()
    for event in tree_of if tree_of is not None else events:
        leaf = {k: v for k, v in event.items() if k != "syncLevel"}
        tree.append_leaf_hash(merkle.leaf_hash(canonical_json(leaf)))
    params = KdfParams(iterations=1, lanes=1, memory_cost=8 * 1024)
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    header = json.dumps({
        "format": "datacollect-bundle", "version": 1, "profileId": "forged",
        "signer": base64.b64encode(public).decode(), "treeSize": tree.size,
        "rootHash": tree.root().hex(),
        "kdf": kdf or {"name": "argon2id", "salt": base64.b64encode(salt).decode(),
                       "iterations": params.iterations, "lanes": params.lanes,
                       "memoryCost": params.memory_cost},
        "nonce": base64.b64encode(nonce).decode(),
    }, sort_keys=True).encode()
    plain = gzip.compress("".join(json.dumps(e) + "\n" for e in events).encode())
    key = params.derive(BUNDLE_PASSPHRASE, salt)
    ciphertext = AESGCM(key).encrypt(nonce, plain, header)
    body = MAGIC + struct.pack(">I", len(header)) + header + struct.pack(">Q", len(ciphertext)) \
        + ciphertext
    path.write_bytes(body + signer.sign(body))


def flipped_at(position: Callable[[int], int]) -> Callable[[bytes], bytes]:
    def flip(data: bytes) -> bytes:
        damaged = bytearray(data)
        damaged[position(len(data))] ^= 0x10
        return bytes(damaged)
    return flip


DAMAGE: dict[str, tuple[Callable[[bytes], bytes], str]] = {
    "magic": (flipped_at(lambda n: 3), "not a DataCollect bundle"),
    "header length": (flipped_at(lambda n: len(MAGIC) + 1), "damaged or truncated"),
    "header": (flipped_at(lambda n: len(MAGIC) + 30), "damaged"),
    "ciphertext": (flipped_at(lambda n: n - 200), "signature"),
    "signature": (flipped_at(lambda n: n - 5), "signature"),
    "cut short": (lambda data: data[: len(data) // 2], "damaged or truncated"),
    "one byte more": (lambda data: data + b"\x00", "damaged or truncated"),
    "empty": (lambda data: b"", "not a DataCollect bundle"),
    "not a bundle": (lambda data: b'{"events": []}', "not a DataCollect bundle"),
}


def refused(target: Path, bundle: Path | str, words: str) -> None:
    """The import fails with exit 2 and a plain message; the database is byte-identical."""
    before = (target / "profile.db").read_bytes()
    code, out, err = run_cli(target, "import", str(bundle))
    assert code == 2 and not out, (code, out, err)
    assert words in json.loads(err)["message"], err
    assert (target / "profile.db").read_bytes() == before


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_a_damaged_bundle_is_refused_and_imports_nothing(
        profiles: tuple[Path, Path], tmp_path: Path, damage: str, tally: Tally) -> None:
    """Bad signatures, damaged headers, cut-off or foreign files."""
    alter, words = DAMAGE[damage]
    bundle = tmp_path / "damaged.dcb"
    bundle.write_bytes(alter((tmp_path / "good.dcb").read_bytes()))
    refused(profiles[1], bundle, words)
    tally.add(bundles=1, refused=1)


def test_a_bundle_with_the_wrong_passphrase_imports_nothing(
        profiles: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        tally: Tally) -> None:
    monkeypatch.setenv("DATACOLLECT_BUNDLE_PASSPHRASE", "not the bundle passphrase")
    refused(profiles[1], tmp_path / "good.dcb", "passphrase is wrong")
    tally.add(bundles=1, refused=1)


def test_forged_bundles_are_refused_and_import_nothing(
        profiles: tuple[Path, Path], tmp_path: Path, tally: Tally) -> None:
    """Signed with another key: events that do not match the signed root, an invalid
    event, or a key derivation cost meant to exhaust the laptop (refused at once)."""
    good = [wire(f"f{i}", "create-individual", {"name": f"F{i}"}) for i in range(3)]
    cases = {
        "events not matching the signed root": (
            {"events": good, "tree_of": good[:2]}, "do not match its signed tree root"),
        "an invalid event": ({"events": [*good, {"guid": "x"}]}, "invalid event"),
        "an exhausting key derivation": ({"events": good, "kdf": {
            "name": "argon2id", "salt": base64.b64encode(b"s" * 16).decode(),
            "iterations": 64, "lanes": 4, "memoryCost": 1024 * 1024}}, "unreasonable"),
    }
    for name, (forgery, words) in cases.items():
        bundle = tmp_path / f"{name}.dcb"
        forge(bundle, **forgery)
        refused(profiles[1], bundle, words)
        tally.add(bundles=1, refused=1)


def test_path_tricks_on_import_are_refused_without_reading_forever(
        profiles: tuple[Path, Path], tmp_path: Path, tally: Tally) -> None:
    """A directory, a missing file, a pipe nobody writes to, an endless device, and links
    to them: each refused at once."""
    fifo = tmp_path / "pipe.dcb"
    os.mkfifo(fifo)
    loop = tmp_path / "loop.dcb"
    loop.symlink_to(loop)
    to_zero = tmp_path / "zero.dcb"
    to_zero.symlink_to("/dev/zero")
    for path, words in ((tmp_path, "not a regular file"), (tmp_path / "missing.dcb", "Cannot read"),
                        (fifo, "not a regular file"), ("/dev/zero", "not a regular file"),
                        (to_zero, "not a regular file"), (loop, "Cannot read")):
        refused(profiles[1], path, words)
        tally.add(bundles=1, refused=1)


def test_path_tricks_on_export_are_clear_errors_and_touch_nothing_else(
        profiles: tuple[Path, Path], tmp_path: Path, tally: Tally) -> None:
    """Export into a missing folder or onto a folder: a plain error; onto a link: the link
    is replaced by the bundle, the file it pointed to is untouched."""
    source = profiles[0]
    for path in (tmp_path / "missing" / "out.dcb", tmp_path):
        code, out, err = run_cli(source, "export", str(path))
        assert code == 2 and not out and "Cannot write" in json.loads(err)["message"], err
        tally.add(exports=1, refused=1)
    precious = tmp_path / "precious.txt"
    precious.write_text("keep me")
    link = tmp_path / "link.dcb"
    link.symlink_to(precious)
    code, _, err = run_cli(source, "export", str(link))
    assert code == 0, err
    assert precious.read_text() == "keep me" and not link.is_symlink()
    tally.add(exports=1)
