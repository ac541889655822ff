"""Hostile use of accounts and identifiers on the sync server: guids of another app config,
tokens kept after logout or after an admin's change, parallel and distributed password
guessing. Each is refused in words that tell an attacker nothing, and nobody is left stuck.
"""

from __future__ import annotations

import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from datacollect_desktop.sync.client import SyncClient
from datacollect_desktop.sync.errors import LoginThrottled
from tests.factories import wire
from tests.integration.server.conftest import StartServer
from tests.integration.server.support import (
    ADMIN,
    CONFIG_A,
    CONFIG_B,
    PASSWORD,
    REPO,
    WORKER_A,
    WORKER_B,
    ServerHandle,
    make_event,
    pull_all,
    push,
)
from tests.integration.sync.devices import DeviceFactory, uid
from tests.reliability.recorder import Tally

pytestmark = pytest.mark.reliability(scenario="Hostile input")
UNAVAILABLE = "this event id cannot be used; make a new event"


def login(server: ServerHandle, email: str, password: str = PASSWORD,
          source: str = "127.0.0.1") -> httpx.Response:
    """A login from a loopback source address of our choosing (all of 127/8 is local)."""
    transport = httpx.HTTPTransport(local_address=source)
    with httpx.Client(base_url=server.base_url, transport=transport, timeout=60) as client:
        return client.post("/api/users/login", json={"email": email, "password": password})


def me(server: ServerHandle, token: str) -> int:
    return httpx.get(f"{server.base_url}/api/users/me", timeout=30,
                     headers={"Authorization": f"Bearer {token}"}).status_code


def test_a_guid_of_another_app_config_is_refused_without_telling_of_it(
        server_process: ServerHandle, tally: Tally) -> None:
    """An event pushed to config A under a guid config B holds, with the same or with other
    content, gets one and the same refusal (`guid_unavailable`) that reveals nothing of B."""
    hidden = make_event(data={"givenName": "Hidden Person", "age": 41})
    push(server_process.as_user(ADMIN), [hidden], CONFIG_B)
    worker = server_process.as_user(WORKER_A)
    same = dict(hidden)
    other = {**hidden, "data": {"givenName": "Someone Else", "age": 7}}
    results = push(worker, [same, other], CONFIG_A)["results"]
    for result in results:
        assert result == {"guid": hidden["guid"], "status": "rejected",
                          "code": "guid_unavailable", "error": UNAVAILABLE}, result
        tally.add(requests=1, refused=1)
    events, _, _ = pull_all(worker, CONFIG_A)
    assert hidden["guid"] not in {event["guid"] for event in events}


def test_a_device_refused_a_guid_of_another_config_is_not_left_stuck(
        devices: DeviceFactory, tally: Tally) -> None:
    """A laptop of config B holding an event whose guid config A already has (copied from
    A's laptop): its sync ends with that one event refused in plain words, the others
    pushed, and the next sync completes too; never "does not hold events it acknowledged"."""
    first = devices(email=WORKER_A, config_id=CONFIG_A)
    # Each worker's events carry an id of their own (a userId belongs to one account).
    taken = wire(uid("p"), "create-individual", {"name": "Shared"}, guid=uid("evt"),
                 user=uid("worker-a"))
    first.submit(taken)
    first.sync()
    second = devices(email=WORKER_B, config_id=CONFIG_B)
    own = wire(uid("p"), "create-individual", {"name": "Own"}, guid=uid("evt"),
               user=uid("worker-b"))
    # The guid copied into B's own event (with A's userId it would be refused as wrong_user).
    second.submit(dict(taken, userId=own["userId"]), own)
    summary = second.sync()
    assert (summary.pushed, summary.rejected) == (1, 1)
    assert [(r["guid"], r["reason"], r["code"]) for r in summary.rejections] == [
        (taken["guid"], UNAVAILABLE, "guid_unavailable")]
    assert second.levels()[own["guid"]] == 1 and second.levels()[taken["guid"]] == 0
    again = second.sync()
    assert again.rejections == summary.rejections
    tally.add(inputs=1, refused=1)


def test_logout_revokes_only_the_token_it_was_sent_with(
        server_process: ServerHandle, tally: Tally) -> None:
    kept, dropped = server_process.login(WORKER_A), server_process.login(WORKER_A)
    answer = httpx.post(f"{server_process.base_url}/api/users/logout", timeout=30,
                        headers={"Authorization": f"Bearer {dropped}"})
    assert answer.status_code == 204, answer.text
    assert me(server_process, dropped) == 401 and me(server_process, kept) == 200
    again = httpx.post(f"{server_process.base_url}/api/users/logout", timeout=30,
                       headers={"Authorization": f"Bearer {dropped}"})
    assert again.status_code == 401
    tally.add(requests=2, refused=2)


