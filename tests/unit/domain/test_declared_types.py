"""Event types an app config declares: the declaration's checks, the declarative applier,
admission against the declared form, the flag of an unknown type, and plug-in appliers from
entry points of a real (tiny) installed distribution."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from datacollect_desktop.domain.admission import INVALID_FORM_DATA, Admitted, Refusal, admit
from datacollect_desktop.domain.declared_types import extra_appliers, load_plugins
from datacollect_desktop.domain.errors import InvalidAppConfig, InvalidEvent
from datacollect_desktop.domain.forms import AppConfig
from datacollect_desktop.domain.projection import project, replay
from datacollect_desktop.domain.registry import EventTypeRegistry
from tests.declared_types import ASSIGN, VISIT, declared_config, installed_distribution
from tests.factories import event, wire

HOUSEHOLD = {"name": "Diallo household", "entityName": "household", "closedOn": "2024-01-01"}


def registry_of(config: AppConfig) -> EventTypeRegistry:
    registry = EventTypeRegistry()
    appliers, problems = extra_appliers(config, load_plugins("datacollect_desktop.none"))
    assert problems == []
    registry.use_extra(appliers)
    return registry


@pytest.fixture
def config() -> AppConfig:
    return AppConfig.from_json(declared_config())


def test_a_declared_type_sets_clears_and_appends_from_data_and_envelope(
        config: AppConfig) -> None:
    registry = registry_of(config)
    assign = event("h1", "assign-case-worker", {"caseWorkerId": "cw-7"}, second=30,
                   user="supervisor-2")
    state = replay([event("h1", "create-group", HOUSEHOLD, second=1), assign,
                    event("h1", "record-visit", {"outcome": "home"}, second=40),
                    event("h1", "record-visit", {"outcome": "away"}, second=50)], registry)
    household = state["h1"]
    assert household.data["caseWorker"] == "cw-7"
    assert household.data["assignmentDate"] == assign.timestamp
    assert household.data["assignedBy"] == "supervisor-2"
    assert "closedOn" not in household.data
    assert household.data["visits"] == [{"outcome": "home"}, {"outcome": "away"}]
    assert household.version == 4 and household.name == "Diallo household"


def test_a_record_of_another_form_or_none_is_flagged_and_missing_data_refused(
        config: AppConfig) -> None:
    registry = registry_of(config)
    person = event("p1", "create-individual", {"givenName": "Awa", "entityName": "individual"})
    state = replay([person], registry)
    outcome = project(event("p1", "assign-case-worker", {"caseWorkerId": "cw-7"}), state.get,
                      registry, strict=True)
    assert not outcome.applied and "not household" in (outcome.flag or "")
    missing = project(event("nobody", "assign-case-worker", {"caseWorkerId": "cw"}), {}.get,
                      registry, strict=True)
    assert not missing.applied and "no entity nobody" in (missing.flag or "")
    with pytest.raises(InvalidEvent, match=r"needs data\.caseWorkerId"):
        project(event("h1", "assign-case-worker", {"note": "x"}), {}.get, registry, strict=True)


def test_an_unknown_type_is_kept_with_the_same_flag_whatever_the_device_knows(
        config: AppConfig) -> None:
    kept = event("h1", "assign-case-worker", {"caseWorkerId": "cw-7"})
    for registry in (EventTypeRegistry(), registry_of(AppConfig.from_json(
            declared_config(VISIT)))):
        outcome = project(kept, {}.get, registry, strict=False)
        assert not outcome.applied
        assert outcome.flag == ("unknown event type 'assign-case-worker': made with a newer "
                                "or other config")


def test_the_registry_replaces_the_config_types_but_never_a_built_in(config: AppConfig
                                                                        ) -> None:
    registry = registry_of(config)
    assert registry.knows("assign-case-worker")
    assert registry.use_extra({}) == set() and not registry.knows("assign-case-worker")
    built_in = registry.applier("create-group")
    registry.use_extra({"create-group": registry_of(config).applier("record-visit")})
    assert registry.applier("create-group") is built_in


def with_type(**changes: Any) -> dict[str, Any]:
    return declared_config({**ASSIGN, **changes})


@pytest.mark.parametrize("doc, message", [
    (with_type(colour="red"), r"eventTypes\[0\] \(assign-case-worker\): unknown key 'colour'"),
    (with_type(type="create-group"), r"\(create-group\): 'create-group' is a built-in"),
    (with_type(type="Assign Worker"), r"eventTypes\[0\]: 'type' must be"),
    (with_type(form="nosuch"), r"'form' names 'nosuch', which is not a form"),
    (with_type(form=None), r"needs a 'form'"),
    (with_type(form={"title": "x"}), r"inline 'form' needs a 'components' list"),
    (with_type(appliesTo=["hut"]), r"'appliesTo' names 'hut'"),
    (with_type(sets={"caseWorker": "data..x"}), r"'sets': the source of 'caseWorker' is "
                                                r"'data..x'"),
    (with_type(sets={"caseWorker": "when"}), r"the source of 'caseWorker' is 'when'"),
    (with_type(sets={"entityName": "data.x"}), r"'sets' may not change 'entityName'"),
    (with_type(sets={"a.b": "data.x"}), r"'sets' names field 'a.b'"),
    (with_type(clears=["caseWorker"]), r"'caseWorker' is in both 'sets' and 'clears'"),
    (with_type(sets={}, clears=[]), r"changes nothing"),
    (declared_config(ASSIGN, ASSIGN), r"'assign-case-worker' is declared more than once"),
    ({**declared_config(), "eventTypes": {"type": "x"}}, r"'eventTypes' must be a list"),
])
def test_a_bad_declaration_is_refused_naming_where(doc: dict[str, Any], message: str) -> None:
    with pytest.raises(InvalidAppConfig, match=message):
        AppConfig.from_json(doc)


def test_a_declared_types_data_is_admitted_only_by_its_form(config: AppConfig) -> None:
    good = wire("h1", "assign-case-worker", {"caseWorkerId": "cw-7"})
    assert isinstance(admit(good, config), Admitted)
    refused = admit(wire("h1", "assign-case-worker", {"note": "no worker"}), config)
    assert isinstance(refused, Refusal) and refused.code == INVALID_FORM_DATA
    assert "caseWorkerId" in str(refused.message)
    inline = admit(wire("h1", "record-visit", {"visitor": "x"}), config)
    assert isinstance(inline, Refusal) and "outcome" in str(inline.message)
    assert isinstance(admit(wire("h1", "record-visit", {"outcome": "ok"}), config), Admitted)
    # A config without the declaration checks the envelope only, as for any other type.
    assert isinstance(admit(wire("h1", "record-visit", {"visitor": "x"}),
                            AppConfig.from_json(declared_config(ASSIGN))), Admitted)


@pytest.fixture
def installed_plugin(tmp_path: Path) -> Iterator[Path]:
    with installed_distribution(tmp_path / "site") as site:
        yield site


@pytest.mark.usefixtures("installed_plugin")
def test_plug_in_appliers_load_from_entry_points_and_failures_are_reported(
        config: AppConfig) -> None:
    plugins = load_plugins()
    assert sorted(plugins.appliers) == ["verify-identity"]
    reasons = {p.entry_point.split(" = ")[0]: p.reason for p in plugins.problems}
    assert reasons["broken"] == "RuntimeError: the licence server is down"
    assert reasons["missing"].startswith("ModuleNotFoundError")
    assert reasons["odd"] == "it did not return (type, applier)"
    assert "'broken = tiny_appliers:broken' was not loaded" in str(plugins.problems[0])
    appliers, problems = extra_appliers(config, plugins)
    assert {"verify-identity", "assign-case-worker", "record-visit"} <= set(appliers)
    assert len(problems) == 3
    registry = EventTypeRegistry()
    registry.use_extra(appliers)
    state = replay([event("p1", "create-individual", {"givenName": "Awa"}),
                    event("p1", "verify-identity", {"officer": "o-1"})], registry)
    assert state["p1"].data["verifiedBy"] == "o-1" and state["p1"].version == 2
