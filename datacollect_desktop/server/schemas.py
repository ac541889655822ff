"""Request and response shapes (for validation and the OpenAPI document), and strict JSON bodies."""

from __future__ import annotations

from typing import Any, Literal, TypeVar

from fastapi import Request
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from datacollect_desktop.domain.canonical import InvalidJSON, parse_json
from datacollect_desktop.domain.vocabulary import PushStatus
from datacollect_desktop.server.errors import ApiError, bad_request

RoleName = Literal["admin", "supervisor", "field-worker"]
Model = TypeVar("Model", bound=BaseModel)


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


class LoginRequest(_Body):
    email: str = Field(min_length=1, max_length=320)
    password: str = Field(min_length=1, max_length=1024)


class PushRequest(_Body):
    events: list[dict[str, Any]] = Field(description="DataCollect FormSubmission objects")
    configId: str = Field(default="default", min_length=1, max_length=200)


class AuditPushRequest(_Body):
    auditLogs: list[dict[str, Any]] = Field(description="DataCollect AuditLogEntry objects")
    configId: str = Field(default="default", min_length=1, max_length=200)


class UserCreate(_Body):
    email: str = Field(min_length=3, max_length=320)
    password: str = Field(min_length=8, max_length=1024)
    role: RoleName
    configIds: list[str] = Field(default_factory=list)


class UserUpdate(_Body):
    role: RoleName | None = None
    configIds: list[str] | None = None
    password: str | None = Field(default=None, min_length=8, max_length=1024)


class LoginResponse(BaseModel):
    token: str
    userId: str


class UserOut(BaseModel):
    id: str
    email: str
    role: RoleName
    configIds: list[str]


class AdminUserOut(UserOut):
    """An account as admins see it: also whether it is disabled."""

    disabled: bool


class CheckpointOut(BaseModel):
    treeSize: int
    rootHash: str = Field(description="lowercase hex")
    note: str = Field(description="C2SP tlog-checkpoint signed as a C2SP signed note")


class VerifierKeyOut(BaseModel):
    verifierKey: str = Field(description="signed-note verifier key <name>+<hex id>+<base64 key>")


class PushResult(BaseModel):
    guid: str | None
    status: PushStatus
    error: str | None = None
    code: str | None = None


class PushResponse(BaseModel):
    status: Literal["success"]
    results: list[PushResult]
    checkpoint: CheckpointOut


class LevelUpdateOut(BaseModel):
    guid: str
    syncLevel: int


class PullResponse(BaseModel):
    events: list[dict[str, Any]]
    syncLevelUpdates: list[LevelUpdateOut]
    cursor: str = Field(description="opaque position after this page; send it back as since")
    nextCursor: str | None = Field(description="null when nothing more is waiting")


class AuditPullResponse(BaseModel):
    auditLogs: list[dict[str, Any]]
    cursor: str
    nextCursor: str | None


class AuditPushResponse(BaseModel):
    status: Literal["success"]
    results: list[PushResult]


class InclusionOut(BaseModel):
    leafIndex: int
    treeSize: int
    leafHash: str
    auditPath: list[str]
    rootHash: str


MAX_PROOF_GUIDS = 10_000


class BatchInclusionRequest(_Body):
    guids: list[str] = Field(min_length=1, max_length=MAX_PROOF_GUIDS)
    treeSize: int = Field(ge=1, le=2**62)


class BatchInclusionOut(BaseModel):
    treeSize: int
    rootHash: str
    leafIndices: list[int] = Field(description="the leaf index of each guid, in request order")
    proof: list[str] = Field(description="hashes of the subtrees holding none of the leaves, "
                             "left to right (see domain/multiproof.py)")


class ConsistencyOut(BaseModel):
    first: int
    second: int
    firstRoot: str
    secondRoot: str
    proof: list[str]


class ErrorOut(BaseModel):
    error: str = Field(description="a stable code such as unauthorized or validation_error")
    message: str


def body_schema(model: type[BaseModel]) -> dict[str, Any]:
    """`openapi_extra` documenting a JSON request body these endpoints read themselves."""
    schema = model.model_json_schema()
    return {"requestBody": {"required": True,
                            "content": {"application/json": {"schema": schema}}}}


ANY_OBJECT_BODY: dict[str, Any] = {"requestBody": {"required": True, "content": {
    "application/json": {"schema": {"type": "object", "additionalProperties": True}}}}}


async def read_json(request: Request) -> Any:
    """The request body parsed strictly (no NaN, no duplicate keys); 400 `malformed_json`."""
    content_type = request.headers.get("content-type", "")
    media = content_type.split(";")[0].strip().lower()
    if media and media != "application/json" and not media.endswith("+json"):
        raise ApiError(415, "unsupported_media_type", "send the body as application/json")
    raw = await request.body()
    if not raw.strip():
        raise bad_request("malformed_json", "the request body is empty; JSON was expected")
    try:
        return parse_json(raw)
    except InvalidJSON as exc:
        raise bad_request("malformed_json", str(exc)) from None


def validated(model: type[Model], doc: Any) -> Model:
    """The body as `model`, or 400 `validation_error` naming each problem (never the input)."""
    try:
        return model.model_validate(doc)
    except ValidationError as exc:
        details = [
            {"loc": [str(part) for part in err["loc"]], "message": err["msg"]}
            for err in exc.errors(include_input=False, include_url=False)
        ]
        raise bad_request("validation_error", "the request body is not valid", details) from None


async def read_body(request: Request, model: type[Model]) -> Model:
    return validated(model, await read_json(request))


class MissingRequest(_Body):
    digests: list[str] = Field(max_length=10000,
                               description='attachment digests, "sha256:<64 lowercase hex>"')


class MissingResponse(BaseModel):
    missing: list[str] = Field(description="the digests asked about this app config lacks")
    received: dict[str, int] = Field(
        description="of those, the bytes already received of an unfinished upload")


class UploadResponse(BaseModel):
    digest: str
    received: int = Field(description="bytes held of this upload; resume from here")
    size: int
    complete: bool = Field(description="all received, and they match the digest")