def test_a_new_password_role_or_state_revokes_every_token_of_the_account(
        start_server_with: StartServer, tally: Tally) -> None:
    """After an admin changes a field worker's password, then role, then disables and
    finally deletes the account, every token issued before each change is refused."""
    server = start_server_with()
    admin = server.as_user(ADMIN)
    account = admin.get("/api/users").json()
    worker_id = next(u["id"] for u in account if u["email"] == WORKER_B)
    changes = [
        ("put", f"/api/users/{worker_id}", {"password": "a brand new password"}),
        ("put", f"/api/users/{worker_id}", {"role": "supervisor"}),
        ("post", f"/api/users/{worker_id}/disable", None),
    ]
    password = PASSWORD
    for method, path, body in changes:
        tokens = [server.login(WORKER_B, password) for _ in range(2)]
        assert all(me(server, token) == 200 for token in tokens)
        answer = admin.request(method, path, json=body)
        assert answer.status_code == 200, answer.text
        password = (body or {}).get("password", password)
        assert [me(server, token) for token in tokens] == [401, 401], path
        tally.add(requests=2, refused=2)
    disabled = login(server, WORKER_B, password)
    assert disabled.status_code == 403 and disabled.json()["error"] == "account_disabled"
    assert login(server, WORKER_B, "wrong password").status_code == 401  # tells guessers nothing
    assert admin.post(f"/api/users/{worker_id}/enable").json()["disabled"] is False
    token = server.login(WORKER_B, password)
    assert admin.delete(f"/api/users/{worker_id}").status_code == 204
    assert me(server, token) == 401
    assert login(server, WORKER_B, password).status_code == 401
    own = next(u["id"] for u in account if u["email"] == ADMIN)
    assert admin.delete(f"/api/users/{own}").status_code == 409  # nobody would be left
    tally.add(requests=4, refused=3)


def test_the_server_command_disables_and_deletes_accounts(
        start_server_with: StartServer, tmp_path: Path, tally: Tally) -> None:
    server = start_server_with()
    token = server.login(WORKER_A)

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "datacollect_desktop.server", *args, WORKER_A,
             "--data-dir", str(server.data_dir)],
            cwd=REPO, env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"},
            capture_output=True, text=True, timeout=120)

    done = run("disable-user")
    assert done.returncode == 0 and done.stdout.startswith(f"disabled {WORKER_A}"), done
    assert me(server, token) == 401
    assert login(server, WORKER_A).status_code == 403
    assert run("enable-user").returncode == 0
    token = server.login(WORKER_A)
    assert run("delete-user").returncode == 0
    assert me(server, token) == 401 and login(server, WORKER_A).status_code == 401
    missing = run("delete-user")
    assert missing.returncode == 1 and "there is no account" in missing.stderr
    tally.add(requests=3, refused=3)


def test_parallel_wrong_logins_check_no_more_passwords_than_the_limit(
        start_server_with: StartServer, tally: Tally) -> None:
    """Sixty wrong logins on one account at once: five passwords are checked (401), every
    other attempt is refused before its check (429)."""
    server = start_server_with()
    with ThreadPoolExecutor(max_workers=20) as pool:
        answers = list(pool.map(lambda _: login(server, WORKER_A, "wrong password").status_code,
                                range(60)))
    assert sorted(answers) == [401] * 5 + [429] * 55, answers
    tally.add(requests=60, refused=60, checked=answers.count(401))


def test_a_guesser_elsewhere_does_not_lock_the_owner_out(
        start_server_with: StartServer, tally: Tally) -> None:
    """Wrong passwords for an account from one address, and for many accounts from another:
    the owner signs in from a third address; the guessers wait, longer at each failure; the
    desktop tells a throttled person how many minutes to wait."""
    server = start_server_with()
    guesser, sprayer, owner = "127.0.0.2", "127.0.0.3", "127.0.0.4"
    for _ in range(5):
        assert login(server, WORKER_A, "guess", guesser).status_code == 401
    waits = []
    for _ in range(2):
        refused = login(server, WORKER_A, PASSWORD, guesser)
        assert refused.status_code == 429 and refused.json()["error"] == "rate_limited"
        waits.append(int(refused.headers["Retry-After"]))
    assert 55 <= waits[-1] <= 60, waits
    for n in range(20):
        assert login(server, f"someone-{n}@example.org", "guess", sprayer).status_code == 401
    assert login(server, WORKER_B, PASSWORD, sprayer).status_code == 429
    assert login(server, WORKER_A, PASSWORD, owner).status_code == 200
    assert login(server, WORKER_B, PASSWORD, owner).status_code == 200
    tally.add(requests=29, refused=3)
    client = SyncClient(server.base_url, transport=httpx.HTTPTransport(local_address=guesser))
    try:
        with pytest.raises(LoginThrottled) as told:
            client.login(WORKER_A, PASSWORD)
    finally:
        client.close()
    assert "try again in 1 minute" in str(told.value), told.value
    assert told.value.retry_after is not None and told.value.retry_after <= 60
