"""Who pushed what, on both stores: a worker's events carry the account's own ids, an admin
or supervisor may relay anyone's, and our pulls name the pusher."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.integration.server.support import (
    ADMIN,
    CONFIG_A,
    SUPERVISOR,
    WORKER_A,
    WORKER_B,
    ServerHandle,
    make_event,
    pull_all,
    push,
)

StartServer = Callable[..., ServerHandle]


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def server(request: pytest.FixtureRequest, start_server_with: StartServer) -> ServerHandle:
    if request.param == "postgres":
        return start_server_with(database=request.getfixturevalue("postgres_database"))
    return start_server_with()


def account_id(server: ServerHandle, email: str) -> str:
    found: str = server.as_user(email).get("/api/users/me").json()["id"]
    return found


def results(answer: dict[str, object]) -> list[tuple[object, object]]:
    return [(r["status"], r.get("code")) for r in answer["results"]]  # type: ignore[attr-defined]


def test_a_worker_pushing_under_another_accounts_id_is_refused_per_event(
        server: ServerHandle) -> None:
    worker = server.as_user(WORKER_A)
    own, other = make_event(user=account_id(server, WORKER_A)), make_event(
        user=account_id(server, SUPERVISOR))
    answer = push(worker, [own, other], CONFIG_A)
    assert results(answer) == [("accepted", None), ("rejected", "wrong_user")]
    assert answer["results"][1]["guid"] == other["guid"]
    pulled, _, _ = pull_all(worker, CONFIG_A)
    assert [e["guid"] for e in pulled] == [own["guid"]]


def test_an_id_first_pushed_by_one_worker_is_refused_to_another(server: ServerHandle) -> None:
    first = push(server.as_user(WORKER_A), [make_event(user="Amina Field")], CONFIG_A)
    assert results(first) == [("accepted", None)]
    # WORKER_B may push to config B only; the id is WORKER_A's in every config.
    second = push(server.as_user(WORKER_B), [make_event(user="Amina Field")], "cfg-b")
    assert results(second) == [("rejected", "wrong_user")]
    aliases = server.as_user(WORKER_A).get("/api/users/directory",
                                           params={"configId": CONFIG_A}).json()
    (entry,) = [u for u in aliases["users"] if u["id"] == account_id(server, WORKER_A)]
    assert entry["aliases"] == ["Amina Field"]


@pytest.mark.parametrize("relay", [ADMIN, SUPERVISOR])
def test_an_admin_or_supervisor_relaying_others_events_is_recorded_as_the_relay(
        server: ServerHandle, relay: str) -> None:
    event = make_event(user=account_id(server, WORKER_A))
    assert results(push(server.as_user(relay), [event], CONFIG_A)) == [("accepted", None)]
    pulled, _, _ = pull_all(server.as_user(WORKER_A), CONFIG_A)
    (found,) = [e for e in pulled if e["guid"] == event["guid"]]
    assert found["userId"] == account_id(server, WORKER_A)
    assert found["pushedBy"] == account_id(server, relay)
    # A stock client pulling by timestamp sees the stock shape, without the pusher.
    page = server.as_user(WORKER_A).get("/api/sync/pull", params={
        "configId": CONFIG_A, "since": "2000-01-01T00:00:00.000Z"}).json()
    (stock,) = [e for e in page["events"] if e["guid"] == event["guid"]]
    assert set(stock) == {*event, "syncLevel"}
