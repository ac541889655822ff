"""What a crash-test child does until it is killed: submits, drafts, rebuilds or sync.

Each workload runs the application's own code on a profile and writes an acknowledgement
line to the run's ack file only after the operation returned, exactly when a field worker
would have seen it succeed. The test kills the child at a random moment and then checks that
everything acknowledged is there, once.
"""

from __future__ import annotations

import json
import os
import random
import sys
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from datacollect_desktop.storage import store as store_module
from datacollect_desktop.storage.profile import Profile, Session
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.factories import wire


@dataclass
class Run:
    """One child's orders: its profile, where to acknowledge, and workload options."""

    profile: Path
    acks: Path
    options: dict[str, Any]
    rng: random.Random = field(init=False)
    _fd: int = field(init=False)

    def __post_init__(self) -> None:
        self.rng = random.Random(self.options.get("seed", 0))
        self._fd = os.open(self.acks, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)

    @property
    def prefix(self) -> str:
        return str(self.options["prefix"])

    def ack(self, *lines: str) -> None:
        """Append lines in one write: a kill lands before or after it, never inside."""
        if lines:
            os.write(self._fd, "".join(f"{line}\n" for line in lines).encode())


# -- submits ---------------------------------------------------------------------------------


class Submitter:
    """Submits a random mix of what the store receives: form saves, imports, households with
    members, edits of existing records, and repeats of events already stored."""

    def __init__(self, run: Run, session: Session, largest_import: int = 40) -> None:
        self.run = run
        self.largest_import = largest_import
        self.session = session
        rows = session.db.execute_sql(
            "SELECT guid, type FROM entities WHERE deleted = 0 ORDER BY guid").fetchall()
        self.people = [g for g, t in rows if t == "individual"]
        self.groups = [g for g, t in rows if t == "group"]
        self.sent: list[dict[str, Any]] = []
        self.count = 0

    def _guid(self, kind: str) -> str:
        self.count += 1
        return f"{self.run.prefix}-{kind}{self.count}"

    def batch(self) -> list[dict[str, Any]]:
        rng = self.run.rng
        roll = rng.random()
        if roll < 0.3:
            return [self._person()]
        if roll < 0.45:
            return [self._person() for _ in range(rng.randint(2, self.largest_import))]
        if roll < 0.65:
            group = self._guid("h")
            members = [{"guid": self._guid("m"), "name": f"Member {k}",
                        "dateOfBirth": f"19{rng.randint(50, 99)}-01-0{rng.randint(1, 9)}"}
                       for k in range(rng.randint(1, 4))]
            self.groups.append(group)
            self.people.extend(m["guid"] for m in members)
            return [wire(group, "create-group", {"name": f"Household {group}",
                                                 "members": members}, guid=self._guid("e"))]
        if roll < 0.8 and self.people:
            person = rng.choice(self.people)
            return [wire(person, "update-individual", {"age": rng.randint(0, 99)},
                         guid=self._guid("e"))]
        if roll < 0.9 and self.groups:
            member = self._guid("m")
            self.people.append(member)
            return [wire(rng.choice(self.groups), "add-member",
                         {"members": [{"guid": member, "name": "Newborn"}]},
                         guid=self._guid("e"))]
        if self.sent:
            return [dict(rng.choice(self.sent))]  # sent again: must come back a duplicate
        return [self._person()]

    def _person(self) -> dict[str, Any]:
        person = self._guid("p")
        self.people.append(person)
        return wire(person, "create-individual", {"name": f"Person {person}"},
                    guid=self._guid("e"))

    def submit_one_batch(self) -> None:
        docs = self.batch()
        results = self.session.store.submit(docs)
        for result in results:
            if result.status not in ("applied", "duplicate"):
                raise AssertionError(f"the store refused a valid event: {result}")
        self.sent.extend(docs)
        self.run.ack(*(f"{r.status} {r.guid}" for r in results))


def submits(run: Run) -> None:
    session = Profile(run.profile).open(PASSPHRASE)
    submitter = Submitter(run, session)
    run.ack("ready")
    while True:
        submitter.submit_one_batch()


# -- drafts ----------------------------------------------------------------------------------


