"""Exports of the registry to spreadsheet files: CSV (a zip of one file per form) or XLSX
(one sheet per form).

What is exported is what the records list shows: the living records, now or "as of" a
moment (the one rule of `domain/as_of.py`, read through `AsOfService`); deleted records
are left out. Each chosen form gets its own table; a member's row carries the guid of its
household, so the tables join on it. Values are raw (as stored) or labels (the choices'
labels, in the window's language when a translator is given); the header is the field keys
or the fields' labels the same way.

- XLSX (openpyxl): dates are date cells, numbers number cells, yes/no fields booleans; the
  header row is frozen and each column as wide as its longest text (within limits).
- CSV: one file per form in a zip (the tables travel together, and one output path is one
  file written at once). Each file is UTF-8 with a byte order mark, because spreadsheet
  programs read a CSV without one in the computer's legacy code page and garble names
  written in other scripts; dates are ISO (`YYYY-MM-DD`), so every program parses them.

A location field is two columns (`KEY lat`, `KEY lon`); a file or signature field is the
file's name and its digest (`KEY sha256`). The file is written beside its destination and
renamed onto it, so a failed export leaves no half-written file.

No review state is exported: the app records review events but keeps no review state of a
record yet.
"""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from datacollect_desktop.app.history import AsOfService
from datacollect_desktop.app.registration import ENTITY_NAME, PARENT_GUID
from datacollect_desktop.domain.as_of import stamp_key
from datacollect_desktop.domain.attachments import AttachmentRef
from datacollect_desktop.domain.entities import Entity
from datacollect_desktop.domain.errors import InvalidEvent, KnownError
from datacollect_desktop.domain.forms import AppConfig, Component, EntityForm
from datacollect_desktop.storage.profile import Session

__all__ = ["FORMATS", "ExportRequest", "ExportService", "ExportSummary", "Table"]

FORMATS = ("csv", "xlsx")
Progress = Callable[[int, int], None]
Translate = Callable[[str], str]
_CHOICES = {"select", "radio"}
_FILES = {"file", "signature"}
_SHEET_NAME = 31  # the longest sheet name spreadsheet programs accept
_WIDTH_SAMPLE = 500  # rows looked at to size a column
_MIN_WIDTH, _MAX_WIDTH = 8, 60


@dataclass(frozen=True)
class ExportRequest:
    """What to export: `forms` by name (empty: every form), as of `at` (None: now)."""

    format: str
    at: str | None = None
    forms: tuple[str, ...] = ()
    labels: bool = False


@dataclass(frozen=True)
class Table:
    """One form's records: a header and rows of typed cells (str, int, float, bool, date,
    datetime or None)."""

    form: EntityForm
    header: list[str]
    rows: list[list[Any]]


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    format: str
    counts: dict[str, int]

    def to_json(self) -> dict[str, Any]:
        return {"file": str(self.path), "format": self.format, "records": self.counts}


@dataclass(frozen=True)
class _Column:
    header: str
    cell: Callable[[Entity, str | None], Any]


