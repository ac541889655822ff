"""Fuzzing the expression language: any token stream and any JSONLogic tree either works or
raises ExpressionError, within the step budget and quickly."""

from __future__ import annotations

import contextlib
import time
from datetime import date
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from datacollect_desktop.domain.forms import expressions
from datacollect_desktop.domain.forms.expressions import (
    FUNCTIONS,
    Context,
    ExpressionError,
    evaluate,
    from_jsonlogic,
    parse_xlsform,
)

STEPS = 2_000
SECONDS = 1.0
DATA: dict[str, Any] = {"a": 3, "b": "text", "c": ["x", "y"], "d": "2024-01-31",
                        "e": None, "f": {"x": True}, "g": 1e308}

TOKENS = st.sampled_from([
    "${a}", "${b}", "${c}", "${d}", "${e}", "${f}", "${g}", "${nobody}", ".", "1", "0", "-",
    "2.5", "1e5", "'x'", "'a+'", "'(a+)+$'", '"y"', "+", "*", "div", "mod", "=", "!=", "<",
    "<=", ">", ">=", "and", "or", "(", ")", ",", "|", "district", "#", "${", "}",
    *(f"{name}(" for name in FUNCTIONS),
])
FIELD_VARS = st.sampled_from(["a", "data.b", "row.c", "d", "e", "f", "g", "choice.x", "",
                              "nobody", "data.a.b", 7])
OPERATORS = st.sampled_from([
    "var", "==", "===", "!=", "!==", "<", ">", "<=", ">=", "and", "or", "!", "!!", "if", "?:",
    "+", "-", "*", "/", "%", "in", "cat", "substr", "missing", "max", "min", "today",
    "selected", "count", "sum", "count-selected", "regex", "concat", "frob", "date",
    "string-length", "round", "int",
])
SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-10**6, 10**6),
                    st.floats(allow_nan=False, allow_infinity=False), st.text(max_size=8))
RULES = st.recursive(
    st.one_of(SCALARS, st.builds(lambda v: {"var": v}, FIELD_VARS)),
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.builds(lambda op, args: {op: args}, OPERATORS, st.lists(inner, max_size=4)),
        st.builds(lambda op, arg: {op: arg}, OPERATORS, inner),
    ),
    max_leaves=40,
)


def _context() -> Context:
    def resolve(name: str) -> Any:
        if name not in DATA:
            raise KeyError(name)
        return DATA[name]

    return Context(resolve, today=date(2024, 6, 1), current=4, choice={"x": "1"}, steps=STEPS)


def _run(build: Any, source: Any) -> None:
    started = time.perf_counter()
    counted: list[int] = []
    original = expressions._Run.run

    def counting(self: Any, node: Any, depth: int) -> Any:
        counted.append(1)
        return original(self, node, depth)

    try:
        expressions._Run.run = counting  # type: ignore[method-assign]
        with contextlib.suppress(ExpressionError):
            evaluate(build(source), _context())
    finally:
        expressions._Run.run = original  # type: ignore[method-assign]
    assert len(counted) <= STEPS + 1
    assert time.perf_counter() - started < SECONDS


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(TOKENS, max_size=40).map(" ".join))
def test_random_token_streams_only_raise_expression_errors(source: str) -> None:
    _run(parse_xlsform, source)


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=60))
def test_random_text_only_raises_expression_errors(source: str) -> None:
    _run(parse_xlsform, source)


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(RULES)
def test_random_jsonlogic_trees_only_raise_expression_errors(rule: Any) -> None:
    _run(from_jsonlogic, rule)


def test_a_wide_expression_runs_out_of_steps_not_time() -> None:
    rule = {"cat": ["abcdefghij"] * 5000}
    started = time.perf_counter()
    try:
        evaluate(from_jsonlogic(rule), _context())
    except ExpressionError as exc:
        assert "steps" in str(exc)
    else:
        raise AssertionError("5000 arguments fit a budget of 2000 steps")
    assert time.perf_counter() - started < SECONDS
