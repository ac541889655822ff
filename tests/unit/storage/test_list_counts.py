"""The counts kept beside the rows (storage/list_counts.py) equal counting the rows: after any
mix of submissions, pushes, pulls that rebase pending events, level updates and rebuilds."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from datacollect_desktop.storage.browse import Browse, ListFilter
from datacollect_desktop.storage.profile import Profile, Session
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.strategies import GUIDS, event_docs
from tests.unit.sync.memory_log import MemoryLog, pull_some, push_some, replica, sync_fully

FORMS = ["household", "individual"]


@st.composite
def docs_with_forms(draw: st.DrawFn) -> dict[str, Any]:
    """Event docs whose records may name a form and a parent (what the list filters on)."""
    doc = draw(event_docs())
    data = dict(doc["data"])
    if "name" in data or draw(st.booleans()):
        form = draw(st.sampled_from([None, *FORMS]))
        if form is not None:
            data["entityName"] = form
        parent = draw(st.sampled_from([None, None, *GUIDS]))
        if parent is not None:
            data["parentGuid"] = parent
    return {**doc, "data": data}


def filters() -> list[ListFilter]:
    """Every filter without text the list offers: roots, each form, living or deleted."""
    return [ListFilter(form=form, deleted=deleted)
            for form in (None, *FORMS, "unknown") for deleted in (False, True)]


def counted_rows(session: Session, spec: ListFilter) -> int:
    clauses, params = ["deleted = ?"], [int(spec.deleted)]
    if spec.form is not None:
        clauses.append("form = ?")
        params.append(spec.form)
    if spec.roots_only:
        clauses.append("parent_guid IS NULL")
    sql = f"SELECT count(*) FROM entities WHERE {' AND '.join(clauses)}"
    return int(session.db.execute_sql(sql, params).fetchone()[0])


def assert_counts_are_exact(session: Session) -> None:
    browse = Browse(session.db)
    for spec in filters():
        assert browse.count(spec) == counted_rows(session, spec), spec
    levels = dict(session.db.execute_sql(
        "SELECT sync_level, count(*) FROM events GROUP BY sync_level").fetchall())
    assert browse.counts_by_level() == levels
    assert {int(k): v for k, v in replica(session).counts_by_level().items() if v} == levels


operation = st.one_of(
    st.tuples(st.just("submit"), st.integers(0, 1), docs_with_forms(), st.integers(0, 2)),
    st.tuples(st.just("submit"), st.integers(0, 1), docs_with_forms(), st.just(0)),
    st.tuples(st.just("push"), st.integers(0, 1), st.integers(1, 4)),
    st.tuples(st.just("pull"), st.integers(0, 1), st.integers(1, 3), st.integers(1, 4)),
    st.tuples(st.just("external"), st.integers(0, 1), st.integers(0, 30)),
    st.tuples(st.just("rebuild"), st.integers(0, 1)),
)
_SETTINGS = {"deadline": None, "suppress_health_check": [HealthCheck.function_scoped_fixture,
                                                         HealthCheck.too_slow]}


def run_program(root: Path, program: list[tuple[Any, ...]]) -> None:
    devices = [Profile(root / f"device-{n}").create(PASSPHRASE, FAST_KDF)[0] for n in range(2)]
    log = MemoryLog()
    try:
        for step, op in enumerate(program):
            device = devices[op[1]]
            if op[0] == "submit":
                doc = {**op[2], "guid": f"g{step}", "userId": f"u{op[1]}", "syncLevel": op[3],
                       "timestamp": f"2024-05-01T10:{step // 60:02d}:{step % 60:02d}.000Z"}
                device.store.submit([doc])
            elif op[0] == "push":
                push_some(device, log, op[2])
            elif op[0] == "pull":
                pull_some(device, log, op[2], op[3])
            elif op[0] == "external":  # the server says an event went on to another system
                replica(device).apply_page([], [(f"g{op[2]}", 2), (f"g{op[2] + 1}", 1)])
            else:
                device.store.rebuild()
            assert_counts_are_exact(device)
        for device in devices:
            sync_fully(device, log)
            assert_counts_are_exact(device)
            device.store.rebuild()
            assert_counts_are_exact(device)
    finally:
        for device in devices:
            device.close()


@settings(max_examples=40, **_SETTINGS)  # type: ignore[arg-type]
@given(program=st.lists(operation, min_size=3, max_size=30))
def test_counts_equal_counting_rows_after_any_workload(
        tmp_path_factory: pytest.TempPathFactory, program: list[tuple[Any, ...]]) -> None:
    run_program(tmp_path_factory.mktemp("devices"), program)


def test_a_batch_that_creates_edits_and_deletes_records_is_counted_once(
        session: Session) -> None:
    docs = [
        {"guid": "e1", "entityGuid": "h1", "type": "create-group",
         "data": {"name": "Diallo household", "entityName": "household"}},
        {"guid": "e2", "entityGuid": "p1", "type": "create-individual",
         "data": {"name": "Awa", "entityName": "individual", "parentGuid": "h1"}},
        {"guid": "e3", "entityGuid": "p1", "type": "update-individual",
         "data": {"parentGuid": "h2"}},
        {"guid": "e4", "entityGuid": "h1", "type": "delete-entity", "data": {"reason": "x"}},
    ]
    session.store.submit([{**d, "userId": "u", "syncLevel": 0,
                           "timestamp": f"2024-05-01T10:00:0{n}.000Z"}
                          for n, d in enumerate(docs)])
    browse = Browse(session.db)
    assert browse.count(ListFilter()) == 0
    assert browse.count(ListFilter(deleted=True)) == 1
    assert browse.count(ListFilter(form="individual")) == 1
    assert_counts_are_exact(session)
