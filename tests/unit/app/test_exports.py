"""Exports of the registry to CSV and XLSX hold exactly the records the list shows."""

from __future__ import annotations

import csv
import io
import time
import zipfile
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from datacollect_desktop.app.browse import ListFilter
from datacollect_desktop.app.clock import utc_stamp
from datacollect_desktop.app.exports import ExportRequest
from datacollect_desktop.app.history import AsOfService
from datacollect_desktop.app.workspace import Workspace
from datacollect_desktop.domain.errors import KnownError
from datacollect_desktop.domain.forms import AppConfig

HOUSEHOLDS = [
    ({"name": "Diallo household", "dwelling": "house", "monthlyIncome": 1200},
     [{"givenName": "Awa", "familyName": "Diallo", "dateOfBirth": "1990-04-12", "sex": "female",
       "relationship": "head", "disability": False, "needs": {"food": True, "health": True}},
      {"givenName": "Moussa", "familyName": "Diallo", "dateOfBirth": "2015-09-01",
       "sex": "male", "relationship": "child"}]),
    ({"name": "Okafor household", "dwelling": "apartment", "monthlyIncome": 800.5},
     [{"givenName": "Chidi", "familyName": "Okafor", "dateOfBirth": "1985-01-30", "sex": "male",
       "relationship": "head"}]),
    ({"name": "Haddad household", "dwelling": "shelter"}, []),
]


def register(workspace: Workspace) -> dict[str, str]:
    """The households and members, by name; then one edit and one deletion."""
    config, registrar = workspace.config, workspace.registrar
    guids: dict[str, str] = {}
    for household, members in HOUSEHOLDS:
        group = registrar.register(config, config.form("household"), household,
                                   correlation_id=household["name"])
        guids[household["name"]] = group
        for member in members:
            guids[member["givenName"]] = registrar.register(
                config, config.form("individual"), member, correlation_id=member["givenName"],
                parent_guid=group)
    return guids


def edit_and_delete(workspace: Workspace, guids: dict[str, str]) -> None:
    queries, registrar = workspace.session.queries, workspace.registrar
    okafor = queries.entity(guids["Okafor household"])
    registrar.update(workspace.config.form("household"), okafor,
                     {**okafor.data, "monthlyIncome": 950}, correlation_id="edit")
    registrar.delete(queries.entity(guids["Haddad household"]), reason="Registered twice",
                     form_name="household", correlation_id="delete")
    registrar.delete(queries.entity(guids["Moussa"]), reason="Moved away",
                     form_name="individual", correlation_id="delete-member")


@pytest.fixture
def outputs(tmp_path: Path) -> Path:
    """A folder of exports only (the profile is beside it)."""
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


def listed(workspace: Workspace) -> set[str]:
    """The guids the records list shows, form by form."""
    return {r.guid for form in ("household", "individual")
            for r in workspace.browse.page(ListFilter(form=form), 0, 1000)}


def xlsx_rows(path: Path) -> dict[str, list[dict[str, Any]]]:
    book = load_workbook(path)
    sheets = {}
    for sheet in book.worksheets:
        values = list(sheet.iter_rows(values_only=True))
        sheets[sheet.title] = [dict(zip(values[0], row, strict=True)) for row in values[1:]]
    return sheets


def csv_rows(path: Path) -> dict[str, list[dict[str, str]]]:
    with zipfile.ZipFile(path) as archive:
        found = {}
        for name in archive.namelist():
            raw = archive.read(name)
            assert raw.startswith(b"\xef\xbb\xbf")
            found[name] = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
        return found


def test_the_xlsx_export_holds_exactly_the_listed_records_with_their_types(
        workspace: Workspace, outputs: Path) -> None:
    guids = register(workspace)
    edit_and_delete(workspace, guids)
    out = outputs / "registry.xlsx"
    summary = workspace.exports.export(ExportRequest("xlsx"), out)
    sheets = xlsx_rows(out)
    assert set(sheets) == {"Household", "Household member"}
    exported = {r["guid"] for rows in sheets.values() for r in rows}
    assert exported == listed(workspace)
    assert guids["Haddad household"] not in exported and guids["Moussa"] not in exported
    assert summary.counts == {"household": 2, "individual": 2}
    members = {r["givenName"]: r for r in sheets["Household member"]}
    assert members["Awa"]["household guid"] == guids["Diallo household"]
    assert members["Chidi"]["household guid"] == guids["Okafor household"]
    assert members["Awa"]["dateOfBirth"] == datetime(1990, 4, 12)  # a date cell
    assert members["Awa"]["disability"] is False
    assert members["Awa"]["needs"] == "food; health"
    households = {r["name"]: r for r in sheets["Household"]}
    assert households["Okafor household"]["monthlyIncome"] == 950
    assert isinstance(households["Diallo household"]["monthlyIncome"], int)
    book = load_workbook(out)
    sheet = book["Household member"]
    assert sheet.freeze_panes == "A2"
    assert sheet["D2"].is_date or any(c.is_date for c in sheet[2])
    assert sheet.column_dimensions["A"].width >= 36  # a guid fits


