"""Built-in appliers: pure functions from (prior entity state, event) to the next state.

An applier turns an event into *effects*, one per entity whose state the event changes. Each
effect depends only on that entity's prior state and the event, so the state of any entity
can be replayed from its own events alone (the basis of snapshots and `--at-seq`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, Protocol

from datacollect_desktop.domain.entities import GROUP, INDIVIDUAL, Entity, display_name
from datacollect_desktop.domain.errors import ApplyError, InvalidEvent
from datacollect_desktop.domain.events import Event
from datacollect_desktop.domain.vocabulary import EventType

Transition = Callable[[Entity | None], Entity]


@dataclass(frozen=True, slots=True)
class Effect:
    """The change an event makes to one entity."""

    guid: str
    transition: Transition


class Applier(Protocol):
    """What every event type provides: the effects of one event."""

    def effects(self, event: Event) -> list[Effect]:
        """The entities this event changes, primary entity first.

        Raises `InvalidEvent` when the event's data has the wrong shape for its type; this
        must not depend on any entity's state (that is what an effect's `ApplyError` is for).
        """


def _fresh(guid: str, kind: str, event: Event) -> Entity:
    return Entity(guid=guid, type=kind, version=0, data={}, last_updated=event.timestamp)


def _merged(entity: Entity, changes: Mapping[str, Any], event: Event) -> Entity:
    data = {**entity.data, **changes}
    external_id = data.get("externalId")
    # Built directly: `dataclasses.replace` reads every field by name first (twice the time).
    return Entity(
        entity.guid, entity.type, entity.version + 1, data, event.timestamp,
        display_name(data) or entity.name,
        external_id if isinstance(external_id, str) else entity.external_id,
        entity.member_ids, entity.deleted,
    )


def _require(prior: Entity | None, guid: str, kind: str | None, action: str) -> Entity:
    if prior is None:
        raise ApplyError(f"cannot {action}: no entity {guid} exists")
    if kind is not None and prior.type != kind:
        raise ApplyError(f"cannot {action}: entity {guid} is a {prior.type}, not a {kind}")
    return prior


@dataclass(frozen=True, slots=True)
class _MemberSpec:
    guid: str
    kind: str
    data: Mapping[str, Any]
    member_ids: tuple[str, ...]


def _member_specs(group_guid: str, members: Any, field_name: str) -> list[_MemberSpec]:
    """Flatten `data.members` (individuals and nested groups with their own members)."""
    if not isinstance(members, list):
        raise InvalidEvent(f"{field_name} must be a list of members")
    specs: list[_MemberSpec] = []
    for position, member in enumerate(members):
        where = f"{field_name}[{position}]"
        if not isinstance(member, Mapping):
            raise InvalidEvent(f"{where} must be an object")
        guid = member.get("guid")
        if not isinstance(guid, str) or not guid.strip():
            raise InvalidEvent(f"{where} needs a guid")
        if guid == group_guid:
            raise InvalidEvent(f"{where}: a group cannot be its own member")
        kind = GROUP if member.get("type") == GROUP else INDIVIDUAL
        data = {k: v for k, v in member.items() if k not in ("guid", "type", "members")}
        nested: list[_MemberSpec] = []
        direct: tuple[str, ...] = ()
        if kind == GROUP and "members" in member:
            nested = _member_specs(guid, member["members"], f"{where}.members")
            direct = _direct_member_ids(member["members"])
        specs.append(_MemberSpec(guid, kind, data, direct))
        specs.extend(nested)
    seen: set[str] = set()
    for spec in specs:
        if spec.guid in seen:
            raise InvalidEvent(f"member {spec.guid} is listed twice in {field_name}")
        seen.add(spec.guid)
    return specs


def _direct_member_ids(members: Sequence[Any]) -> tuple[str, ...]:
    return tuple(m["guid"] for m in members)


def _member_effect(spec: _MemberSpec, event: Event) -> Effect:
    def transition(prior: Entity | None) -> Entity:
        if prior is not None and prior.type != spec.kind:
            raise ApplyError(f"member {spec.guid} is a {prior.type}, not a {spec.kind}")
        entity = _merged(prior or _fresh(spec.guid, spec.kind, event), spec.data, event)
        if spec.kind == GROUP and spec.member_ids:
            entity = replace(entity, member_ids=_union(entity.member_ids, spec.member_ids))
        return entity

    return Effect(spec.guid, transition)


def _union(existing: Sequence[str], new: Sequence[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys([*existing, *new]))


class CreateOrUpdate:
    """`create-individual` and `update-individual`: shallow-merge `data` into the person."""

    def __init__(self, kind: str, creates: bool) -> None:
        self.kind = kind
        self.creates = creates

    def effects(self, event: Event) -> list[Effect]:
        if "members" in event.data:
            raise InvalidEvent("an individual has no members; use create-group or add-member")

        def transition(prior: Entity | None) -> Entity:
            if prior is None and not self.creates:
                raise ApplyError(f"cannot update: no entity {event.entity_guid} exists")
            if prior is not None and prior.type != self.kind:
                raise ApplyError(f"entity {event.entity_guid} is a {prior.type}, not a {self.kind}")
            return _merged(prior or _fresh(event.entity_guid, self.kind, event), event.data, event)

        return [Effect(event.entity_guid, transition)]


class GroupApplier:
    """`create-group` and `update-group`, with optional `data.members` creating members."""

    def __init__(self, creates: bool) -> None:
        self.creates = creates

    def effects(self, event: Event) -> list[Effect]:
        members = event.data.get("members", [])
        specs = _member_specs(event.entity_guid, members, "data.members")
        direct = _direct_member_ids(members)
        changes = {k: v for k, v in event.data.items() if k != "members"}

        def transition(prior: Entity | None) -> Entity:
            if prior is None and not self.creates:
                raise ApplyError(f"cannot update: no group {event.entity_guid} exists")
            base = _require(prior, event.entity_guid, GROUP, "update the group") if prior else (
                _fresh(event.entity_guid, GROUP, event)
            )
            entity = _merged(base, changes, event)
            return replace(entity, member_ids=_union(entity.member_ids, direct))

        return [Effect(event.entity_guid, transition), *(_member_effect(s, event) for s in specs)]


class AddMember:
    """`add-member`: every element of `data.members` joins the group (created if new)."""

    def effects(self, event: Event) -> list[Effect]:
        members = event.data.get("members")
        if not isinstance(members, list) or not members:
            raise InvalidEvent("add-member needs data.members: a non-empty list of members")
        specs = _member_specs(event.entity_guid, members, "data.members")
        direct = _direct_member_ids(members)

        def transition(prior: Entity | None) -> Entity:
            group = _require(prior, event.entity_guid, GROUP, "add members")
            return replace(
                group,
                member_ids=_union(group.member_ids, direct),
                version=group.version + 1,
                last_updated=event.timestamp,
            )

        return [Effect(event.entity_guid, transition), *(_member_effect(s, event) for s in specs)]


class RemoveMember:
    """`remove-member`: `data.memberId` leaves the group; the member itself is kept."""

    def effects(self, event: Event) -> list[Effect]:
        member_id = event.data.get("memberId")
        if not isinstance(member_id, str) or not member_id:
            raise InvalidEvent("remove-member needs data.memberId")

        def transition(prior: Entity | None) -> Entity:
            group = _require(prior, event.entity_guid, GROUP, "remove a member")
            if member_id not in group.member_ids:
                raise ApplyError(f"{member_id} is not a member of group {group.guid}")
            return replace(
                group,
                member_ids=tuple(m for m in group.member_ids if m != member_id),
                version=group.version + 1,
                last_updated=event.timestamp,
            )

        return [Effect(event.entity_guid, transition)]


def _tombstone(guid: str, event: Event) -> Effect:
    def transition(prior: Entity | None) -> Entity:
        entity = _require(prior, guid, None, "delete")
        return replace(entity, deleted=True, version=entity.version + 1,
                       last_updated=event.timestamp)

    return Effect(guid, transition)


class DeleteEntity:
    """`delete-entity`: a tombstone. The entity and its history stay; it is never resurrected."""

    def effects(self, event: Event) -> list[Effect]:
        return [_tombstone(event.entity_guid, event)]


def duplicate_pairs(event: Event) -> list[tuple[str, str]]:
    """The `(entityGuid, duplicateGuid)` pairs a `resolve-duplicate` event settles."""
    return [(d["entityGuid"], d["duplicateGuid"]) for d in event.data["duplicates"]]


class ResolveDuplicate:
    """`resolve-duplicate`: settles flagged pairs; `shouldDelete` tombstones the event's entity."""

    def effects(self, event: Event) -> list[Effect]:
        pairs = event.data.get("duplicates")
        if not isinstance(pairs, list) or not pairs:
            raise InvalidEvent("resolve-duplicate needs data.duplicates: a non-empty list")
        for position, pair in enumerate(pairs):
            keys = ("entityGuid", "duplicateGuid")
            if not isinstance(pair, Mapping) or not all(
                isinstance(pair.get(k), str) and pair.get(k) for k in keys
            ):
                raise InvalidEvent(
                    f"data.duplicates[{position}] needs entityGuid and duplicateGuid strings"
                )
        if not isinstance(event.data.get("shouldDelete", False), bool):
            raise InvalidEvent("data.shouldDelete must be true or false")
        if event.data.get("shouldDelete"):
            return [_tombstone(event.entity_guid, event)]
        return []


