"""Signed checkpoints, the log's verifier key, inclusion and consistency proofs."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.concurrency import run_in_threadpool

from datacollect_desktop.server.access import CurrentUser, may_use_config, services
from datacollect_desktop.server.errors import not_found
from datacollect_desktop.server.routes.users import ERRORS
from datacollect_desktop.server.schemas import (
    BatchInclusionOut,
    BatchInclusionRequest,
    CheckpointOut,
    ConsistencyOut,
    InclusionOut,
    VerifierKeyOut,
    body_schema,
    read_body,
)
from datacollect_desktop.server.validation import safe_text

router = APIRouter(prefix="/api/sync", tags=["integrity"])
MAX_SIZE = 2**62


@router.get("/checkpoint", response_model=CheckpointOut, responses=ERRORS)
def checkpoint(request: Request) -> dict[str, Any]:
    """The current tree head, signed: a C2SP tlog-checkpoint in a C2SP signed note."""
    return services(request).log.checkpoint()


@router.get("/checkpoint/key", response_model=VerifierKeyOut, responses=ERRORS)
def checkpoint_key(request: Request) -> dict[str, str]:
    """The note verifier key that checks every checkpoint (pin it on first sync)."""
    return {"verifierKey": services(request).log.signer.verifier_key()}


@router.get("/proof/inclusion", response_model=InclusionOut, responses=ERRORS)
async def inclusion(
    request: Request,
    user: CurrentUser,
    guid: str = Query(min_length=1, max_length=200),
    treeSize: int | None = Query(None, ge=1, le=MAX_SIZE),
) -> dict[str, Any]:
    """The audit path proving an event is leaf `leafIndex` of the tree of `treeSize` leaves."""
    svc = services(request)
    event = await run_in_threadpool(svc.store.event, guid) if safe_text(guid) else None
    if event is None or not may_use_config(user, event.config_id):
        raise not_found("no event with this guid in the app configs of this account")
    return await run_in_threadpool(svc.log.inclusion, event, treeSize)


@router.post("/proof/inclusion", response_model=BatchInclusionOut, responses=ERRORS,
             openapi_extra=body_schema(BatchInclusionRequest))
async def batch_inclusion(request: Request, user: CurrentUser) -> dict[str, Any]:
    """One proof that many events are leaves of the tree of `treeSize` leaves."""
    body = await read_body(request, BatchInclusionRequest)
    svc = services(request)
    guids = [guid for guid in body.guids if safe_text(guid)]
    found = await run_in_threadpool(svc.store.events_by_guid, guids) if guids else {}
    events = [found.get(guid) for guid in body.guids]
    readable = [e for e in events if e is not None and may_use_config(user, e.config_id)]
    if len(readable) != len(events):
        raise not_found("some of these events are not in the app configs of this account")
    return await run_in_threadpool(svc.log.batch_inclusion, readable, body.treeSize)


@router.get("/proof/consistency", response_model=ConsistencyOut, responses=ERRORS)
async def consistency(
    request: Request,
    user: CurrentUser,
    first: int = Query(ge=1, le=MAX_SIZE),
    second: int | None = Query(None, ge=1, le=MAX_SIZE),
) -> dict[str, Any]:
    """The proof that the tree of `second` leaves (default: current) extends the first."""
    return await run_in_threadpool(services(request).log.consistency, first, second)
