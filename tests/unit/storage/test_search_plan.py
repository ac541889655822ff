"""A search's page is the same whichever way it is found (sorting the matches, or walking the
list's index): equal to the plain query's, for every order, form filter and page."""

from __future__ import annotations

import random
from typing import Any

import pytest

from bench.workload import Workload
from datacollect_desktop.storage import browse as browse_module
from datacollect_desktop.storage.browse import ORDERS, Browse, ListFilter
from datacollect_desktop.storage.profile import Session

WORDS = ["diallo", "mar", "kibera amina", "a", "am", "household", "ko", "zz", "f", "+254 7"]
SPECS = [ListFilter(text=word, form=form, order=order)
         for word in WORDS for form in (None, "individual", "household")
         for order in ORDERS]


def plain_page(session: Session, spec: ListFilter, offset: int, limit: int) -> list[str]:
    """The page as one query finds it: every match joined, sorted, cut."""
    clauses, params = ["e.deleted = ?", "s.entity_search MATCH ?"], [
        int(spec.deleted), spec.match_expression()]
    if spec.form is not None:
        clauses.append("e.form = ?")
        params.append(spec.form)
    sql = ("SELECT e.guid FROM entity_search s JOIN entities e ON e.rowid = s.rowid "
           f"WHERE {' AND '.join(clauses)} ORDER BY {ORDERS[spec.order]} LIMIT ? OFFSET ?")
    return [guid for (guid,) in session.db.execute_sql(sql, (*params, limit, offset))]


def plain_count(session: Session, spec: ListFilter) -> int:
    return len(plain_page(session, spec, 0, 1 << 30))


@pytest.fixture(params=[1, 2, 3])
def register(request: pytest.FixtureRequest, session: Session) -> Session:
    """A register of households and people with edits, some records deleted, from a seed."""
    work = Workload(seed=request.param)
    docs: list[dict[str, Any]] = list(work.events(400))
    rng = random.Random(request.param)
    for guid in rng.sample(work.people, 40) + [h for h, _ in rng.sample(work.households, 10)]:
        docs.append(work._event(guid, "delete-entity", {"reason": "moved away"}))
    results = session.store.submit(docs)
    assert all(r.status == "applied" for r in results)
    return session


@pytest.mark.parametrize("plan", ["sort", "walk", "chosen"])
def test_a_search_finds_the_page_the_plain_query_finds(
        register: Session, plan: str, monkeypatch: pytest.MonkeyPatch) -> None:
    if plan == "sort":  # every search sorts its matches
        monkeypatch.setattr(browse_module, "SORT_AT_LEAST", 1 << 30)
    elif plan == "walk":  # every search walks the order's index
        monkeypatch.setattr(browse_module, "SORT_AT_LEAST", 0)
        monkeypatch.setattr(browse_module, "WALK_COST_RATIO", 1 << 30)
    else:  # as at scale: the choice falls both ways on a register this size
        monkeypatch.setattr(browse_module, "SORT_AT_LEAST", 10)
    browse = Browse(register.db)
    for spec in SPECS:
        for offset, limit in ((0, 201), (0, 7), (7, 7), (30, 25)):
            assert [r.guid for r in browse.rows(spec, offset, limit)] == plain_page(
                register, spec, offset, limit), (spec, offset, limit)
        deleted = ListFilter(text=spec.text, form=spec.form, order=spec.order, deleted=True)
        assert [r.guid for r in browse.rows(deleted, 0, 50)] == plain_page(
            register, deleted, 0, 50)


def test_a_search_count_is_exact_up_to_the_cap_then_says_more(
        register: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(browse_module, "SEARCH_COUNT_CAP", 25)
    browse = Browse(register.db)
    capped = 0
    for spec in SPECS:
        for deleted in (False, True):
            shown = ListFilter(text=spec.text, form=spec.form, deleted=deleted)
            exact = plain_count(register, shown)
            assert browse.count(shown) == min(exact, 26), shown
            capped += exact > 25
    assert capped  # the register is large enough for some searches to pass the cap
