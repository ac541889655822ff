"""A stand-in for a stock ID PASS DataCollect backend, run as its own process for tests.

It keeps what matters to a client of `packages/backend` (`routes/syncRoute.ts`): push validates
the FormSubmission shape (guids are UUIDs), stores each guid once with syncLevel 1 and answers
only `{"status": "success"}`; pull answers the events with a timestamp strictly after `since`
in timestamp order, ten per page, with the last event's timestamp as `nextCursor` when the page
is full (`getEventsSincePagination`). There is no checkpoint, key or proof endpoint.

Run: `python -m tests.integration.sync.stock_server PORT PASSWORD`.
"""

from __future__ import annotations

import sys
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import uvicorn
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

PAGE = 10
TOKEN = "stock-token-" + uuid.uuid4().hex


def iso(moment: datetime) -> str:
    """JavaScript's `Date.prototype.toISOString()`: milliseconds and `Z`."""
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def parse(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)


@dataclass
class Store:
    events: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    guids: set[str] = field(default_factory=set)


def valid(event: Any) -> bool:
    if not isinstance(event, dict):
        return False
    try:
        uuid.UUID(str(event.get("guid")))
        parse(str(event.get("timestamp")))
    except ValueError:
        return False
    return (isinstance(event.get("entityGuid"), str) and bool(event["entityGuid"])
            and isinstance(event.get("type"), str) and isinstance(event.get("data"), dict)
            and isinstance(event.get("userId"), str)
            and isinstance(event.get("syncLevel"), int | float))


def build(password: str) -> FastAPI:
    app = FastAPI()
    store = Store()

    def authorized(request: Request) -> bool:
        return request.headers.get("authorization") == f"Bearer {TOKEN}"

    @app.post("/api/users/login")
    async def login(request: Request) -> JSONResponse:
        body = await request.json()
        if body.get("password") != password:
            return JSONResponse({"message": "Invalid credentials"}, status_code=401)
        return JSONResponse({"token": TOKEN})

    @app.post("/api/sync/push")
    async def push(request: Request) -> JSONResponse:
        if not authorized(request):
            return JSONResponse({"message": "Unauthorized"}, status_code=401)
        body = await request.json()
        events = body.get("events")
        if not isinstance(events, list) or not all(valid(e) for e in events):
            return JSONResponse({"status": "error", "message": "Invalid payload"},
                                status_code=400)
        config = body.get("configId") or "default"
        stored = store.events.setdefault(config, [])
        for event in sorted(events, key=lambda e: parse(e["timestamp"])):
            if event["guid"] in store.guids:
                continue
            store.guids.add(event["guid"])
            kept = {k: event[k] for k in ("guid", "entityGuid", "type", "data", "userId")}
            kept["timestamp"] = iso(parse(event["timestamp"]))
            if isinstance(event.get("metadata"), dict):
                kept["metadata"] = event["metadata"]
            kept["syncLevel"] = 1
            stored.append(kept)
        return JSONResponse({"status": "success"})

    @app.get("/api/sync/pull")
    async def pull(request: Request, since: str | None = None,
                   configId: str = "default") -> JSONResponse:
        if not authorized(request):
            return JSONResponse({"message": "Unauthorized"}, status_code=401)
        after = parse(since) if since else datetime(1970, 1, 1, tzinfo=UTC)
        stored = store.events.get(configId, [])
        # Stable: events sharing a timestamp keep the order they were stored in.
        later = sorted((e for e in stored if parse(e["timestamp"]) > after),
                       key=lambda e: parse(e["timestamp"]))
        page = later[:PAGE]
        cursor = page[-1]["timestamp"] if len(page) == PAGE else None
        return JSONResponse({"events": page, "nextCursor": cursor})

    return app


def main() -> None:
    port, password = int(sys.argv[1]), sys.argv[2]
    uvicorn.run(build(password), host="127.0.0.1", port=port, log_level="warning")


if __name__ == "__main__":
    main()
