"""RFC 8785 canonical JSON (examples from the RFC and its test data) and strict JSON parsing."""

from __future__ import annotations

import enum
import math
import struct
from collections import OrderedDict
from decimal import ROUND_HALF_EVEN, Decimal, localcontext
from types import MappingProxyType
from typing import Any

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from datacollect_desktop.domain.canonical import (
    MAX_SAFE_INTEGER,
    CanonicalizationError,
    InvalidJSON,
    _dumps,
    _fast_path_applies,
    _serialize,
    canonical_json,
    ecmascript_number,
    parse_json,
)

# RFC 8785 Appendix B: IEEE 754 bit patterns and their canonical text.
RFC_NUMBERS = [
    ("0000000000000000", "0"),
    ("8000000000000000", "0"),
    ("0000000000000001", "5e-324"),
    ("8000000000000001", "-5e-324"),
    ("7fefffffffffffff", "1.7976931348623157e+308"),
    ("ffefffffffffffff", "-1.7976931348623157e+308"),
    ("4340000000000000", "9007199254740992"),
    ("c340000000000000", "-9007199254740992"),
    ("4430000000000000", "295147905179352830000"),
    ("44b52d02c7e14af5", "9.999999999999997e+22"),
    ("44b52d02c7e14af6", "1e+23"),
    ("44b52d02c7e14af7", "1.0000000000000001e+23"),
    ("444b1ae4d6e2ef4e", "999999999999999700000"),
    ("444b1ae4d6e2ef4f", "999999999999999900000"),
    ("444b1ae4d6e2ef50", "1e+21"),
    ("3eb0c6f7a0b5ed8c", "9.999999999999997e-7"),
    ("3eb0c6f7a0b5ed8d", "0.000001"),
    ("41b3de4355555553", "333333333.3333332"),
    ("41b3de4355555554", "333333333.33333325"),
    ("41b3de4355555555", "333333333.3333333"),
    ("41b3de4355555556", "333333333.3333334"),
    ("41b3de4355555557", "333333333.33333343"),
    ("becbf647612f3696", "-0.0000033333333333333333"),
    ("43143ff3c1cb0959", "1424953923781206.2"),
]


def _double(bits: str) -> float:
    value: float = struct.unpack(">d", bytes.fromhex(bits))[0]
    return value


@pytest.mark.parametrize(("bits", "expected"), RFC_NUMBERS)
def test_rfc_8785_number_samples(bits: str, expected: str) -> None:
    number = _double(bits)
    assert ecmascript_number(number) == expected
    assert canonical_json(number) == expected.encode()
    assert canonical_json([number]) == f"[{expected}]".encode()
    assert canonical_json({"n": number}) == f'{{"n":{expected}}}'.encode()


@pytest.mark.parametrize("bits", ["7fffffffffffffff", "7ff0000000000000", "fff0000000000000"])
def test_rfc_8785_nan_and_infinity_samples_are_errors(bits: str) -> None:
    for value in (_double(bits), [_double(bits)], {"n": _double(bits)}):
        with pytest.raises(CanonicalizationError, match="not a JSON number"):
            canonical_json(value)


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        (1e21, "1e+21"),
        (1e-7, "1e-7"),
        (100.0, "100"),
        (-0.0, "0"),
        (0.000001, "0.000001"),
        (1.2345678901234568e20, "123456789012345680000"),
        (1e20, "100000000000000000000"),
        (1e16, "10000000000000000"),
        (0.0001, "0.0001"),
        (1e-5, "0.00001"),
        (1.5e-10, "1.5e-10"),
        (-1.5e300, "-1.5e+300"),
        (0.1, "0.1"),
        (123.456, "123.456"),
        (4.5, "4.5"),
        (2e-3, "0.002"),
    ],
)
def test_floats_are_written_as_ecmascript_does(number: float, expected: str) -> None:
    assert canonical_json(number) == expected.encode()
    assert canonical_json({"x": [number]}) == f'{{"x":[{expected}]}}'.encode()


def test_rfc_8785_main_example() -> None:
    # RFC 8785 section 3.2.2 (as in the json-canonicalization test data, values.json).
    text = (
        '{\n  "numbers": [1E30, 4.50, 333333333.33333329, 2e-3, 0.000000000000000000000000001],\n'
        '  "escaping": "\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/",\n'
        '  "literals": [null, true, false]\n}'
    )
    expected = (
        '{"escaping":"\u20ac$\\u000f\\nA\'B\\"\\\\\\\\\\"/","literals":[null,true,false],'
        '"numbers":[1e+30,4.5,333333333.3333333,0.002,1e-27]}'
    )
    assert canonical_json(parse_json(text)) == expected.encode()


