"""Whether an event may enter a log, and its leaf bytes: the one rule for devices and the server."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from itertools import groupby
from typing import Any

from datacollect_desktop.domain.attachments import (
    REFERENCE_MARK,
    AttachmentLimits,
    AttachmentRef,
    Held,
    limit_problems,
    malformed_references,
    references,
)
from datacollect_desktop.domain.canonical import CanonicalizationError, canonical_json
from datacollect_desktop.domain.declared_types import declared_form
from datacollect_desktop.domain.errors import InvalidEvent
from datacollect_desktop.domain.events import (
    MAX_ID_LENGTH,
    Event,
    event_from_wire,
    parse_timestamp,
)
from datacollect_desktop.domain.forms.calculations import calculate
from datacollect_desktop.domain.forms.config import AppConfig, EntityForm, form_name_of
from datacollect_desktop.domain.forms.logic import FormContext, calculated_fields
from datacollect_desktop.domain.forms.validation import FieldError, validate_form_data
from datacollect_desktop.domain.messages import Message
from datacollect_desktop.domain.vocabulary import (
    RECORD_FIELD_PREFIXES,
    UPDATE_PREFIX,
    EventType,
)

# The server's default limit too (server/settings.py), so a device stores nothing it refuses.
MAX_EVENT_BYTES = 1024 * 1024
MAX_FORM_ERRORS_SHOWN = 5

INVALID_EVENT = "invalid_event"
EVENT_TOO_LARGE = "event_too_large"
INVALID_FORM_DATA = "invalid_form_data"
UNKNOWN_FORM = "unknown_form"
INVALID_ATTACHMENT = "invalid_attachment"
ATTACHMENT_TOO_LARGE = "attachment_too_large"
ATTACHMENT_NOT_HELD = "attachment_not_held"
ATTACHMENT_MISMATCH = "attachment_mismatch"

#: What a store holds under a digest: its `Held` size and type, True when it holds the bytes
#: but does not say more, and None or False when it does not hold them.
HeldLookup = Callable[[str], Held | bool | None]

# Types whose `data.members` creates records, each of which is checked against its own form.
MEMBER_TYPES = frozenset({EventType.CREATE_GROUP, EventType.ADD_MEMBER, EventType.UPDATE_GROUP})
# Keys of a member that describe the record rather than hold its form's values (as the
# appliers read them: domain/appliers.py).
MEMBER_ENVELOPE_KEYS = frozenset({"guid", "type", "members"})
GROUP = "group"
_IDENTIFIERS = (("guid", "guid"), ("entityGuid", "entity_guid"), ("type", "type"),
                ("userId", "user_id"))
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def safe_text(value: str) -> bool:
    """Text fit for an identifier column: no control characters (NUL breaks PostgreSQL)."""
    return _CONTROL.search(value) is None


@dataclass(frozen=True, slots=True)
class Admitted:
    """An admissible event and its leaf: the RFC 8785 bytes hashed into the log."""

    event: Event
    leaf: bytes


@dataclass(frozen=True, slots=True)
class Refusal:
    """Why an event is not admissible: a stable `code` and a sentence for people."""

    guid: str | None
    code: str
    message: Message


def admit(doc: Any, config: AppConfig | None = None, *,
          max_bytes: int = MAX_EVENT_BYTES, held: HeldLookup | None = None
          ) -> Admitted | Refusal:
    """Decide whether `doc` (a wire `FormSubmission`, or an `Event`) may be stored.

    Checks, in order: the envelope (`event_from_wire`, strict), identifiers without control
    characters, an RFC 8785 form, the size of that form, and, when `config` is given, the form
    data: `create-*`/`update-*` against the form they name (updates only on the fields they
    carry), every element of `data.members` of `create-group`, `add-member` and
    `update-group` against its own form, and the data of a type the config declares
    (`eventTypes`) against the declaration's form. Other types are checked as envelopes
    only.

    Attachment references in the data (domain/attachments.py) must be well-formed and within
    the limits of `config` (the defaults without one). `held`, given where the bytes are
    stored (a device's own submit), must hold every referenced digest, with the size and
    media type the reference states; the server, which may get the bytes later, passes None.
    Never raises for any input.
    """
    if isinstance(doc, Event):
        doc = doc.to_wire()
    guid = _guid_hint(doc)
    try:
        event = event_from_wire(doc, strict=True)
    except InvalidEvent as exc:
        return Refusal(guid, INVALID_EVENT, exc.message)
    for name, attribute in _IDENTIFIERS:
        if not safe_text(getattr(event, attribute)):
            return Refusal(guid, INVALID_EVENT,
                           Message("{name} contains a control character", name=name))
    if config is not None:
        try:
            computed = with_calculations(event, config)
        except InvalidEvent as exc:
            return Refusal(guid, INVALID_EVENT, exc.message)
        if computed is not event:
            return _calculation_refusal(event, computed)
    try:
        leaf = canonical_json(event.leaf_document())
    except CanonicalizationError as exc:
        return Refusal(guid, INVALID_EVENT, Message(
            "the event has no canonical JSON form: {reason}", reason=str(exc)))
    if len(leaf) > max_bytes:
        return Refusal(guid, EVENT_TOO_LARGE, Message(
            "the event is {size} bytes; the limit is {limit}", size=len(leaf), limit=max_bytes))
    if REFERENCE_MARK in leaf:  # most events refer to no file: skip the walk
        refusal = _attachment_refusal(event, config, held)
        if refusal is not None:
            return refusal
    if config is not None:
        refusal = _form_refusal(event, config)
        if refusal is not None:
            return refusal
    return Admitted(event, leaf)


def _attachment_refusal(event: Event, config: AppConfig | None, held: HeldLookup | None
                        ) -> Refusal | None:
    malformed = malformed_references(event.data)
    if malformed:
        return Refusal(event.guid, INVALID_ATTACHMENT, Message(
            "data.{path} is not a well-formed attachment reference (attachment, name, "
            "mediaType, size)", path=malformed[0]))
    limits = config.attachment_limits if config is not None else AttachmentLimits()
    too_large = limit_problems(event.data, limits)
    if too_large:
        return Refusal(event.guid, ATTACHMENT_TOO_LARGE, too_large[0])
    if held is None:
        return None
    for ref in references(event.data):
        refusal = _held_refusal(event.guid, ref, held(ref.digest))
        if refusal is not None:
            return refusal
    return None


def _held_refusal(guid: str, ref: AttachmentRef, found: Held | bool | None) -> Refusal | None:
    if found is None or found is False:
        return Refusal(guid, ATTACHMENT_NOT_HELD, Message(
            "the record refers to a photo/file this laptop does not hold ({name}, {digest})",
            name=ref.name, digest=ref.digest))
    if isinstance(found, Held) and (found.size, found.media_type) != (ref.size, ref.media_type):
        return Refusal(guid, ATTACHMENT_MISMATCH, Message(
            "the reference to {name} says {size} bytes of {media_type}; the stored file is "
            "{held_size} bytes of {held_type}", name=ref.name, size=ref.size,
            media_type=ref.media_type, held_size=found.size, held_type=found.media_type))
    return None


def _calculation_refusal(event: Event, computed: Event) -> Refusal:
    """An event whose calculated fields differ from what its form computes is refused, never
    rewritten: the event is the author's record, hashed into their log, and a server or a
    laptop that stored a changed copy would hold an event its author never made (the same
    guid with two bodies, which the sync's tamper check rightly alarms on)."""
    field, sent, wanted = _first_difference(event.data, computed.data, "")
    return Refusal(event.guid, INVALID_FORM_DATA, Message(
        "{field} is calculated by the form: the event holds {sent}, the form computes "
        "{computed}", field=field, sent=sent, computed=wanted))


def _first_difference(sent: Any, wanted: Any, path: str) -> tuple[str, str, str]:
    """The first place where two event data differ, as (path, sent, computed) texts."""
    if isinstance(sent, Mapping) and isinstance(wanted, Mapping):
        for key in [*wanted, *(k for k in sent if k not in wanted)]:
            if sent.get(key) != wanted.get(key):
                return _first_difference(sent.get(key), wanted.get(key),
                                         f"{path}.{key}" if path else str(key))
    if isinstance(sent, list) and isinstance(wanted, list) and len(sent) == len(wanted):
        for index, (a, b) in enumerate(zip(sent, wanted, strict=True)):
            if a != b:
                return _first_difference(a, b, f"{path}[{index}]")
    return path, _shown(sent), _shown(wanted)


def _shown(value: Any) -> str:
    if value is None:
        return "nothing"
    try:
        return canonical_json(value).decode("utf-8")
    except CanonicalizationError:
        return repr(value)


def with_calculations(event: Event, config: AppConfig) -> Event:
    """The event with its forms' calculated fields computed (forms/logic.py `calculate`),
    `today()` being the event's date; the same event object when nothing changes. `admit`
    refuses an event that this would change. An update (`update-*`) carries only changed
    fields, so it is left as it
    is: the device computes over the whole record before it picks the changes."""
    kind = event.type
    data: dict[str, Any] | None = None
    if kind.startswith(RECORD_FIELD_PREFIXES) and not kind.startswith(UPDATE_PREFIX):
        form = _form(config, form_name_of(event.data, event.metadata))
        if form is not None:
            computed = calculate(form, event.data, FormContext(_date_of(event)))
            if computed != event.data:
                data = computed
    members = event.data.get("members")
    if kind in MEMBER_TYPES and isinstance(members, list) and any(
            _form(config, name) is not None for name in _member_forms(members, event)):
        fallback = form_name_of({}, event.metadata)
        context = FormContext(_date_of(event))
        new_members = _calculated_members(members, fallback, config, context, 0)
        if new_members != members:
            data = {**(data if data is not None else event.data), "members": new_members}
    if data is None:
        return event
    return dataclasses.replace(event, data=data)


def _member_forms(members: list[Any], event: Event) -> set[str | None]:
    """The names of the forms an event's members (and nested members) are made with."""
    names: set[str | None] = {form_name_of({}, event.metadata)}
    stack = list(members)
    while stack and len(names) < 64:
        member = stack.pop()
        if isinstance(member, Mapping):
            names.add(form_name_of(member, None))
            if isinstance(member.get("members"), list):
                stack.extend(member["members"])
    return names


def _date_of(event: Event) -> date:
    """The UTC date of the event's timestamp (checked by `event_from_wire`): `today()`."""
    try:
        return date.fromisoformat(event.timestamp[:10])
    except ValueError:
        return parse_timestamp(event.timestamp).date()


def _form(config: AppConfig, name: str | None) -> EntityForm | None:
    form = config.form(name) if name is not None else None
    return form if form is not None and calculated_fields(form) else None


def _calculated_members(members: list[Any], fallback: str | None, config: AppConfig,
                        context: FormContext, depth: int) -> list[Any]:
    result = []
    for member in members:
        if not isinstance(member, Mapping) or depth > 16:
            result.append(member)
            continue
        form = _form(config, form_name_of(member, None) or fallback)
        new = dict(member)
        if form is not None:
            values = {k: v for k, v in member.items() if k not in MEMBER_ENVELOPE_KEYS}
            computed = calculate(form, values, context)
            new = {**{k: v for k, v in member.items() if k in MEMBER_ENVELOPE_KEYS}, **computed}
        if member.get("type") == GROUP and isinstance(member.get("members"), list):
            new["members"] = _calculated_members(member["members"], fallback, config, context,
                                                 depth + 1)
        result.append(new)
    return result


def _guid_hint(doc: Any) -> str | None:
    guid = doc.get("guid") if isinstance(doc, Mapping) else None
    return guid if isinstance(guid, str) and len(guid) <= MAX_ID_LENGTH else None


@dataclass(frozen=True, slots=True)
class _Check:
    """Data to check against one form: where it sits in the event, and how."""

    form_name: str
    data: Mapping[str, Any]
    path: str
    partial: bool
    #: The form itself when it is not one of the config's entity forms (a declared event
    #: type's inline form).
    form: EntityForm | None = None


def _form_refusal(event: Event, config: AppConfig) -> Refusal | None:
    try:
        checks = list(_checks(event, config))
    except InvalidEvent as exc:
        return Refusal(event.guid, INVALID_EVENT, exc.message)
    problems: list[tuple[str, FieldError]] = []
    today = _date_of(event)
    for check in checks:
        form = check.form or config.form(check.form_name)
        if form is None:
            return Refusal(event.guid, UNKNOWN_FORM, Message(
                "the app config {config!r} has no form {form!r}", config=config.id,
                form=check.form_name))
        problems.extend((form.name, error) for error in _errors(form, check, today))
    if not problems:
        return None
    return Refusal(event.guid, INVALID_FORM_DATA, _describe(problems))


def _checks(event: Event, config: AppConfig) -> Iterator[_Check]:
    """What the event's type asks to check, and against which form (by name)."""
    kind = event.type
    declared = config.event_type(kind)
    if declared is not None:
        form = declared_form(config, declared)
        yield _Check(declared.form or "", event.data, "", False, form)
        return
    if kind.startswith(RECORD_FIELD_PREFIXES):
        name = form_name_of(event.data, event.metadata)
        if name is not None:
            yield _Check(name, event.data, "", kind.startswith(UPDATE_PREFIX))
    if kind in MEMBER_TYPES:
        members = event.data.get("members")
        if kind == EventType.ADD_MEMBER or members is not None:
            fallback = form_name_of({}, event.metadata)
            yield from _member_checks(members, fallback, "members")


def _member_checks(members: Any, fallback: str | None, path: str) -> Iterator[_Check]:
    """Each member against its own form (`entityName`, else the event's `metadata.formName`),
    and the members of nested groups the same way."""
    if not isinstance(members, list):
        raise InvalidEvent(Message("data.{path} must be a list of members", path=path))
    for position, member in enumerate(members):
        where = f"{path}[{position}]"
        if not isinstance(member, Mapping):
            raise InvalidEvent(Message("data.{path} must be an object", path=where))
        values = {k: v for k, v in member.items() if k not in MEMBER_ENVELOPE_KEYS}
        name = form_name_of(member, None) or fallback
        if name is not None:
            yield _Check(name, values, where + ".", False)
        if member.get("type") == GROUP and "members" in member:
            yield from _member_checks(member["members"], fallback, where + ".members")


def _errors(form: EntityForm, check: _Check, today: date) -> Iterator[FieldError]:
    for error in validate_form_data(form, check.data, partial=check.partial,
                                    today=today):
        key = check.path + error.key if error.key else check.path.rstrip(".")
        yield FieldError(key, error.label, error.message)


def _describe(problems: list[tuple[str, FieldError]]) -> Message:
    """"form 'individual': members[0].givenName: Given name is required." and so on."""
    shown = problems[:MAX_FORM_ERRORS_SHOWN]
    groups = [
        Message("form {form!r}: {problems}", form=form_name, problems="; ".join(
            f"{error.key or error.label}: {error.message}" for _, error in items))
        for form_name, items in groupby(shown, key=lambda problem: problem[0])
    ]
    text = "; ".join(groups)
    more = len(problems) - len(shown)
    if more > 0:
        return Message("{problems} (and {count} more)", problems=text, count=more)
    return groups[0] if len(groups) == 1 else Message("{problems}", problems=text)
