"""JavaScript's `String(value)` for JSON values, which Form.io comparisons are built on."""

from __future__ import annotations

import math
import re
from decimal import Decimal
from typing import Any

# Arrays nested deeper than this are not worth stringifying faithfully; it only guards recursion.
_MAX_DEPTH = 16
_EXPONENT = re.compile(r"e([+-])0*(\d)")


def js_string(value: Any, _depth: int = 0) -> str:
    """Return what JavaScript's `String(value)` gives for a JSON value.

    Form.io compares conditional values and option values as strings, so `1`, `1.0` and `"1"`
    must all come out as `"1"`, and `true` as `"true"`.
    """
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return _js_number(value)
    if isinstance(value, list | tuple):
        if _depth >= _MAX_DEPTH:
            return ""
        # Array.prototype.join turns null and undefined elements into empty strings.
        return ",".join("" if item is None else js_string(item, _depth + 1) for item in value)
    if isinstance(value, dict):
        return "[object Object]"
    return str(value)


def _js_number(value: float) -> str:
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "Infinity" if value > 0 else "-Infinity"
    if value.is_integer() and abs(value) < 1e21:
        return str(int(value))
    if 1e-6 <= abs(value) < 1e21:
        # JavaScript writes these positionally, using the shortest digits that round-trip.
        return format(Decimal(repr(value)), "f")
    return _EXPONENT.sub(r"e\1\2", repr(value))