def drafts(run: Run) -> None:
    """The registration screen without its widgets: fields typed and autosaved as a draft,
    the form saved (record stored, draft dropped) or discarded; leftover drafts resumed."""
    from datacollect_desktop.app.drafts import DraftKeeper
    from datacollect_desktop.app.entry import Entry, EntryFlow
    from datacollect_desktop.app.gate import ProfileGate

    workspace = ProfileGate(run.profile, FAST_KDF).unlock(PASSPHRASE)
    flow = EntryFlow(workspace)
    rng = run.rng
    run.ack("ready")

    def fill(entry: Entry, keeper: DraftKeeper, data: dict[str, Any]) -> dict[str, Any]:
        steps = household_steps if entry.form.name == "household" else member_steps
        for key, value in steps(keeper.draft_id, rng):
            if key in data:
                continue
            data = {**data, key: value}
            keeper.changed(data)
            run.ack(f"flush {keeper.draft_id} {json.dumps(data, sort_keys=True)}")
            keeper.flush()
            run.ack(f"flushed {keeper.draft_id}")
        return data

    def complete(entry: Entry, keeper: DraftKeeper, data: dict[str, Any]) -> Entry | None:
        """Save the form (or, now and then, discard it); the next entry, if any."""
        data = fill(entry, keeper, data)
        if rng.random() < 0.1:
            run.ack(f"discard {keeper.draft_id}")
            keeper.finish()
            run.ack(f"discarded {keeper.draft_id}")
            return None
        run.ack(f"save {keeper.draft_id}")
        saved = flow.save(entry, data, draft_id=keeper.draft_id)
        keeper.finish()
        run.ack(f"saved {keeper.draft_id} {saved.entity_guid}")
        return saved.next

    for stored in workspace.drafts.all():  # what the last run left, as the window offers it
        entry = flow.resume(stored)
        complete(entry, DraftKeeper.resume(workspace.drafts, stored), dict(stored.data))
    while True:
        entry = flow.start("household")
        following = complete(entry, DraftKeeper(workspace.drafts, entry.form.name,
                                                entry.correlation_id), {})
        for _ in range(rng.randint(0, 2) if following is not None else 0):
            assert following is not None
            member = following
            keeper = DraftKeeper(workspace.drafts, member.form.name, member.correlation_id,
                                 member.parent_guid)
            following = complete(member, keeper, {}) or member


def household_steps(token: str, rng: random.Random) -> list[tuple[str, Any]]:
    """Fields of the bundled household form, typed one after another; the name is unique."""
    return [("name", f"Household {token}"), ("address", f"Plot {rng.randint(1, 500)}"),
            ("dwelling", rng.choice(["house", "apartment", "shelter"])),
            ("monthlyIncome", rng.randint(0, 900))]


def member_steps(token: str, rng: random.Random) -> list[tuple[str, Any]]:
    return [("givenName", token), ("familyName", "Mensah"), ("dateOfBirth", "1990-04-02"),
            ("sex", rng.choice(["female", "male"])), ("relationship", "child")]


# -- rebuild ---------------------------------------------------------------------------------


def rebuilds(run: Run) -> None:
    """Open (which finishes a rebuild the last kill cut short), then rebuild again and again.
    Small batches give the rebuild many commits for a kill to fall between."""
    store_module.BATCH = int(run.options.get("batch", 50))
    session = Profile(run.profile).open(PASSPHRASE)
    run.ack("opened")
    while True:
        session.store.rebuild()
        run.ack("rebuilt")


# -- sync ------------------------------------------------------------------------------------


def sync(run: Run) -> None:
    """The window's two threads: the field worker submitting, and the sync worker pushing and
    pulling in small chunks in the background, each on its own connection."""
    from datacollect_desktop.sync.client import SyncClient
    from datacollect_desktop.sync.engine import Limits, SyncEngine, SyncTarget
    from datacollect_desktop.sync.login import Account

    options = run.options
    session = Profile(run.profile).open(PASSPHRASE)
    target = SyncTarget(options["server"], Account(options["email"],
                                                   lambda: str(options["password"])),
                        options["config"])
    limits = Limits(push_events=int(options.get("push_events", 25)),
                    pull_page=int(options.get("pull_page", 40)))

    def sync_loop() -> None:
        engine = SyncEngine(session, target, client=SyncClient(target.server_url, timeout=30),
                            limits=limits)
        while True:
            summary = engine.run()
            run.ack(f"synced {summary.pushed} {summary.pulled}")

    threading.Thread(target=fatal(sync_loop), daemon=True).start()
    submitter = Submitter(run, session, largest_import=5)
    run.ack("ready")
    while True:
        submitter.submit_one_batch()
        time.sleep(run.rng.uniform(0.02, 0.2))  # a busy field worker, not an import


def fatal(work: Callable[[], None]) -> Callable[[], None]:
    """A thread body whose failure ends the whole child, so the test sees it."""

    def body() -> None:
        try:
            work()
        except BaseException:
            traceback.print_exc()
            sys.stderr.flush()
            os._exit(1)

    return body


WORKLOADS: dict[str, Callable[[Run], None]] = {
    "submits": submits, "drafts": drafts, "rebuilds": rebuilds, "sync": sync,
}
