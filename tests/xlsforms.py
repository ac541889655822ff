"""XLSForm workbooks for the import tests, written with openpyxl as a form author's
spreadsheet program would save them: a survey sheet, a choices sheet and a settings sheet."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import openpyxl

Row = Mapping[str, Any]

def write_workbook(path: Path, survey: Sequence[Row], choices: Sequence[Row] = (),
                   settings: Row | None = None) -> Path:
    """Save `path` with one sheet a part; each sheet's header is the union of its rows' keys
    in the order they first appear, and a blank dict is a blank row."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "survey"
    _fill(sheet, survey)
    if choices:
        _fill(book.create_sheet("choices"), choices)
    if settings:
        _fill(book.create_sheet("settings"), [settings])
    book.save(path)
    return path


def _fill(sheet: Any, rows: Sequence[Row]) -> None:
    header: dict[str, None] = {}
    for row in rows:
        header.update(dict.fromkeys(row))
    sheet.append(list(header))
    for row in rows:
        sheet.append([row.get(column) for column in header])


def texts(en: str, fr: str, ar: str, *, kind: str = "label") -> dict[str, str]:
    """A text in English, French and Arabic, as `kind::Language (code)` columns."""
    return {f"{kind}::English (en)": en, f"{kind}::French (fr)": fr, f"{kind}::Arabic (ar)": ar}


#: A household registration: the survey sheet, row 2 first (the row number in comments).
HOUSEHOLD_SURVEY: list[Row] = [
    {"type": "text", "name": "hh_name", **texts("Household name", "Nom du ménage", "اسم الأسرة"),
     **texts("Family name of the head", "Nom de famille du chef", "اسم عائلة رب الأسرة",
             kind="hint"), "required": "yes"},                                          # 2
    {"type": "date", "name": "head_dob", **texts("Date of birth of the head",
                                                 "Date de naissance du chef",
                                                 "تاريخ ميلاد رب الأسرة")},              # 3
    {"type": "calculate", "name": "head_age",
     "calculation": "int((today() - ${head_dob}) div 365.25)"},                         # 4
    {"type": "select_one region", "name": "region", **texts("Region", "Région", "المنطقة"),
     "required": "yes"},                                                               # 5
    {"type": "select_one district", "name": "district",
     **texts("District", "District", "الحي"), "choice_filter": "region = ${region}"},  # 6
    {"type": "integer", "name": "hh_size", **texts("Household size", "Taille du ménage",
                                                   "حجم الأسرة"),
     "constraint": ". >= 1 and . <= 30",
     **texts("Between 1 and 30 people", "Entre 1 et 30 personnes", "بين 1 و 30 شخصا",
             kind="constraint_message")},                                              # 7
    {"type": "begin_group", "name": "contact", **texts("Contact", "Coordonnées", "الاتصال"),
     "relevant": "${head_age} >= 18"},                                                 # 8
    {"type": "text", "name": "phone", **texts("Phone", "Téléphone", "الهاتف")},        # 9
    {"type": "end_group"},                                                             # 10
    {"type": "begin_repeat", "name": "members", **texts("Members", "Membres", "الأفراد")},  # 11
    {"type": "text", "name": "member_name", **texts("Name", "Nom", "الاسم"),
     "required": "yes"},                                                               # 12
    {"type": "integer", "name": "member_age", **texts("Age", "Âge", "العمر"),
     "constraint": ". < 120",
     **texts("Age must be under 120", "L'âge doit être inférieur à 120", "العمر أقل من 120",
             kind="constraint_message")},                                              # 13
    {"type": "select_one yes_no", "name": "pregnant", **texts("Pregnant", "Enceinte", "حامل"),
     "relevant": "${member_age} >= 12"},                                               # 14
    {"type": "end_repeat"},                                                            # 15
    {"type": "calculate", "name": "member_count", "calculation": "count(${members})"},  # 16
    {"type": "select_multiple crops", "name": "crops", **texts("Crops", "Cultures", "المحاصيل")
     },                                                                                # 17
    {"type": "decimal", "name": "income", **texts("Monthly income", "Revenu mensuel",
                                                  "الدخل الشهري"), "default": "0"},  # 18
    {"type": "note", "name": "thanks", **texts("Thank you", "Merci", "شكرا")},          # 19
]

HOUSEHOLD_CHOICES: list[Row] = [
    {"list_name": "region", "name": "north", **texts("North", "Nord", "الشمال"), "region": ""},
    {"list_name": "region", "name": "south", **texts("South", "Sud", "الجنوب")},
    {"list_name": "district", "name": "na", **texts("North A", "Nord A", "الشمال أ"),
     "region": "north"},
    {"list_name": "district", "name": "nb", **texts("North B", "Nord B", "الشمال ب"),
     "region": "north"},
    {"list_name": "district", "name": "sa", **texts("South A", "Sud A", "الجنوب أ"),
     "region": "south"},
    {"list_name": "yes_no", "name": "yes", **texts("Yes", "Oui", "نعم")},
    {"list_name": "yes_no", "name": "no", **texts("No", "Non", "لا")},
    {"list_name": "crops", "name": "rice", **texts("Rice", "Riz", "الأرز")},
    {"list_name": "crops", "name": "maize", **texts("Maize", "Maïs", "الذرة")},
]

HOUSEHOLD_SETTINGS: Row = {"form_title": "Household registration", "form_id": "household",
                           "version": "2024061001", "default_language": "English (en)"}


def household_workbook(path: Path) -> Path:
    return write_workbook(path, HOUSEHOLD_SURVEY, HOUSEHOLD_CHOICES, HOUSEHOLD_SETTINGS)