def _text(value: Any) -> Any:
    if value is None or value == "":
        return None
    if isinstance(value, bool | int | float | str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _number(value: Any) -> Any:
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return value
    if isinstance(value, str):
        try:
            return int(value)
        except ValueError:
            try:
                return float(value)
            except ValueError:
                return value or None
    return _text(value)


def _when(value: Any, with_time: bool) -> Any:
    """A stored date or date-time as a date (or a naive UTC datetime); other text as is."""
    if not isinstance(value, str) or not value:
        return _text(value)
    try:
        if not with_time and len(value) == 10:
            return date.fromisoformat(value)
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return value
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment.date() if not with_time else moment


def _refs(value: Any) -> list[AttachmentRef]:
    items = value if isinstance(value, list) else [value]
    return [ref for item in items if (ref := AttachmentRef.parse(item)) is not None]


def _joined(parts: Iterable[str]) -> str | None:
    text = "; ".join(parts)
    return text or None


class _Columns:
    """The columns of one form's table."""

    def __init__(self, form: EntityForm, parent: EntityForm | None, labels: bool,
                 translate: Translate) -> None:
        self.labels = labels
        self.tr = translate
        self.columns: list[_Column] = [_Column("guid", lambda e, _p: e.guid)]
        if parent is not None:
            self.columns.append(_Column(f"{parent.name} guid", lambda _e, p: p))
        self.columns.append(_Column("last updated",
                                    lambda e, _p: _when(e.last_updated, with_time=True)))
        self.known = {ENTITY_NAME, PARENT_GUID}
        for component in form.fields():
            self.known.add(component.key)
            self.columns.extend(self._of(component))

    def header(self, component: Component, suffix: str = "") -> str:
        name = self.tr(component.label) if self.labels and component.label else component.key
        return f"{name} {suffix}" if suffix else name

    def _of(self, field: Component) -> list[_Column]:
        key = field.key

        def value(entity: Entity) -> Any:
            return entity.data.get(key)

        if field.type == "location":
            def coordinate(part: str) -> Callable[[Entity, str | None], Any]:
                def cell(entity: Entity, _parent: str | None) -> Any:
                    found = value(entity)
                    return _number(found.get(part)) if isinstance(found, dict) else None
                return cell
            return [_Column(self.header(field, "lat"), coordinate("lat")),
                    _Column(self.header(field, "lon"), coordinate("lon"))]
        if field.type in _FILES:
            return [_Column(self.header(field),
                            lambda e, _p: _joined(r.name for r in _refs(value(e)))),
                    _Column(self.header(field, "sha256"),
                            lambda e, _p: _joined(r.digest for r in _refs(value(e))))]
        if field.type == "number":
            return [_Column(self.header(field), lambda e, _p: _number(value(e)))]
        if field.type == "checkbox":
            return [_Column(self.header(field), lambda e, _p: (
                value(e) if isinstance(value(e), bool) else _text(value(e))))]
        if field.type in ("datetime", "day"):
            with_time = field.type == "datetime" and field.enable_time
            return [_Column(self.header(field), lambda e, _p: _when(value(e), with_time))]
        if field.type in _CHOICES or field.type == "selectboxes":
            shown = {o.value: self.tr(o.label) for o in field.options}

            def choice(entity: Entity, _parent: str | None) -> Any:
                found = value(entity)
                if isinstance(found, dict):  # selectboxes: {value: checked}
                    chosen = [k for k, on in found.items() if on is True]
                elif isinstance(found, list):
                    chosen = [str(k) for k in found]
                elif found is None or found == "":
                    return None
                else:
                    chosen = [str(found)]
                return _joined(shown.get(k, k) if self.labels else k for k in chosen)
            return [_Column(self.header(field), choice)]
        return [_Column(self.header(field), lambda e, _p: _text(value(e)))]


class ExportService:
    """Writes exports of the registry; runs on the caller's thread (the window uses a
    worker)."""

    def __init__(self, session: Session, config: Callable[[], AppConfig]) -> None:
        self.session = session
        self.config = config

    def living(self, at: str | None) -> list[Entity]:
        """The records the list shows, now or as of `at` (refused unless a UTC stamp)."""
        if at is None:
            return [e for e in self.session.queries.entities() if not e.deleted]
        try:
            stamp_key(at)
        except InvalidEvent:
            raise KnownError("{at} is not a UTC time such as 2024-05-01T08:30:00Z.",
                             at=at) from None
        return AsOfService(self.session).entities(at)

    def forms(self, names: Sequence[str]) -> list[EntityForm]:
        config = self.config()
        if not names:
            return list(config.entity_forms)
        unknown = [n for n in names if config.form(n) is None]
        if unknown:
            raise KnownError("The app config has no form {form}; its forms are {forms}.",
                             form=", ".join(unknown),
                             forms=", ".join(f.name for f in config.entity_forms))
        return [f for f in config.entity_forms if f.name in names]

    def tables(self, request: ExportRequest, translate: Translate | None = None,
               progress: Progress | None = None) -> list[Table]:
        """The chosen forms' tables, in the config's order, rows by name."""
        forms = self.forms(request.forms)
        entities = self.living(request.at)
        config = self.config()
        group_of = {m: e.guid for e in entities if e.is_group for m in e.member_ids}
        by_form: dict[str, list[Entity]] = {f.name: [] for f in forms}
        for entity in entities:
            name = entity.data.get(ENTITY_NAME)
            if isinstance(name, str) and name in by_form:
                by_form[name].append(entity)
        total, done = sum(len(v) for v in by_form.values()), 0
        tables = []
        for form in forms:
            parent = config.form(form.depends_on) if form.depends_on else None
            columns = _Columns(form, parent, request.labels, translate or (lambda t: t))
            rows = []
            for entity in by_form[form.name]:
                stored_parent = entity.data.get(PARENT_GUID)
                household = group_of.get(entity.guid) or (
                    stored_parent if isinstance(stored_parent, str) else None)
                rows.append([c.cell(entity, household) for c in columns.columns])
                done += 1
                if progress is not None and done % 500 == 0:
                    progress(done, total)
            tables.append(Table(form, [c.header for c in columns.columns], rows))
        if progress is not None:
            progress(total, total)
        return tables

    def export(self, request: ExportRequest, out: Path, translate: Translate | None = None,
               progress: Progress | None = None) -> ExportSummary:
        """Write the export to `out` (replacing it), all at once."""
        if request.format not in FORMATS:
            raise KnownError("The export format is csv or xlsx, not {format}.",
                             format=request.format)
        tables = self.tables(request, translate, progress)
        write = write_xlsx if request.format == "xlsx" else write_csv_zip
        write_atomically(out, lambda stream: write(tables, stream))
        return ExportSummary(out, request.format, {t.form.name: len(t.rows) for t in tables})


def write_atomically(out: Path, write: Callable[[io.BufferedWriter], None]) -> None:
    """Write to a temporary file beside `out`, then rename it onto `out`."""
    folder = out.parent if str(out.parent) else Path()
    if out.is_dir():
        raise KnownError("Cannot write {path}: it is a folder.", path=str(out))
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part",
                                             dir=folder)
    except OSError as exc:
        raise KnownError("Cannot write {path}: {reason}.", path=str(out),
                         reason=exc.strerror or str(exc)) from None
    try:
        with os.fdopen(handle, "wb") as stream:
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, out)
    except BaseException as exc:
        Path(temporary).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise KnownError("Cannot write {path}: {reason}.", path=str(out),
                             reason=exc.strerror or str(exc)) from None
        raise


