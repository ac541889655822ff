"""Attachments (photos, signatures, documents): what an event's data holds is a reference.

An event never carries the bytes of a file: its data holds a reference dict
`{"attachment": "sha256:<hex>", "name": ..., "mediaType": ..., "size": n}` wherever a form
field keeps a file (a `file` component keeps a list of them, a `signature` one). The bytes are
stored apart, under their SHA-256 digest, once however many events refer to them.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from datacollect_desktop.domain.messages import Message

DIGEST_PREFIX = "sha256:"
_DIGEST = re.compile(r"sha256:[0-9a-f]{64}")
# type/subtype as RFC 6838 restricts their names.
_MEDIA_TYPE = re.compile(r"[a-z0-9][a-z0-9!#$&^_.+-]{0,126}/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
MAX_NAME_LENGTH = 255
REFERENCE_KEY = "attachment"
#: The bytes of a reference's key in JSON: data without them holds no reference.
REFERENCE_MARK = b'"attachment"'
REFERENCE_KEYS = frozenset({REFERENCE_KEY, "name", "mediaType", "size"})
# Deeper than this is not an event's data; the walk stops instead of recursing further.
MAX_DEPTH = 64

DEFAULT_MAX_FILE_BYTES = 10 * 1000 * 1000
DEFAULT_MAX_EVENT_BYTES = 30 * 1000 * 1000
DEFAULT_IMAGE_MAX_SIDE = 1600
_UNITS = {"": 1, "B": 1, "KB": 1000, "MB": 1000**2, "GB": 1000**3,
          "KIB": 1024, "MIB": 1024**2, "GIB": 1024**3}
_SIZE = re.compile(r"\s*([0-9]+(?:\.[0-9]+)?)\s*([A-Za-z]*)\s*")


def digest_of(data: bytes) -> str:
    """The content address of `data`: "sha256:<64 lowercase hex>"."""
    return DIGEST_PREFIX + hashlib.sha256(data).hexdigest()


def is_digest(value: object) -> bool:
    return isinstance(value, str) and _DIGEST.fullmatch(value) is not None


@dataclass(frozen=True, slots=True)
class AttachmentRef:
    """A reference to stored bytes, as an event's data holds it."""

    digest: str
    name: str
    media_type: str
    size: int

    def to_json(self) -> dict[str, Any]:
        return {REFERENCE_KEY: self.digest, "name": self.name, "mediaType": self.media_type,
                "size": self.size}

    @classmethod
    def parse(cls, value: object) -> AttachmentRef | None:
        """The reference `value` is, or None when it is not a well-formed reference dict."""
        if not isinstance(value, Mapping) or set(value) != REFERENCE_KEYS:
            return None
        digest, name = value[REFERENCE_KEY], value["name"]
        media_type, size = value["mediaType"], value["size"]
        if not is_digest(digest) or not _good_name(name):
            return None
        if not isinstance(media_type, str) or _MEDIA_TYPE.fullmatch(media_type) is None:
            return None
        if isinstance(size, bool) or not isinstance(size, int) or size < 0:
            return None
        return cls(digest, name, media_type, size)


def _good_name(name: object) -> bool:
    return (isinstance(name, str) and 0 < len(name) <= MAX_NAME_LENGTH
            and _CONTROL.search(name) is None)


def looks_like_reference(value: object) -> bool:
    """True for a dict that means to be a reference (it has an "attachment" key)."""
    return isinstance(value, Mapping) and REFERENCE_KEY in value


def _walk(data: object, path: str, depth: int = 0) -> Iterator[tuple[str, object]]:
    """Every reference-like dict in `data` with its path ("members[0].photo[1]")."""
    if depth > MAX_DEPTH:
        return
    if looks_like_reference(data):
        yield path, data
    elif isinstance(data, Mapping):
        for key, value in data.items():
            yield from _walk(value, f"{path}.{key}" if path else str(key), depth + 1)
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _walk(value, f"{path}[{index}]", depth + 1)


def references(data: object) -> list[AttachmentRef]:
    """Every well-formed reference anywhere in `data` (editgrid rows, household members), in
    order, each digest once (its first reference)."""
    found: dict[str, AttachmentRef] = {}
    for _, value in _walk(data, ""):
        ref = AttachmentRef.parse(value)
        if ref is not None and ref.digest not in found:
            found[ref.digest] = ref
    return list(found.values())


