"""The form expression language: XLSForm syntax, JSONLogic, one evaluator."""

from __future__ import annotations

import math
from datetime import date
from typing import Any

import pytest

from datacollect_desktop.domain.forms.expressions import (
    ExpressionError,
    NodeSet,
    data_context,
    evaluate,
    field_names,
    from_jsonlogic,
    output_value,
    parse_xlsform,
)

TODAY = date(2024, 6, 1)
DATA: dict[str, Any] = {
    "age": 34, "name": "Awa", "crops": ["maize", "rice"], "ticks": {"a": True, "b": False},
    "dob": "2000-06-02", "empty": None, "code": "AB-123", "visit": "2024-05-30T12:00:00Z",
}


def xls(source: str, **values: Any) -> Any:
    context = data_context({**DATA, **values}, today=TODAY, known=frozenset(DATA) | set(values))
    return output_value(evaluate(parse_xlsform(source), context))


def jl(rule: Any, **values: Any) -> Any:
    context = data_context({**DATA, **values}, today=TODAY, known=frozenset(DATA) | set(values))
    return output_value(evaluate(from_jsonlogic(rule), context))


@pytest.mark.parametrize(("source", "expected"), [
    ("1 + 2 * 3", 7), ("(1 + 2) * 3", 9), ("10 - 4 - 3", 3), ("7 div 2", 3.5),
    ("7 mod 3", 1), ("-7 mod 3", -1), ("-2 * -3", 6), ("2 + 3 = 5", True),
    ("1 < 2 and 2 < 1", False), ("1 < 2 or 2 < 1", True), ("1 = 1 or 1 div 0", True),
    ("1 + 2 < 4 = 1", True),  # relational binds tighter than equality, additive tighter still
    ("${age} >= 18", True), ("${age} + 1", 35), ("${name} = 'Awa'", True),
    ("${age} = '34'", True), ("${empty} = ''", True), ("not(${age} > 40)", True),
])
def test_operators_and_precedence(source: str, expected: Any) -> None:
    assert xls(source) == expected


def test_division_by_zero_gives_what_xlsform_gives() -> None:
    assert evaluate(parse_xlsform("1 div 0"), data_context({})) == math.inf
    assert evaluate(parse_xlsform("-1 div 0"), data_context({})) == -math.inf
    assert math.isnan(evaluate(parse_xlsform("0 div 0"), data_context({})))
    assert math.isnan(evaluate(parse_xlsform("5 mod 0"), data_context({})))
    assert xls("string(1 div 0)") == "Infinity"
    assert xls("1 div 0") is None  # JSON has no Infinity: a calculation keeps nothing


@pytest.mark.parametrize(("source", "expected"), [
    ("selected(${crops}, 'rice')", True), ("selected(${crops}, 'beans')", False),
    ("selected(${ticks}, 'a')", True), ("selected('x y', 'y')", True),
    ("count-selected(${crops})", 2), ("count-selected(${empty})", 0),
    ("if(${age} > 30, 'older', 'younger')", "older"), ("if(0, 1 div 0, 2)", 2),
    ("today()", "2024-06-01"), ("int(7.9)", 7), ("int(-7.9)", -7),
    ("number('12.5') + 1", 13.5), ("number('x')", None), ("string(3)", "3"),
    ("string(2.5)", "2.5"), ("concat('a', 1, ${name})", "a1Awa"),
    ("string-length(${name})", 3), ("regex(${code}, '^[A-Z]{2}-[0-9]+$')", True),
    ("regex(${code}, '^[0-9]')", False), ("round(2.345, 2)", 2.35), ("round(2.5)", 3),
    ("round(-2.5)", -2), ("coalesce(${empty}, 'none')", "none"),
    ("coalesce(${name}, 'none')", "Awa"), ("int((today() - ${dob}) div 365.25)", 23),
    ("today() - ${dob}", 8765), ("decimal-date-time(${visit}) - decimal-date-time(today())",
                                 -1.5),
    ("date(today() + 30)", "2024-07-01"), ("date('2024-02-29')", "2024-02-29"),
    ("${dob} < today()", True), ("max(1, 5, 3)", 5), ("min(1, 5, 3)", 1),
    ("substr('abcdef', 1, 3)", "bc"), ("contains(${name}, 'w')", True), ("true()", True),
    ("boolean('')", False), ("floor(-1.5)", -2), ("ceiling(1.2)", 2), ("abs(-3)", 3),
    ("count(${age})", 1), ("sum(${age})", 34),
])
def test_functions(source: str, expected: Any) -> None:
    assert xls(source) == expected


def test_count_and_sum_over_a_repeat() -> None:
    rows = NodeSet([3.0, "5", None])
    context = data_context({"age": rows}, known=frozenset({"age"}))
    assert evaluate(parse_xlsform("count(${age})"), context) == 3
    assert evaluate(parse_xlsform("sum(${age})"), context) != evaluate(
        parse_xlsform("8"), context)  # an empty row is NaN in XPath's sum, as in ODK
    assert evaluate(parse_xlsform("${age} = 5"), context) is True  # any row matches


