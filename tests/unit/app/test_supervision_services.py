"""The supervisor services: audit export and activity, integrity status and proofs, the
registry as of a moment, and resolutions recorded as events."""

from __future__ import annotations

import csv
import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from datacollect_desktop.app.audit import CSV_COLUMNS, AuditFilter, AuditService, local_day_bounds
from datacollect_desktop.app.browse import ConflictRow
from datacollect_desktop.app.clock import parse_stamp, utc_stamp
from datacollect_desktop.app.history import AsOfService, PastRow
from datacollect_desktop.app.integrity import IntegrityService, fingerprint
from datacollect_desktop.app.resolution import Pick, Resolver
from datacollect_desktop.app.workspace import Workspace
from datacollect_desktop.domain.entities import Entity
from datacollect_desktop.domain.errors import KnownError
from datacollect_desktop.domain.messages import Message
from datacollect_desktop.domain.signed_note import Checkpoint, NoteSigner, sign_checkpoint
from datacollect_desktop.storage.database import write_transaction
from datacollect_desktop.storage.profile import Profile, Session
from datacollect_desktop.storage.remote import RemoteStore
from tests.as_of_reference import living, replayed
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.factories import wire
from tests.unit.sync.memory_log import MemoryLog, pull_some, sync_fully


def hour(n: int, second: int = 0) -> str:
    """`n` hours and `second` seconds after 2024-05-01 00:00 UTC."""
    return utc_stamp(datetime(2024, 5, 1, tzinfo=UTC) + timedelta(hours=n, seconds=second))


def people(workspace: Workspace, count: int) -> None:
    """`count` people registered an hour apart by two workers, from 2024-05-01 00:00 UTC."""
    workspace.session.store.submit([
        wire(f"p{n}", "create-individual", {"name": f"Person {n}", "entityName": "individual",
                                             "givenName": "Person", "familyName": f"{n}"},
             user=f"worker-{n % 2}", timestamp=hour(n)) for n in range(count)])


# -- audit ------------------------------------------------------------------------------------

def read_back(path: Path) -> list[tuple[object, ...]]:
    with path.open(encoding="utf-8", newline="") as source:
        reader = csv.DictReader(source)
        assert tuple(reader.fieldnames or ()) == CSV_COLUMNS
        return [(r["timestamp"], r["userId"], r["action"], r["entityGuid"],
                 r["entityName"] or None, r["form"] or None, int(r["seq"]), r["eventGuid"],
                 json.loads(r["changes"]), r["flag"] or None) for r in reader]


def test_the_csv_export_reads_back_as_the_filtered_entries(workspace: Workspace,
                                                          tmp_path: Path) -> None:
    people(workspace, 30)
    workspace.session.store.submit([
        wire("p3", "update-individual", {"note": 'quote " comma, newline\n=1+1 é'}),
        wire("p1", "delete-entity", {"reason": "twice"}, user="worker-1"),
        wire("p1", "update-individual", {"note": "late"}, user="worker-1")])
    service = AuditService(workspace.session)
    spec = AuditFilter(user="worker-1")
    path = tmp_path / "audit.csv"
    seen: list[int] = []
    assert service.export_csv(spec, path, seen.append) == service.count(spec) == 18
    expected = [(e.timestamp, e.user_id, e.action, e.entity_guid, e.entity_name, e.form,
                 e.seq, e.event_guid, e.changes, e.flag)
                for page in service.browse.entries(spec) for e in page]
    assert read_back(path) == expected
    assert any(row[9] for row in expected), "a flagged entry is exported with its flag"
    assert seen == [18] and not list(tmp_path.glob("*.part"))


def test_day_bounds_are_local_midnights_in_utc() -> None:
    since, until = local_day_bounds(date(2024, 5, 1), date(2024, 5, 3))
    assert since is not None and until is not None
    assert parse_stamp(since).astimezone().strftime("%Y-%m-%d %H:%M") == "2024-05-01 00:00"
    assert parse_stamp(until).astimezone().strftime("%Y-%m-%d %H:%M") == "2024-05-04 00:00"
    assert local_day_bounds(None, None) == (None, None)


