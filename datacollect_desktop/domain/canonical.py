"""RFC 8785 (JCS) canonical JSON for hashing events, and strict parsing of untrusted JSON."""

from __future__ import annotations

import json
import json.encoder
import re
from collections.abc import Callable, Mapping
from typing import Any

# Above this an IEEE double (every JSON number, for ECMAScript and RFC 8785) skips integers.
MAX_SAFE_INTEGER = 2**53 - 1

# A character above U+FFFF: the only case where Python's code-point order of keys differs from
# RFC 8785's UTF-16 code-unit order (such a character sorts before U+E000..U+FFFF in UTF-16).
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
# `\uD800`..`\uDFFF` escapes in JSON text; only then can a parsed string hold a lone surrogate.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_SURROGATE = re.compile("[\ud800-\udfff]")
# Magnitudes where Python's float repr and ECMAScript's Number.prototype.toString both write a
# plain decimal (Python from 1e-4 to below 1e16, ECMAScript from 1e-6 to below 1e21), with margin.
_PLAIN_DECIMAL_MIN = 1e-4
_PLAIN_DECIMAL_MAX = 1e15


class CanonicalizationError(ValueError):
    """The value has no RFC 8785 form: NaN, Infinity, an unsafe integer, a non-string key..."""


class InvalidJSON(ValueError):
    """Untrusted JSON text is malformed or outside the strict subset this application accepts."""


# The C encoder's string escaping with ensure_ascii=False is exactly RFC 8785 section 3.2.2.2:
# `"`, `\` and U+0000..U+001F only, as \b \t \n \f \r or lowercase \u00xx; everything else,
# DEL and U+2028/U+2029 included, is written literally (checked for every code point in tests).
_encode_string = json.encoder.encode_basestring


def _make_dumps() -> Callable[[Any], str]:
    encoder = json.JSONEncoder(
        ensure_ascii=False, allow_nan=False, sort_keys=True, separators=(",", ":")
    )
    make_c_encoder = getattr(json.encoder, "c_make_encoder", None)
    if make_c_encoder is None:  # pragma: no cover - CPython always has the C accelerator
        return encoder.encode
    # Built once and reused (it is immutable configuration): JSONEncoder.encode's per-call setup
    # is a measurable share of a ~5 µs call. No cycle markers: the fast-path check would have
    # hit the recursion limit on a cycle already.
    c_encoder = make_c_encoder(
        None, encoder.default, _encode_string, None, ":", ",", True, False, False
    )

    def dumps(value: Any) -> str:
        return "".join(c_encoder(value, 0))

    return dumps


_dumps = _make_dumps()


def canonical_json(value: Any) -> bytes:
    """Return the RFC 8785 canonical form of `value` as UTF-8 bytes.

    Accepts dict/Mapping (string keys only), list, tuple, str, int, float, bool and None.
    Raises `CanonicalizationError` for NaN and infinities, integers outside +-(2**53 - 1),
    non-string keys, strings with lone surrogates (UTF-8 cannot carry them), cycles and any
    other type.

    Fast path (typical events): when the value is an exact dict/list/tuple whose nested
    containers are too, every key is a str with no character above U+FFFF (so code-point order is
    UTF-16 order), every int is within +-(2**53 - 1) and every float is non-integral with a
    magnitude in [1e-4, 1e15) (so its repr is its ECMAScript text), the C `json` encoder's
    output is byte-for-byte RFC 8785 and is used; its string escaping matches RFC 8785 for every
    code point. Lone surrogates are caught by the UTF-8 encoding on either path.
    Anything else goes through the exact serializer below.
    """
    try:
        text = _dumps(value) if _fast_path_applies(value) else _serialize(value)
    except RecursionError:
        raise CanonicalizationError(
            "value is nested too deeply or contains a reference to itself"
        ) from None
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError as exc:
        char = exc.object[exc.start]
        raise CanonicalizationError(
            f"string contains a lone surrogate U+{ord(char):04X}, which UTF-8 cannot carry"
        ) from None


