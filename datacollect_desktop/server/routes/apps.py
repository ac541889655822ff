"""App configs (`/api/apps`): devices read them without secrets, admins upload and update."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool

from datacollect_desktop.domain.canonical import CanonicalizationError, canonical_json
from datacollect_desktop.domain.errors import InvalidAppConfig
from datacollect_desktop.domain.forms import AppConfig, public_config_json
from datacollect_desktop.server.access import (
    Admin,
    CurrentUser,
    check_config_id,
    may_use_config,
    services,
)
from datacollect_desktop.server.errors import ApiError, bad_request, not_found
from datacollect_desktop.server.log import utc_now_text
from datacollect_desktop.server.schemas import ANY_OBJECT_BODY, ErrorOut, read_json
from datacollect_desktop.server.services import Services
from datacollect_desktop.server.store.base import ServerStore

router = APIRouter(prefix="/api/apps", tags=["apps"])
ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorOut} for code in (400, 401, 403, 404, 409, 413)
}


def parse_config(doc: Any, config_id: str | None = None) -> tuple[str, str]:
    """Check an uploaded app config; its id and canonical JSON text. Raises 400."""
    if not isinstance(doc, dict):
        raise bad_request("invalid_app_config", "an app config must be a JSON object")
    if config_id is not None:
        if doc.get("id", config_id) != config_id:
            raise bad_request("invalid_app_config", "the config's id differs from the URL's")
        doc = {**doc, "id": config_id}
    try:
        config = AppConfig.from_json(doc)
        text = canonical_json(doc).decode("utf-8")
    except (InvalidAppConfig, CanonicalizationError) as exc:
        raise bad_request("invalid_app_config", str(exc)) from None
    if not config.id:
        raise bad_request("invalid_app_config", "an app config needs an id")
    check_config_id(config.id)
    return config.id, text


def save_config(store: ServerStore, doc: Any, config_id: str | None = None) -> tuple[str, bool]:
    """Validate and store an app config; (id, whether it was new)."""
    found_id, text = parse_config(doc, config_id)
    return found_id, store.save_config(found_id, text, utc_now_text())


def load_config(svc: Services, config_id: str) -> AppConfig | None:
    record = svc.store.config(config_id)
    return None if record is None else AppConfig.from_json(record.document)


def _public(store: ServerStore, config_id: str) -> dict[str, Any] | None:
    record = store.config(config_id)
    if record is None:
        return None
    return public_config_json(AppConfig.from_json(record.document).raw)


@router.get("", responses=ERRORS)
def list_apps(request: Request, user: CurrentUser) -> list[dict[str, Any]]:
    """The app configs this account may use, without secrets."""
    store = services(request).store
    return [
        public_config_json(AppConfig.from_json(record.document).raw)
        for record in store.configs()
        if may_use_config(user, record.id)
    ]


@router.get("/{config_id}", responses=ERRORS)
def get_app(
    config_id: str, request: Request, user: CurrentUser
) -> dict[str, Any]:
    """One app config in the DataCollect format (`entityForms[]` of Form.io forms)."""
    check_config_id(config_id)
    found = _public(services(request).store, config_id) if may_use_config(user, config_id) else None
    if found is None:
        raise not_found(f"no app config {config_id!r} for this account")
    return found


@router.post("", status_code=201, responses=ERRORS, openapi_extra=ANY_OBJECT_BODY)
async def upload_app(
    request: Request, admin: Admin
) -> dict[str, Any]:
    """Add a new app config (admins); 409 if its id is taken (use PUT to replace)."""
    doc = await read_json(request)
    config_id, text = parse_config(doc)
    store = services(request).store
    if await run_in_threadpool(store.config, config_id) is not None:
        raise ApiError(409, "conflict", f"app config {config_id!r} exists; PUT replaces it")
    await run_in_threadpool(store.save_config, config_id, text, utc_now_text())
    return {"status": "success", "id": config_id}


@router.put("/{config_id}", responses=ERRORS, openapi_extra=ANY_OBJECT_BODY)
async def replace_app(
    config_id: str, request: Request, admin: Admin
) -> dict[str, Any]:
    """Create or replace an app config (admins)."""
    check_config_id(config_id)
    doc = await read_json(request)
    store = services(request).store
    _, created = await run_in_threadpool(save_config, store, doc, config_id)
    return {"status": "success", "id": config_id, "created": created}
