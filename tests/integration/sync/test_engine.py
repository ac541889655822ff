"""The sync engine against a real server process: push, pull, levels, rejections, sign-in."""

from __future__ import annotations

import time

import pytest

from datacollect_desktop.storage.replica import Replica
from datacollect_desktop.sync.engine import Limits
from datacollect_desktop.sync.errors import SyncCancelled, WrongCredentials
from datacollect_desktop.sync.login import Account
from tests.factories import wire
from tests.integration.server.conftest import StartServer
from tests.integration.server.support import CONFIG_A, WORKER_A, ServerHandle
from tests.integration.server.test_forwarding_api import Receiver
from tests.integration.sync.devices import DeviceFactory, uid
from tests.integration.sync.fault_proxy import FaultProxy


def household(guid: str, *people: str) -> dict[str, object]:
    return wire(guid, "create-group", {"name": f"Household {guid}", "members": [
        {"guid": p, "name": f"Person {p}"} for p in people]})


def test_two_devices_exchange_events_and_end_identical(devices: DeviceFactory) -> None:
    ana, bo = devices(), devices()
    h, p = uid("h"), uid("p")
    ana.submit(household(h, p))
    bo.submit(wire(uid("p"), "create-individual", {"name": "Bo"}))
    first = ana.sync()
    assert (first.pushed, first.rejected) == (1, 0)
    bo.sync()
    ana.sync()
    assert ana.entities() == bo.entities()
    assert ana.order() == bo.order()
    assert set(ana.levels().values()) == {1}
    assert ana.session.integrity.verify().ok


def test_push_goes_in_chunks_bounded_by_bytes_and_count(devices: DeviceFactory,
                                                       proxy: FaultProxy) -> None:
    device = devices(limits=Limits(push_events=7, push_bytes=2_000))
    device.submit(*[wire(uid("p"), "create-individual", {"name": "x" * 300}) for _ in range(20)])
    summary = device.sync(proxy.url)
    assert summary.pushed == 20
    pushes = proxy.requests("/api/sync/push")
    assert len(pushes) >= 20 * 330 // 2_000
    assert set(device.levels().values()) == {1}


def test_a_refused_event_stays_local_with_its_reason_and_is_not_pushed_again(
        devices: DeviceFactory, proxy: FaultProxy) -> None:
    device = devices()
    bad = wire(uid("p"), "create-individual", {"givenName": "x" * 80},
               metadata={"formName": "person"})
    good = wire(uid("p"), "create-individual", {"name": "fine"})
    device.submit(bad, good)
    summary = device.sync(proxy.url)
    assert (summary.pushed, summary.rejected) == (1, 1)
    levels = device.levels()
    assert (levels[bad["guid"]], levels[good["guid"]]) == (0, 1)
    [(guid, reason)] = device.replica.rejected()
    assert guid == bad["guid"] and "givenName" in reason
    pushes = len(proxy.requests("/api/sync/push"))
    again = device.sync(proxy.url)
    assert (again.pushed, again.rejected) == (0, 0)
    assert len(proxy.requests("/api/sync/push")) == pushes
    assert again.rejections == [{"guid": bad["guid"], "entityGuid": bad["entityGuid"],
                                 "type": "create-individual", "reason": reason,
                                 "code": "invalid_form_data"}]


def test_a_guid_the_server_holds_with_other_content_is_shown_rejected_and_kept(
        devices: DeviceFactory) -> None:
    first, second = devices(), devices()
    guid, person = uid("g"), uid("p")
    first.submit(wire(person, "create-individual", {"name": "Ana"}, guid=guid))
    first.sync()
    second.submit(wire(person, "create-individual", {"name": "Eve"}, guid=guid))
    summary = second.sync()
    assert summary.rejected == 1 and summary.conflicts == 1
    assert second.levels()[guid] == 0
    kept = second.session.queries.event(guid)
    assert kept.event.data == {"name": "Eve"} and kept.sync_error
    [collision] = second.replica.conflicts()
    assert (collision["kind"], collision["remoteEvent"]) == ("guid", guid)
    assert '"Ana"' in collision["remote"] and '"Eve"' in collision["local"]
    assert second.sync().rejected == 0  # shown, not pushed again, and sync goes on
    assert second.session.integrity.verify().ok


def test_the_token_is_kept_in_the_profile_and_reused_until_it_expires(
        devices: DeviceFactory, proxy: FaultProxy) -> None:
    device = devices()
    device.sync(proxy.url)
    device.sync(proxy.url)
    assert len(proxy.requests("/api/users/login")) == 1
    state = device.replica.remote.get()
    assert state is not None and state.token and state.token_expires
    assert state.token_expires > time.time() + 3600
    device.replica.remote.update(token_expires=time.time() + 5)  # about to expire
    device.sync(proxy.url)
    assert len(proxy.requests("/api/users/login")) == 2


