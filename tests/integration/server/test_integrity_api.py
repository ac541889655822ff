"""Signed checkpoints and proofs, checked the way a device checks them (domain verifiers only)."""

from __future__ import annotations

import base64
import itertools
from typing import Any

import httpx
import pytest

from datacollect_desktop.domain import merkle
from datacollect_desktop.domain.signed_note import (
    NoteError,
    parse_verifier_key,
    verify_checkpoint,
)
from tests.integration.server.support import (
    CONFIG_A,
    WORKER_A,
    ServerHandle,
    leaf_bytes,
    make_event,
    pull_all,
    push,
)


@pytest.fixture(scope="module")
def worker(server_process: ServerHandle) -> httpx.Client:
    return server_process.as_user(WORKER_A)


@pytest.fixture(scope="module")
def verifier_key(server_process: ServerHandle) -> str:
    anonymous = server_process.client()
    key: str = anonymous.get("/api/sync/checkpoint/key").json()["verifierKey"]
    return key


def checked(doc: dict[str, Any], verifier_key: str) -> tuple[int, bytes]:
    """Verify a checkpoint answer: the signed note, and that the JSON fields agree with it."""
    checkpoint = verify_checkpoint(doc["note"], verifier_key)
    assert checkpoint.origin == parse_verifier_key(verifier_key).name
    assert (checkpoint.tree_size, checkpoint.root_hash.hex()) == (doc["treeSize"], doc["rootHash"])
    return checkpoint.tree_size, checkpoint.root_hash


def test_checkpoints_are_signed_notes_the_pinned_key_verifies(
    worker: httpx.Client, server_process: ServerHandle, verifier_key: str
) -> None:
    push(worker, [make_event() for _ in range(3)])
    doc = server_process.client().get("/api/sync/checkpoint").json()
    size, root = checked(doc, verifier_key)
    assert size >= 3
    body, _, signature = doc["note"].partition("\n\n")
    assert body.split("\n") == [parse_verifier_key(verifier_key).name, str(size),
                                base64.b64encode(root).decode()]
    assert signature.startswith("\u2014 ")
    tampered = doc["note"].replace(f"\n{size}\n", f"\n{size + 1}\n", 1)
    with pytest.raises(NoteError):
        verify_checkpoint(tampered, verifier_key)


def test_the_push_answer_carries_a_verifiable_checkpoint_including_the_events(
    worker: httpx.Client, verifier_key: str
) -> None:
    events = [make_event() for _ in range(5)]
    body = push(worker, events)
    size, root = checked(body["checkpoint"], verifier_key)
    for event in events:
        proof = worker.get("/api/sync/proof/inclusion",
                           params={"guid": event["guid"], "treeSize": size}).json()
        assert proof["treeSize"] == size and proof["rootHash"] == root.hex()
        leaf_hash = merkle.leaf_hash(leaf_bytes({**event, "syncLevel": 1}))
        assert proof["leafHash"] == leaf_hash.hex()
        path = [bytes.fromhex(node) for node in proof["auditPath"]]
        assert merkle.verify_inclusion(leaf_hash, proof["leafIndex"], size, path, root)


def test_every_pulled_event_is_included_under_the_current_root(
    worker: httpx.Client, server_process: ServerHandle, verifier_key: str
) -> None:
    push(worker, [make_event() for _ in range(7)])
    size, root = checked(server_process.client().get("/api/sync/checkpoint").json(),
                         verifier_key)
    events, _, _ = pull_all(worker, CONFIG_A)
    assert events
    for event in events:
        proof = worker.get("/api/sync/proof/inclusion", params={"guid": event["guid"]}).json()
        assert proof["treeSize"] == size
        path = [bytes.fromhex(node) for node in proof["auditPath"]]
        leaf_hash = merkle.leaf_hash(leaf_bytes(event))
        assert merkle.verify_inclusion(leaf_hash, proof["leafIndex"], size, path, root)


def test_consistency_proofs_link_every_checkpoint_to_the_next(
    worker: httpx.Client, verifier_key: str
) -> None:
    heads = [checked(push(worker, [make_event() for _ in range(n)])["checkpoint"], verifier_key)
             for n in (1, 2, 5, 1, 8)]
    for (first, first_root), (second, second_root) in itertools.pairwise(heads):
        doc = worker.get("/api/sync/proof/consistency",
                         params={"first": first, "second": second}).json()
        assert (doc["firstRoot"], doc["secondRoot"]) == (first_root.hex(), second_root.hex())
        proof = [bytes.fromhex(node) for node in doc["proof"]]
        assert merkle.verify_consistency(first, second, first_root, second_root, proof)
        assert not merkle.verify_consistency(first, second, first_root, first_root, proof)


def test_proofs_outside_the_tree_are_refused(worker: httpx.Client) -> None:
    event = make_event()
    size = push(worker, [event])["checkpoint"]["treeSize"]
    cases = [
        ("/api/sync/proof/inclusion", {"guid": event["guid"], "treeSize": size - 1}),
        ("/api/sync/proof/inclusion", {"guid": event["guid"], "treeSize": size + 1}),
        ("/api/sync/proof/consistency", {"first": size, "second": size + 1}),
        ("/api/sync/proof/consistency", {"first": 3, "second": 2}),
        ("/api/sync/proof/consistency", {"first": 0}),
    ]
    for path, params in cases:
        response = worker.get(path, params=params)
        assert response.status_code == 400, (path, params)
        assert response.json()["error"] in {"invalid_tree_size", "validation_error"}
    missing = worker.get("/api/sync/proof/inclusion", params={"guid": "no-such-guid"})
    assert missing.status_code == 404
