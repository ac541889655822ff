"""Audit browsing: every filter and every page boundary gives exactly what a brute-force
filter over all rows gives, newest first."""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from datacollect_desktop.storage import audit_browse
from datacollect_desktop.storage.audit_browse import AuditBrowse, AuditEntry, AuditFilter
from datacollect_desktop.storage.profile import Profile, Session
from datacollect_desktop.storage.schema import MIGRATIONS
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.factories import wire

USERS = ["amina", "kofi", "lucia"]
FORMS = ["household", "individual", "survey"]
FAMILIES = ["Diallo", "Chen", "Okafor", "Silva"]
DAYS = [f"2024-05-{day:02d}" for day in range(1, 11)]


def _moment(rng: random.Random) -> str:
    return f"{rng.choice(DAYS)}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00.000Z"


def history(rng: random.Random, count: int) -> Iterator[dict[str, Any]]:
    """Households with members, people, edits and deletions by three users, with stamps
    out of order and some events sharing a stamp."""
    people: list[str] = []
    groups: list[str] = []
    for n in range(count):
        user, when = rng.choice(USERS), _moment(rng)
        roll = rng.random()
        if roll < 0.25 or not people:
            guid = f"h{n}"
            groups.append(guid)
            members = [{"guid": f"m{n}-{k}", "name": f"{rng.choice(FAMILIES)} {k}",
                        "entityName": "individual"} for k in range(rng.randint(0, 3))]
            people.extend(m["guid"] for m in members)
            yield wire(guid, "create-group", {"name": f"{rng.choice(FAMILIES)} household",
                                              "entityName": "household", "members": members},
                       user=user, timestamp=when)
        elif roll < 0.45:
            guid = f"p{n}"
            people.append(guid)
            yield wire(guid, "create-individual", {"name": f"{rng.choice(FAMILIES)} solo",
                                                   "entityName": rng.choice(FORMS[1:])},
                       user=user, timestamp=when)
        elif roll < 0.85:
            yield wire(rng.choice(people), "update-individual", {"visits": n}, user=user,
                       timestamp=when)
        elif roll < 0.95:
            yield wire(rng.choice(people), "delete-entity", {"reason": "gone"}, user=user,
                       timestamp=when)
        else:
            yield wire(rng.choice(groups), "update-group", {"size": n}, user=user,
                       timestamp=when)


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Session]:
    session, _ = Profile(tmp_path_factory.mktemp("audit") / "p").create(PASSPHRASE, FAST_KDF)
    results = session.store.submit(list(history(random.Random(3), 400)))
    assert {r.status for r in results} == {"applied"}
    assert any(r.flag for r in results), "some entries should be flagged events"
    yield session
    session.close()


def all_rows(session: Session) -> list[AuditEntry]:
    rows = session.db.execute_sql(
        "SELECT a.id, a.seq, a.event_guid, a.entity_guid, e.name, a.form, a.user_id, "
        "a.action, a.timestamp, a.changes, a.flag FROM audit a "
        "LEFT JOIN entities e ON e.guid = a.entity_guid").fetchall()
    return [AuditEntry(*row[:9], json.loads(row[9]), row[10]) for row in rows]


def words_of(session: Session, guid: str) -> list[str]:
    row = session.db.execute_sql("SELECT name FROM entities WHERE guid = ?", (guid,)).fetchone()
    return (row[0] or "").casefold().split() if row else []


def brute(session: Session, spec: AuditFilter) -> list[AuditEntry]:
    found = []
    for entry in all_rows(session):
        if spec.user is not None and entry.user_id != spec.user:
            continue
        if spec.action is not None and entry.action != spec.action:
            continue
        if spec.form is not None and entry.form != spec.form:
            continue
        if spec.entity is not None and entry.entity_guid != spec.entity:
            continue
        if spec.since is not None and entry.timestamp < spec.since:
            continue
        if spec.until is not None and entry.timestamp >= spec.until:
            continue
        if spec.text:
            words = words_of(session, entry.entity_guid)
            if not all(any(w.startswith(q.casefold()) for w in words)
                       for q in spec.text.split()):
                continue
        found.append(entry)
    return sorted(found, key=lambda e: e.key, reverse=True)


def paged(browse: AuditBrowse, spec: AuditFilter, size: int) -> list[AuditEntry]:
    return [entry for page in browse.entries(spec, size) for entry in page]


filters = st.builds(
    AuditFilter,
    user=st.none() | st.sampled_from(USERS),
    action=st.none() | st.sampled_from(["create-group", "update-individual", "delete-entity",
                                        "add-member"]),
    form=st.none() | st.sampled_from(FORMS),
    entity=st.none() | st.sampled_from(["h0", "p3", "m0-1", "nobody"]),
    since=st.none() | st.sampled_from([f"{d}T00:00:00.000Z" for d in DAYS]),
    until=st.none() | st.sampled_from([f"{d}T12:00:00.000Z" for d in DAYS]),
    text=st.sampled_from(["", "diallo", "che", "household", "okafor solo", "zzz"]),
)


