"""Hostile inputs for the reliability suite: arbitrary JSON, broken events, nasty strings."""

from __future__ import annotations

import itertools
import os
from typing import Any

from hypothesis import strategies as st

from tests.factories import wire

# Strings that mean something to SQL, to SQLite's FTS5 query syntax, to JSON or to a shell.
NASTY = [
    "' OR 1=1 --", "\"; DROP TABLE events; --", "Robert'); DROP TABLE entities;--",
    "name\" OR \"1\"=\"1", "%", "_", "%_%", "*", "a*", "\"unterminated", "a AND b OR NOT c",
    "NEAR(a b, 3)", "^start", "col:value", "{name}: x", "-a", "+a", "(", ")", "a) OR (b",
    "entity_search MATCH 'x'", "\\", "\x00", "\u202e", "é\u0301", "🙂 家族", "a" * 10_000,
    "1e999", "NaN", "null", "[]", "{}", "$(rm -rf /)", "../../etc/passwd", "\r\n", "\t",
]
text = st.one_of(st.sampled_from(NASTY), st.text(max_size=40))
scalars = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=False, allow_infinity=False), text)
json_values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(text, inner, max_size=4),
    max_leaves=15,
)
FIELDS = ["guid", "entityGuid", "type", "data", "timestamp", "userId", "syncLevel",
          "metadata", "extra"]
_fresh = itertools.count(1)


def examples(count: int) -> int:
    """`count` Hypothesis examples, times the soak factor (tests/conftest.py sets it)."""
    return count * max(1, int(os.environ.get("RELIABILITY_SOAK") or 1))


TYPES = ["create-individual", "update-individual", "create-group", "update-group",
         "add-member", "remove-member", "delete-entity", "resolve-duplicate"]


@st.composite
def broken_events(draw: st.DrawFn) -> Any:
    """A valid event, often with some fields replaced by anything, removed or added;
    sometimes not an object at all."""
    if draw(st.integers(0, 9)) == 0:
        return draw(json_values)
    kind = draw(st.sampled_from(TYPES)) if draw(st.integers(0, 3)) else draw(text)
    data: dict[str, Any] = {"name": draw(text)}
    if kind in ("create-group", "update-group", "add-member"):
        data["members"] = [{"guid": draw(st.sampled_from(["p1", "p2"])), "name": draw(text)}]
    fresh = st.just("").map(lambda _: f"fuzz-{next(_fresh)}")  # unique on every draw
    doc: dict[str, Any] = wire(draw(fresh | st.sampled_from(["p1", "p2", "h1"]) | text), kind,
                               data, guid=draw(fresh | st.sampled_from(["e1", "e2"]) | text))
    broken = draw(st.lists(st.sampled_from(FIELDS), min_size=1, max_size=2)) if draw(
        st.integers(0, 2)) == 0 else []
    for field in broken:
        if draw(st.booleans()):
            doc.pop(field, None)
        else:
            doc[field] = draw(json_values)
    return doc
