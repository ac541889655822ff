"""Field-level before/after changes between two states of an entity, for the audit trail."""

from __future__ import annotations

from typing import Any

from datacollect_desktop.domain.entities import Entity

_MISSING = object()


def field_changes(before: Entity | None, after: Entity) -> list[dict[str, Any]]:
    """Each changed field as `{field, before, after}`, data fields first, in a stable order.

    Fields of `data` are named as they are; the entity's own attributes use reserved names
    (`memberIds`, `deleted`). An absent value is reported as None.
    """
    new_data = after.data
    changes: list[dict[str, Any]]
    if before is None:  # a new entity: every field is new
        changes = [{"field": key, "before": None, "after": new_data[key]}
                   for key in sorted(new_data)]
    else:
        old_data = before.data
        changes = []
        for key in sorted(old_data.keys() | new_data.keys()):
            old = old_data.get(key, _MISSING)
            new = new_data.get(key, _MISSING)
            if old != new or type(old) is not type(new):
                changes.append({
                    "field": key,
                    "before": None if old is _MISSING else old,
                    "after": None if new is _MISSING else new,
                })
    old_members = list(before.member_ids) if before is not None else []
    if old_members != list(after.member_ids):
        changes.append(
            {"field": "memberIds", "before": old_members, "after": list(after.member_ids)}
        )
    if (before is not None and before.deleted) != after.deleted:
        changes.append({"field": "deleted", "before": not after.deleted, "after": after.deleted})
    return changes
