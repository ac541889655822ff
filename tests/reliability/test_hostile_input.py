"""Hostile input on the desktop: arbitrary JSON given to `submit` (the store and the command
line) and to the form validator, and search strings made of SQL and FTS5 syntax. Each gets
a clear answer, and what is refused changes nothing."""

from __future__ import annotations

import io
import json
import unicodedata
from collections.abc import Iterator
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from datacollect_desktop.app.entry import EntryFlow
from datacollect_desktop.app.gate import ProfileGate
from datacollect_desktop.app.workspace import Workspace
from datacollect_desktop.cli import main as cli_main
from datacollect_desktop.domain.errors import KnownError
from datacollect_desktop.domain.forms import validate_form_data
from datacollect_desktop.storage.browse import Browse, ListFilter
from datacollect_desktop.storage.profile import Session
from datacollect_desktop.storage.store import MAX_EVENT_BYTES
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.factories import wire
from tests.reliability.hostile import NASTY, broken_events, examples, json_values, text
from tests.reliability.recorder import Tally
from tests.unit.storage.test_store import table_dump

pytestmark = pytest.mark.reliability(scenario="Hostile input")
FUZZ = settings(max_examples=examples(150), deadline=None, derandomize=True, suppress_health_check=[
    HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large])


def event_count(session: Session) -> int:
    return int(session.db.execute_sql("SELECT count(*) FROM events").fetchone()[0])


@FUZZ
@given(docs=st.lists(broken_events(), min_size=1, max_size=4))
def test_the_store_answers_any_json_and_stores_only_what_it_applies(
        session: Session, docs: list[Any], tally: Tally) -> None:
    """`EventStore.submit` with valid events broken in every way and arbitrary JSON: one
    result per input (applied, duplicate, or rejected with a reason), and only applied
    events are stored; the log still verifies."""
    before = event_count(session)
    dump = table_dump(session)
    results = session.store.submit(docs)
    assert len(results) == len(docs)
    assert all(r.status in ("applied", "duplicate", "rejected") for r in results)
    assert all(r.error for r in results if r.status == "rejected")
    applied = sum(r.status == "applied" for r in results)
    assert event_count(session) == before + applied
    if not applied:
        assert table_dump(session) == dump
    assert session.integrity.verify().ok
    tally.add(inputs=len(docs), rejected=sum(r.status == "rejected" for r in results),
              applied=applied)