def test_activity_spans_every_day_with_its_users(workspace: Workspace) -> None:
    people(workspace, 60)  # one an hour for 60 hours
    activity = AuditService(workspace.session).activity(AuditFilter())
    assert activity.total == 60
    assert activity.users == ["worker-0", "worker-1"]
    assert len(activity.days) in (3, 4)  # 60 hours over local days
    assert activity.days == sorted(activity.days)
    assert AuditService(workspace.session).activity(AuditFilter(user="nobody")).days == []


def test_choices_list_users_actions_and_forms(workspace: Workspace) -> None:
    people(workspace, 3)
    choices = AuditService(workspace.session).choices()
    assert choices.users == ["worker-0", "worker-1"]
    assert choices.actions == ["create-individual"]
    assert choices.forms == ["individual"]


# -- integrity --------------------------------------------------------------------------------

def tamper(session: Session, seq: int) -> None:
    with write_transaction(session.db) as conn:
        body = bytes(conn.execute("SELECT body FROM events WHERE seq = ?", (seq,)).fetchone()[0])
        conn.execute("UPDATE events SET body = ? WHERE seq = ?",
                     (body.replace(b"Person", b"Forged"), seq))


def test_a_verification_is_kept_with_the_events_it_found_altered(workspace: Workspace) -> None:
    people(workspace, 12)
    service = IntegrityService(workspace.session)
    assert service.last_verification() is None
    good = service.verify()
    assert good.ok and good.tree_size == 12 and service.status().last == good
    tamper(workspace.session, 5)
    ticks: list[tuple[int, int]] = []
    bad = service.verify(lambda done, total: ticks.append((done, total)))
    assert not bad.ok and ticks[-1] == (12, 12)
    # The altered event, and the checkpoint the first verification recorded.
    assert bad.problem_count == 2 and bad.problems[1].tree_size == 12
    problem = bad.problems[0]
    assert (problem.seq, problem.guid, problem.entity_guid, problem.entity_name) == (
        5, workspace.session.queries.event(problem.guid or "").event.guid, "p4", "Person 4")
    assert "altered" in problem.reason
    assert IntegrityService(workspace.session).last_verification() == bad


def test_the_kept_problems_can_still_be_translated(workspace: Workspace) -> None:
    people(workspace, 12)
    service = IntegrityService(workspace.session)
    service.verify()
    tamper(workspace.session, 5)
    service.verify()
    kept = IntegrityService(workspace.session).last_verification()
    assert kept is not None
    templates = [problem.reason.template if isinstance(problem.reason, Message) else None
                 for problem in kept.problems]
    assert templates == [
        "the event's content does not match its leaf hash: it was altered",
        "history no longer matches a recorded checkpoint: it was rewritten"]


def test_an_inclusion_proof_is_checked_from_the_stored_event(workspace: Workspace) -> None:
    people(workspace, 9)
    service = IntegrityService(workspace.session)
    proof = service.proof(4)
    assert proof.verified and proof.leaf_hash == proof.stored_leaf_hash
    assert (proof.leaf_index, proof.tree_size) == (3, 9) and len(proof.audit_path) == 4
    assert proof.root_hash == service.status().root_hash
    tamper(workspace.session, 4)
    altered = service.proof(4)
    assert not altered.verified and altered.leaf_hash != altered.stored_leaf_hash
    assert service.proof(5).verified


