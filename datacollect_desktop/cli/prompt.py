"""Passphrases from the environment or a no-echo prompt, and streaming submitted JSON."""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Iterator
from typing import Any, BinaryIO

from datacollect_desktop.app.intake import Rejected
from datacollect_desktop.domain.canonical import parse_json
from datacollect_desktop.domain.errors import KnownError


def secret(env: str, prompt: str, *, confirm: bool = False) -> str:
    """A secret from `env`, else typed without echo (twice when `confirm`)."""
    value = os.environ.get(env)
    if value is not None:
        return value
    if not sys.stdin.isatty() and not os.path.exists("/dev/tty"):
        raise KnownError(f"No passphrase given: set {env} or run in a terminal.")
    try:
        value = getpass.getpass(f"{prompt}: ")
        if confirm and getpass.getpass(f"{prompt} (again): ") != value:
            raise KnownError("The two passphrases differ; nothing was changed.")
    except (EOFError, OSError):
        raise KnownError(f"No passphrase given: set {env} or run in a terminal.") from None
    return value


# A line of JSON lines holds one event (at most 1 MiB once canonical): four times that leaves
# room for whitespace and escapes. A whole JSON document (one array or object over several
# lines) is read at most this far; larger inputs are given as JSON lines.
MAX_LINE = 4 * 1024 * 1024
MAX_DOCUMENT = 64 * 1024 * 1024
_SKIP = 1024 * 1024


def read_submission(stream: BinaryIO) -> Iterator[tuple[Any, int]]:
    """The values of a JSON object, a JSON array, or JSON lines, read as they come, each with
    the number of input bytes it was read from.

    A bad line (not UTF-8, malformed, or longer than MAX_LINE, which is skipped without
    being held in memory) becomes a `Rejected` in its place, naming its line number; nothing
    of it is stored, and no byte is ever replaced. A document is held up to MAX_DOCUMENT.
    """
    first = _Line.read(stream, 1, MAX_DOCUMENT)
    while first is not None and not first.data.strip():
        first = _Line.read(stream, first.number + 1, MAX_DOCUMENT)
    if first is None:
        return
    opening = first.data.lstrip()[:1]
    if opening not in (b"[", b"{") or (
            opening == b"{" and len(first.data) <= MAX_LINE and _parses(first.data)):
        yield from _lines(stream, [first])
        return
    # One document (over one line or several), or JSON lines whose first line is broken.
    lines = [first]
    size = len(first.data)
    while size <= MAX_DOCUMENT and not lines[-1].too_long:
        line = _Line.read(stream, lines[-1].number + 1, MAX_DOCUMENT)
        if line is None:
            break
        lines.append(line)
        size += len(line.data)
    if size > MAX_DOCUMENT or lines[-1].too_long:
        if opening == b"[":
            yield Rejected(f"line 1: a JSON array longer than {MAX_DOCUMENT:,} bytes was not "
                           "read; give large inputs as JSON lines, one event per line"), 0
            return
    else:
        whole = b"".join(line.data for line in lines)
        try:
            document = parse_json(whole.strip())
        except ValueError:
            pass
        else:
            if opening == b"[" and isinstance(document, list):
                share = len(whole) // max(len(document), 1)
                yield from ((item, share) for item in document)
            else:
                yield document, len(whole)
            return
        bad = _first_invalid_utf8(lines)
        if opening == b"[" and bad is not None:
            yield Rejected(f"line {bad.number}: the input is not UTF-8 text; nothing of it "
                           "was stored"), 0
            return
    yield from _lines(stream, lines)


class _Line:
    """One line of the input (with its end of line), or the start of one too long to keep."""

    def __init__(self, number: int, data: bytes, too_long: bool) -> None:
        self.number, self.data, self.too_long = number, data, too_long

    @classmethod
    def read(cls, stream: BinaryIO, number: int, limit: int = MAX_LINE) -> _Line | None:
        data = stream.readline(limit + 1)
        if not data:
            return None
        if len(data) <= limit or data.endswith(b"\n"):
            return cls(number, data, False)
        while True:  # skip the rest of the line a chunk at a time: bounded memory
            rest = stream.readline(_SKIP)
            if not rest or rest.endswith(b"\n"):
                return cls(number, data[:64], True)

    def as_json_line(self) -> _Line:
        """The line as one of JSON lines, which may hold at most MAX_LINE bytes."""
        if self.too_long or len(self.data) <= MAX_LINE:
            return self
        return _Line(self.number, self.data[:64], True)


def _lines(stream: BinaryIO, read: list[_Line]) -> Iterator[tuple[Any, int]]:
    """JSON lines: the lines already read, then the rest of the stream."""
    for line in read:
        yield from _line_value(line.as_json_line())
    number = read[-1].number if read else 0
    while (following := _Line.read(stream, number + 1)) is not None:
        number = following.number
        yield from _line_value(following)


def _line_value(line: _Line) -> Iterator[tuple[Any, int]]:
    if line.too_long:
        yield Rejected(f"line {line.number}: longer than {MAX_LINE:,} bytes; it was not read"), 0
        return
    if not line.data.strip():
        return
    try:
        text = line.data.decode("utf-8")
    except UnicodeDecodeError as exc:
        yield Rejected(f"line {line.number}: not UTF-8 text (byte {exc.start + 1} of the "
                       "line); nothing of it was stored"), 0
        return
    try:
        yield parse_json(text), len(line.data)
    except ValueError as exc:
        yield Rejected(f"line {line.number}: malformed JSON: {exc}"), 0


def _parses(data: bytes) -> bool:
    try:
        parse_json(data.strip())
    except ValueError:
        return False
    return True


def _first_invalid_utf8(lines: list[_Line]) -> _Line | None:
    for line in lines:
        try:
            line.data.decode("utf-8")
        except UnicodeDecodeError:
            return line
    return None
