"""Liveness: `GET /health` answers while the database does."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request

from datacollect_desktop.server.access import services

router = APIRouter(tags=["health"])


@router.get("/health")
def health(request: Request) -> dict[str, Any]:
    head = services(request).store.head()
    return {"status": "ok", "treeSize": head.tree_size}
