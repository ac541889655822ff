"""The attachment service on a real SQLCipher profile: add, read, refuse, keep, tidy."""

from __future__ import annotations

import copy
import json
import secrets
import time
from pathlib import Path
from typing import Any

import pytest

from datacollect_desktop.app.app_config import BUNDLED_CONFIG
from datacollect_desktop.app.attachments import AttachmentMissing, AttachmentRefused
from datacollect_desktop.app.gate import ProfileGate
from datacollect_desktop.app.submission import NotStored
from datacollect_desktop.app.workspace import Workspace
from datacollect_desktop.domain.attachments import AttachmentRef, digest_of
from datacollect_desktop.domain.forms import AppConfig
from datacollect_desktop.storage.attachments import AttachmentHashMismatch
from datacollect_desktop.storage.database import write_transaction
from datacollect_desktop.storage.drafts import DraftRecord
from tests.conftest import FAST_KDF, PASSPHRASE

MARKER = b"PLAINTEXT-MARKER-7f3a9c"


def jpeg(size: int = 30_000, marker: bytes = MARKER) -> bytes:
    body = marker + secrets.token_bytes(max(0, size - len(marker) - 6))
    return b"\xff\xd8\xff" + body + b"\x00\xff\xd9"


def photo_config(section: dict[str, Any] | None = None) -> AppConfig:
    doc = copy.deepcopy(json.loads(BUNDLED_CONFIG.read_text()))
    doc["entityForms"][0]["formio"]["components"].append(
        {"type": "file", "key": "photos", "label": "Photos", "image": True, "multiple": True})
    if section is not None:
        doc["attachments"] = section
    return AppConfig.from_json(doc)


def register(workspace: Workspace, refs: list[AttachmentRef]) -> str:
    workspace.config = photo_config()
    form = workspace.config.entity_forms[0]
    data = {"name": "Diallo household", "dwelling": "house",
            "photos": [ref.to_json() for ref in refs]}
    return workspace.registrar.register(workspace.config, form, data, correlation_id="c-1")


def test_added_bytes_are_kept_by_digest_read_back_and_counted_once(
        workspace: Workspace) -> None:
    data = jpeg()
    ref = workspace.attachments.add_bytes(data, name="house.jpg", media_type="image/jpeg")
    assert ref == AttachmentRef(digest_of(data), "house.jpg", "image/jpeg", len(data))
    again = workspace.attachments.add_bytes(data, name="copy.jpg", media_type="image/jpeg")
    assert again.digest == ref.digest
    assert workspace.attachments.read(ref.digest) == data
    assert workspace.attachments.state(ref.digest) == "held"
    stats = workspace.attachments.stats()
    assert (stats.count, stats.bytes) == (1, len(data))
    other = digest_of(b"nothing")
    assert workspace.attachments.state(other) == "missing"
    with pytest.raises(AttachmentMissing, match="not on this laptop yet"):
        workspace.attachments.read(other)


def test_the_type_is_the_content_s_and_bad_input_is_refused_with_nothing_stored(
        workspace: Workspace, tmp_path: Path) -> None:
    png = b"\x89PNG\r\n\x1a\n" + secrets.token_bytes(100) + b"\x00\x00\x00\x00IEND\xaeB`\x82"
    assert workspace.attachments.add_bytes(png, name="x.jpg").media_type == "image/png"
    workspace.config = photo_config({"maxFileSize": "100KB"})
    cases = [
        (b"", "is empty"),
        (jpeg(200_000), "the limit per file is 100 KB"),
        (b"hello, plain text", "not of a type this app keeps"),
        (jpeg()[:-2], "cut short"),
    ]
    for data, reason in cases:
        with pytest.raises(AttachmentRefused, match=reason):
            workspace.attachments.add_bytes(data, name="bad.jpg")
    with pytest.raises(AttachmentRefused, match="said to be application/pdf"):
        workspace.attachments.add_bytes(jpeg(), name="a.pdf", media_type="application/pdf")
    with pytest.raises(AttachmentRefused, match="Cannot read"):
        workspace.attachments.add_file(tmp_path / "gone.jpg")
    assert workspace.attachments.stats().count == 1  # the PNG only
    path = tmp_path / "house.jpeg"
    path.write_bytes(jpeg())
    assert workspace.attachments.add_file(path).name == "house.jpeg"


def test_a_record_refers_to_held_photos_and_one_not_held_is_refused(
        workspace: Workspace) -> None:
    refs = [workspace.attachments.add_bytes(jpeg(), name=f"{n}.jpg") for n in range(3)]
    guid = register(workspace, refs)
    stored = workspace.session.queries.entity(guid)
    assert stored is not None
    assert [p["attachment"] for p in stored.data["photos"]] == [r.digest for r in refs]
    ghost = AttachmentRef(digest_of(b"ghost"), "ghost.jpg", "image/jpeg", 5)
    with pytest.raises(NotStored, match="refers to a photo/file this laptop does not hold"):
        register(workspace, [ghost])
    lying = AttachmentRef(refs[0].digest, "0.jpg", "image/jpeg", refs[0].size + 1)
    with pytest.raises(NotStored, match="the stored file is"):
        register(workspace, [lying])