def test_the_server_checkpoint_is_shown_with_its_key_and_consistency(
        workspace: Workspace) -> None:
    service = IntegrityService(workspace.session)
    assert service.server() is None
    signer = NoteSigner.generate("log.example.org")
    root = bytes(range(32))
    note = sign_checkpoint(signer, Checkpoint("log.example.org", 40, root))
    remote = RemoteStore(workspace.session.db)
    remote.bind("https://log.example.org", "cfg")
    remote.update(verifier_key=signer.verifier.verifier_key(), checkpoint_size=40,
                  checkpoint_root=root, checkpoint_note=note, consistency_from=30,
                  consistency_to=40, consistency_at="2024-05-01T10:00:00Z")
    trust = service.server()
    assert trust is not None and trust.signature_ok is True
    assert (trust.checkpoint_size, trust.checkpoint_root) == (40, root.hex())
    assert trust.key_name == "log.example.org"
    assert trust.fingerprint == fingerprint(signer.verifier.public_key)
    assert len(trust.fingerprint.split()) == 16
    assert (trust.consistency_from, trust.consistency_to, trust.consistency_problem) == (
        30, 40, None)
    remote.update(checkpoint_size=41)  # the kept size no longer matches the signed note
    assert service.server().signature_ok is False  # type: ignore[union-attr]


# -- as of ------------------------------------------------------------------------------------

def test_the_registry_as_of_a_moment_counts_every_event_stamped_by_then(
        workspace: Workspace) -> None:
    """Changed by issue 13: a rename stamped before the moment but entered after an event
    stamped later counts (it used to be left out with everything after that event)."""
    people(workspace, 6)  # stamped 00:00:00, 01:00:00 ... 05:00:00
    session = workspace.session
    session.store.submit([
        wire("p1", "update-individual", {"name": "Renamed"}, timestamp=hour(2, 30)),
        wire("p2", "delete-entity", {"reason": "twice"}, timestamp=hour(4, 30))])
    service = AsOfService(session)
    moment = "2024-05-01T03:30:00.000Z"
    past = service.registry(moment)
    assert (past.counted, past.size) == (5, 8)
    assert past.rows == service_rows(living(replayed(session, moment)))
    assert "Renamed" in {r.name for r in past.rows}
    ticks: list[tuple[int, int]] = []
    later = service.registry("2024-05-02T00:00:00.000Z", lambda d, t: ticks.append((d, t)))
    assert later.counted == 8 and "p2" not in {r.guid for r in later.rows}
    assert ticks[-1] == (6, 6)
    assert service.registry("2023-01-01T00:00:00.000Z").rows == []
    detail = service.detail("p1", moment, workspace.config)
    assert detail is not None and detail.entity == replayed(session, moment)["p1"]
    assert detail.entity.name == "Renamed"
    assert service.detail("p5", hour(4), workspace.config) is None
    assert service.entities(moment) == living(replayed(session, moment))


def service_rows(entities: list[Entity]) -> list[PastRow]:
    return [PastRow(e.guid, e.type, e.name, e.data.get("entityName"), e.last_updated,
                    len(e.member_ids)) for e in entities]


def test_as_of_follows_the_server_order(session: Session, tmp_path: Path) -> None:
    log = MemoryLog()
    other = Profile(tmp_path / "other").create(PASSPHRASE, FAST_KDF)[0]
    try:
        other.store.submit([wire("a", "create-individual", {"name": "From afar"}, second=10)])
        sync_fully(other, log)
        session.store.submit([wire("b", "create-individual", {"name": "Mine"}, second=20)])
        pull_some(session, log, 10, 10)
    finally:
        other.close()
    history = AsOfService(session)
    # Canonical order: the pulled event (seq 2) first, then this device's pending one (seq 1).
    assert [r.guid for r in history.registry("2024-05-01T00:00:15.000Z").rows] == ["a"]
    assert [r.guid for r in history.registry("2024-05-01T00:00:25.000Z").rows] == ["a", "b"]


# -- resolutions ------------------------------------------------------------------------------

def conflicted(session: Session, tmp_path: Path) -> None:
    log = MemoryLog()
    other = Profile(tmp_path / "other").create(PASSPHRASE, FAST_KDF)[0]
    try:
        session.store.submit([wire("p1", "create-individual", {
            "name": "Grace", "entityName": "individual", "relationship": "head",
            "givenName": "Grace", "familyName": "Mensah", "phone": "1"})])
        sync_fully(session, log)
        sync_fully(other, log)
        session.store.submit([wire("p1", "update-individual",
                                   {"relationship": "spouse", "phone": "2"})])
        other.store.submit([wire("p1", "update-individual",
                                 {"relationship": "parent", "phone": "3"})])
        sync_fully(other, log)
        pull_some(session, log, 10, 10)
    finally:
        other.close()