def test_a_token_the_server_refuses_is_replaced_by_a_new_login(
        devices: DeviceFactory, proxy: FaultProxy) -> None:
    device = devices()
    device.sync(proxy.url)
    device.replica.remote.update(token="forged.token.value", token_expires=None)
    device.submit(wire(uid("p"), "create-individual", {"name": "A"}))
    assert device.sync(proxy.url).pushed == 1
    assert len(proxy.requests("/api/users/login")) == 2


def test_a_wrong_password_is_a_plain_error_and_changes_nothing(devices: DeviceFactory) -> None:
    device = devices()
    device.submit(wire(uid("p"), "create-individual", {"name": "A"}))
    engine = device.engine()
    engine.target = type(engine.target)(engine.target.server_url,
                                        Account(WORKER_A, lambda: "not the password"),
                                        CONFIG_A)
    with pytest.raises(WrongCredentials, match="refused the email"):
        engine.run()
    engine.close()
    assert set(device.levels().values()) == {0}  # a fresh device: only its own event


def test_cancelling_stops_between_chunks_and_keeps_what_was_done(
        devices: DeviceFactory) -> None:
    device = devices(limits=Limits(push_events=5))
    device.submit(*[wire(uid("p"), "create-individual", {"name": f"P{n}"}) for n in range(20)])
    reports: list[int] = []

    def progress(pushed: int, total_push: int, pulled: int, total_pull: int) -> None:
        assert total_push == 20
        reports.append(pushed)

    engine = device.engine()
    with pytest.raises(SyncCancelled):
        engine.run(progress, cancelled=lambda: len(reports) > 2)
    engine.close()
    assert sorted(device.levels().values()).count(1) == 10
    assert device.sync().pushed == 10


def test_cancelling_a_pull_keeps_the_pages_applied_and_drops_the_one_fetched_ahead(
        devices: DeviceFactory, proxy: FaultProxy) -> None:
    source = devices()
    source.submit(*[wire(uid("p"), "create-individual", {"name": f"P{n}"}) for n in range(30)])
    source.sync()
    fresh = devices(limits=Limits(pull_page=7))
    pulled: list[int] = []

    def progress(pushed: int, total_push: int, done: int, total_pull: int) -> None:
        pulled.append(done)

    engine = fresh.engine(proxy.url)
    with pytest.raises(SyncCancelled):
        engine.run(progress, cancelled=lambda: bool(pulled) and pulled[-1] > 0)
    engine.close()
    assert pulled[-1] == 7
    assert len(fresh.levels()) == 7  # the first page only, though the next was fetched
    assert len(proxy.requests("/api/sync/pull")) == 2
    fresh.sync(proxy.url)
    source.sync()
    assert fresh.order() == source.order()
    assert fresh.entities() == source.entities()


def test_external_levels_reported_by_the_server_reach_the_device(
        start_server_with: StartServer, tmp_path_factory: pytest.TempPathFactory) -> None:
    receiver = Receiver()
    receiver.accept.set()
    try:
        server = start_server_with("--forward-url", f"http://127.0.0.1:{receiver.port}/in",
                                   "--forward-interval", "0.1")
        factory = DeviceFactory(tmp_path_factory.mktemp("ext"), server.base_url)
        device = factory()
        event = wire(uid("p"), "create-individual", {"name": "A"})
        device.submit(event)
        device.sync()
        deadline = time.monotonic() + 20
        while device.levels()[event["guid"]] != 2:
            assert time.monotonic() < deadline, "the forwarded event never became EXTERNAL"
            time.sleep(0.2)
            device.sync()
        factory.close()
    finally:
        receiver.http.shutdown()


def test_a_pending_local_edit_is_rebased_over_remote_ones_and_the_conflict_recorded(
        devices: DeviceFactory) -> None:
    ana, bo = devices(), devices()
    person = uid("p")
    ana.submit(wire(person, "create-individual", {"name": "Ana", "phone": "1"}))
    ana.sync()
    bo.sync()
    ana.submit(wire(person, "update-individual", {"phone": "2"}))
    bo.submit(wire(person, "update-individual", {"phone": "3", "village": "K"}))
    bo.sync()
    summary = ana.sync()
    assert summary.conflicts == 1
    [conflict] = Replica(ana.session.db, ana.session.registry).conflicts()
    assert (conflict["field"], conflict["base"], conflict["remote"], conflict["local"]) == (
        "phone", '"1"', '"3"', '"2"')
    bo.sync()
    assert ana.entities() == bo.entities()
    assert ana.entities()[person]["data"] == {"name": "Ana", "phone": "2", "village": "K"}
    assert ana.order() == bo.order()


def test_a_first_sync_of_an_empty_device_brings_everything_in_server_order(
        devices: DeviceFactory, server_process: ServerHandle) -> None:
    source = devices()
    source.submit(*[wire(uid("p"), "create-individual", {"name": f"P{n}"}) for n in range(30)])
    source.sync()
    fresh = devices(limits=Limits(pull_page=7))
    summary = fresh.sync()
    assert summary.pulled >= 30
    source.sync()
    assert fresh.order() == source.order()
    assert fresh.entities() == source.entities()