def test_staged_photos_survive_a_reopen_and_unreferenced_ones_go_after_the_grace(
        gate: ProfileGate) -> None:
    workspace, _ = gate.create("Awa Diallo", PASSPHRASE, PASSPHRASE)
    kept_by_draft = workspace.attachments.add_bytes(jpeg(), name="draft.jpg")
    kept_by_record = workspace.attachments.add_bytes(jpeg(), name="record.jpg")
    given_up = workspace.attachments.add_bytes(jpeg(), name="given-up.jpg")
    register(workspace, [kept_by_record])
    workspace.drafts.save(DraftRecord("d-1", "household", None, None, "c-2",
                                      {"photos": [kept_by_draft.to_json()]}, "", ""))
    workspace.session.db.close()  # as a kill leaves it: no tidying on the way out
    if workspace.lock is not None:
        workspace.lock.release()
    reopened = gate.unlock(PASSPHRASE)
    try:
        for ref in (kept_by_draft, kept_by_record, given_up):
            assert reopened.attachments.state(ref.digest) == "held"  # inside the grace
        later = time.time() + 8 * 24 * 3600
        assert reopened.attachments.remove_unreferenced(now=later) == 1
        assert reopened.attachments.state(given_up.digest) == "missing"
        assert reopened.attachments.state(kept_by_draft.digest) == "held"
        reopened.drafts.discard("d-1")
        assert reopened.attachments.remove_unreferenced(now=later) == 1
        assert reopened.attachments.state(kept_by_record.digest) == "held"
    finally:
        reopened.close()


def test_nothing_of_an_attachment_is_in_clear_in_the_profile_directory(
        workspace: Workspace, profile_dir: Path) -> None:
    ref = workspace.attachments.add_bytes(jpeg(300_000), name="house.jpg")
    register(workspace, [ref])
    files = [p for p in profile_dir.rglob("*") if p.is_file()]
    assert files
    for path in files:
        assert MARKER not in path.read_bytes(), path


def test_verify_names_a_stored_photo_whose_bytes_were_damaged(workspace: Workspace) -> None:
    from datacollect_desktop.app.integrity import IntegrityService

    refs = [workspace.attachments.add_bytes(jpeg(), name=f"{n}.jpg") for n in range(2)]
    guid = register(workspace, refs)
    assert IntegrityService(workspace.session).verify().ok
    with write_transaction(workspace.session.db) as conn:  # the raw database, with the key
        (data,) = conn.execute("SELECT data FROM attachments WHERE digest = ?",
                               (refs[1].digest,)).fetchone()
        flipped = bytearray(data)
        flipped[len(flipped) // 2] ^= 0x01
        conn.execute("UPDATE attachments SET data = ? WHERE digest = ?",
                     (bytes(flipped), refs[1].digest))
    result = IntegrityService(workspace.session).verify()
    assert not result.ok
    (problem,) = result.problems
    assert problem.attachment == refs[1].digest
    assert problem.reason == (f"the stored file {refs[1].digest} is damaged: its bytes no "
                              "longer match its digest")
    report = workspace.session.integrity.verify()
    created = [s.event.guid for s in workspace.session.queries.events()
               if s.event.entity_guid == guid]
    assert [m.get("events") for m in report.mismatches] == [created]
    with pytest.raises(AttachmentHashMismatch, match="damaged"):
        workspace.attachments.read(refs[1].digest)
    assert workspace.attachments.read(refs[0].digest)  # the other one is whole


def test_a_bundle_whose_photo_does_not_match_its_digest_imports_nothing(
        workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from datacollect_desktop.app.bundles import export_bundle, import_bundle
    from datacollect_desktop.storage import attachments as stored
    from datacollect_desktop.storage.bundle import BadBundle

    ref = workspace.attachments.add_bytes(jpeg(), name="house.jpg")
    register(workspace, [ref])
    genuine = stored.read
    monkeypatch.setattr(stored, "read", lambda conn, digest: bytes(genuine(conn, digest) or b"")
                        + b"!")
    export_bundle(workspace.session, tmp_path / "bad.dcb", "bundle secret")  # signed as is
    monkeypatch.setattr(stored, "read", genuine)
    other, _ = ProfileGate(tmp_path / "other", FAST_KDF).create("Kofi", PASSPHRASE, PASSPHRASE)
    try:
        with pytest.raises(BadBundle, match="does not match its digest; nothing was imported"):
            import_bundle(other.session, tmp_path / "bad.dcb", "bundle secret")
        assert other.session.queries.size() == 0
        assert other.attachments.stats().count == 0
        export_bundle(workspace.session, tmp_path / "good.dcb", "bundle secret")
        summary = import_bundle(other.session, tmp_path / "good.dcb", "bundle secret")
        assert (summary["imported"], summary["attachments"]) == (1, 1)
        assert other.attachments.read(ref.digest) == workspace.attachments.read(ref.digest)
    finally:
        other.close()