@pytest.mark.parametrize("side", ["local", "remote"])
def test_a_resolution_records_one_event_and_closes_the_conflicts(
        workspace: Workspace, tmp_path: Path, side: str) -> None:
    session = workspace.session
    conflicted(session, tmp_path)
    open_conflicts = workspace.browse.conflicts()
    assert {c.field for c in open_conflicts} == {"relationship", "phone"}
    picks = [Pick(c, c.local if side == "local" else c.remote) for c in open_conflicts]
    size = session.queries.size()
    guid = Resolver(session, workspace.events).resolve_conflicts("p1", picks)
    assert session.queries.size() == size + 1
    stored = session.queries.event(guid).event
    assert stored.type == "update-individual" and stored.entity_guid == "p1"
    assert {r["field"] for r in (stored.metadata or {})["resolves"]} == {"relationship",
                                                                         "phone"}
    assert workspace.browse.conflicts() == []
    entity = session.queries.entity("p1")
    assert entity is not None
    wanted = {"local": ("spouse", "2"), "remote": ("parent", "3")}[side]
    assert (entity.data["relationship"], entity.data["phone"]) == wanted


def test_resolving_one_field_leaves_the_other_open(workspace: Workspace,
                                                   tmp_path: Path) -> None:
    conflicted(workspace.session, tmp_path)
    phone = next(c for c in workspace.browse.conflicts() if c.field == "phone")
    Resolver(workspace.session, workspace.events).resolve_conflicts("p1",
                                                                    [Pick(phone, phone.local)])
    assert [c.field for c in workspace.browse.conflicts()] == ["relationship"]


def test_a_resolution_refuses_picks_of_another_record(workspace: Workspace) -> None:
    people(workspace, 1)
    stray = ConflictRow("field", "elsewhere", None, "phone", None, None, 1, 2, "l", "r")
    resolver = Resolver(workspace.session, workspace.events)
    with pytest.raises(ValueError):
        resolver.resolve_conflicts("p0", [Pick(stray, 1)])
    with pytest.raises(KnownError):
        resolver.resolve_conflicts("p0", [])
    with pytest.raises(KnownError):
        resolver.resolve_conflicts("gone", [Pick(stray, 1)])


def twins(workspace: Workspace) -> tuple[str, str]:
    person = {"givenName": "Mariam", "familyName": "Ouedraogo", "dateOfBirth": "1987-04-12",
              "entityName": "individual"}
    workspace.session.store.submit([
        wire("t1", "create-individual", person),
        wire("t2", "create-individual", {**person, "givenName": "Mariame"})])
    pairs = workspace.session.queries.duplicates()
    assert [(p["entityGuid"], p["duplicateGuid"]) for p in pairs] == [("t1", "t2")]
    return "t1", "t2"


def test_keeping_both_settles_the_pair_and_deletes_nothing(workspace: Workspace) -> None:
    first, second = twins(workspace)
    Resolver(workspace.session, workspace.events).keep_both(first, second)
    assert workspace.session.queries.duplicates() == []
    assert all(not workspace.session.queries.entity(g).deleted  # type: ignore[union-attr]
               for g in (first, second))


def test_keeping_one_deletes_the_other_and_settles_the_pair(workspace: Workspace) -> None:
    first, second = twins(workspace)
    Resolver(workspace.session, workspace.events).keep_one(keep=second, drop=first)
    assert workspace.session.queries.duplicates() == []
    dropped, kept = (workspace.session.queries.entity(g) for g in (first, second))
    assert dropped is not None and dropped.deleted
    assert kept is not None and not kept.deleted
    with pytest.raises(KnownError):
        Resolver(workspace.session, workspace.events).keep_one(keep=second, drop=first)
