"""`attach`, `attachment`, `stats` and bundles with photos, run as real processes."""

from __future__ import annotations

import json
import secrets
from pathlib import Path

import pytest

from tests.factories import wire
from tests.integration.test_cli import cli, out

MARKER = b"CLI-PHOTO-MARKER"


@pytest.fixture
def home(tmp_path: Path) -> Path:
    directory = tmp_path / "profile"
    out(cli(directory, "init"))
    return directory


def jpeg(size: int) -> bytes:
    return b"\xff\xd8\xff" + MARKER + secrets.token_bytes(size) + b"\xff\xd9"


def household(guid: str, photos: list[dict[str, object]]) -> str:
    return json.dumps(wire(guid, "create-group", {"name": "Diallo", "photos": photos}))


def test_attach_prints_the_reference_and_attachment_writes_the_bytes_back(
        home: Path, tmp_path: Path) -> None:
    photo = tmp_path / "house.jpg"
    photo.write_bytes(jpeg(30_000))
    proc = cli(home, "attach", str(photo))
    assert proc.returncode == 0, proc.stderr
    (line,) = proc.stdout.splitlines()
    ref = json.loads(line)
    assert ref["name"] == "house.jpg" and ref["mediaType"] == "image/jpeg"
    assert ref["size"] == photo.stat().st_size and ref["attachment"].startswith("sha256:")
    copy = tmp_path / "copy.jpg"
    written = out(cli(home, "attachment", ref["attachment"], "--out", str(copy)))
    assert written["size"] == ref["size"] and copy.read_bytes() == photo.read_bytes()
    assert cli(home, "submit", stdin=household("h1", [ref])).returncode == 0
    stats = out(cli(home, "stats"))
    assert stats["attachments"] == {"count": 1, "bytes": ref["size"], "missing": 0}
    assert not any(MARKER in p.read_bytes() for p in home.rglob("*") if p.is_file())


def test_bad_files_and_unknown_digests_are_refused_in_plain_words(
        home: Path, tmp_path: Path) -> None:
    cases = {
        "big.jpg": (jpeg(10_100_000), "the limit per file is 10.0 MB"),
        "notes.jpg": (b"just some text", "not of a type this app keeps"),
        "cut.jpg": (jpeg(5_000)[:-2], "cut short"),
        "empty.jpg": (b"", "is empty"),
    }
    for name, (data, message) in cases.items():
        path = tmp_path / name
        path.write_bytes(data)
        proc = cli(home, "attach", str(path))
        assert proc.returncode == 2 and message in json.loads(proc.stderr)["message"], name
    assert out(cli(home, "stats"))["attachments"]["count"] == 0
    unknown = "sha256:" + "ab" * 32
    ghost: dict[str, object] = {"attachment": unknown, "name": "ghost.jpg",
                                "mediaType": "image/jpeg", "size": 10}
    proc = cli(home, "submit", stdin=household("h2", [ghost]))
    assert proc.returncode == 1
    assert "refers to a photo/file this laptop does not hold" in proc.stdout
    missing = cli(home, "attachment", unknown, "--out", str(tmp_path / "x"))
    assert missing.returncode == 2 and "not on this laptop yet" in missing.stderr
    assert not (tmp_path / "x").exists()
    bad = cli(home, "attachment", "sha256:zz", "--out", str(tmp_path / "x"))
    assert bad.returncode == 2 and "not an attachment digest" in bad.stderr


def test_an_exported_bundle_carries_the_photos_and_the_import_stores_them(
        home: Path, tmp_path: Path) -> None:
    photo = tmp_path / "house.jpg"
    photo.write_bytes(jpeg(40_000))
    ref = json.loads(cli(home, "attach", str(photo)).stdout)
    assert cli(home, "submit", stdin=household("h1", [ref])).returncode == 0
    bundle = tmp_path / "out.dcb"
    env = {"DATACOLLECT_BUNDLE_PASSPHRASE": "bundle secret"}
    exported = out(cli(home, "export", str(bundle), env=env))
    assert exported["attachments"] == 1 and MARKER not in bundle.read_bytes()
    other = tmp_path / "other"
    out(cli(other, "init"))
    imported = out(cli(other, "import", str(bundle), env=env))
    assert (imported["imported"], imported["attachments"]) == (1, 1)
    copy = tmp_path / "copy.jpg"
    out(cli(other, "attachment", ref["attachment"], "--out", str(copy)))
    assert copy.read_bytes() == photo.read_bytes()
    assert out(cli(other, "verify"))["ok"]
