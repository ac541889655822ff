"""The local transparency log: proofs from stored nodes, and tampering caught by verify."""

from __future__ import annotations

import pytest

from datacollect_desktop.domain import merkle
from datacollect_desktop.domain.canonical import canonical_json
from datacollect_desktop.storage.database import write_transaction
from datacollect_desktop.storage.errors import StorageFull
from datacollect_desktop.storage.profile import Session
from tests.factories import wire


def fill(session: Session, count: int) -> None:
    session.store.submit([wire(f"p{i}", "create-individual", {"name": f"Person {i}"},
                               guid=f"e{i}") for i in range(count)])


def test_every_proof_verifies_against_the_stored_root(session: Session) -> None:
    fill(session, 37)
    size, root = session.integrity.head()
    assert size == 37
    events = list(session.queries.events())
    leaves = [merkle.leaf_hash(canonical_json(s.event.leaf_document())) for s in events]
    assert merkle.root_from_leaf_hashes(leaves) == root
    for stored in events:
        proof = session.integrity.proof(stored.event.guid)
        assert proof["leafIndex"] == stored.seq - 1
        assert merkle.verify_inclusion(bytes.fromhex(proof["leafHash"]), proof["leafIndex"],
                                       proof["treeSize"],
                                       [bytes.fromhex(h) for h in proof["auditPath"]], root)
    for first in range(1, 38):
        c = session.integrity.consistency(first)
        assert merkle.verify_consistency(first, 37, bytes.fromhex(c["firstRoot"]), root,
                                         [bytes.fromhex(h) for h in c["proof"]])


def test_verify_passes_on_an_untouched_log(session: Session) -> None:
    fill(session, 20)
    report = session.integrity.verify()
    assert report.ok and report.tree_size == 20
    assert report.root_hash == session.integrity.head()[1]


@pytest.mark.reliability(scenario="Tampering")
def test_an_altered_event_is_named_by_verify(session: Session) -> None:
    fill(session, 20)
    with write_transaction(session.db) as conn:
        body = conn.execute("SELECT body FROM events WHERE seq = 7").fetchone()[0]
        conn.execute("UPDATE events SET body = ? WHERE seq = 7",
                     (bytes(body).replace(b"Person 6", b"Person X"),))
    report = session.integrity.verify()
    assert not report.ok
    assert [(m["seq"], m["guid"]) for m in report.mismatches] == [(7, "e6")]
    assert "altered" in report.mismatches[0]["reason"]


@pytest.mark.reliability(scenario="Tampering")
def test_deleted_and_reordered_rows_are_named(session: Session) -> None:
    fill(session, 12)
    with write_transaction(session.db) as conn:
        conn.execute("DELETE FROM events WHERE seq = 4")
        a = conn.execute("SELECT body FROM events WHERE seq = 9").fetchone()[0]
        b = conn.execute("SELECT body FROM events WHERE seq = 10").fetchone()[0]
        conn.execute("UPDATE events SET guid = guid || '-', body = ? WHERE seq = 9", (b,))
        conn.execute("UPDATE events SET body = ? WHERE seq = 10", (a,))
    reasons = {m.get("seq"): m["reason"] for m in session.integrity.verify().mismatches}
    assert "missing" in reasons[4]
    assert set(reasons) == {4, 9, 10}


@pytest.mark.reliability(scenario="Tampering")
def test_a_tampered_tree_node_is_named_apart_from_events(session: Session) -> None:
    fill(session, 16)
    with write_transaction(session.db) as conn:
        conn.execute("UPDATE merkle_nodes SET hash = ? WHERE level = 2 AND idx = 1",
                     (b"\x00" * 32,))
    mismatches = session.integrity.verify().mismatches
    assert mismatches == [{"level": 2, "index": 1,
                           "reason": "a stored tree node does not match the events"}]


@pytest.mark.reliability(scenario="Tampering")
def test_a_rewritten_history_contradicts_the_last_checkpoint(session: Session) -> None:
    fill(session, 8)
    assert session.integrity.verify().ok
    # Rewrite event 3 and recompute the whole tree consistently: only a checkpoint catches it.
    with write_transaction(session.db) as conn:
        body = conn.execute("SELECT body FROM events WHERE seq = 3").fetchone()[0]
        conn.execute("UPDATE events SET body = ? WHERE seq = 3",
                     (bytes(body).replace(b"Person 2", b"Person Z"),))
        conn.execute("DELETE FROM merkle_nodes")
        tree = merkle.MemoryTree()
        for (body,) in conn.execute("SELECT body FROM events ORDER BY seq").fetchall():
            tree.append_leaf_hash(merkle.leaf_hash(bytes(body)))
        nodes = list(merkle.perfect_nodes_from_leaf_hashes(
            [tree.get_nodes([(0, i)])[(0, i)] for i in range(tree.size)]))
        conn.executemany("INSERT INTO merkle_nodes VALUES (?,?,?)",
                         [(lvl, idx, h) for (lvl, idx), h in nodes])
    report = session.integrity.verify()
    assert not report.ok
    assert "rewritten" in report.mismatches[0]["reason"]


def test_proof_of_an_unknown_event_is_a_clear_error(session: Session) -> None:
    fill(session, 2)
    with pytest.raises(Exception, match="no event nope"):
        session.integrity.proof("nope")


@pytest.mark.reliability(scenario="Disk faults")
def test_verify_reports_its_result_when_the_disk_is_too_full_to_record_a_checkpoint(
        session: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    fill(session, 5)

    def full(*args: object) -> None:
        raise StorageFull("The disk is full.")

    monkeypatch.setattr(session.integrity, "record_checkpoint", full)
    report = session.integrity.verify()
    assert report.ok and report.tree_size == 5


def test_removing_the_last_events_names_the_tree_nodes_left_over(session: Session) -> None:
    fill(session, 4)
    with write_transaction(session.db) as conn:
        conn.execute("DELETE FROM events WHERE seq = 4")
    mismatches = session.integrity.verify().mismatches
    # Never "-1 tree nodes are missing": the node left over is named instead.
    assert mismatches == [{"level": 1, "index": 1,
                           "reason": "a stored tree node does not match the events"}]
