"""Attachments (`/api/sync/attachments`): uploads checked against their digest, resumable,
and downloads with ranges, to the accounts that may read the app config.

An attachment is stored per app config and its bytes once per digest. An upload is sent in
chunks, each a `PUT` with `Content-Range: bytes START-END/TOTAL` (or none: the whole file);
the chunks received are kept until the last arrives, so an interrupted upload resumes where
the server's `Upload-Offset` says. The completed bytes are hashed: a mismatch is refused
(`attachment_digest_mismatch`) and nothing is kept. A push whose events reference an
attachment the app config does not hold refuses those events (`attachment_missing`).
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any

from fastapi import APIRouter, Query, Request, Response
from fastapi.concurrency import run_in_threadpool

from datacollect_desktop.domain.attachments import AttachmentLimits
from datacollect_desktop.domain.forms import AppConfig
from datacollect_desktop.domain.protocol import (
    ATTACHMENT_DIGEST_MISMATCH,
    UPLOAD_OFFSET,
    MissingAnswer,
    UploadAnswer,
)
from datacollect_desktop.server.access import CurrentUser, require_config, services
from datacollect_desktop.server.errors import ApiError, bad_request, not_found
from datacollect_desktop.server.routes.apps import load_config
from datacollect_desktop.server.routes.users import ERRORS
from datacollect_desktop.server.schemas import (
    MissingRequest,
    MissingResponse,
    UploadResponse,
    body_schema,
    read_body,
)
from datacollect_desktop.server.services import Services
from datacollect_desktop.server.store.base import UserRecord

router = APIRouter(prefix="/api/sync/attachments", tags=["attachments"])
CONFIG_ID = Query("default", min_length=1, max_length=200, description="the app config id")
DIGEST = re.compile(r"sha256:[0-9a-f]{64}\Z")
CONTENT_RANGE = re.compile(r"bytes (\d{1,15})-(\d{1,15})/(\d{1,15})\Z")
RANGE = re.compile(r"bytes=(\d{0,15})-(\d{0,15})\Z")
MEDIA_TYPE = re.compile(r"[\w.+-]{1,100}/[\w.+-]{1,100}\Z")


def check_digest(digest: str) -> None:
    if not DIGEST.match(digest):
        raise bad_request("invalid_digest",
                          'an attachment is named by its digest, "sha256:<64 lowercase hex>"')


def _config(svc: Services, user: UserRecord, config_id: str) -> AppConfig:
    require_config(user, config_id)
    config = load_config(svc, config_id)
    if config is None:
        raise not_found(f"there is no app config {config_id!r} on this server")
    return config


def limits_of(config: AppConfig) -> AttachmentLimits:
    limits: AttachmentLimits = config.attachment_limits
    return limits


@router.post("/missing", response_model=MissingResponse, responses=ERRORS,
             openapi_extra=body_schema(MissingRequest))
async def missing(request: Request, user: CurrentUser, configId: str = CONFIG_ID
                  ) -> dict[str, Any]:
    """Which of these digests the app config does not hold yet (upload them before pushing
    the events that reference them), and the bytes received of any unfinished upload."""
    body = await read_body(request, MissingRequest)
    svc = services(request)
    _config(svc, user, configId)
    for digest in body.digests:
        check_digest(digest)

    def answer() -> dict[str, Any]:
        held = svc.store.held_attachments(configId, body.digests)
        lacking = list(dict.fromkeys(d for d in body.digests if d not in held))
        return MissingAnswer(lacking, svc.store.upload_progress(configId, lacking)).to_json()

    return await run_in_threadpool(answer)


def _upload_range(request: Request, length: int) -> tuple[int, int]:
    """(offset, total) of the chunk a PUT carries."""
    stated = request.headers.get("content-range")
    if stated is None:
        return 0, length
    found = CONTENT_RANGE.match(stated.strip())
    if found is None:
        raise bad_request("invalid_range", "Content-Range must be bytes START-END/TOTAL")
    start, end, total = (int(part) for part in found.groups())
    if end < start or end - start + 1 != length or end >= total:
        raise bad_request("invalid_range",
                          "the Content-Range does not match the bytes of this request")
    return start, total


def _progress(answer: UploadAnswer, status: int) -> Response:
    return Response(json.dumps(answer.to_json()), status_code=status,
                    media_type="application/json",
                    headers={UPLOAD_OFFSET: str(answer.received)})


@router.put("/{digest}", response_model=UploadResponse, responses=ERRORS,
            openapi_extra={"requestBody": {"required": True, "content": {
                "application/octet-stream": {"schema": {"type": "string",
                                                        "format": "binary"}}}}})
async def upload(request: Request, digest: str, user: CurrentUser,
                 configId: str = CONFIG_ID) -> Response:
    """Upload an attachment, whole or one chunk at a time (`Content-Range`); its
    `Content-Type` is its media type. 409 `upload_offset` when a chunk does not start at the
    bytes already received (`Upload-Offset`); 201 when complete and checked."""
    check_digest(digest)
    svc = services(request)
    config = _config(svc, user, configId)
    data = await request.body()
    offset, total = _upload_range(request, len(data))
    limit = limits_of(config).max_file_bytes
    if total > limit:
        raise ApiError(413, "attachment_too_large",
                       f"this attachment is {total} bytes; the app config allows at most "
                       f"{limit} per file")
    if total == 0:
        raise bad_request("empty_attachment", "an attachment holds at least one byte")
    media_type = request.headers.get("content-type", "application/octet-stream")
    media_type = media_type.split(";")[0].strip().lower()
    if not MEDIA_TYPE.match(media_type):
        media_type = "application/octet-stream"
    return await run_in_threadpool(_upload, svc, user, configId, digest, offset, total, data,
                                   media_type)


def _upload(svc: Services, user: UserRecord, config_id: str, digest: str, offset: int,
            total: int, data: bytes, media_type: str) -> Response:
    held = svc.store.attachment(config_id, digest, with_data=False)
    if held is not None:
        return _progress(UploadAnswer(digest, held.size, held.size, True), 200)
    if offset == 0 and len(data) == total:
        # The whole file in one request (most photos): checked and stored in one step, any
        # bytes of an earlier attempt dropped with the chunks of the upload.
        _check(svc, config_id, digest, data)
        svc.store.finish_upload(config_id, digest, data, media_type, user.id)
        return _progress(UploadAnswer(digest, total, total, True), 201)
    progress = svc.store.add_upload_part(config_id, digest, offset, total, data)
    if not progress.accepted:
        raise ApiError(409, "upload_offset",
                       f"the server holds {progress.received} bytes of this upload; send the "
                       f"rest from there", headers={UPLOAD_OFFSET: str(progress.received)},
                       details={"received": progress.received})
    if not progress.complete:
        return _progress(UploadAnswer(digest, progress.received, total, False), 200)
    whole = svc.store.upload_bytes(config_id, digest)
    if len(whole) != total:
        svc.store.drop_upload(config_id, digest)
        raise ApiError(409, "upload_offset", "the chunks received do not add up to the file; "
                       "nothing was kept, send it again", headers={UPLOAD_OFFSET: "0"},
                       details={"received": 0})
    _check(svc, config_id, digest, whole)
    svc.store.finish_upload(config_id, digest, whole, media_type, user.id)
    return _progress(UploadAnswer(digest, total, total, True), 201)


def _check(svc: Services, config_id: str, digest: str, data: bytes) -> None:
    """Refuse bytes that do not hash to `digest`, keeping none of the upload."""
    found = "sha256:" + hashlib.sha256(data).hexdigest()
    if found != digest:
        svc.store.drop_upload(config_id, digest)
        raise ApiError(422, ATTACHMENT_DIGEST_MISMATCH,
                       f"the bytes received hash to {found}, not {digest}: they were changed "
                       "on the way or are another file; nothing was kept, send them again")


# Not in the OpenAPI document: a HEAD answer has no body, so it cannot carry the JSON error
# every other answer does (server/README.md documents it).
@router.head("/{digest}", include_in_schema=False)
def progress(request: Request, digest: str, user: CurrentUser,
             configId: str = CONFIG_ID) -> Response:
    """200 with its `Content-Length` when the app config holds it; else 404 with the bytes
    of an unfinished upload already received in `Upload-Offset` (0: none)."""
    check_digest(digest)
    svc = services(request)
    _config(svc, user, configId)
    held = svc.store.attachment(configId, digest, with_data=False)
    if held is not None:
        return Response(status_code=200, headers={
            "content-length": str(held.size), UPLOAD_OFFSET: str(held.size),
            "accept-ranges": "bytes"}, media_type=held.media_type)
    received = svc.store.upload_progress(configId, [digest]).get(digest, 0)
    return Response(status_code=404, headers={UPLOAD_OFFSET: str(received)})


@router.get("/{digest}", responses={**ERRORS, 206: {"description": "the range asked for"}})
def download(request: Request, digest: str, user: CurrentUser,
             configId: str = CONFIG_ID) -> Response:
    """The attachment's bytes, whole or the `Range: bytes=START-[END]` asked for (206)."""
    check_digest(digest)
    svc = services(request)
    _config(svc, user, configId)
    held = svc.store.attachment(configId, digest)
    if held is None:
        raise not_found(f"the app config {configId!r} holds no attachment {digest}")
    asked = request.headers.get("range")
    headers = {"accept-ranges": "bytes"}
    if asked is None:
        return Response(held.data, media_type=held.media_type, headers=headers)
    found = RANGE.match(asked.strip())
    if found is None or (found.group(1) == "" and found.group(2) == ""):
        raise bad_request("invalid_range", "Range must be bytes=START-[END]")
    size = held.size
    if found.group(1) == "":  # the last N bytes
        start, end = max(0, size - int(found.group(2))), size - 1
    else:
        start = int(found.group(1))
        end = min(int(found.group(2)), size - 1) if found.group(2) else size - 1
    if start >= size or end < start:
        raise ApiError(416, "range_not_satisfiable",
                       f"the attachment has {size} bytes; that range holds none",
                       headers={"content-range": f"bytes */{size}"})
    headers["content-range"] = f"bytes {start}-{end}/{size}"
    return Response(held.data[start:end + 1], status_code=206, media_type=held.media_type,
                    headers=headers)
