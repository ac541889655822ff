"""Two server processes on one PostgreSQL accept concurrent pushes into one consistent log."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import httpx
import pytest

from datacollect_desktop.domain import merkle
from datacollect_desktop.domain.signed_note import verify_checkpoint
from tests.integration.server.conftest import StartServer
from tests.integration.server.support import (
    ADMIN,
    CONFIG_A,
    PASSWORD,
    WORKER_A,
    app_config,
    leaf_bytes,
    make_event,
    pull_all,
)

pytestmark = pytest.mark.postgres

PUSHERS, BATCHES, BATCH = 6, 10, 20


def test_two_processes_on_one_postgres_keep_one_log(
    start_server_with: StartServer, postgres_database: str
) -> None:
    first = start_server_with(database=postgres_database)
    second = start_server_with(database=postgres_database, data_dir=first.data_dir,
                               prepare=False)
    token = first.login(WORKER_A)  # the processes share the data dir's token secret
    servers = [first, second]
    key = first.client().get("/api/sync/checkpoint/key").json()["verifierKey"]
    assert second.client().get("/api/sync/checkpoint/key").json()["verifierKey"] == key

    pushed: list[str] = []
    checkpoints: list[dict[str, Any]] = []
    streamed: list[str] = []
    errors: list[BaseException] = []
    done = threading.Event()
    lock = threading.Lock()

    def pusher(worker: int) -> None:
        try:
            clients = [server.client(token) for server in servers]
            for batch in range(BATCHES):
                events = [make_event() for _ in range(BATCH)]
                response = clients[(worker + batch) % 2].post(
                    "/api/sync/push", json={"events": events, "configId": CONFIG_A})
                assert response.status_code == 200, response.text
                body = response.json()
                assert {r["status"] for r in body["results"]} == {"accepted"}
                with lock:
                    pushed.extend(e["guid"] for e in events)
                    checkpoints.append(body["checkpoint"])
        except BaseException as exc:  # reported below
            errors.append(exc)

    def puller() -> None:
        # A device pulling from both processes while pushes land must see each event once.
        try:
            clients = [server.client(token) for server in servers]
            cursor: str | None = None
            turn = 0
            while True:
                finished = done.is_set()
                turn += 1
                events, cursor, _ = pull_all(clients[turn % 2], CONFIG_A, cursor, limit=37)
                streamed.extend(e["guid"] for e in events)
                if finished:
                    return
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=pusher, args=(n,)) for n in range(PUSHERS)]
    reader = threading.Thread(target=puller)
    reader.start()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    done.set()
    reader.join()
    assert errors == []

    total = PUSHERS * BATCHES * BATCH
    assert len(set(pushed)) == total
    final = [httpx.get(f"{s.base_url}/api/sync/checkpoint").json() for s in servers]
    assert final[0] == final[1]
    head = verify_checkpoint(final[0]["note"], key)
    assert head.tree_size == total
    assert verify_checkpoint(final[1]["note"], key).root_hash == head.root_hash

    events, _, _ = pull_all(second.client(token), CONFIG_A, limit=5000)
    assert sorted(e["guid"] for e in events) == sorted(pushed)
    assert streamed == [e["guid"] for e in events]
    leaves = [merkle.leaf_hash(leaf_bytes(e)) for e in events]
    assert merkle.MemoryTree(leaves).root() == head.root_hash

    # Every head a push answered with is a prefix of the final log.
    checker = first.client(token)
    for doc in checkpoints:
        seen = verify_checkpoint(doc["note"], key)
        assert merkle.MemoryTree(leaves[:seen.tree_size]).root() == seen.root_hash
        proof = checker.get("/api/sync/proof/consistency",
                            params={"first": seen.tree_size, "second": total}).json()
        assert merkle.verify_consistency(
            seen.tree_size, total, seen.root_hash, head.root_hash,
            [bytes.fromhex(node) for node in proof["proof"]])


ROUNDS, RACERS, ROUND_EVENTS = 8, 4, 40


def _log_is_one_tree(client: httpx.Client, key: str, guids: list[str]) -> None:
    """The log holds exactly `guids`, at leaf indices 0..n-1 (gapless, each once), and the
    signed head is the root of those leaves in log order."""
    head = verify_checkpoint(client.get("/api/sync/checkpoint").json()["note"], key)
    assert head.tree_size == len(guids)
    events, _, _ = pull_all(client, CONFIG_A, limit=5000)
    assert sorted(e["guid"] for e in events) == sorted(guids)
    leaves = [merkle.leaf_hash(leaf_bytes(e)) for e in events]
    assert merkle.MemoryTree(leaves).root() == head.root_hash
    proof = client.post("/api/sync/proof/inclusion",
                        json={"guids": [e["guid"] for e in events], "treeSize": head.tree_size})
    assert proof.status_code == 200, proof.text
    assert proof.json()["leafIndices"] == list(range(len(guids)))


def test_the_same_events_pushed_to_two_processes_at_once_are_stored_once(
    start_server_with: StartServer, postgres_database: str
) -> None:
    first = start_server_with(database=postgres_database)
    second = start_server_with(database=postgres_database, data_dir=first.data_dir,
                               prepare=False)
    token = first.login(WORKER_A)
    key = first.client().get("/api/sync/checkpoint/key").json()["verifierKey"]
    clients = [server.client(token) for server in (first, second) for _ in range(RACERS // 2)]
    rounds = [[make_event() for _ in range(ROUND_EVENTS)] for _ in range(ROUNDS)]
    statuses: dict[str, list[str]] = {}
    errors: list[BaseException] = []
    lock = threading.Lock()
    start = threading.Barrier(RACERS)

    def racer(client: httpx.Client) -> None:
        try:
            for events in rounds:
                start.wait(timeout=60)  # every racer sends this round's batch at once
                response = client.post("/api/sync/push",
                                       json={"events": events, "configId": CONFIG_A})
                assert response.status_code == 200, response.text
                with lock:
                    for result in response.json()["results"]:
                        statuses.setdefault(result["guid"], []).append(result["status"])
        except BaseException as exc:  # reported below
            start.abort()
            errors.append(exc)

    threads = [threading.Thread(target=racer, args=(client,)) for client in clients]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    guids = [event["guid"] for events in rounds for event in events]
    # Each event was accepted once, by one process, and a duplicate for every other racer.
    assert {guid: sorted(found) for guid, found in statuses.items()} == {
        guid: ["accepted", *["duplicate"] * (RACERS - 1)] for guid in guids}
    for server in (first, second):
        _log_is_one_tree(server.client(token), key, guids)


def _children(pid: int) -> list[int]:
    tasks = Path(f"/proc/{pid}/task")
    return [int(child) for task in tasks.iterdir()
            for child in (task / "children").read_text().split()]


def test_serve_workers_runs_several_processes_on_one_port_and_keeps_one_log(
    start_server_with: StartServer, postgres_database: str
) -> None:
    server = start_server_with("--workers", "2", database=postgres_database)
    assert len(_children(server.process.pid)) == 2
    token = server.login(WORKER_A)
    key = server.client().get("/api/sync/checkpoint/key").json()["verifierKey"]
    pushed: list[str] = []
    errors: list[BaseException] = []
    lock = threading.Lock()

    def pusher() -> None:
        try:
            for _ in range(BATCHES):
                # A connection per push, so the kernel hands them to either process.
                with httpx.Client(base_url=server.base_url, timeout=60,
                                  headers={"Authorization": f"Bearer {token}"}) as client:
                    events = [make_event() for _ in range(BATCH)]
                    response = client.post("/api/sync/push",
                                           json={"events": events, "configId": CONFIG_A})
                assert response.status_code == 200, response.text
                assert {r["status"] for r in response.json()["results"]} == {"accepted"}
                with lock:
                    pushed.extend(e["guid"] for e in events)
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=pusher) for _ in range(PUSHERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    _log_is_one_tree(server.client(token), key, pushed)
    server.stop()
    assert server.process.returncode == 0


def test_a_change_made_through_one_process_is_what_the_other_answers_by(
    start_server_with: StartServer, postgres_database: str
) -> None:
    """No process keeps an app config, an account or the tree's frontier it would answer by
    after another process changed them."""
    first = start_server_with(database=postgres_database)
    second = start_server_with(database=postgres_database, data_dir=first.data_dir,
                               prepare=False)
    token = first.login(WORKER_A)
    workers = [first.client(token), second.client(token)]
    admin = first.as_user(ADMIN)
    named = make_event(data={"givenName": "Rosalind", "age": 30})
    # Each process answers once by the config, the account and the tree as they are.
    for client in workers:
        results = client.post("/api/sync/push", json={
            "events": [make_event()], "configId": CONFIG_A}).json()["results"]
        assert [r["status"] for r in results] == ["accepted"]

    # The config changes through the first process: the second checks by the new one.
    shorter = app_config(CONFIG_A)
    shorter["entityForms"][0]["formio"]["components"][0]["validate"]["maxLength"] = 5
    assert admin.put(f"/api/apps/{CONFIG_A}", json=shorter).status_code == 200
    results = workers[1].post("/api/sync/push", json={
        "events": [named], "configId": CONFIG_A}).json()["results"]
    assert [(r["status"], r.get("code")) for r in results] == [("rejected", "invalid_form_data")]

    # The first process appends again: its frontier is of a tree the second has since grown.
    heads = []
    for client in (workers[0], workers[1], workers[0]):
        answer = client.post("/api/sync/push", json={
            "events": [make_event(data={"givenName": "Ada"})], "configId": CONFIG_A}).json()
        assert [r["status"] for r in answer["results"]] == ["accepted"]
        heads.append(answer["checkpoint"])
    key = first.client().get("/api/sync/checkpoint/key").json()["verifierKey"]
    events, _, _ = pull_all(workers[1], CONFIG_A, limit=5000)
    _log_is_one_tree(workers[0], key, [e["guid"] for e in events])
    assert len(events) == 5
    leaves = [merkle.leaf_hash(leaf_bytes(e)) for e in events]
    for doc in heads:  # each answer's head is the tree of the leaves up to it
        seen = verify_checkpoint(doc["note"], key)
        assert merkle.MemoryTree(leaves[:seen.tree_size]).root() == seen.root_hash

    # A new password set through the first process revokes the token in the second.
    me = workers[1].get("/api/users/me").json()
    changed = admin.put(f"/api/users/{me['id']}", json={"password": PASSWORD + " new"})
    assert changed.status_code == 200, changed.text
    assert workers[1].get("/api/users/me").status_code == 401
