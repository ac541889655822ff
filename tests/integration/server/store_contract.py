"""The server-store contract: one suite every `ServerStore` (SQLite, PostgreSQL) must pass.

Subclasses provide the `store` fixture (a fresh, empty store) and `reopen(store)`.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Mapping
from typing import Any

import pytest

from datacollect_desktop.domain import merkle
from datacollect_desktop.domain.events import SyncLevel
from datacollect_desktop.server.store.base import (
    AppendStatus,
    AuditCandidate,
    Candidate,
    DuplicateUser,
    PersonRecord,
    Role,
    ServerStore,
)
from datacollect_desktop.server.validation import prepare_event
from tests.integration.server.support import make_event, stamp

MAX_EVENT = 1 << 20


def candidate(guid: str | None = None, **changes: Any) -> Candidate:
    prepared = prepare_event(make_event(guid=guid, **changes), None, MAX_EVENT)
    assert isinstance(prepared, Candidate), prepared
    return prepared


def append(store: ServerStore, candidates: list[Candidate], config_id: str = "cfg",
           by: str = "pusher") -> tuple[AppendStatus, ...]:
    result = store.append(candidates, config_id=config_id, pushed_by=by,
                          received_at="2024-05-02T00:00:00.000000Z")
    return result.statuses


class StoreContract:
    """Behaviour shared by every server store."""

    def reopen(self, store: ServerStore) -> ServerStore:
        raise NotImplementedError

    # Users ---------------------------------------------------------------------------------

    def test_users_are_found_by_email_whatever_its_case(self, store: ServerStore) -> None:
        made = store.add_user("Ana@Example.org", "hash", Role.FIELD_WORKER, ["b", "a", "a"])
        found = store.user_by_email("  ana@EXAMPLE.org ")
        assert found == made
        assert found is not None and found.config_ids == ("a", "b")
        assert store.user_by_id(made.id) == made
        assert store.user_by_id("nobody") is None

    def test_a_second_account_with_the_same_email_is_refused(
        self, store: ServerStore
    ) -> None:
        store.add_user("ana@example.org", "hash", Role.ADMIN, [])
        with pytest.raises(DuplicateUser):
            store.add_user("ANA@example.org", "other", Role.SUPERVISOR, [])
        assert [user.role for user in store.users()] == [Role.ADMIN]

    def test_updating_a_user_changes_only_what_is_given(self, store: ServerStore) -> None:
        made = store.add_user("ana@example.org", "hash", Role.FIELD_WORKER, ["a"])
        changed = store.update_user(made.id, role=Role.SUPERVISOR, config_ids=["c"])
        assert changed is not None
        assert (changed.role, changed.config_ids, changed.password_hash) == (
            Role.SUPERVISOR, ("c",), "hash")
        assert store.update_user("missing", role=Role.ADMIN) is None

    # Login failures ------------------------------------------------------------------------

    def test_login_failures_are_counted_per_key_and_forgotten_when_old(
        self, store: ServerStore
    ) -> None:
        store.record_login_failure(["account:a", "address:x"], 100.0, 0.0)
        store.record_login_failure(["account:a"], 200.0, 0.0)
        assert store.login_failures("account:a", 0.0) == [100.0, 200.0]
        assert store.login_failures("account:a", 150.0) == [200.0]
        store.record_login_failure(["account:b"], 300.0, forget_before=150.0)
        assert store.login_failures("address:x", 0.0) == []
        store.clear_login_failures("account:a")
        assert store.login_failures("account:a", 0.0) == []
        assert store.login_failures("account:b", 0.0) == [300.0]

    def test_a_login_attempt_is_counted_and_checked_in_one_step(
        self, store: ServerStore
    ) -> None:
        """Issue 15 item 6: parallel attempts each see the failures reserved before them."""
        limit, attempts = 5, 24
        waits: list[float] = []
        lock = threading.Lock()

        def wait(failures: Mapping[str, list[float]]) -> float:
            return 60.0 if len(failures["account:a"]) >= limit else 0.0

        def attempt(n: int) -> None:
            got = store.reserve_login_attempt(["account:a", "address:x"], 1000.0 + n, 0.0, wait)
            with lock:
                waits.append(got)

        running = [threading.Thread(target=attempt, args=(n,)) for n in range(attempts)]
        for thread in running:
            thread.start()
        for thread in running:
            thread.join()
        assert sorted(waits) == [0.0] * limit + [60.0] * (attempts - limit)
        assert len(store.login_failures("account:a", 0.0)) == limit
        assert len(store.login_failures("address:x", 0.0)) == limit

    def test_a_successful_attempt_takes_back_its_failure_and_clears_its_key(
        self, store: ServerStore
    ) -> None:
        keys = ["pair:a", "address:x"]
        store.record_login_failure(keys, 10.0, 0.0)
        assert store.reserve_login_attempt(keys, 20.0, 0.0, lambda failures: 0.0) == 0.0
        assert store.login_failures("address:x", 0.0) == [10.0, 20.0]
        store.settle_login_attempt(keys, 20.0, clear=["pair:a"])
        assert store.login_failures("address:x", 0.0) == [10.0]
        assert store.login_failures("pair:a", 0.0) == []
        # A refused attempt records nothing, and old failures are forgotten.
        assert store.reserve_login_attempt(keys, 30.0, 0.0, lambda failures: 5.0) == 5.0
        assert store.reserve_login_attempt(keys, 40.0, 15.0, lambda failures: 0.0) == 0.0
        assert store.login_failures("address:x", 0.0) == [40.0]

    # Token revocation ----------------------------------------------------------------------

    def test_a_new_password_or_role_raises_the_token_generation(
        self, store: ServerStore
    ) -> None:
        made = store.add_user("ana@example.org", "hash", Role.FIELD_WORKER, ["a"])
        assert (made.token_generation, made.disabled) == (0, False)
        same = store.update_user(made.id, config_ids=["b"], role=Role.FIELD_WORKER)
        assert same is not None and same.token_generation == 0
        moved = store.update_user(made.id, role=Role.SUPERVISOR)
        assert moved is not None and moved.token_generation == 1
        changed = store.update_user(made.id, password_hash="other")
        assert changed is not None and changed.token_generation == 2
        assert store.user_by_id(made.id) == changed

    def test_accounts_are_disabled_enabled_and_deleted(self, store: ServerStore) -> None:
        made = store.add_user("ana@example.org", "hash", Role.FIELD_WORKER, ["a"])
        off = store.set_user_disabled(made.id, True)
        assert off is not None and (off.disabled, off.token_generation) == (True, 1)
        assert store.user_by_email("ana@example.org") == off
        on = store.set_user_disabled(made.id, False)
        assert on is not None and (on.disabled, on.token_generation) == (False, 2)
        assert store.set_user_disabled("missing", True) is None
        assert store.delete_user(made.id) is True
        assert store.delete_user(made.id) is False
        assert store.user_by_id(made.id) is None and store.users() == []

    def test_revoked_tokens_are_refused_until_they_expire(self, store: ServerStore) -> None:
        store.revoke_token("t-1", expires_at=100.0, now=50.0)
        store.revoke_token("t-1", expires_at=100.0, now=60.0)  # twice is once
        assert store.token_revoked("t-1") and not store.token_revoked("t-2")
        store.revoke_token("t-2", expires_at=300.0, now=200.0)  # t-1 has expired: forgotten
        assert not store.token_revoked("t-1") and store.token_revoked("t-2")

    def test_columns_added_since_a_table_was_made_are_added_on_open(
        self, store: ServerStore
    ) -> None:
        made = store.add_user("ana@example.org", "hash", Role.FIELD_WORKER, ["a"])
        database: Any = store._db  # type: ignore[attr-defined]  # the peewee stores
        with database.connection_context():
            database.execute_sql('ALTER TABLE "users" DROP COLUMN "token_generation"')
            database.execute_sql('ALTER TABLE "users" DROP COLUMN "disabled"')
            # A database made before these columns was made before versions were recorded.
            database.execute_sql('DROP TABLE "schema_migrations"')
        reopened = self.reopen(store)
        assert reopened.user_by_id(made.id) == made

    # Identity: linked user ids and display names -------------------------------------------

    def test_user_ids_are_linked_first_come_first_served(self, store: ServerStore) -> None:
        ana = store.add_user("ana@example.org", "hash", Role.FIELD_WORKER, ["cfg"])
        ben = store.add_user("ben@example.org", "hash", Role.FIELD_WORKER, ["cfg"])
        assert store.link_user_ids(ana.id, ["Ana Field", "local-1", ana.id]) == {
            "Ana Field": ana.id, "local-1": ana.id, ana.id: ana.id}
        # Ben cannot take Ana's links nor her account id; his new id is his.
        assert store.link_user_ids(ben.id, ["Ana Field", ana.id, "local-2"]) == {
            "Ana Field": ana.id, ana.id: ana.id, "local-2": ben.id}
        again = self.reopen(store)
        (person,) = again.people([ana.id])
        assert person.aliases == ("Ana Field", "local-1")

    def test_an_id_another_account_pushed_events_under_is_not_linked_with_the_check(
        self, store: ServerStore
    ) -> None:
        ana = store.add_user("ana@example.org", "hash", Role.FIELD_WORKER, ["cfg"])
        ben = store.add_user("ben@example.org", "hash", Role.FIELD_WORKER, ["cfg"])
        append(store, [candidate(userId='Old "name"')], by=ana.id)
        assert store.link_user_ids(ben.id, ['Old "name"'], check_events=True) == {
            'Old "name"': ana.id}
        assert store.people([ben.id])[0].aliases == ()
        assert store.link_user_ids(ana.id, ['Old "name"'], check_events=True) == {
            'Old "name"': ana.id}
        assert store.people([ana.id])[0].aliases == ('Old "name"',)

    def test_two_accounts_linking_one_id_at_once_give_it_to_one(
        self, store: ServerStore
    ) -> None:
        users = [store.add_user(f"u{n}@example.org", "hash", Role.FIELD_WORKER, ["cfg"])
                 for n in range(6)]
        owners: list[str] = []
        failures: list[BaseException] = []

        def link(user_id: str) -> None:
            try:
                owners.append(store.link_user_ids(user_id, ["shared-id"])["shared-id"])
            except BaseException as exc:  # a lost race must answer, not raise
                failures.append(exc)

        threads = [threading.Thread(target=link, args=(u.id,)) for u in users]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert failures == []
        assert len(owners) == len(users)
        assert len(set(owners)) == 1
        holders = [p for p in store.people([u.id for u in users]) if p.aliases]
        assert [p.id for p in holders] == owners[:1]

    def test_display_names_are_kept_or_replaced(self, store: ServerStore) -> None:
        ana = store.add_user("ana@example.org", "hash", Role.FIELD_WORKER, ["cfg"])
        assert store.people([ana.id])[0].name is None
        store.set_user_name(ana.id, "Ana", keep_existing=True)
        store.set_user_name(ana.id, "Someone else", keep_existing=True)
        assert store.people([ana.id])[0].name == "Ana"
        store.set_user_name(ana.id, "Ana Field")
        assert store.people([ana.id, "nobody"]) == [
            PersonRecord(ana.id, "ana@example.org", "Ana Field", ())]

    def test_pulled_events_name_the_account_that_pushed_them(self, store: ServerStore) -> None:
        append(store, [candidate()], by="account-1")
        (event,) = store.events_after("cfg", 0, store.head().tree_size, 10)
        assert event.pushed_by == "account-1"

    # App configs ---------------------------------------------------------------------------

    def test_configs_are_added_then_replaced(self, store: ServerStore) -> None:
        assert store.save_config("b", '{"id":"b"}', "t1") is True
        assert store.save_config("a", '{"id":"a"}', "t1") is True
        assert store.save_config("a", '{"id":"a","v":2}', "t2") is False
        record = store.config("a")
        assert record is not None and record.document == '{"id":"a","v":2}'
        assert [c.id for c in store.configs()] == ["a", "b"]
        assert store.config("zzz") is None

    # The log -------------------------------------------------------------------------------

    def test_an_empty_log_has_the_empty_root(self, store: ServerStore) -> None:
        head = store.head()
        assert (head.tree_size, head.root_hash, head.level_seq) == (0, merkle.EMPTY_ROOT, 0)
        assert append(store, []) == ()
        assert store.head() == head

    def test_appends_take_the_next_sequences_and_keep_the_merkle_root(
        self, store: ServerStore
    ) -> None:
        batch = [candidate() for _ in range(13)]
        result = store.append(batch[:5], config_id="cfg", pushed_by="u", received_at="t")
        assert result.seqs == (0, 1, 2, 3, 4)
        result = store.append(batch[5:], config_id="cfg", pushed_by="u", received_at="t")
        assert result.seqs == tuple(range(5, 13))
        tree = merkle.MemoryTree(c.leaf_hash for c in batch)
        assert result.head.tree_size == 13
        assert result.head.root_hash == tree.root() == store.head().root_hash

    def test_every_perfect_node_is_stored_so_proofs_verify(self, store: ServerStore) -> None:
        batch = [candidate() for _ in range(21)]
        for start in range(0, 21, 4):
            append(store, batch[start:start + 4])
        hashes = [c.leaf_hash for c in batch]
        for size in (1, 2, 7, 8, 13, 21):
            root = merkle.root_hash(store, size)
            assert root == merkle.MemoryTree(hashes[:size]).root()
            for index in range(size):
                path = merkle.inclusion_proof(store, index, size)
                assert merkle.verify_inclusion(hashes[index], index, size, path, root)
        for first in range(1, 22):
            proof = merkle.consistency_proof(store, first, 21)
            assert merkle.verify_consistency(
                first, 21, merkle.root_hash(store, first), store.head().root_hash, proof)

    def test_get_nodes_leaves_out_keys_it_does_not_hold(self, store: ServerStore) -> None:
        append(store, [candidate(), candidate()])
        found = store.get_nodes([(0, 0), (1, 0), (0, 2), (5, 0)])
        assert set(found) == {(0, 0), (1, 0)}

    def test_same_guid_same_content_is_a_duplicate_and_different_content_a_conflict(
        self, store: ServerStore
    ) -> None:
        first = candidate("g-1")
        assert append(store, [first]) == (AppendStatus.ACCEPTED,)
        changed = candidate("g-1", timestamp=stamp(9999))
        again = append(store, [first, changed, candidate("g-2"), candidate("g-2")])
        assert again == (AppendStatus.DUPLICATE, AppendStatus.CONFLICT,
                         AppendStatus.ACCEPTED, AppendStatus.CONFLICT)
        stored = store.event("g-1")
        assert stored is not None and stored.leaf == first.leaf
        assert store.head().tree_size == 2

    def test_a_guid_is_global_across_configs(self, store: ServerStore) -> None:
        # Issue 15 item 4: the guid held by config a is unavailable to b, not a duplicate.
        first = candidate("g-1")
        append(store, [first], config_id="a")
        assert append(store, [first], config_id="b") == (AppendStatus.UNAVAILABLE,)
        assert store.events_after("b", 0, store.head().tree_size, 10) == []

    def test_a_guid_of_another_config_is_unavailable_whatever_its_content(
        self, store: ServerStore
    ) -> None:
        first = candidate("g-1")
        append(store, [first], config_id="a")
        changed = candidate("g-1", timestamp=stamp(9999))
        fresh = candidate("g-2")
        assert append(store, [first, changed, fresh], config_id="b") == (
            AppendStatus.UNAVAILABLE, AppendStatus.UNAVAILABLE, AppendStatus.ACCEPTED)
        assert append(store, [first, changed], config_id="a") == (
            AppendStatus.DUPLICATE, AppendStatus.CONFLICT)
        stored = store.event("g-1")
        assert stored is not None and (stored.config_id, stored.leaf) == ("a", first.leaf)
        assert store.head().tree_size == 2

    def test_events_are_found_by_many_guids_at_once(self, store: ServerStore) -> None:
        made = [candidate(f"g-{n}") for n in range(1200)]  # more than one IN (...) chunk
        append(store, made[:700], config_id="a")
        append(store, made[700:], config_id="b")
        found = store.events_by_guid([c.guid for c in made[::3]] + ["unknown", "g-3"])
        assert set(found) == {c.guid for c in made[::3]}
        assert found["g-3"] == store.event("g-3")
        assert found["g-1197"].config_id == "b" and found["g-1197"].leaf_index == 1197

    def test_stored_events_keep_text_exactly(self, store: ServerStore) -> None:
        odd = candidate("g-odd", data={"givenName": "Zoë \u0000 \u2028 😀 \"q\"", "age": 1.5})
        append(store, [odd], by="account-7")
        stored = store.event("g-odd")
        assert stored is not None
        assert (stored.leaf, stored.pushed_by, stored.sync_level, stored.config_id) == (
            odd.leaf, "account-7", int(SyncLevel.REMOTE), "cfg")
        assert json.loads(stored.leaf)["data"]["givenName"] == "Zoë \u0000 \u2028 😀 \"q\""

    def test_events_after_reads_one_config_in_log_order_within_bounds(
        self, store: ServerStore
    ) -> None:
        for index in range(10):
            append(store, [candidate(f"g-{index}")], config_id="a" if index % 2 else "b")
        page = store.events_after("a", 2, 9, 3)
        assert [(e.leaf_index, e.guid) for e in page] == [(3, "g-3"), (5, "g-5"), (7, "g-7")]
        assert [e.guid for e in store.events_after("a", 0, 4, 10)] == ["g-1", "g-3"]
        assert store.events_after("a", 10, 10, 10) == []

    def test_events_after_time_orders_by_timestamp_then_guid(
        self, store: ServerStore
    ) -> None:
        same = "2024-05-01T10:00:00.000Z"
        append(store, [candidate("c", timestamp=same), candidate("a", timestamp=same),
                       candidate("z", timestamp="2024-05-01T09:00:00Z"),
                       candidate("b", timestamp="2024-05-01T10:00:00.5+00:00")])
        everything = store.events_after_time("cfg", "", "", 10)
        assert [e.guid for e in everything] == ["z", "a", "c", "b"]
        key = everything[1].ts_key
        assert [e.guid for e in store.events_after_time("cfg", key, "a", 10)] == ["c", "b"]
        assert [e.guid for e in store.events_after_time("cfg", key, "", 10)] == ["b"]

    def test_concurrent_appends_form_one_gapless_log(self, store: ServerStore) -> None:
        per_thread, threads = 40, 6
        errors: list[BaseException] = []

        def work(worker: int) -> None:
            try:
                for start in range(0, per_thread, 5):
                    append(store, [candidate(f"w{worker}-{start + i}") for i in range(5)])
            except BaseException as exc:  # reported below
                errors.append(exc)

        running = [threading.Thread(target=work, args=(n,)) for n in range(threads)]
        for thread in running:
            thread.start()
        for thread in running:
            thread.join()
        assert errors == []
        total = per_thread * threads
        head = store.head()
        events = store.events_after("cfg", 0, head.tree_size, total + 1)
        assert [e.leaf_index for e in events] == list(range(total))
        assert len({e.guid for e in events}) == total
        leaves = [merkle.leaf_hash(e.leaf.encode()) for e in events]
        assert merkle.MemoryTree(leaves).root() == head.root_hash

    def test_the_log_survives_reopening(self, store: ServerStore) -> None:
        append(store, [candidate("g-1"), candidate("g-2")])
        head = store.head()
        reopened = self.reopen(store)
        assert reopened.head() == head
        assert append(reopened, [candidate("g-3")]) == (AppendStatus.ACCEPTED,)
        assert reopened.head().tree_size == 3

    # Forwarding and sync levels ------------------------------------------------------------

    def test_claims_exclude_other_claimants_until_the_lease_ends(
        self, store: ServerStore
    ) -> None:
        append(store, [candidate(f"g-{i}") for i in range(5)])
        first = store.claim_unforwarded("one", 3, now=1000.0, lease_seconds=60)
        assert [e.guid for e in first] == ["g-0", "g-1", "g-2"]
        second = store.claim_unforwarded("two", 10, now=1001.0, lease_seconds=60)
        assert [e.guid for e in second] == ["g-3", "g-4"]
        assert store.claim_unforwarded("three", 10, now=1002.0, lease_seconds=60) == []
        store.release_claim("two", [e.leaf_index for e in second])
        assert len(store.claim_unforwarded("four", 10, now=1003.0, lease_seconds=60)) == 2
        late = store.claim_unforwarded("five", 10, now=2000.0, lease_seconds=60)
        assert [e.guid for e in late] == [f"g-{i}" for i in range(5)]
        # The first claimant's lease has run out and its rows were taken: marking does nothing.
        assert store.mark_forwarded("one", [e.leaf_index for e in first]) == 0

    def test_marking_forwarded_raises_the_level_in_level_sequence_order(
        self, store: ServerStore
    ) -> None:
        append(store, [candidate(f"a-{i}") for i in range(3)], config_id="a")
        append(store, [candidate(f"b-{i}") for i in range(2)], config_id="b")
        claimed = store.claim_unforwarded("c", 10, now=1.0, lease_seconds=60)
        assert store.mark_forwarded("c", [e.leaf_index for e in claimed if e.guid != "a-1"]) == 4
        head = store.head()
        assert head.level_seq == 4
        updates = store.level_updates("a", 0, head.level_seq, head.tree_size, 10)
        assert [(u.guid, u.sync_level) for u in updates] == [("a-0", 2), ("a-2", 2)]
        assert [u.level_seq for u in updates] == sorted(u.level_seq for u in updates)
        assert store.level_updates("a", updates[0].level_seq, head.level_seq, 5, 10) == updates[1:]
        assert store.level_updates("a", 0, head.level_seq, 1, 10) == updates[:1]
        levels = {e.guid: e.sync_level for e in store.events_after("a", 0, 5, 10)}
        assert levels == {"a-0": 2, "a-1": 1, "a-2": 2}
        assert [e.guid for e in store.claim_unforwarded("d", 10, 100.0, 60)] == ["a-1"]

    # Audit logs ----------------------------------------------------------------------------

    def test_audit_entries_are_idempotent_and_read_in_acceptance_order(
        self, store: ServerStore
    ) -> None:
        def entry(guid: str, second: int, body: str = "x") -> AuditCandidate:
            return AuditCandidate(guid, json.dumps({"guid": guid, "b": body}),
                                  stamp(second).replace(".000Z", ".000000Z"))

        statuses = store.append_audit([entry("a1", 50), entry("a2", 10), entry("a1", 50)],
                                      config_id="a", pushed_by="u", received_at="t")
        assert statuses == (AppendStatus.ACCEPTED, AppendStatus.ACCEPTED,
                            AppendStatus.DUPLICATE)
        again = store.append_audit([entry("a1", 50, "changed"), entry("b1", 5)],
                                   config_id="b", pushed_by="u", received_at="t")
        assert again == (AppendStatus.CONFLICT, AppendStatus.ACCEPTED)
        head = store.head()
        assert head.audit_size == 3
        assert [e.guid for e in store.audit_after("a", 0, head.audit_size, 10)] == ["a1", "a2"]
        assert [e.guid for e in store.audit_after("a", 1, head.audit_size, 10)] == ["a2"]
        by_time = store.audit_after_time("a", stamp(0).replace(".000Z", ".000000Z"), 10)
        assert [e.guid for e in by_time] == ["a2", "a1"]
