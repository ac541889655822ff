"""Forwarding accepted events to an external system; forwarded events become EXTERNAL (level 2).

The worker claims REMOTE events in batches (a claim column with a lease, so several server
processes never send the same batch at once), hands each config's batch to a `Forwarder`, and
marks the events EXTERNAL, each with the next level-change sequence that pulls report. Delivery
is at least once: a crash between sending and marking sends the batch again, so the receiver
should de-duplicate by guid.
"""

from __future__ import annotations

import json
import logging
import threading
import time
import uuid
from collections.abc import Callable
from itertools import groupby
from typing import Any, Protocol

import httpx

from datacollect_desktop.domain.vocabulary import SyncLevel
from datacollect_desktop.server.store.base import ServerStore, StoredEvent

log = logging.getLogger("datacollect.server.forwarder")


class ForwardError(Exception):
    """The external system did not take a batch."""


class Forwarder(Protocol):
    """Passes one batch of a config's events (wire JSON objects) to an external system."""

    def forward(self, config_id: str, events: list[dict[str, Any]]) -> None:
        """Deliver the batch or raise `ForwardError`."""
        ...


class HttpForwarder:
    """POSTs `{configId, events: [...]}` as JSON to a URL, retrying with exponential backoff."""

    def __init__(
        self,
        url: str,
        *,
        attempts: int = 5,
        timeout: float = 30.0,
        backoff: float = 0.5,
        max_backoff: float = 30.0,
        headers: dict[str, str] | None = None,
        sleep: Callable[[float], object] = time.sleep,
    ) -> None:
        self.url = url
        self.attempts = max(1, attempts)
        self.backoff = backoff
        self.max_backoff = max_backoff
        self._sleep = sleep
        self._client = httpx.Client(timeout=timeout, headers=headers)

    def forward(self, config_id: str, events: list[dict[str, Any]]) -> None:
        body = json.dumps({"configId": config_id, "events": events}).encode("utf-8")
        headers = {"content-type": "application/json"}
        last = "no attempt made"
        for attempt in range(self.attempts):
            if attempt:
                self._sleep(min(self.max_backoff, self.backoff * 2 ** (attempt - 1)))
            try:
                response = self._client.post(self.url, content=body, headers=headers)
            except httpx.HTTPError as exc:
                last = f"{type(exc).__name__}: {exc}"
                continue
            if 200 <= response.status_code < 300:
                return
            last = f"HTTP {response.status_code}"
            if 400 <= response.status_code < 500 and response.status_code not in (408, 429):
                break  # the receiver refuses this batch; retrying will not change its mind
        raise ForwardError(f"forwarding {len(events)} event(s) to {self.url} failed: {last}")

    def close(self) -> None:
        self._client.close()


def wire_event(event: StoredEvent, sync_level: SyncLevel) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(event.leaf)
    doc["syncLevel"] = int(sync_level)
    return doc


class ForwardWorker:
    """A background thread moving REMOTE events to the external system."""

    def __init__(
        self,
        store: ServerStore,
        forwarder: Forwarder,
        *,
        batch: int = 500,
        interval: float = 2.0,
        lease: float = 300.0,
        stop_event: threading.Event | None = None,
    ) -> None:
        self.store = store
        self.forwarder = forwarder
        self.batch = batch
        self.interval = interval
        self.lease = lease
        # Share it with the forwarder's backoff sleep so stopping never waits out a backoff.
        self._stop = stop_event or threading.Event()
        self._thread: threading.Thread | None = None

    def run_once(self) -> int:
        """Claim, forward and mark one batch; the number of events now EXTERNAL."""
        claimant = uuid.uuid4().hex
        claimed = self.store.claim_unforwarded(claimant, self.batch, time.time(), self.lease)
        done = 0
        for config_id, group in groupby(claimed, key=lambda event: event.config_id):
            events = list(group)
            seqs = [event.leaf_index for event in events]
            try:
                self.forwarder.forward(config_id,
                                       [wire_event(e, SyncLevel.EXTERNAL) for e in events])
            except ForwardError as exc:
                log.warning("%s", exc)
                self.store.release_claim(claimant, seqs)
                continue
            done += self.store.mark_forwarded(claimant, seqs)
        return done

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                busy = self.run_once() > 0
            except Exception:  # keep forwarding alive through a passing database failure
                log.exception("forwarding failed")
                busy = False
            if not busy:
                self._stop.wait(self.interval)

    def start(self) -> None:
        self._thread = threading.Thread(target=self._loop, name="forwarder", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=30)