def run_cli(data_dir: Path, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = cli_main(["--data-dir", str(data_dir), *args])
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def cli_profile(profile_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("DATACOLLECT_PASSPHRASE", PASSPHRASE)
    ProfileGate(profile_dir, FAST_KDF).create("Awa", PASSPHRASE, PASSPHRASE)[0].close()
    yield profile_dir


def submission_bytes() -> st.SearchStrategy[bytes]:
    """What a file given to `submit` may hold: JSON documents, JSON lines, or any bytes."""
    as_json = st.lists(broken_events(), max_size=4).map(lambda d: json.dumps(d).encode())
    as_lines = st.lists(broken_events() | text, max_size=4).map(
        lambda d: "\n".join(json.dumps(x) if not isinstance(x, str) else x
                            for x in d).encode())
    return st.one_of(as_json, as_lines, json_values.map(lambda v: json.dumps(v).encode()),
                     st.binary(max_size=200))


@settings(FUZZ, max_examples=examples(60))
@given(data=submission_bytes())
def test_the_submit_command_answers_any_file_and_stores_only_what_it_applies(
        cli_profile: Path, tmp_path: Path, data: bytes, tally: Tally) -> None:
    """`datacollect-desktop submit FILE` with any content: one JSON result per input line,
    exit 0 or 1 (some refused), never a crash; only applied events are stored."""
    path = tmp_path / "input.json"
    path.write_bytes(data)
    before = json.loads(run_cli(cli_profile, "stats")[1])["totalEvents"]
    code, out, err = run_cli(cli_profile, "submit", str(path))
    assert code in (0, 1) and not err, (code, err)
    results = [json.loads(line) for line in out.splitlines()]
    assert all(r["status"] in ("applied", "duplicate", "rejected") for r in results)
    assert (code == 1) == any(r["status"] == "rejected" for r in results)
    applied = sum(r["status"] == "applied" for r in results)
    assert json.loads(run_cli(cli_profile, "stats")[1])["totalEvents"] == before + applied
    tally.add(inputs=1, results=len(results), applied=applied)


def test_an_oversized_event_is_refused_alone_and_changes_nothing(
        cli_profile: Path, tmp_path: Path, tally: Tally) -> None:
    """An event above the 1 MiB limit is refused with its size; the database is unchanged."""
    path = tmp_path / "big.json"
    path.write_text(json.dumps(wire("p1", "create-individual",
                                    {"name": "x" * (MAX_EVENT_BYTES + 1)})))
    before = (cli_profile / "profile.db").read_bytes()
    code, out, _ = run_cli(cli_profile, "submit", str(path))
    (result,) = [json.loads(line) for line in out.splitlines()]
    assert code == 1 and result["status"] == "rejected" and "the limit is" in result["error"]
    assert (cli_profile / "profile.db").read_bytes() == before
    tally.add(inputs=1, rejected=1)


@pytest.fixture
def workspace(profile_dir: Path) -> Iterator[Workspace]:
    opened, _ = ProfileGate(profile_dir, FAST_KDF).create("Awa", PASSPHRASE, PASSPHRASE)
    yield opened
    opened.close()


FORM_KEYS = ["name", "address", "dwelling", "dwellingOther", "monthlyIncome", "contact",
             "phone", "givenName", "familyName", "dateOfBirth", "sex", "needs"]
# Values that pass a field's rules now and then, so that some records are stored.
PLAUSIBLE = st.fixed_dictionaries({}, optional={
    "name": text, "givenName": text, "familyName": text, "monthlyIncome": st.integers(-5, 10**7),
    "dwelling": st.sampled_from(["house", "tent", ""]), "sex": st.sampled_from(["female", "x"]),
    "dateOfBirth": st.sampled_from(["1990-01-31", "31/01/1990", ""]),
    "needs": st.dictionaries(st.sampled_from(["food", "health", "x"]), st.booleans()),
})


@FUZZ
@given(data=st.builds(lambda plausible, anything: {**anything, **plausible}, PLAUSIBLE,
                      st.dictionaries(st.sampled_from(FORM_KEYS) | text, json_values,
                                      max_size=3)),
       form_name=st.sampled_from(["household", "individual"]))
def test_saving_a_form_with_any_data_stores_only_valid_records(
        workspace: Workspace, data: dict[str, Any], form_name: str, tally: Tally) -> None:
    """The registration flow (the form validator shared with the server) with arbitrary
    JSON values: refused with field errors and nothing stored, or stored with data that
    passes the form's rules."""
    flow = EntryFlow(workspace)
    entry = flow.start()
    if form_name == "individual":
        household = flow.save(entry, {"name": "Household"})
        entry = household.next
    before = event_count(workspace.session)
    try:
        saved = flow.save(entry, data)
    except KnownError as exc:
        assert str(exc)
        assert event_count(workspace.session) == before
        tally.add(inputs=1, refused=1)
        return
    entity = workspace.session.queries.entity(saved.entity_guid)
    assert entity is not None
    stored = {k: v for k, v in entity.data.items() if k not in ("entityName", "parentGuid")}
    assert validate_form_data(entry.form, stored) == []
    tally.add(inputs=1, stored=1)


def folded(words: str) -> str:
    """Case and accents folded, as the search index's tokenizer does."""
    decomposed = unicodedata.normalize("NFKD", words.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@pytest.fixture
def registry(session: Session) -> Session:
    session.store.submit([wire(f"h{i}", "create-group", {"name": f"Household {name}",
                                                         "members": [{"guid": f"m{i}",
                                                                      "name": f"{name} Ann"}]})
                          for i, name in enumerate(["Diallo", "O'Brien", "Nguyễn", "Smith"])])
    return session


@FUZZ
@given(query=text | st.lists(st.sampled_from(NASTY), max_size=3).map(" ".join))
def test_search_strings_of_sql_and_fts_syntax_are_only_words_to_look_for(
        registry: Session, query: str, tally: Tally) -> None:
    """The window's search (FTS5) with SQL and FTS syntax: never an error; what it finds
    matches the words typed; the database is unchanged."""
    dump = table_dump(registry)
    browse = Browse(registry.db)
    spec = ListFilter(text=query)
    rows = browse.rows(spec, 0, 1000)
    assert browse.count(spec) == len(rows)
    words = folded(spec.match_expression().replace('"', "").replace("*", "")).split()
    for row in rows:
        names = folded(" ".join(r.name or "" for r in [row, *browse.members(row.guid)]))
        assert all(word in names for word in words), (query, row)
    assert table_dump(registry) == dump
    tally.add(searches=1, found=len(rows))


@pytest.mark.parametrize("query", NASTY[:12])
def test_the_entities_command_treats_search_text_as_text(
        cli_profile: Path, query: str, tally: Tally) -> None:
    """`entities --search name=TEXT` and `--search FIELD=TEXT` with SQL syntax: exit 0, a
    JSON list, the database unchanged."""
    before = (cli_profile / "profile.db").read_bytes()
    for search in (f"name={query}", f"village={query}", f"{query}={query}"):
        code, out, err = run_cli(cli_profile, "entities", "--search", search)
        assert code == 0 and not err and json.loads(out) == []
    assert (cli_profile / "profile.db").read_bytes() == before
    tally.add(searches=3)