def test_rfc_8785_sorting_example_orders_keys_by_utf16_code_units() -> None:
    # RFC 8785 section 3.2.3: U+1F600 is the surrogate pair D83D DE00, which sorts before U+FB33.
    value = {
        "\u20ac": "Euro Sign",
        "\r": "Carriage Return",
        "\ufb33": "Hebrew Letter Dalet With Dagesh",
        "1": "One",
        "\U0001f600": "Emoji: Grinning Face",
        "\u0080": "Control",
        "\u00f6": "Latin Small Letter O With Diaeresis",
    }
    expected = (
        '{"\\r":"Carriage Return","1":"One","\u0080":"Control",'
        '"\u00f6":"Latin Small Letter O With Diaeresis","\u20ac":"Euro Sign",'
        '"\U0001f600":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}'
    )
    assert canonical_json(value) == expected.encode("utf-8")
    assert "\U0001f600" > "\ufb33"  # Python's own order would put the emoji last


def test_json_canonicalization_test_data() -> None:
    # Input/output pairs from the cyberphone/json-canonicalization test data.
    cases = {
        '{\n  "\\u20ac": "Euro Sign",\n  "1": "One",\n  "\\u0080": "Control\\u007f",\n'
        '  "\\ud83d\\ude02": "Smiley",\n  "\\u00f6": "Latin Small Letter O With Diaeresis",\n'
        '  "\\ufb33": "Hebrew Letter Dalet With Dagesh",\n  "</script>": "Browser Challenge"\n}': (
            '{"1":"One","</script>":"Browser Challenge","\u0080":"Control\u007f",'
            '"\u00f6":"Latin Small Letter O With Diaeresis","\u20ac":"Euro Sign",'
            '"\U0001f602":"Smiley",'
            '"\ufb33":"Hebrew Letter Dalet With Dagesh"}'
        ),
        '{\n  "1": {"f": {"f": "hi","F": 5} ,"\\n": 56.0},\n  "10": { },\n  "": "empty",\n'
        '  "a": { },\n  "111": [ { } ],\n  "A": { }\n}': (
            '{"":"empty","1":{"\\n":56,"f":{"F":5,"f":"hi"}},"10":{},"111":[{}],"A":{},"a":{}}'
        ),
        '[\n  56,\n  {\n    "d": true,\n    "10": null,\n    "1": [ ]\n  }\n]': (
            '[56,{"1":[],"10":null,"d":true}]'
        ),
        '{\n  "Unnormalized Unicode":"\\u1e0d\\u0307"\n}\n': (
            '{"Unnormalized Unicode":"\u1e0d\u0307"}'
        ),
    }
    for text, expected in cases.items():
        assert canonical_json(parse_json(text)) == expected.encode("utf-8")


def _reference_string(text: str) -> str:
    """RFC 8785 3.2.2.2 string serialization, written out character by character."""
    short = {0x08: "\\b", 0x09: "\\t", 0x0A: "\\n", 0x0C: "\\f", 0x0D: "\\r"}
    out = ['"']
    for char in text:
        code = ord(char)
        if char in '"\\':
            out.append("\\" + char)
        elif code < 0x20:
            out.append(short.get(code, f"\\u{code:04x}"))
        else:
            out.append(char)
    out.append('"')
    return "".join(out)


def test_every_code_point_is_escaped_exactly_as_rfc_8785_says() -> None:
    everything = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    expected = _reference_string(everything).encode("utf-8")
    assert canonical_json(everything) == expected
    assert canonical_json([everything]) == b"[" + expected + b"]"
    assert canonical_json({"k": everything}) == b'{"k":' + expected + b"}"


def test_string_escaping_examples() -> None:
    assert canonical_json("\x00\x1f\x7f") == b'"\\u0000\\u001f\x7f"'
    assert canonical_json("\b\f\n\r\t") == b'"\\b\\f\\n\\r\\t"'
    assert canonical_json('"\\/') == b'"\\"\\\\/"'
    assert canonical_json("\u2028\u2029") == '"\u2028\u2029"'.encode()
    assert canonical_json("\u00e9\U0001f600") == '"\u00e9\U0001f600"'.encode()