CustomApplier = Callable[[Entity | None, Event], Entity | None]


class FunctionApplier:
    """Adapts a custom `(entity | None, event) -> entity | None` function to an applier.

    Returning None leaves the entity unchanged. The version and `lastUpdated` are kept
    honest here, so custom code cannot break the counting rule.
    """

    def __init__(self, function: CustomApplier) -> None:
        self.function = function

    def effects(self, event: Event) -> list[Effect]:
        def transition(prior: Entity | None) -> Entity:
            result = self.function(prior, event)
            if result is None:
                if prior is None:
                    raise ApplyError(f"{event.type} produced no entity for {event.entity_guid}")
                return prior
            if result.guid != event.entity_guid:
                raise ApplyError(f"{event.type} returned an entity with another guid")
            version = prior.version + 1 if prior is not None else 1
            return replace(result, version=version, last_updated=event.timestamp)

        return [Effect(event.entity_guid, transition)]


def builtin_appliers() -> dict[str, Applier]:
    return {
        EventType.CREATE_INDIVIDUAL: CreateOrUpdate(INDIVIDUAL, creates=True),
        EventType.UPDATE_INDIVIDUAL: CreateOrUpdate(INDIVIDUAL, creates=False),
        EventType.CREATE_GROUP: GroupApplier(creates=True),
        EventType.UPDATE_GROUP: GroupApplier(creates=False),
        EventType.ADD_MEMBER: AddMember(),
        EventType.REMOVE_MEMBER: RemoveMember(),
        EventType.DELETE_ENTITY: DeleteEntity(),
        EventType.RESOLVE_DUPLICATE: ResolveDuplicate(),
    }
