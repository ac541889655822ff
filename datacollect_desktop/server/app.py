"""The FastAPI application: routers, JSON errors, the body-size and digest guards and the
forwarder."""

from __future__ import annotations

import logging
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from datacollect_desktop import __version__
from datacollect_desktop.domain.declared_types import load_plugins
from datacollect_desktop.server.body_limit import BodySizeLimit
from datacollect_desktop.server.digest import ContentDigest
from datacollect_desktop.server.errors import install_error_handlers
from datacollect_desktop.server.forwarder import ForwardWorker, HttpForwarder
from datacollect_desktop.server.routes import (
    apps,
    attachments,
    audit,
    health,
    proofs,
    sync,
    users,
)
from datacollect_desktop.server.services import Services
from datacollect_desktop.server.settings import Settings

_logger = logging.getLogger(__name__)

DESCRIPTION = """\
The DataCollect Desktop reference sync server. It speaks the ID PASS DataCollect backend's
protocol (login, push, pull, audit logs, app configs) and adds what that protocol loses:
per-event push results, an opaque pull cursor that never skips an event, sync-level updates,
and an RFC 9162 transparency log with C2SP-signed checkpoints and proofs.
Every error is JSON: `{"error": "<stable code>", "message": "..."}`.
"""


def create_app(settings: Settings, services: Services | None = None) -> FastAPI:
    """Build the application; it opens its store (unless given services) when it starts."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        svc = services or Services.open(settings)
        app.state.services = svc
        # The deployment's event type plug-ins: one that fails is said in the log, and the
        # server still starts (it stores events of every type; the devices apply them).
        plugins = load_plugins()
        app.state.plugin_problems = [str(problem) for problem in plugins.problems]
        for problem in app.state.plugin_problems:
            _logger.error("%s", problem)
        if plugins.appliers:
            _logger.info("event type plug-ins: %s", ", ".join(sorted(plugins.appliers)))
        worker = None
        if settings.forward_url:
            stopping = threading.Event()
            forwarder = HttpForwarder(
                settings.forward_url,
                attempts=settings.forward_attempts,
                timeout=settings.forward_timeout_seconds,
                sleep=stopping.wait,
            )
            worker = ForwardWorker(
                svc.store, forwarder,
                batch=settings.forward_batch, interval=settings.forward_interval_seconds,
                stop_event=stopping,
            )
            worker.start()
        try:
            yield
        finally:
            if worker is not None:
                worker.stop()
                forwarder.close()
            if services is None:
                svc.close()

    app = FastAPI(
        title="DataCollect sync server",
        version=__version__,
        description=DESCRIPTION,
        lifespan=lifespan,
    )
    install_error_handlers(app, retry_seconds=settings.database_retry_seconds)
    for module in (users, sync, attachments, audit, proofs, apps, health):
        app.include_router(module.router)
    app.add_middleware(ContentDigest)  # inside the size guard: it sees bodies already cut
    app.add_middleware(BodySizeLimit, max_bytes=settings.max_body_bytes,
                       timeout=settings.body_timeout_seconds,
                       min_rate=settings.min_body_rate)
    return app
