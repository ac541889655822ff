"""Hypothesis strategies: plausible and awkward event histories over a few entities."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

GUIDS = ["h1", "h2", "p1", "p2", "p3", "p4"]
NAMES = ["Ana Diaz", "Ana Dias", "Bo Chen", "Luz", "Ana  DIAZ"]
DATES = ["1990-01-02", "1985-07-30"]

_person = st.fixed_dictionaries(
    {"name": st.sampled_from(NAMES)},
    optional={"dateOfBirth": st.sampled_from(DATES), "age": st.integers(0, 99),
              "note": st.text(max_size=5)},
)
_members = st.lists(
    st.builds(lambda g, d: {"guid": g, **d}, st.sampled_from(GUIDS), _person),
    min_size=1, max_size=3, unique_by=lambda m: m["guid"],
)


@st.composite
def event_docs(draw: st.DrawFn) -> dict[str, Any]:
    entity = draw(st.sampled_from(GUIDS))
    kind = draw(st.sampled_from([
        "create-individual", "update-individual", "create-group", "update-group",
        "add-member", "remove-member", "delete-entity", "resolve-duplicate", "unknown-type",
    ]))
    if kind in ("create-individual", "update-individual"):
        data: dict[str, Any] = draw(_person)
    elif kind in ("create-group", "update-group"):
        data = {"name": draw(st.sampled_from(NAMES))}
        if draw(st.booleans()):
            data["members"] = [m for m in draw(_members) if m["guid"] != entity] or [
                {"guid": "p4", "name": "Luz"}]
            if entity == "p4":
                data.pop("members")
    elif kind == "add-member":
        data = {"members": [m for m in draw(_members) if m["guid"] != entity]}
        if not data["members"]:
            data = {"members": "broken"}
    elif kind == "remove-member":
        data = {"memberId": draw(st.sampled_from(GUIDS))}
    elif kind == "resolve-duplicate":
        data = {"duplicates": [{"entityGuid": draw(st.sampled_from(GUIDS)),
                                "duplicateGuid": entity}], "shouldDelete": draw(st.booleans())}
    else:
        data = {"reason": "x"}
    return {"entityGuid": entity, "type": kind, "data": data}


def histories(max_size: int = 40) -> st.SearchStrategy[list[dict[str, Any]]]:
    """Event docs with unique guids and increasing timestamps."""
    def number(docs: list[dict[str, Any]]) -> list[dict[str, Any]]:
        out = []
        for i, doc in enumerate(docs):
            out.append({"guid": f"e{i:04d}", "timestamp": f"2024-05-01T10:{i // 60:02d}:"
                        f"{i % 60:02d}.000Z", "userId": "u1", "syncLevel": 0, **doc})
        return out
    return st.lists(event_docs(), max_size=max_size).map(number)