@settings(max_examples=120, deadline=None)
@given(spec=filters, size=st.integers(1, 60))
def test_every_filter_pages_through_exactly_the_matching_rows(
        filled: Session, spec: AuditFilter, size: int) -> None:
    browse = AuditBrowse(filled.db)
    expected = brute(filled, spec)
    assert paged(browse, spec, size) == expected
    assert browse.count(spec) == len(expected)


@pytest.mark.parametrize("factor", [0, 10**9])
@pytest.mark.parametrize("text", ["diallo", "okafor solo", "che household", "zzz"])
def test_both_ways_of_searching_text_give_the_same_pages(
        filled: Session, monkeypatch: pytest.MonkeyPatch, text: str, factor: int) -> None:
    """Checking entries (many records found) and reading by record (few found) agree."""
    monkeypatch.setattr(audit_browse, "SCAN_FACTOR", factor)
    for spec in (AuditFilter(text=text), AuditFilter(text=text, user="kofi"),
                 AuditFilter(text=text, since="2024-05-04T00:00:00.000Z")):
        assert paged(AuditBrowse(filled.db), spec, 7) == brute(filled, spec)


def test_the_fixture_has_entries_of_every_kind(filled: Session) -> None:
    rows = all_rows(filled)
    assert {r.user_id for r in rows} == set(USERS)
    assert {r.form for r in rows} >= {"household", "individual", "survey"}
    stamps = [r.timestamp for r in sorted(rows, key=lambda r: r.id)]
    assert stamps != sorted(stamps), "stamps should come out of order"
    assert len(rows) > len({r.seq for r in rows}), "some events concern several records"


def test_filter_choices_are_the_values_in_the_trail(filled: Session) -> None:
    browse = AuditBrowse(filled.db)
    rows = all_rows(filled)
    assert browse.distinct("user_id") == sorted({r.user_id for r in rows})
    assert browse.distinct("action") == sorted({r.action for r in rows})
    assert browse.distinct("form") == sorted({r.form for r in rows if r.form is not None})
    with pytest.raises(ValueError):
        browse.distinct("changes")


def test_a_filter_is_answered_from_an_index_in_the_order_shown(filled: Session) -> None:
    for spec in (AuditFilter(), AuditFilter(user="kofi", since="2024-05-02T00:00:00.000Z"),
                 AuditFilter(action="update-individual"), AuditFilter(form="survey"),
                 AuditFilter(entity="p3")):
        clauses, params = audit_browse._where(spec)
        where = audit_browse._sql_where(clauses)
        plan = " ".join(str(r[3]) for r in filled.db.execute_sql(
            f"EXPLAIN QUERY PLAN SELECT a.id FROM audit a {where} "
            f"ORDER BY {audit_browse._ORDER} LIMIT 10", tuple(params)).fetchall())
        assert "USING" in plan and "TEMP B-TREE" not in plan, plan


def test_an_older_profile_gets_the_form_of_each_entry_when_upgraded(tmp_path: Path) -> None:
    session, _ = Profile(tmp_path / "p").create(PASSPHRASE, FAST_KDF)
    try:
        session.store.submit([wire("p1", "create-individual", {"name": "Ana",
                                                               "entityName": "individual"}),
                              wire("p1", "update-individual", {"visits": 1})])
        conn = session.db.connection()
        conn.execute("UPDATE audit SET form = NULL")  # as a version 3 profile has it
        backfill = next(s for s in MIGRATIONS[3] if s.startswith("UPDATE audit"))
        conn.execute(backfill)
        forms = conn.execute("SELECT form FROM audit ORDER BY id").fetchall()
        assert forms == [("individual",), ("individual",)]
    finally:
        session.close()


@settings(max_examples=60, deadline=None)
@given(spec=filters, offset=st.sampled_from([0, 180, -300]))
def test_activity_counts_each_event_once_per_local_day_and_user(
        filled: Session, spec: AuditFilter, offset: int) -> None:
    expected: dict[tuple[str, str], set[int]] = {}
    for entry in brute(filled, spec):
        moment = datetime.fromisoformat(entry.timestamp.replace("Z", "+00:00"))
        day = (moment + timedelta(minutes=offset)).date().isoformat()
        expected.setdefault((day, entry.user_id), set()).add(entry.seq)
    assert AuditBrowse(filled.db).activity(spec, offset) == sorted(
        (day, user, len(seqs)) for (day, user), seqs in expected.items())
