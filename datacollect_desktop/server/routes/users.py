"""Login and account management (`/api/users`)."""

from __future__ import annotations

import time
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request, Response
from fastapi.concurrency import run_in_threadpool

from datacollect_desktop.server.access import (
    Admin,
    CurrentUser,
    check_config_id,
    services,
    token_claims,
)
from datacollect_desktop.server.auth import TokenClaims, password_problem
from datacollect_desktop.server.errors import ApiError, bad_request, not_found, unauthorized
from datacollect_desktop.server.schemas import (
    AdminUserOut,
    ErrorOut,
    LoginRequest,
    LoginResponse,
    UserCreate,
    UserOut,
    UserUpdate,
    body_schema,
    read_body,
)
from datacollect_desktop.server.services import Services
from datacollect_desktop.server.store.base import DuplicateUser, Role, UserRecord
from datacollect_desktop.server.validation import safe_text

router = APIRouter(prefix="/api/users", tags=["users"])
ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorOut} for code in (400, 401, 403, 404, 409, 413, 429)
}


def user_out(user: UserRecord) -> dict[str, Any]:
    return {"id": user.id, "email": user.email, "role": user.role.value,
            "configIds": list(user.config_ids)}


def _login(svc: Services, email: str, password: str, address: str) -> dict[str, Any]:
    if not safe_text(email):
        raise unauthorized("wrong email or password")  # no account has such an email
    attempt = svc.throttle.begin(email, address)
    user = svc.store.user_by_email(email)
    if user is None:
        svc.passwords.verify_nobody(password)
        ok = False
    else:
        ok = svc.passwords.verify(password, user.password_hash)
    if not ok or user is None:
        raise unauthorized("wrong email or password")  # the attempt stays counted
    svc.throttle.succeeded(attempt)
    if user.disabled:
        # Told only to whoever knows the password, so guessers learn nothing of it.
        raise ApiError(403, "account_disabled", "this account is disabled; ask an admin")
    return {"token": svc.tokens.issue(user.id, user.token_generation), "userId": user.id}


@router.post("/login", response_model=LoginResponse, responses=ERRORS,
             openapi_extra=body_schema(LoginRequest))
async def login(request: Request) -> dict[str, Any]:
    """Exchange email and password for a bearer token."""
    body = await read_body(request, LoginRequest)
    address = request.client.host if request.client else "unknown"
    return await run_in_threadpool(_login, services(request), body.email, body.password, address)


@router.post("/logout", status_code=204, responses=ERRORS)
async def logout(
    request: Request, claims: Annotated[TokenClaims, Depends(token_claims)]
) -> Response:
    """Revoke the token of this request (the account's other tokens stay valid)."""
    await run_in_threadpool(services(request).store.revoke_token, claims.token_id,
                            float(claims.expires_at), time.time())
    return Response(status_code=204)


@router.get("/check-token", responses=ERRORS)
def check_token(user: CurrentUser) -> dict[str, str]:
    """200 while the token is valid (stock DataCollect clients call this)."""
    return {"message": "Token is valid"}


@router.get("/me", response_model=UserOut, responses=ERRORS)
def me(user: CurrentUser) -> dict[str, Any]:
    return user_out(user)


@router.get("", response_model=list[AdminUserOut], responses=ERRORS)
def list_users(request: Request, admin: Admin) -> list[dict[str, Any]]:
    return [admin_user_out(user) for user in services(request).store.users()]


def _check_new_fields(
    email: str | None, password: str | None, config_ids: list[str] | None
) -> None:
    if email is not None and ("@" not in email or not safe_text(email)):
        raise bad_request("validation_error", "email must be an email address")
    if password is not None and (problem := password_problem(password)):
        raise bad_request("validation_error", problem)
    for config_id in config_ids or ():
        check_config_id(config_id)


@router.post("", status_code=201, response_model=UserOut, responses=ERRORS,
             openapi_extra=body_schema(UserCreate))
async def create_user(request: Request, admin: Admin) -> dict[str, Any]:
    body = await read_body(request, UserCreate)
    _check_new_fields(body.email, body.password, body.configIds)
    svc = services(request)

    def create() -> UserRecord:
        return svc.store.add_user(
            body.email, svc.passwords.hash(body.password), Role(body.role), body.configIds
        )

    try:
        user = await run_in_threadpool(create)
    except DuplicateUser as exc:
        raise ApiError(409, "conflict", str(exc)) from None
    return user_out(user)


@router.put("/{user_id}", response_model=UserOut, responses=ERRORS,
            openapi_extra=body_schema(UserUpdate))
async def update_user(
    user_id: str, request: Request, admin: Admin
) -> dict[str, Any]:
    body = await read_body(request, UserUpdate)
    _check_new_fields(None, body.password, body.configIds)
    if not safe_text(user_id):
        raise not_found("no such account")
    svc = services(request)

    def update() -> UserRecord | None:
        password_hash = svc.passwords.hash(body.password) if body.password is not None else None
        role = Role(body.role) if body.role is not None else None
        return svc.store.update_user(
            user_id, role=role, config_ids=body.configIds, password_hash=password_hash
        )

    user = await run_in_threadpool(update)
    if user is None:
        raise not_found("no such account")
    return user_out(user)


def _not_self(user_id: str, admin: UserRecord) -> None:
    # The last admin locking themselves out would leave nobody to undo it.
    if user_id == admin.id:
        raise ApiError(409, "conflict", "an admin cannot disable or delete their own account")


def admin_user_out(user: UserRecord) -> dict[str, Any]:
    return {**user_out(user), "disabled": user.disabled}


@router.post("/{user_id}/disable", response_model=AdminUserOut, responses=ERRORS)
async def disable_user(user_id: str, request: Request, admin: Admin) -> dict[str, Any]:
    """Refuse the account's sign-ins and revoke every token it holds."""
    return await _set_disabled(request, admin, user_id, True)


@router.post("/{user_id}/enable", response_model=AdminUserOut, responses=ERRORS)
async def enable_user(user_id: str, request: Request, admin: Admin) -> dict[str, Any]:
    """Let a disabled account sign in again (its old tokens stay revoked)."""
    return await _set_disabled(request, admin, user_id, False)


async def _set_disabled(
    request: Request, admin: UserRecord, user_id: str, disabled: bool
) -> dict[str, Any]:
    _not_self(user_id, admin)
    if not safe_text(user_id):
        raise not_found("no such account")
    user = await run_in_threadpool(services(request).store.set_user_disabled, user_id, disabled)
    if user is None:
        raise not_found("no such account")
    return admin_user_out(user)


@router.delete("/{user_id}", status_code=204, responses=ERRORS)
async def delete_user(user_id: str, request: Request, admin: Admin) -> Response:
    """Remove the account; its tokens stop working, the events it pushed stay as they are."""
    _not_self(user_id, admin)
    if not safe_text(user_id) or not await run_in_threadpool(
            services(request).store.delete_user, user_id):
        raise not_found("no such account")
    return Response(status_code=204)