def _fast_path_applies(value: Any) -> bool:
    # Scalars are checked inline: a function call per item would cost as much as encoding it.
    # A top-level scalar takes the exact path, which is just as quick for a single value.
    kind = type(value)
    if kind is dict:
        for key in value:
            if type(key) is not str or (not key.isascii() and _ASTRAL.search(key)):
                return False
        items = value.values()
    elif kind is list or kind is tuple:
        items = value
    else:
        return False
    for item in items:
        item_kind = type(item)
        if item_kind is str or item_kind is bool or item is None:
            continue
        if item_kind is int:
            if -MAX_SAFE_INTEGER <= item <= MAX_SAFE_INTEGER:
                continue
            return False
        if item_kind is float:
            # Here float.__repr__ is already the ECMAScript text: both write the same shortest
            # digits as a plain decimal. Outside it Python adds ".0" to integral values and
            # switches to (padded) exponents at other magnitudes. NaN and infinities fail too.
            if _PLAIN_DECIMAL_MIN <= abs(item) < _PLAIN_DECIMAL_MAX and not item.is_integer():
                continue
            return False
        if not _fast_path_applies(item):
            return False
    return True


def _serialize(value: Any) -> str:
    parts: list[str] = []
    _write(value, parts)
    return "".join(parts)


def _write(value: Any, out: list[str]) -> None:
    if isinstance(value, str):
        out.append(_encode_string(value))
    elif value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, int):
        out.append(_integer_text(value))
    elif isinstance(value, float):
        out.append(ecmascript_number(value))
    elif isinstance(value, Mapping):
        _write_object(value, out)
    elif isinstance(value, list | tuple):
        out.append("[")
        for position, item in enumerate(value):
            if position:
                out.append(",")
            _write(item, out)
        out.append("]")
    else:
        raise CanonicalizationError(f"{type(value).__name__} is not a JSON value")


def _write_object(value: Mapping[Any, Any], out: list[str]) -> None:
    keys = list(value)
    for key in keys:
        if not isinstance(key, str):
            raise CanonicalizationError(
                f"object key {key!r} is a {type(key).__name__}; JSON object keys are strings"
            )
    if any(not key.isascii() and _ASTRAL.search(key) for key in keys):
        # UTF-16 big-endian bytes compare exactly as the code units RFC 8785 sorts by;
        # surrogatepass lets a lone surrogate through here so it is reported once, clearly.
        keys.sort(key=lambda key: key.encode("utf-16-be", "surrogatepass"))
    else:
        keys.sort()
    out.append("{")
    for position, key in enumerate(keys):
        if position:
            out.append(",")
        out.append(_encode_string(key))
        out.append(":")
        _write(value[key], out)
    out.append("}")


def _integer_text(value: int) -> str:
    if -MAX_SAFE_INTEGER <= value <= MAX_SAFE_INTEGER:
        return int.__repr__(value)  # int.__repr__ also renders IntEnum members as plain digits
    raise CanonicalizationError(
        f"integer {value} is outside the range JSON numbers can carry exactly "
        f"(+-{MAX_SAFE_INTEGER}); send it as a string"
    )


def ecmascript_number(number: float) -> str:
    """Format a finite float as ECMAScript's Number.prototype.toString does (RFC 8785 3.2.2.3)."""
    if number != number or number - number != 0.0:
        raise CanonicalizationError(
            f"{number!r} is not a JSON number; RFC 8785 has no NaN or Infinity"
        )
    if number == 0.0:
        return "0"  # -0 too
    # Python's repr already holds the shortest round-tripping digits ECMAScript asks for;
    # only their layout differs, so take the digits and the decimal point position from it.
    text = float.__repr__(number)
    if "e" not in text:
        # Between 1e-4 and 1e16 both write plain decimals; Python just adds ".0" to integers.
        return text[:-2] if text.endswith(".0") else text
    sign = ""
    if text[0] == "-":
        sign, text = "-", text[1:]
    mantissa, _, exponent = text.partition("e")
    whole, _, fraction = mantissa.partition(".")
    digits = whole + fraction
    point = len(whole) + int(exponent)
    significant = digits.lstrip("0")
    point -= len(digits) - len(significant)
    digits = significant.rstrip("0")
    count = len(digits)
    if count <= point <= 21:
        return sign + digits + "0" * (point - count)
    if 0 < point <= 21:
        return sign + digits[:point] + "." + digits[point:]
    if -6 < point <= 0:
        return sign + "0." + "0" * -point + digits
    power = point - 1
    head = digits if count == 1 else digits[0] + "." + digits[1:]
    return f"{sign}{head}e{'+' if power > 0 else '-'}{abs(power)}"


