"""Why an event was kept but not applied, in plain words.

The store keeps the projection's technical reason with the event (`events.flag`, as the
domain wrote it: record ids, UTC stamps). The screens show it as a sentence that names the
record and gives the time as the laptop reads it; the stored text stays as it is, for the
tooltip and the exports.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from datacollect_desktop.domain.entities import GROUP
from datacollect_desktop.domain.messages import Message, Moment

NameOf = Callable[[str], str | None]

_DELETED = re.compile(r"^entity (?P<guid>\S+) was deleted on (?P<stamp>\S+); "
                      r"this event is kept in the history but not applied$")
_MISSING = re.compile(r"^cannot [^:]+: no (?:entity|group) (?P<guid>\S+) exists$")
_WRONG_KIND = re.compile(r"^(?:cannot [^:]+: )?(?:entity|member) (?P<guid>\S+) is an? "
                         r"(?P<kind>\w+), not an? (?P<wanted>\w+)$")
_UNKNOWN_TYPE = re.compile(r"^unknown event type '(?P<type>[^']*)': made with a newer or other "
                           r"config$")
_NOT_MEMBER = re.compile(r"^(?P<member>\S+) is not a member of group (?P<group>\S+)$")


def _kind(kind: str) -> Message:
    return Message("a household") if kind == GROUP else Message("a person")


def flag_words(flag: str, name_of: NameOf) -> str:
    """`flag` as a sentence (a `Message`): records by name ("a record" when this laptop does
    not know it), times as `Moment`s; a reason of another shape (a malformed event) as it
    is."""

    def record(guid: str) -> str:
        return name_of(guid) or Message("a record")

    if found := _DELETED.match(flag):
        return Message("{record} was deleted on {when}; this change is kept in its history "
                       "but not applied.", record=record(found["guid"]),
                       when=Moment(found["stamp"]))
    if _MISSING.match(flag):
        return Message("The record this change is for is not on this laptop; the change is "
                       "kept but not applied.")
    if found := _WRONG_KIND.match(flag):
        return Message("{record} is {kind}, not {wanted}; the change is kept but not "
                       "applied.", record=record(found["guid"]), kind=_kind(found["kind"]),
                       wanted=_kind(found["wanted"]))
    if found := _NOT_MEMBER.match(flag):
        return Message("{member} is not a member of {group}; the change is kept but not "
                       "applied.", member=record(found["member"]), group=record(found["group"]))
    if found := _UNKNOWN_TYPE.match(flag):
        return Message("This change ({type}) was made with a newer or other app config; it is "
                       "kept, and applied once this laptop has a config that declares it.",
                       type=found["type"])
    return flag