@pytest.mark.parametrize(
    "value", ["\ud800", "a\udfffb", ["\udc00"], {"\ud83d": 1}, {"k": "\ud83d"}]
)
def test_lone_surrogates_are_errors(value: Any) -> None:
    with pytest.raises(CanonicalizationError, match="lone surrogate"):
        canonical_json(value)


def test_booleans_and_null_are_literals_not_numbers() -> None:
    assert canonical_json([True, False, None, 1, 0]) == b"[true,false,null,1,0]"
    assert canonical_json({"b": True, "a": False}) == b'{"a":false,"b":true}'


def test_safe_integers_are_written_plainly() -> None:
    assert canonical_json([MAX_SAFE_INTEGER, -MAX_SAFE_INTEGER, 0, -7]) == (
        b"[9007199254740991,-9007199254740991,0,-7]"
    )

    class Level(enum.IntEnum):
        HIGH = 2

    assert canonical_json({"level": Level.HIGH}) == b'{"level":2}'


@pytest.mark.parametrize("number", [2**53, -(2**53), 10**30, -(10**30)])
def test_integers_beyond_2_53_are_errors(number: int) -> None:
    for value in (number, [number], {"n": number}):
        with pytest.raises(CanonicalizationError, match="outside the range JSON numbers can carry"):
            canonical_json(value)


@pytest.mark.parametrize("key", [1, None, True, 1.5, b"k", ("a",)])
def test_non_string_keys_are_errors(key: Any) -> None:
    with pytest.raises(CanonicalizationError, match="JSON object keys are strings"):
        canonical_json({key: 1})
    with pytest.raises(CanonicalizationError, match="JSON object keys are strings"):
        canonical_json({"a": [{key: 1, "b": 2}]})


@pytest.mark.parametrize("value", [{1, 2}, b"bytes", Decimal("1.5"), object(), 1j])
def test_other_types_are_errors(value: Any) -> None:
    with pytest.raises(CanonicalizationError, match="is not a JSON value"):
        canonical_json({"v": value})


def test_cycles_are_errors() -> None:
    loop: list[Any] = []
    loop.append(loop)
    with pytest.raises(CanonicalizationError, match="reference to itself"):
        canonical_json({"loop": loop})


def test_mappings_other_than_dict_and_tuples_are_accepted() -> None:
    expected = b'{"a":[1,2],"b":{"c":null}}'
    assert canonical_json(MappingProxyType({"b": {"c": None}, "a": (1, 2)})) == expected
    assert canonical_json(OrderedDict([("b", {"c": None}), ("a", [1, 2])])) == expected


def test_typical_event_takes_the_fast_path() -> None:
    event = {
        "guid": "0f8fad5b-d9cb-469f-a165-70867728950e",
        "entityGuid": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
        "type": "create-individual",
        "timestamp": "2024-05-01T08:30:00.000Z",
        "userId": "worker-17",
        "data": {"name": "Amina Okafor", "age": 34, "gps": [12.0022, 8.5919], "consent": True},
    }
    assert _fast_path_applies(event)
    assert canonical_json(event) == _serialize(event).encode()
    assert canonical_json(event).startswith(b'{"data":{"age":34,"consent":true,"gps":[12.0022,')


@pytest.mark.parametrize(
    "value",
    [
        {"\U0001f600": 1, "\ufb33": 2},
        {"n": 100.0},
        {"n": 1e-7},
        {"n": 1e16},
        {"n": 2**53},
        {1: "x"},
        [MappingProxyType({})],
        "top-level string",
    ],
)
def test_values_the_json_module_would_get_wrong_leave_the_fast_path(value: Any) -> None:
    assert not _fast_path_applies(value)


# -- Hypothesis: the fast path is the exact serializer, and output round-trips -----------------

_keys = st.text(
    alphabet=st.characters(codec="utf-8")
    | st.sampled_from(["\ue000", "\ufb33", "\uffff", "\U00010000", "\U0001f600", "\x7f", "\x1f"]),
    max_size=4,
)
_floats = st.floats(allow_nan=False, allow_infinity=False) | st.sampled_from(
    [100.0, -0.0, 1e21, 1e-7, 1e15, 1e16, 0.0001, 9.999e-5, 1e-10, 5e-324]
)
_scalars = (
    st.none()
    | st.booleans()
    | st.integers(-MAX_SAFE_INTEGER, MAX_SAFE_INTEGER)
    | _floats
    | st.text(alphabet=st.characters(codec="utf-8"))
)
_json_values = st.recursive(
    _scalars,
    lambda children: (
        st.lists(children, max_size=5)
        | st.tuples(children, children)
        | st.dictionaries(_keys, children, max_size=6)
    ),
    max_leaves=30,
)