def _csv_cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        return value.isoformat(timespec="milliseconds") + "Z"
    if isinstance(value, date):
        return value.isoformat()
    return value


def csv_bytes(table: Table) -> bytes:
    """A table as CSV: UTF-8 with a byte order mark, ISO dates."""
    text = io.StringIO()
    writer = csv.writer(text)
    writer.writerow(table.header)
    writer.writerows([_csv_cell(v) for v in row] for row in table.rows)
    return text.getvalue().encode("utf-8-sig")


def write_csv_zip(tables: Sequence[Table], stream: io.BufferedWriter) -> None:
    with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as archive:
        for table in tables:
            archive.writestr(f"{table.form.name}.csv", csv_bytes(table))


def _sheet_names(tables: Sequence[Table]) -> list[str]:
    names: list[str] = []
    for table in tables:
        base = "".join(" " if ch in "[]:*?/\\" else ch
                       for ch in (table.form.title or table.form.name))[:_SHEET_NAME] or "Sheet"
        name, n = base, 2
        while name.casefold() in (m.casefold() for m in names):
            suffix = f" ({n})"
            name, n = base[:_SHEET_NAME - len(suffix)] + suffix, n + 1
        names.append(name)
    return names


def _width(value: Any) -> int:
    if value is None:
        return 0
    if isinstance(value, datetime):
        return 19
    if isinstance(value, date):
        return 10
    return len(str(value))


def write_xlsx(tables: Sequence[Table], stream: io.BufferedWriter) -> None:
    # Imported here: only exports need it, and it takes a while to import.
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    for table, name in zip(tables, _sheet_names(tables), strict=True):
        sheet = book.create_sheet(name)
        sheet.freeze_panes = "A2"
        for index, title in enumerate(table.header):
            longest = max([len(title), *(_width(r[index]) for r in table.rows[:_WIDTH_SAMPLE])])
            sheet.column_dimensions[get_column_letter(index + 1)].width = min(
                max(longest + 2, _MIN_WIDTH), _MAX_WIDTH)
        sheet.append(table.header)
        for row in table.rows:
            sheet.append(row)
    book.save(stream)