def test_current_value_and_choice_columns() -> None:
    context = data_context({}, current=12)
    assert evaluate(parse_xlsform(". <= 20 and . >= 0"), context) is True
    assert field_names(parse_xlsform("district = ${district} and ${a} > 1")) == {"district",
                                                                                 "a"}


@pytest.mark.parametrize(("source", "message", "position"), [
    ("1 +", "unexpected the end of the expression", 3),
    ("${age} >= ", "unexpected the end of the expression", 10),
    ("(1 + 2", "expected ')'", 6),
    ("1 + # 2", "unexpected character '#'", 4),
    ("frobnicate(1)", "unknown function frobnicate()", 0),
    ("if(1, 2)", "if() takes 3 arguments, not 2", 0),
    ("${a b}", "unexpected character '$'", 0),
    ("1 2", "unexpected '2'", 2),
    ("'open", "unexpected character \"'\"", 0),
])
def test_syntax_errors_say_where(source: str, message: str, position: int) -> None:
    with pytest.raises(ExpressionError) as caught:
        parse_xlsform(source)
    assert caught.value.message.startswith(message)
    assert caught.value.position == position
    assert f"at character {position + 1}" in str(caught.value)


def test_unknown_fields_are_errors_with_their_position() -> None:
    with pytest.raises(ExpressionError) as caught:
        xls("1 + ${nobody}")
    assert caught.value.message == "unknown field ${nobody}"
    assert caught.value.position == 4


def test_today_needs_the_event_date_not_the_clock() -> None:
    with pytest.raises(ExpressionError, match="today"):
        evaluate(parse_xlsform("today()"), data_context({}))


def test_nesting_and_work_are_bounded() -> None:
    with pytest.raises(ExpressionError, match="nested too deeply"):
        parse_xlsform("(" * 200 + "1" + ")" * 200)
    with pytest.raises(ExpressionError, match="too many steps"):
        evaluate(parse_xlsform(" + ".join(["1"] * 300)), data_context({}, steps=100))
    with pytest.raises(ExpressionError, match="repeats a repetition"):
        xls("regex('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!', '^(a+)+$')")


@pytest.mark.parametrize(("rule", "expected"), [
    ({"==": [{"var": "data.age"}, 34]}, True), ({"===": [{"var": "age"}, "34"]}, True),
    ({"!=": [{"var": "name"}, "Awa"]}, False), ({"<": [1, {"var": "age"}, 40]}, True),
    ({">": [{"var": "age"}, 40]}, False), ({"<=": [34, {"var": "age"}]}, True),
    ({">=": [{"var": "age"}, 35]}, False),
    ({"and": [True, {"var": "name"}]}, True), ({"or": [False, 0]}, False),
    ({"!": [{"var": "empty"}]}, True), ({"!!": [{"var": "name"}]}, True),
    ({"if": [{">": [{"var": "age"}, 60]}, "old", {"<": [{"var": "age"}, 18]}, "young",
             "adult"]}, "adult"),
    ({"+": [1, 2, 3]}, 6), ({"-": [10, 4]}, 6), ({"-": [4]}, -4), ({"*": [2, 3, 4]}, 24),
    ({"/": [7, 2]}, 3.5), ({"%": [7, 3]}, 1), ({"/": [1, 0]}, None),
    ({"in": ["maize", {"var": "crops"}]}, True), ({"in": ["b", ["a", "b"]]}, True),
    ({"in": ["w", {"var": "name"}]}, True),
    ({"cat": ["Hello ", {"var": "name"}]}, "Hello Awa"),
    ({"substr": ["abcdef", -2]}, "ef"), ({"substr": ["abcdef", 1, 2]}, "bc"),
    ({"missing": ["name", "empty"]}, "empty"), ({"var": ["empty", "fallback"]}, "fallback"),
    ({"today": []}, "2024-06-01"), ({"selected": [{"var": "crops"}, "rice"]}, True),
    ({"count-selected": [{"var": "crops"}]}, 2), ({"count": [{"var": "age"}]}, 1),
    ({"int": [7.5]}, 7), ({"max": [1, 9, 2]}, 9),
])
def test_jsonlogic(rule: Any, expected: Any) -> None:
    assert jl(rule) == expected


def test_jsonlogic_and_xlsform_give_the_same_tree() -> None:
    assert from_jsonlogic({">=": [{"var": "data.age"}, 18]}) == parse_xlsform("${age} >= 18")
    assert from_jsonlogic({"if": [{"var": "a"}, 1, 2]}) == parse_xlsform("if(${a}, 1, 2)")


@pytest.mark.parametrize(("rule", "position"), [
    ({"frob": [1]}, "frob"), ({"if": [{"nope": []}, 1]}, "if[0].nope"),
    ({"var": {"x": 1}}, "var"), ({"==": [1]}, "=="), ({"a": 1, "b": 2}, "the rule"),
    ({"var": "data.a.b"}, "var"), ({"+": [{"*": [1, {"bad": 0}]}]}, "+[0].*[1].bad"),
])
def test_jsonlogic_errors_name_the_path(rule: Any, position: str) -> None:
    with pytest.raises(ExpressionError) as caught:
        from_jsonlogic(rule)
    assert caught.value.position == position
