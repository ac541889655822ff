"""Who is asking and what they may touch: bearer tokens, roles and config assignments."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from datacollect_desktop.server.auth import TokenClaims, TokenError
from datacollect_desktop.server.errors import bad_request, forbidden, unauthorized
from datacollect_desktop.server.services import Services
from datacollect_desktop.server.store.base import Role, UserRecord
from datacollect_desktop.server.validation import safe_text

MAX_CONFIG_ID = 200

bearer = HTTPBearer(
    auto_error=False, description="The token from POST /api/users/login", bearerFormat="JWT"
)


def services(request: Request) -> Services:
    found: Services = request.app.state.services
    return found


def current_user(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> UserRecord:
    """The account a valid, unexpired, unrevoked bearer token names; 401 otherwise."""
    if credentials is None:
        raise unauthorized()
    svc = services(request)
    try:
        claims = svc.tokens.verify_claims(credentials.credentials)
    except TokenError as exc:
        raise unauthorized(str(exc)) from None
    user = svc.store.user_by_id(claims.subject)
    if user is None:
        raise unauthorized("the account of this token no longer exists")
    if user.disabled:
        raise unauthorized("this account is disabled")
    # A new password, role or state raised the generation: tokens from before are revoked.
    if claims.generation != user.token_generation or svc.store.token_revoked(claims.token_id):
        raise unauthorized("this token was revoked; sign in again")
    request.state.token_claims = claims
    return user


def token_claims(request: Request, user: Annotated[UserRecord, Depends(current_user)]
                 ) -> TokenClaims:
    """The claims of the valid token of this request."""
    claims: TokenClaims = request.state.token_claims
    return claims


CurrentUser = Annotated[UserRecord, Depends(current_user)]


def require_admin(user: CurrentUser) -> UserRecord:
    if user.role is not Role.ADMIN:
        raise forbidden("only an admin may do this")
    return user


Admin = Annotated[UserRecord, Depends(require_admin)]


def may_use_config(user: UserRecord, config_id: str) -> bool:
    """Admins use every app config; others only those assigned to them."""
    return user.role is Role.ADMIN or config_id in user.config_ids


def check_config_id(config_id: str) -> None:
    if not config_id or len(config_id) > MAX_CONFIG_ID or not safe_text(config_id):
        raise bad_request(
            "validation_error", "configId must be a short string without control characters"
        )


def require_config(user: UserRecord, config_id: str) -> None:
    """403 unless the account may use the config."""
    check_config_id(config_id)
    if not may_use_config(user, config_id):
        raise forbidden(f"this account is not assigned to the app config {config_id!r}")


def require_auditor(user: UserRecord, config_id: str) -> None:
    """403 unless a supervisor (of that config) or an admin."""
    if user.role is Role.FIELD_WORKER:
        raise forbidden("only supervisors and admins read audit logs")
    require_config(user, config_id)