def _reject_constant(name: str) -> Any:
    raise InvalidJSON(f"{name} is not a JSON number (RFC 8259 has no NaN or Infinity)")


def _finite_float(text: str) -> float:
    number = float(text)
    if number - number != 0.0:
        raise InvalidJSON(f"number {text} is too large for a JSON number (an IEEE double)")
    return number


def _integer_or_double(text: str) -> int | float:
    value = int(text)
    if -MAX_SAFE_INTEGER <= value <= MAX_SAFE_INTEGER:
        return value
    # ECMAScript (so canonical_json, and JavaScript clients) writes integral doubles up to 1e21
    # as plain digits: 2.0**53 is "9007199254740992". Read exactly those back as the double they
    # name, so such output parses to a value canonical_json accepts again; any other big integer
    # stays an int for canonical_json to refuse rather than be silently rounded here.
    try:
        double = float(value)
    except OverflowError:
        return value
    return double if ecmascript_number(double) == text else value


def _object_without_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = dict(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise InvalidJSON(f"duplicate object key {key!r}")
            seen.add(key)
    return obj


# A pairs hook is the only way the json module reveals duplicate keys; building the pairs list
# costs about 1.5 µs per event and the dict(pairs) check on top of it about 0.3 µs. The
# parse_int hook costs about 0.15 µs per integer.
_decoder = json.JSONDecoder(
    object_pairs_hook=_object_without_duplicates,
    parse_constant=_reject_constant,
    parse_float=_finite_float,
    parse_int=_integer_or_double,
)


def parse_json(text: str | bytes | bytearray) -> Any:
    """Parse untrusted JSON strictly; raise `InvalidJSON` (a ValueError) when it is unacceptable.

    Beyond RFC 8259 syntax it refuses: invalid UTF-8 (bytes are always UTF-8, never sniffed as
    UTF-16/32), a byte order mark, NaN/Infinity, numbers that overflow a double, duplicate object
    keys and lone surrogates (raw or escaped). An integer beyond +-(2**53 - 1) becomes a float
    when its digits are exactly how ECMAScript writes a double (`canonical_json(2.0**53)` is
    `9007199254740992`); any other stays an int, which `canonical_json` refuses. So the output
    of `canonical_json`, and JSON written by JavaScript, always parses to a value it accepts.
    """
    if isinstance(text, bytes | bytearray):
        try:
            text = bytes(text).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InvalidJSON(
                f"JSON text is not valid UTF-8 (byte {exc.start}: {exc.reason})"
            ) from None
    elif not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise InvalidJSON(
                f"JSON text contains a lone surrogate at character {exc.start}"
            ) from None
    if text.startswith("\ufeff"):
        raise InvalidJSON("JSON text starts with a byte order mark")
    try:
        value = _decoder.decode(text)
    except InvalidJSON:
        raise
    except ValueError as exc:  # JSONDecodeError, or an integer with thousands of digits
        raise InvalidJSON(f"malformed JSON: {exc}") from None
    except RecursionError:
        raise InvalidJSON("JSON text is nested too deeply") from None
    if _SURROGATE_ESCAPE.search(text) and _holds_lone_surrogate(value):
        raise InvalidJSON("JSON text escapes a lone surrogate (\\ud800-\\udfff without its pair)")
    return value


def _holds_lone_surrogate(value: Any) -> bool:
    # Only reached when the text escapes a surrogate; a valid pair decodes to one character.
    if isinstance(value, str):
        return _SURROGATE.search(value) is not None
    if isinstance(value, dict):
        return any(
            _holds_lone_surrogate(key) or _holds_lone_surrogate(item) for key, item in value.items()
        )
    if isinstance(value, list):
        return any(_holds_lone_surrogate(item) for item in value)
    return False