@settings(max_examples=400, deadline=None)
@given(_json_values)
@example({"\U0001f600": 1, "\ufb33": 2, "a": 3})
@example({"x": [1e-7, 1e21, 100.0, 0.5]})
def test_fast_path_output_equals_exact_serializer(value: Any) -> None:
    exact = _serialize(value).encode("utf-8")
    assert canonical_json(value) == exact
    if _fast_path_applies(value):
        assert _dumps(value).encode("utf-8") == exact


_bmp_text = st.text(alphabet=st.characters(codec="utf-8", max_codepoint=0xFFFF), max_size=8)
_event_like = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-MAX_SAFE_INTEGER, MAX_SAFE_INTEGER)
    | st.floats(1e-4, 1e15).filter(lambda x: not x.is_integer())
    | _bmp_text,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(_bmp_text, children, max_size=6)
    ),
    max_leaves=25,
)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(_bmp_text, _event_like, max_size=8))
def test_event_like_values_take_the_fast_path_and_match_the_exact_serializer(
    value: dict[str, Any],
) -> None:
    assert _fast_path_applies(value)
    assert _dumps(value) == _serialize(value)


@settings(max_examples=200, deadline=None)
@given(_json_values)
def test_canonical_output_parses_back_to_the_value_and_is_a_fixed_point(value: Any) -> None:
    encoded = canonical_json(value)
    parsed = parse_json(encoded)
    assert canonical_json(parsed) == encoded
    assert _normalise(parsed) == _normalise(value)


