"""Audit-log sync: devices push their entries, supervisors and admins pull them in order."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query, Request, Response
from fastapi.concurrency import run_in_threadpool

from datacollect_desktop.domain.protocol import PUSH_SUCCESS
from datacollect_desktop.server.access import (
    CurrentUser,
    require_auditor,
    require_config,
    services,
)
from datacollect_desktop.server.log import checked_push_answer, held, rejected, utc_now_text
from datacollect_desktop.server.pull import pull_audit
from datacollect_desktop.server.routes.sync import CONFIG_ID, page_size
from datacollect_desktop.server.routes.users import ERRORS
from datacollect_desktop.server.schemas import (
    AuditPullResponse,
    AuditPushRequest,
    AuditPushResponse,
    body_schema,
    read_body,
)
from datacollect_desktop.server.services import Services
from datacollect_desktop.server.store.base import AppendStatus, AuditCandidate, UserRecord
from datacollect_desktop.server.validation import prepare_audit_entry

router = APIRouter(prefix="/api/sync", tags=["audit"])


def _push_audit(
    svc: Services, user: UserRecord, entries: list[Any], config_id: str
) -> dict[str, Any]:
    limit = svc.settings.max_event_bytes
    prepared = [prepare_audit_entry(entry, limit) for entry in entries]
    candidates = [item for item in prepared if isinstance(item, AuditCandidate)]
    statuses = iter(svc.store.append_audit(
        candidates, config_id=config_id, pushed_by=user.id, received_at=utc_now_text()
    ))
    results: list[dict[str, Any]] = []
    for item in prepared:
        if not isinstance(item, AuditCandidate):
            results.append(rejected(item.guid, item.code, item.message))
            continue
        status = next(statuses)
        if status is AppendStatus.CONFLICT:
            results.append(rejected(item.guid, "conflict",
                                    "an entry with this guid and different content exists"))
        else:
            results.append(held(item.guid, status))
    return checked_push_answer({"status": PUSH_SUCCESS, "results": results},
                               len(entries))


@router.post("/push/audit-logs", response_model=None,
             responses={200: {"model": AuditPushResponse}, **ERRORS},
             openapi_extra=body_schema(AuditPushRequest))
async def push_audit_logs(
    request: Request, user: CurrentUser
) -> dict[str, Any]:
    """Store a device's audit entries, idempotently by guid, exactly as sent."""
    body = await read_body(request, AuditPushRequest)
    require_config(user, body.configId)
    return await run_in_threadpool(
        _push_audit, services(request), user, body.auditLogs, body.configId
    )


@router.get("/pull/audit-logs", responses={200: {"model": AuditPullResponse}, **ERRORS})
def pull_audit_logs(
    request: Request,
    user: CurrentUser,
    since: str | None = Query(None, max_length=300),
    configId: str = CONFIG_ID,
    limit: int | None = Query(None, ge=1),
) -> Response:
    """Audit entries in the order they were accepted, paged with an opaque cursor.

    A timestamp `since` (stock DataCollect clients) gets the stock answer: a bare list.
    """
    require_auditor(user, configId)
    svc = services(request)
    body = pull_audit(svc.store, configId, since, page_size(svc, limit))
    return Response(body, media_type="application/json")
