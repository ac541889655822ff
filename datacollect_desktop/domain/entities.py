"""Entities: the projected current state of an individual or a group (DataCollect `EntityDoc`)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

INDIVIDUAL = "individual"
GROUP = "group"


@dataclass(frozen=True, slots=True)
class Entity:
    """One person or household as of some event. Never mutated: appliers return new ones."""

    guid: str
    type: str
    version: int
    data: Mapping[str, Any]
    last_updated: str
    name: str | None = None
    external_id: str | None = None
    member_ids: tuple[str, ...] = field(default=())
    deleted: bool = False

    @property
    def is_group(self) -> bool:
        return self.type == GROUP

    def to_doc(self) -> dict[str, Any]:
        """The DataCollect `EntityDoc` shape; `deleted` appears only on tombstones."""
        doc: dict[str, Any] = {
            "guid": self.guid,
            "type": self.type,
            "version": self.version,
            "data": dict(self.data),
            "lastUpdated": self.last_updated,
        }
        if self.name is not None:
            doc["name"] = self.name
        if self.external_id is not None:
            doc["externalId"] = self.external_id
        if self.type == GROUP:
            doc["memberIds"] = list(self.member_ids)
        if self.deleted:
            doc["deleted"] = True
        return doc

    @classmethod
    def from_doc(cls, doc: Mapping[str, Any]) -> Entity:
        return cls(
            guid=doc["guid"],
            type=doc["type"],
            version=doc["version"],
            data=dict(doc["data"]),
            last_updated=doc["lastUpdated"],
            name=doc.get("name"),
            external_id=doc.get("externalId"),
            member_ids=tuple(doc.get("memberIds", ())),
            deleted=bool(doc.get("deleted", False)),
        )


def display_name(data: Mapping[str, Any]) -> str | None:
    """The name DataCollect shows: `_displayName`, `name`, or given and family names joined."""
    for key in ("_displayName", "name"):
        value = data.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    parts = [
        data.get(key)
        for key in ("givenName", "firstName", "middleName", "familyName", "lastName", "surname")
    ]
    joined = " ".join(p.strip() for p in parts if isinstance(p, str) and p.strip())
    return joined or None


# The fields that tell people of the same name apart in a list, by the keys DataCollect forms
# use for them (the birth date's keys are the duplicate check's, domain/duplicates.py).
SEX_KEYS = ("sex", "gender")
RELATIONSHIP_KEYS = ("relationship", "relationshipToHead", "relation")
