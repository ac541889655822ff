"""`export-records`: the registry to CSV or XLSX from the command line, as real processes."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.factories import wire
from tests.integration.test_cli import cli, out

MOMENT = "2024-05-01T00:00:20.000Z"


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """Two households with members stamped before MOMENT; after it an edit and a deletion."""
    directory = tmp_path / "profile"
    out(cli(directory, "init"))
    events = [
        wire("h1", "create-group", {"entityName": "household", "name": "Diallo household",
                                    "monthlyIncome": 1200}, second=10),
        wire("h1", "add-member", {"members": [
            {"guid": "p1", "entityName": "individual", "givenName": "Awa",
             "familyName": "Diallo", "dateOfBirth": "1990-04-12", "parentGuid": "h1"}]},
             second=11),
        wire("h2", "create-group", {"entityName": "household", "name": "Okafor household"},
             second=12),
        wire("h1", "update-group", {"monthlyIncome": 900}, second=30),
        wire("h2", "delete-entity", {"reason": "Registered twice"}, second=31),
    ]
    proc = cli(directory, "submit", stdin="\n".join(json.dumps(e) for e in events))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return directory


def test_xlsx_now_and_csv_as_of_a_moment_match_entities(home: Path, tmp_path: Path) -> None:
    xlsx = tmp_path / "now.xlsx"
    told = out(cli(home, "export-records", "--format", "xlsx", str(xlsx)))
    assert told == {"file": str(xlsx), "format": "xlsx",
                    "records": {"household": 1, "individual": 1}}
    book = load_workbook(xlsx)
    households = list(book["Household"].iter_rows(values_only=True))
    assert [r[0] for r in households[1:]] == ["h1"]
    assert dict(zip(households[0], households[1], strict=True))["monthlyIncome"] == 900
    now = {e["guid"] for e in out(cli(home, "entities")) if not e.get("deleted")}
    members = list(book["Household member"].iter_rows(values_only=True))
    assert {r[0] for r in [*households[1:], *members[1:]]} == now

    zipped = tmp_path / "then.zip"
    out(cli(home, "export-records", "--format", "csv", "--at", MOMENT, str(zipped)))
    with zipfile.ZipFile(zipped) as archive:
        tables = {name: list(csv.DictReader(io.StringIO(archive.read(name).decode("utf-8-sig"))))
                  for name in archive.namelist()}
    then = {e["guid"] for e in out(cli(home, "entities", "--at", MOMENT))}
    assert {r["guid"] for rows in tables.values() for r in rows} == then == {"h1", "h2", "p1"}
    diallo = next(r for r in tables["household.csv"] if r["guid"] == "h1")
    assert diallo["monthlyIncome"] == "1200"
    assert tables["individual.csv"][0]["household guid"] == "h1"


def test_one_form_with_labels(home: Path, tmp_path: Path) -> None:
    path = tmp_path / "members.xlsx"
    out(cli(home, "export-records", "--format", "xlsx", "--form", "individual", "--labels",
            str(path)))
    book = load_workbook(path)
    assert book.sheetnames == ["Household member"]
    header = next(book.active.iter_rows(values_only=True))
    assert "Given name" in header and "givenName" not in header


@pytest.mark.parametrize(("args", "says"), [
    (["--at", "last tuesday"], "not a UTC time"),
    (["--form", "livestock"], "no form livestock"),
])
def test_a_bad_moment_or_form_exits_2_and_writes_nothing(
        home: Path, tmp_path: Path, args: list[str], says: str) -> None:
    path = tmp_path / "out.xlsx"
    proc = cli(home, "export-records", "--format", "xlsx", *args, str(path))
    assert proc.returncode == 2
    assert says in json.loads(proc.stderr)["message"]
    assert not path.exists()


def test_an_unwritable_destination_exits_2(home: Path, tmp_path: Path) -> None:
    proc = cli(home, "export-records", "--format", "csv", str(tmp_path / "missing" / "x.zip"))
    assert proc.returncode == 2
    assert "Cannot write" in json.loads(proc.stderr)["message"]
    proc = cli(home, "export-records", "--format", "csv", str(tmp_path))
    assert proc.returncode == 2 and "a folder" in json.loads(proc.stderr)["message"]
    assert cli(home, "export-records", "--format", "ods", "x").returncode == 2