def _normalise(value: Any) -> Any:
    # Tuples become lists and every number compares by value in JSON.
    if isinstance(value, dict):
        return {key: _normalise(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_normalise(item) for item in value]
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    return value


def _shortest_round_trip(number: float) -> tuple[str, int]:
    """ECMAScript's digits: fewest that read back as `number`, then closest, then even.

    Returns the significant digits and the decimal exponent of the first one.
    """
    with localcontext() as context:
        context.prec = 1000  # exact arithmetic on doubles
        exact = Decimal(abs(number))
        for precision in range(1, 18):
            exponent = exact.adjusted() - precision + 1
            unit = Decimal(1).scaleb(exponent)
            nearest = exact.quantize(unit, rounding=ROUND_HALF_EVEN)
            candidates = [
                candidate
                for candidate in (nearest - unit, nearest, nearest + unit)
                if candidate > 0 and float(candidate) == abs(number)
            ]
            if candidates:
                best = min(
                    candidates,
                    key=lambda c: (abs(c - exact), int(c.scaleb(-exponent)) % 2),
                )
                return str(int(best.scaleb(-exponent))).rstrip("0"), best.adjusted()
    raise AssertionError("a double always round-trips in 17 digits")


@settings(max_examples=2000, deadline=None)
@given(st.floats(allow_nan=False, allow_infinity=False))
@example(5e-324)
@example(1e21)
@example(9.999999999999999e20)
@example(1e-6)
@example(9.999999999999999e-7)
@example(2.0**-24)
@example(2.0**-1074 * 3)
def test_numbers_follow_the_ecmascript_algorithm(number: float) -> None:
    # ECMAScript Number::toString, steps 5-10, with its own digits (not Python's repr).
    assume(number != 0)
    digits, exponent = _shortest_round_trip(number)
    k, n = len(digits), exponent + 1
    sign = "-" if number < 0 else ""
    if k <= n <= 21:
        expected = digits + "0" * (n - k)
    elif 0 < n <= 21:
        expected = digits[:n] + "." + digits[n:]
    elif -6 < n <= 0:
        expected = "0." + "0" * -n + digits
    else:
        mantissa = digits if k == 1 else digits[0] + "." + digits[1:]
        expected = f"{mantissa}e{'+' if n - 1 >= 0 else '-'}{abs(n - 1)}"
    assert ecmascript_number(number) == sign + expected
    assert float(ecmascript_number(number)) == number


# -- parse_json -------------------------------------------------------------------------------


def test_parse_json_reads_strict_json_from_str_and_bytes() -> None:
    text = '{"a": [1, 2.5, "x", null, true], "b": {"c": "\\ud83d\\ude00"}}'
    expected = {"a": [1, 2.5, "x", None, True], "b": {"c": "\U0001f600"}}
    assert parse_json(text) == expected
    assert parse_json(text.encode()) == expected
    assert parse_json(bytearray(text.encode())) == expected
    assert parse_json('"\u00e9"'.encode()) == "\u00e9"


@pytest.mark.parametrize(
    "text",
    ['{"a": 1, "a": 2}', '{"a": {"b": 1, "c": 2, "b": 3}}', '[{"x": 1}, {"y": 1, "y": 1}]'],
)
def test_parse_json_rejects_duplicate_keys(text: str) -> None:
    with pytest.raises(InvalidJSON, match="duplicate object key"):
        parse_json(text)


@pytest.mark.parametrize("text", ["NaN", "[Infinity]", '{"a": -Infinity}', "[1, NaN]"])
def test_parse_json_rejects_nan_and_infinity(text: str) -> None:
    with pytest.raises(InvalidJSON, match="not a JSON number"):
        parse_json(text)


def test_parse_json_rejects_numbers_that_overflow_a_double() -> None:
    with pytest.raises(InvalidJSON, match="too large"):
        parse_json("[1e400]")
    assert parse_json("[1e308, 1e-400]") == [1e308, 0.0]


@pytest.mark.parametrize(
    "data",
    [b'"\xff"', b'"\xc0\xaf"', b'"\xed\xa0\x80"', b'"\xe2\x82"', b'\xfe\xff\x00"\x00"'],
)
def test_parse_json_rejects_invalid_utf8(data: bytes) -> None:
    with pytest.raises(InvalidJSON, match="not valid UTF-8"):
        parse_json(data)


def test_parse_json_never_sniffs_utf16() -> None:
    with pytest.raises(InvalidJSON):
        parse_json('{"a": 1}'.encode("utf-16-le"))


def test_parse_json_rejects_a_byte_order_mark() -> None:
    with pytest.raises(InvalidJSON, match="byte order mark"):
        parse_json(b'\xef\xbb\xbf{"a": 1}')


@pytest.mark.parametrize(
    "text", ['"\\ud800"', '["a\\uDC00"]', '{"\\ud83d": 1}', '"\\ude00\\ud83d"']
)
def test_parse_json_rejects_escaped_lone_surrogates(text: str) -> None:
    with pytest.raises(InvalidJSON, match="lone surrogate"):
        parse_json(text)


def test_parse_json_rejects_raw_lone_surrogates_in_str_input() -> None:
    with pytest.raises(InvalidJSON, match="lone surrogate"):
        parse_json('"\ud800"')


def test_parse_json_accepts_an_escaped_backslash_before_u_d800() -> None:
    assert parse_json('"\\\\ud800"') == "\\ud800"


@pytest.mark.parametrize("text", ["", "{", '{"a" 1}', "[1,]", "01", "[1] x", "{'a': 1}", "tru"])
def test_parse_json_reports_malformed_text_as_invalid_json(text: str) -> None:
    with pytest.raises(InvalidJSON, match="malformed JSON") as caught:
        parse_json(text)
    assert isinstance(caught.value, ValueError)


def test_parse_json_rejects_absurd_nesting_without_crashing() -> None:
    with pytest.raises(InvalidJSON):
        parse_json("[" * 100_000 + "]" * 100_000)


def test_parse_json_rejects_integers_with_thousands_of_digits() -> None:
    with pytest.raises(InvalidJSON):
        parse_json("1" * 5000)


def test_parse_json_leaves_unsafe_integers_for_canonical_json_to_refuse() -> None:
    for text in ("9007199254740993", "-9007199254740993", "12345678901234567890", "1" + "0" * 400):
        value = parse_json(f'{{"n": {text}}}')
        assert value == {"n": int(text)}
        assert type(value["n"]) is int
        with pytest.raises(CanonicalizationError, match="outside the range"):
            canonical_json(value)


@pytest.mark.parametrize(
    "text", ["9007199254740992", "-9007199254740992", "10000000000000000", "295147905179352830000"]
)
def test_big_integers_written_as_ecmascript_writes_doubles_parse_as_those_doubles(
    text: str,
) -> None:
    value = parse_json(f"[{text}]")
    assert value == [float(text)]
    assert canonical_json(value) == f"[{text}]".encode()


def test_floats_parsed_from_text_keep_their_ecmascript_form() -> None:
    assert canonical_json(parse_json("[1.0, 1E2, -0.0, 0.1e1, 1e-7]")) == b"[1,100,0,1,1e-7]"
    assert math.copysign(1, parse_json("-0.0")) == -1
