"""Every error answered as JSON `{error, message}` with a stable code, never a stack trace."""

from __future__ import annotations

import logging
from typing import Any

import peewee as pw
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from playhouse.pool import MaxConnectionsExceeded
from starlette.exceptions import HTTPException as StarletteHTTPException

log = logging.getLogger("datacollect.server")

_STATUS_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    406: "not_acceptable",
    409: "conflict",
    413: "payload_too_large",
    415: "unsupported_media_type",
    429: "rate_limited",
}
# What the drivers raise, through peewee, when the database cannot be reached or answer
# (down, restarting, out of connections): a passing state the client waits out, not a bug.
# A pool whose connections are all taken for its whole timeout is the same passing state.
UNAVAILABLE = (pw.OperationalError, pw.InterfaceError, MaxConnectionsExceeded)


class ApiError(Exception):
    """An answer other than success: HTTP status, stable code, a sentence, optional headers."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        *,
        headers: dict[str, str] | None = None,
        details: Any = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers or {}
        self.details = details


def error_body(code: str, message: str, details: Any = None) -> dict[str, Any]:
    body: dict[str, Any] = {"error": code, "message": message}
    if details is not None:
        body["details"] = details
    return body


def error_response(
    status: int, code: str, message: str, headers: dict[str, str] | None = None
) -> JSONResponse:
    return JSONResponse(error_body(code, message), status_code=status, headers=headers)


def unauthorized(message: str = "a valid bearer token is required") -> ApiError:
    return ApiError(401, "unauthorized", message, headers={"WWW-Authenticate": "Bearer"})


def forbidden(message: str) -> ApiError:
    return ApiError(403, "forbidden", message)


def not_found(message: str) -> ApiError:
    return ApiError(404, "not_found", message)


def bad_request(code: str, message: str, details: Any = None) -> ApiError:
    return ApiError(400, code, message, details=details)


def _validation_details(exc: RequestValidationError) -> list[dict[str, Any]]:
    # Location and reason only: echoing the input back could repeat a password.
    return [
        {"loc": [str(part) for part in error.get("loc", ())], "message": str(error.get("msg", ""))}
        for error in exc.errors()
    ]


def database_unavailable(exc: BaseException) -> bool:
    """Whether a failure is the database being out of reach rather than a bug."""
    return isinstance(exc, UNAVAILABLE)


def install_error_handlers(app: FastAPI, retry_seconds: int = 5) -> None:
    """Route every failure, expected or not, to a JSON answer."""

    async def on_api_error(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, ApiError)
        body = error_body(exc.code, exc.message, exc.details)
        return JSONResponse(body, status_code=exc.status, headers=exc.headers)

    async def on_http_error(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, StarletteHTTPException)
        code = _STATUS_CODES.get(exc.status_code, "error")
        if exc.status_code >= 500:
            code = "internal_error"
        message = exc.detail if isinstance(exc.detail, str) else code.replace("_", " ")
        if exc.status_code == 404:
            message = f"no such resource: {request.url.path}"
        return JSONResponse(
            error_body(code, message), status_code=exc.status_code, headers=exc.headers
        )

    async def on_validation_error(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, RequestValidationError)
        body = error_body("validation_error", "the request is not valid", _validation_details(exc))
        return JSONResponse(body, status_code=400)

    async def on_unavailable(request: Request, exc: Exception) -> JSONResponse:
        log.warning("database unavailable on %s %s: %s", request.method, request.url.path,
                    " ".join(str(exc).split())[:200])
        return error_response(
            503, "database_unavailable",
            f"the server cannot reach its database; try again in {retry_seconds} seconds",
            headers={"Retry-After": str(retry_seconds)})

    async def on_unexpected(request: Request, exc: Exception) -> JSONResponse:
        if database_unavailable(exc):
            return await on_unavailable(request, exc)
        log.error("unexpected error on %s %s", request.method, request.url.path, exc_info=exc)
        return error_response(500, "internal_error", "something went wrong on the server")

    app.add_exception_handler(ApiError, on_api_error)
    app.add_exception_handler(StarletteHTTPException, on_http_error)
    app.add_exception_handler(RequestValidationError, on_validation_error)
    for kind in UNAVAILABLE:
        app.add_exception_handler(kind, on_unavailable)
    app.add_exception_handler(Exception, on_unexpected)
