"""The body limit learned from a 413: stated by the server, a stock server's known default, or
half of what was refused; and the size of a push body around its events."""

from __future__ import annotations

import json

import httpx
import pytest

from datacollect_desktop.storage.remote import STOCK_BODY_LIMIT, STOCK_PROTOCOL
from datacollect_desktop.sync.client import PayloadTooLarge, SyncClient, push_overhead
from datacollect_desktop.sync.engine import learned_body_limit

STOCK_413 = b"<!DOCTYPE html>\n<html><body><pre>Payload Too Large</pre></body></html>\n"


def refused_push(response: httpx.Response, wires: list[bytes]) -> PayloadTooLarge:
    client = SyncClient("http://sync.invalid",
                        transport=httpx.MockTransport(lambda _request: response))
    with pytest.raises(PayloadTooLarge) as caught:
        client.push(wires, "households")
    return caught.value


def test_our_servers_413_states_its_limit() -> None:
    refusal = refused_push(httpx.Response(413, json={
        "error": "payload_too_large",
        "message": "the request body is larger than 10485760 bytes"}), [b"{}"])
    assert refusal.limit == 10485760 and refusal.sent is not None
    assert learned_body_limit(refusal, "log", None) == 10485760


def test_a_stock_413_is_bare_html_and_its_known_default_is_learned() -> None:
    wires = [json.dumps({"n": n, "pad": "x" * 1000}).encode() for n in range(150)]
    refusal = refused_push(httpx.Response(413, content=STOCK_413,
                                          headers={"content-type": "text/html"}), wires)
    assert refusal.limit is None
    assert refusal.sent == sum(map(len, wires)) + len(wires) - 1 + push_overhead("households")
    assert learned_body_limit(refusal, STOCK_PROTOCOL, None) == STOCK_BODY_LIMIT
    # Refused again under the default: that server's limit is smaller, halve what was sent.
    refusal.sent = 60_000
    assert learned_body_limit(refusal, STOCK_PROTOCOL, STOCK_BODY_LIMIT) == 30_000
    assert learned_body_limit(refusal, None, 40_000) == 20_000
