"""Attachment references, limits and the admission rules on them (domain/attachments.py)."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from datacollect_desktop.app.app_config import BUNDLED_CONFIG
from datacollect_desktop.domain.admission import (
    ATTACHMENT_MISMATCH,
    ATTACHMENT_NOT_HELD,
    ATTACHMENT_TOO_LARGE,
    INVALID_ATTACHMENT,
    Admitted,
    Refusal,
    admit,
)
from datacollect_desktop.domain.attachments import (
    AttachmentLimits,
    AttachmentRef,
    Held,
    digest_of,
    parse_size,
    references,
)
from datacollect_desktop.domain.forms import AppConfig, kept_data, validate_form_data

PHOTO = AttachmentRef(digest_of(b"photo"), "house.jpg", "image/jpeg", 5)
SIGNED = AttachmentRef(digest_of(b"signed"), "signature.png", "image/png", 6)


def test_a_reference_round_trips_through_its_json() -> None:
    doc = PHOTO.to_json()
    assert doc == {"attachment": PHOTO.digest, "name": "house.jpg", "mediaType": "image/jpeg",
                   "size": 5}
    assert AttachmentRef.parse(doc) == PHOTO
    assert PHOTO.digest.startswith("sha256:") and len(PHOTO.digest) == 71


@pytest.mark.parametrize("bad", [
    {"attachment": "sha256:" + "A" * 64, "name": "x", "mediaType": "image/png", "size": 1},
    {"attachment": "md5:00", "name": "x", "mediaType": "image/png", "size": 1},
    {"attachment": digest_of(b""), "name": "", "mediaType": "image/png", "size": 1},
    {"attachment": digest_of(b""), "name": "x", "mediaType": "png", "size": 1},
    {"attachment": digest_of(b""), "name": "x", "mediaType": "image/png", "size": -1},
    {"attachment": digest_of(b""), "name": "x", "mediaType": "image/png", "size": True},
    {"attachment": digest_of(b""), "name": "x", "mediaType": "image/png", "size": 1, "url": ""},
    "sha256:00", None, [],
])
def test_malformed_references_do_not_parse(bad: object) -> None:
    assert AttachmentRef.parse(bad) is None


def test_references_are_found_anywhere_in_order_once_each() -> None:
    data = {"photo": [PHOTO.to_json()], "members": [
        {"guid": "m1", "sig": SIGNED.to_json(), "rows": [{"p": [PHOTO.to_json()]}]}]}
    assert references(data) == [PHOTO, SIGNED]
    assert references({"name": "x", "n": 3}) == []


def test_limits_come_from_the_app_config_with_defaults() -> None:
    assert AttachmentLimits.from_config({}) == AttachmentLimits()
    limits = AttachmentLimits.from_config({"attachments": {
        "maxFileSize": "2MB", "maxEventSize": "500KB", "imageMaxSide": 800}})
    assert limits == AttachmentLimits(2_000_000, 500_000, 800)
    assert limits.image_max_pixels == 800
    assert parse_size("1.5 MiB") == 1_572_864 and parse_size("lots") is None


# --- form components ----------------------------------------------------------------------


def config_with(*components: dict[str, Any], section: dict[str, Any] | None = None
                ) -> AppConfig:
    doc = copy.deepcopy(json.loads(BUNDLED_CONFIG.read_text()))
    doc["entityForms"][0]["formio"]["components"].extend(components)
    if section is not None:
        doc["attachments"] = section
    return AppConfig.from_json(doc)


FILE = {"type": "file", "key": "photos", "label": "Photos", "image": True, "multiple": True,
        "fileMaxSize": "1MB", "storage": "base64"}
SIGNATURE = {"type": "signature", "key": "sig", "label": "Signature"}
LOCATION = {"type": "geopoint", "key": "where", "label": "Dwelling location"}


def household(config: AppConfig) -> Any:
    form = config.entity_forms[0]
    return form


def test_file_signature_and_location_are_value_fields_kept_by_kept_data() -> None:
    form = household(config_with(FILE, SIGNATURE, LOCATION))
    fields = {f.key: f for f in form.fields()}
    assert fields["photos"].supported and fields["photos"].multiple and fields["photos"].image
    assert fields["photos"].file_max_size == 1_000_000
    assert fields["where"].type == "location"
    values = {"photos": [PHOTO.to_json()], "sig": SIGNED.to_json(),
              "where": {"lat": 14.7, "lon": -17.4, "accuracy": 12.0}, "empty": []}
    kept = kept_data(form, {**values, "photos2": []})
    assert {k: kept[k] for k in ("photos", "sig", "where")} == {
        k: values[k] for k in ("photos", "sig", "where")}


def problems(config: AppConfig, data: dict[str, Any]) -> list[str]:
    form = household(config)
    base = {"name": "Diallo household", "dwelling": "house"}
    return [e.message for e in validate_form_data(form, {**base, **data})]


def test_file_fields_check_type_size_and_shape() -> None:
    config = config_with(FILE, {**FILE, "key": "doc", "label": "Deed", "image": False,
                                "filePattern": ".pdf,application/pdf", "multiple": False})
    assert problems(config, {"photos": [PHOTO.to_json()]}) == []
    big = AttachmentRef(PHOTO.digest, "big.jpg", "image/jpeg", 2_000_000)
    assert problems(config, {"photos": [big.to_json()]}) == [
        "Photos: big.jpg is 2.0 MB; files here may be at most 1.0 MB."]
    assert "not a file of an accepted type" in problems(config, {"doc": [PHOTO.to_json()]})[0]
    pdf = AttachmentRef(digest_of(b"%PDF"), "deed.PDF", "application/pdf", 4)
    assert problems(config, {"doc": [pdf.to_json()]}) == []
    assert problems(config, {"doc": [pdf.to_json(), pdf.to_json()]}) == ["Deed takes one file."]
    assert problems(config, {"photos": ["house.jpg"]}) == [
        "Photos holds something that is not a stored file."]


def test_required_file_signature_and_location_checks() -> None:
    config = config_with({**SIGNATURE, "validate": {"required": True}}, LOCATION)
    assert problems(config, {}) == ["Signature is required."]
    assert problems(config, {"sig": PHOTO.to_json()}) == [
        "Signature must be a signature drawn on this laptop."]
    where = {"sig": SIGNED.to_json()}
    assert problems(config, {**where, "where": {"lat": 91, "lon": 0}}) == [
        "Dwelling location: the latitude must be a number from -90 to 90."]
    assert problems(config, {**where, "where": {"lat": 0, "lon": -181}}) == [
        "Dwelling location: the longitude must be a number from -180 to 180."]
    assert problems(config, {**where, "where": {"lat": 0, "lon": 0, "accuracy": -1}}) == [
        "Dwelling location: the accuracy must be a number of metres, 0 or more."]
    assert problems(config, {**where, "where": {"lat": 1, "lon": 2, "accuracy": None}}) == []


# --- admission ----------------------------------------------------------------------------


def event(data: dict[str, Any]) -> dict[str, Any]:
    return {"guid": "e-1", "entityGuid": "h-1", "type": "create-group", "userId": "u-1",
            "timestamp": "2026-01-02T03:04:05.000Z", "syncLevel": 0,
            "data": {"name": "Diallo household", "dwelling": "house", **data},
            "metadata": {"formName": "household"}}


def refusal_code(verdict: Admitted | Refusal) -> str | None:
    return verdict.code if isinstance(verdict, Refusal) else None


def test_admission_refuses_malformed_oversized_and_unheld_references() -> None:
    config = config_with(FILE, section={"maxFileSize": "1MB", "maxEventSize": "1.5MB"})
    good = event({"photos": [PHOTO.to_json()]})
    assert isinstance(admit(good, config), Admitted)  # the server: no bytes needed
    assert isinstance(admit(good, config, held=lambda d: Held(5, "image/jpeg")), Admitted)
    missing = admit(good, config, held=lambda d: None)
    assert refusal_code(missing) == ATTACHMENT_NOT_HELD
    assert "refers to a photo/file this laptop does not hold" in missing.message  # type: ignore[union-attr]
    assert refusal_code(admit(good, config, held=lambda d: Held(6, "image/jpeg"))
                        ) == ATTACHMENT_MISMATCH
    assert refusal_code(admit(good, config, held=lambda d: Held(5, "image/png"))
                        ) == ATTACHMENT_MISMATCH
    bad = {**PHOTO.to_json(), "size": "5"}
    assert refusal_code(admit(event({"photos": [bad]}), config)) == INVALID_ATTACHMENT
    big = AttachmentRef(PHOTO.digest, "big.jpg", "image/jpeg", 1_200_000).to_json()
    assert refusal_code(admit(event({"other": big}), config)) == ATTACHMENT_TOO_LARGE
    two = [AttachmentRef(digest_of(bytes([n])), f"{n}.jpg", "image/jpeg", 900_000).to_json()
           for n in range(2)]
    assert refusal_code(admit(event({"other": two}), config)) == ATTACHMENT_TOO_LARGE
    # The same file twice counts once toward the event's total.
    assert isinstance(admit(event({"other": [two[0], two[0]]}), config), Admitted)