def test_the_csv_export_is_one_file_per_form_in_a_zip(workspace: Workspace,
                                                         outputs: Path) -> None:
    guids = register(workspace)
    edit_and_delete(workspace, guids)
    out = outputs / "registry.zip"
    workspace.exports.export(ExportRequest("csv"), out)
    files = csv_rows(out)
    assert set(files) == {"household.csv", "individual.csv"}
    assert {r["guid"] for rows in files.values() for r in rows} == listed(workspace)
    awa = next(r for r in files["individual.csv"] if r["givenName"] == "Awa")
    assert awa["dateOfBirth"] == "1990-04-12"
    assert awa["household guid"] == guids["Diallo household"]
    assert list(outputs.iterdir()) == [out]  # nothing left beside it


def test_labels_in_the_windows_language_or_raw_values(workspace: Workspace,
                                                        outputs: Path) -> None:
    register(workspace)
    french = workspace.config.translator("fr")
    request = ExportRequest("xlsx", forms=("individual",), labels=True)
    tables = workspace.exports.tables(request, french)
    (table,) = tables
    awa = dict(zip(table.header, next(r for r in table.rows if "Awa" in r), strict=True))
    assert french("Given name") in awa and french("Given name") != "Given name"
    assert awa[french("Relationship to head")] == french("Head") != "Head"
    raw = workspace.exports.tables(ExportRequest("xlsx", forms=("individual",)))[0]
    awa = dict(zip(raw.header, next(r for r in raw.rows if "Awa" in r), strict=True))
    assert awa["relationship"] == "head" and awa["sex"] == "female"


def test_an_export_as_of_a_moment_matches_entities_at(workspace: Workspace,
                                                      outputs: Path) -> None:
    guids = register(workspace)
    time.sleep(0.01)
    moment = utc_stamp()
    time.sleep(0.01)
    edit_and_delete(workspace, guids)
    then = {e.guid for e in AsOfService(workspace.session).entities(moment)}
    out = outputs / "then.xlsx"
    workspace.exports.export(ExportRequest("xlsx", at=moment), out)
    sheets = xlsx_rows(out)
    assert {r["guid"] for rows in sheets.values() for r in rows} == then
    assert guids["Haddad household"] in then
    okafor = next(r for r in sheets["Household"] if r["name"] == "Okafor household")
    assert okafor["monthlyIncome"] == 800.5


@pytest.mark.parametrize(("request_", "says"), [
    (ExportRequest("xlsx", at="yesterday"), "not a UTC time"),
    (ExportRequest("xlsx", forms=("livestock",)), "no form livestock"),
])
def test_a_bad_moment_or_an_unknown_form_is_refused_and_writes_nothing(
        workspace: Workspace, outputs: Path, request_: ExportRequest, says: str) -> None:
    with pytest.raises(KnownError, match=says):
        workspace.exports.export(request_, outputs / "out.xlsx")
    assert list(outputs.iterdir()) == []


def test_a_failed_write_leaves_the_previous_file(workspace: Workspace, outputs: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    register(workspace)
    out = outputs / "registry.xlsx"
    out.write_bytes(b"yesterday's export")

    def broken(*_args: object) -> None:
        raise OSError(28, "No space left on device")
    monkeypatch.setattr("datacollect_desktop.app.exports.write_xlsx", broken)
    with pytest.raises(KnownError, match="No space left"):
        workspace.exports.export(ExportRequest("xlsx"), out)
    assert out.read_bytes() == b"yesterday's export"
    assert list(outputs.iterdir()) == [out]


def test_an_empty_field_is_an_empty_cell_and_the_last_change_a_date_time(
        workspace: Workspace) -> None:
    config = workspace.config
    workspace.registrar.register(config, config.form("household"), {"name": "Ba household"},
                                 correlation_id="x")
    (table,) = workspace.exports.tables(ExportRequest("xlsx", forms=("household",)))
    row = dict(zip(table.header, table.rows[0], strict=True))
    assert row["monthlyIncome"] is None and row["dwelling"] is None
    assert isinstance(row["last updated"], datetime) and row["last updated"].tzinfo is None


def test_a_location_is_two_number_columns_and_a_file_its_name_and_digest(
        workspace: Workspace, outputs: Path) -> None:
    doc = dict(workspace.config.raw)
    forms = [dict(f) for f in doc["entityForms"]]
    formio = dict(forms[0]["formio"])
    formio["components"] = [*formio["components"],
                            {"type": "location", "key": "home", "label": "Home", "input": True},
                            {"type": "file", "key": "photos", "label": "Photos", "image": True,
                             "multiple": True, "input": True}]
    forms[0]["formio"] = formio
    doc["entityForms"] = forms
    workspace.config = AppConfig.from_json(doc)
    photo = b"\xff\xd8\xff" + b"x" * 64 + b"\xff\xd9"
    ref = workspace.attachments.add_bytes(photo, name="door.jpg", media_type="image/jpeg")
    workspace.registrar.register(
        workspace.config, workspace.config.form("household"),
        {"name": "Ba household", "home": {"lat": 14.69, "lon": -17.44, "accuracy": 5.0},
         "photos": [ref.to_json()]}, correlation_id="x")
    out = outputs / "with-photos.xlsx"
    workspace.exports.export(ExportRequest("xlsx", forms=("household",)), out)
    (row,) = xlsx_rows(out)["Household"]
    assert (row["home lat"], row["home lon"]) == (14.69, -17.44)
    assert "home" not in row
    assert row["photos"] == "door.jpg" and row["photos sha256"] == ref.digest
