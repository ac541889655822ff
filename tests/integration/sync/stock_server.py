"""A stand-in for a stock ID PASS DataCollect backend, run as its own process for fast tests.

It behaves as `packages/backend` of release 1.0.0 was measured to (tests/stock runs the real
one): push stores each guid once with syncLevel 1 and no `metadata` (its `events` table has no
such column), and answers `{"status": "success"}` even for events it could not use; a body
over 100 kB is refused with an HTML 413 page (`PayloadTooLargeError`); pull answers the
events with a timestamp strictly after `since`, in timestamp order, ten per page (`LIMIT 10`),
with the last event's timestamp as `nextCursor` when the page is full; the audit log
(`/api/sync/pull/audit-logs`, unpaged) and each entity's events (`/api/entities/:guid/events`)
are served to a signed-in user; there is no checkpoint, key or proof endpoint (HTML 404).

Run: `python -m tests.integration.sync.stock_server PORT PASSWORD [BODY_LIMIT]`.
"""

from __future__ import annotations

import json
import sys
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import uvicorn
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response

PAGE = 10
BODY_LIMIT = 100 * 1024  # body-parser's default "100kb"
TOKEN = "stock-token-" + uuid.uuid4().hex
KEPT = ("guid", "entityGuid", "type", "data", "userId")


def iso(moment: datetime) -> str:
    """JavaScript's `Date.prototype.toISOString()`: milliseconds and `Z`."""
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def parse(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)


def html_error(status: int, text: str) -> HTMLResponse:
    """Express's default error page."""
    return HTMLResponse(f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
                        f"<title>Error</title>\n</head>\n<body>\n<pre>{text}</pre>\n</body>\n"
                        f"</html>\n", status_code=status)


@dataclass
class Store:
    events: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    audit: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    guids: set[str] = field(default_factory=set)


def usable(event: Any) -> bool:
    if not isinstance(event, dict):
        return False
    try:
        parse(str(event.get("timestamp")))
    except ValueError:
        return False
    return (isinstance(event.get("guid"), str) and bool(event["guid"])
            and isinstance(event.get("entityGuid"), str) and bool(event["entityGuid"])
            and isinstance(event.get("type"), str) and isinstance(event.get("data"), dict)
            and isinstance(event.get("userId"), str))


def build(password: str, body_limit: int = BODY_LIMIT) -> FastAPI:
    app = FastAPI()
    store = Store()

    def authorized(request: Request) -> bool:
        return request.headers.get("authorization") == f"Bearer {TOKEN}"

    @app.post("/api/users/login")
    async def login(request: Request) -> JSONResponse:
        body = await request.json()
        if body.get("password") != password:
            return JSONResponse({"message": "Invalid email or password"}, status_code=401)
        return JSONResponse({"token": TOKEN, "userId": 2})  # the stock account id: a number

    @app.post("/api/sync/push")
    async def push(request: Request) -> Response:
        raw = await request.body()
        if len(raw) > body_limit:
            return html_error(413, "Payload Too Large")
        if not authorized(request):
            return JSONResponse({"error": "Invalid token"}, status_code=401)
        body = json.loads(raw)
        events = body.get("events")
        if not isinstance(events, list):
            return JSONResponse({"status": "success"})
        config = body.get("configId") or "default"
        stored = store.events.setdefault(config, [])
        audit = store.audit.setdefault(config, [])
        usable_events = [e for e in events if usable(e)]  # the others are dropped silently
        for event in sorted(usable_events, key=lambda e: parse(e["timestamp"])):
            if event["guid"] in store.guids:
                continue
            store.guids.add(event["guid"])
            kept = {k: event[k] for k in KEPT}
            kept["timestamp"] = iso(parse(event["timestamp"]))
            kept["syncLevel"] = 1
            stored.append(kept)
            audit.append({"guid": str(uuid.uuid4()), "action": event["type"],
                          "entityGuid": event["entityGuid"], "eventGuid": event["guid"],
                          "changes": event["data"], "signature": "",
                          "timestamp": iso(datetime.now(UTC)), "userId": event["userId"]})
        return JSONResponse({"status": "success"})

    @app.get("/api/sync/pull")
    async def pull(request: Request, since: str | None = None,
                   configId: str = "default") -> JSONResponse:
        if not authorized(request):
            return JSONResponse({"error": "Invalid token"}, status_code=401)
        after = parse(since) if since else datetime(1970, 1, 1, tzinfo=UTC)
        stored = store.events.get(configId, [])
        # Stable: events sharing a timestamp keep the order they were stored in.
        later = sorted((e for e in stored if parse(e["timestamp"]) > after),
                       key=lambda e: parse(e["timestamp"]))
        page = later[:PAGE]
        cursor = page[-1]["timestamp"] if len(page) == PAGE else None
        return JSONResponse({"events": page, "nextCursor": cursor})

    @app.get("/api/sync/pull/audit-logs")
    async def audit_logs(request: Request, since: str, configId: str = "default"
                         ) -> JSONResponse:
        if not authorized(request):
            return JSONResponse({"error": "Invalid token"}, status_code=401)
        after = parse(since)
        entries = [a for a in store.audit.get(configId, []) if parse(a["timestamp"]) > after]
        return JSONResponse(entries)

    @app.get("/api/entities/{guid}/events")
    async def entity_events(request: Request, guid: str, configId: str = "default"
                            ) -> JSONResponse:
        if not authorized(request):
            return JSONResponse({"error": "Invalid token"}, status_code=401)
        mine = [e for e in store.events.get(configId, []) if e["entityGuid"] == guid]
        return JSONResponse(sorted(mine, key=lambda e: parse(e["timestamp"])))

    @app.exception_handler(404)
    async def not_found(request: Request, exc: Exception) -> HTMLResponse:
        return html_error(404, "Not Found")

    return app


def main() -> None:
    port, password = int(sys.argv[1]), sys.argv[2]
    limit = int(sys.argv[3]) if len(sys.argv) > 3 else BODY_LIMIT
    uvicorn.run(build(password, limit), host="127.0.0.1", port=port, log_level="warning")


if __name__ == "__main__":
    main()
