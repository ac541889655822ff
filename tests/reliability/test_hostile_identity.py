"""A field worker pushing events under other people's user ids: every account's id and every
id linked to another account is refused per event (`wrong_user`), and nothing is stored."""

from __future__ import annotations

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
from tests.reliability.recorder import Tally

pytestmark = pytest.mark.reliability(scenario="Hostile input")


def test_a_field_worker_cannot_push_events_under_another_persons_user_id(
        server_process: ServerHandle, tally: Tally) -> None:
    """Worker B links a display name and a local id; worker A then pushes under them and
    under the id of every other account, one event at a time and all in one push."""
    accounts = {email: server_process.as_user(email).get("/api/users/me").json()["id"]
                for email in (ADMIN, SUPERVISOR, WORKER_B)}
    victim = server_process.as_user(WORKER_B)
    linked = victim.post("/api/users/me/aliases",
                         json={"aliases": ["Bello Field", "local-person-of-bello"]}).json()
    assert {r["status"] for r in linked["results"]} == {"linked"}
    stolen = [*accounts.values(), "Bello Field", "local-person-of-bello"]
    worker = server_process.as_user(WORKER_A)
    forged = [make_event(user=user_id) for user_id in stolen]
    answers = [push(worker, [event], CONFIG_A) for event in forged]
    answers.append(push(worker, forged, CONFIG_A))
    codes = [r.get("code") for answer in answers for r in answer["results"]]
    assert codes == ["wrong_user"] * (2 * len(forged))
    pulled, _, _ = pull_all(server_process.as_user(ADMIN), CONFIG_A)
    assert not {e["guid"] for e in forged} & {e["guid"] for e in pulled}
    tally.add(requests=len(answers), inputs=2 * len(forged), lost=0)