def all_references(data: object) -> list[tuple[str, AttachmentRef]]:
    """Every well-formed reference in `data` with its path, repeats included."""
    return [(path, ref) for path, value in _walk(data, "")
            if (ref := AttachmentRef.parse(value)) is not None]


def malformed_references(data: object) -> list[str]:
    """The paths of dicts in `data` that have an "attachment" key but are not well-formed
    references (a wrong digest, a missing name, a negative size, an extra key...)."""
    return [path or "data" for path, value in _walk(data, "")
            if AttachmentRef.parse(value) is None]


def parse_size(value: object) -> int | None:
    """Bytes from "10MB", "500KB", "1.5 MiB", "2048" or a number; None if unreadable."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if value >= 0 else None
    if isinstance(value, float):
        return int(value) if value >= 0 else None
    if not isinstance(value, str):
        return None
    match = _SIZE.fullmatch(value)
    if match is None:
        return None
    unit = _UNITS.get(match.group(2).upper())
    return None if unit is None else int(float(match.group(1)) * unit)


@dataclass(frozen=True, slots=True)
class AttachmentLimits:
    """What an app config allows: bytes per file, bytes per event (all its files), and the
    longest side a photo is scaled down to on import (`image_max_pixels`)."""

    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES
    max_event_bytes: int = DEFAULT_MAX_EVENT_BYTES
    image_max_pixels: int = DEFAULT_IMAGE_MAX_SIDE

    @classmethod
    def from_config(cls, raw: object) -> AttachmentLimits:
        """From an app config's optional `"attachments"` object (`maxFileSize`,
        `maxEventSize`, `imageMaxSide`); a value missing or unreadable keeps its default."""
        section = raw.get("attachments") if isinstance(raw, Mapping) else None
        if not isinstance(section, Mapping):
            return cls()
        file_bytes = parse_size(section.get("maxFileSize"))
        event_bytes = parse_size(section.get("maxEventSize"))
        side = section.get("imageMaxSide")
        good_side = isinstance(side, int) and not isinstance(side, bool) and side > 0
        return cls(
            max_file_bytes=file_bytes if file_bytes else DEFAULT_MAX_FILE_BYTES,
            max_event_bytes=event_bytes if event_bytes else DEFAULT_MAX_EVENT_BYTES,
            image_max_pixels=side if good_side and isinstance(side, int)
            else DEFAULT_IMAGE_MAX_SIDE,
        )


@dataclass(frozen=True, slots=True)
class Held:
    """What a store holds under a digest: its size and media type as stored."""

    size: int
    media_type: str


def show_size(size: int) -> str:
    """"2.4 MB", "300 KB", "12 bytes"."""
    if size >= 1000**2:
        return f"{size / 1000**2:.1f} MB"
    if size >= 1000:
        return f"{size / 1000:.0f} KB"
    return f"{size} bytes"


def limit_problems(data: object, limits: AttachmentLimits) -> list[Message]:
    """The limits the references in `data` break: a file too large, or all of an event's
    files together (each digest counted once)."""
    problems = [
        Message("{path}: the file {name!r} is {size}; the limit per file is {limit}",
                path=path, name=ref.name, size=show_size(ref.size),
                limit=show_size(limits.max_file_bytes))
        for path, ref in all_references(data) if ref.size > limits.max_file_bytes]
    total = sum(ref.size for ref in references(data))
    if total > limits.max_event_bytes:
        problems.append(Message(
            "the files of this record are {size} together; the limit is {limit}",
            size=show_size(total), limit=show_size(limits.max_event_bytes)))
    return problems


def sniff_media_type(data: bytes) -> str | None:
    """The media type `data` is by its first bytes, for the types this app keeps; None for
    any other content."""
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if data.startswith(b"%PDF-"):
        return "application/pdf"
    return None


SUPPORTED_MEDIA_TYPES = frozenset({"image/jpeg", "image/png", "image/gif", "image/webp",
                                   "application/pdf"})


def truncated(data: bytes, media_type: str) -> bool:
    """True when a file of `media_type` visibly stops before its end (a copy cut short)."""
    tail = data[-1024:]
    if media_type == "image/jpeg":
        return b"\xff\xd9" not in tail
    if media_type == "image/png":
        return b"IEND" not in data[-12:]
    if media_type == "image/gif":
        return not data.endswith(b";")
    if media_type == "image/webp":
        return len(data) < 12 or int.from_bytes(data[4:8], "little") + 8 > len(data)
    if media_type == "application/pdf":
        return b"%%EOF" not in tail
    return False
