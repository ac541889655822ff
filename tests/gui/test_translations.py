"""The window in French, Spanish and Arabic: complete catalogues, loaded at start, Arabic laid
out right to left, and sentences from below the window translated too."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyleOptionSlider,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
)
from pytestqt.qtbot import QtBot

from datacollect_desktop.app.audit import Activity
from datacollect_desktop.app.preferences import PreferenceFile
from datacollect_desktop.domain.messages import Message
from datacollect_desktop.storage.database import write_transaction
from datacollect_desktop.ui.activity_chart import ActivityChart, user_color
from datacollect_desktop.ui.cell_direction import isolate_cells
from datacollect_desktop.ui.language import (
    I18N,
    catalogue,
    choose_language,
    install_language,
    installed_language,
)
from datacollect_desktop.ui.main_window import MainWindow
from datacollect_desktop.ui.messages import translated
from datacollect_desktop.ui.row_selection import select_row
from datacollect_desktop.ui.settings_dialog import SettingsDialog
from datacollect_desktop.ui.timeline_slider import TimelineSlider
from tests.factories import wire
from tests.gui.conftest import open_window, unlock, workspace_of

TRANSLATED = ("fr", "es", "ar")
Use = Callable[[str], None]
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
TAG = re.compile(r"</?[a-zA-Z][^>]*>")


def messages(language: str) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) of every message in a catalogue."""
    root = ET.parse(I18N / f"datacollect_{language}.ts").getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found.append((name, message.findtext("source") or "", translation))
    return found


def texts(translation: ET.Element) -> list[str]:
    """A translation's text, or each of its plural forms."""
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


@pytest.fixture
def language(qapp: QApplication) -> Iterator[Use]:
    """Switch the application's language for one test; English again afterwards."""

    def use(code: str) -> None:
        assert install_language(qapp, code)

    yield use
    install_language(qapp, "en")


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_source_string_has_a_translation(code: str) -> None:
    found = messages(code)
    assert len(found) > 300
    missing = [f"{context}: {source!r}" for context, source, translation in found
               if not all(text.strip() for text in texts(translation))
               or translation.get("type")]
    assert missing == []


@pytest.mark.parametrize("code", TRANSLATED)
def test_translations_keep_placeholders_markup_and_accelerators(code: str) -> None:
    for context, source, element in messages(code):
        for text in texts(element):
            where = f"{code} {context}: {source!r} -> {text!r}"
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), where
            assert sorted(TAG.findall(text)) == sorted(TAG.findall(source)), where
            assert ("&" in text) == ("&" in source), where


def test_arabic_placeholders_keep_the_direction_of_their_values() -> None:
    """A name in Latin letters or a date inside an Arabic sentence is isolated, so the
    sentence's direction neither reorders it nor is taken from it."""
    bare = re.compile("(?<!\u2068)" + PLACEHOLDER.pattern + "(?!\u2069)")
    for context, source, element in messages("ar"):
        for text in texts(element):
            assert not bare.search(text), f"{context}: {source!r} -> {text!r}"
            assert not text.startswith("\u2068"), f"{context}: {source!r} starts left to right"


def test_the_english_catalogue_holds_every_string_of_the_others() -> None:
    english = {(c, s) for c, s, _ in messages("en")}
    for code in TRANSLATED:
        assert {(c, s) for c, s, _ in messages(code)} == english


@pytest.mark.skipif(shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
                    is None, reason="needs pyside6-lrelease beside this Python")
@pytest.mark.parametrize("code", ("en", *TRANSLATED))
def test_the_shipped_catalogues_are_compiled_from_the_translations(tmp_path: Path,
                                                                   code: str) -> None:
    compiled = tmp_path / f"{code}.qm"
    subprocess.run([str(Path(sys.executable).parent / "pyside6-lrelease"), "-silent",
                    str(I18N / f"datacollect_{code}.ts"), "-qm", str(compiled)], check=True)
    assert compiled.read_bytes() == catalogue(code).read_bytes(), (
        "run python scripts/update_translations.py")


def test_the_window_starts_in_french(qtbot: QtBot, created_profile: Path,
                                     language: Use) -> None:
    language("fr")
    assert installed_language() == "fr"
    window = open_window(qtbot, created_profile)
    assert window.unlock_page.unlock_button.text() == "Déverrouiller"
    assert window.menuBar().actions()[0].text() == "&Profil"
    unlock(qtbot, window)
    assert window.view is not None
    labels = [window.view.nav.item(row).text() for row in range(window.view.nav.count())]
    assert labels == ["Inscrire", "Fiches", "Brouillons", "À vérifier", "Historique d'audit",
                      "Registre à la date…", "Intégrité", "Conflits", "Doublons"]


def test_arabic_lays_the_window_out_right_to_left(qtbot: QtBot, created_profile: Path,
                                                  language: Use) -> None:
    language("ar")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    window = open_window(qtbot, created_profile)
    unlock(qtbot, window)
    view = window.view
    assert view is not None and window.isRightToLeft()
    assert view.nav.mapTo(window, view.nav.rect().topLeft()).x() > view.stack.mapTo(
        window, view.stack.rect().topLeft()).x(), "the navigation is not on the right"
    assert view.nav.item(0).text() == "التسجيل"


@pytest.mark.parametrize("direction", [Qt.LayoutDirection.LeftToRight,
                                       Qt.LayoutDirection.RightToLeft])
def test_time_runs_the_way_the_language_reads_on_the_timeline_and_the_chart(
        qtbot: QtBot, direction: Qt.LayoutDirection) -> None:
    slider = TimelineSlider()
    slider.setLayoutDirection(direction)
    slider.resize(600, slider.sizeHint().height())
    qtbot.addWidget(slider)
    slider.show()
    slider.set_labels([(f"10:0{n}", "amina") for n in range(5)])
    handle_x = []
    for position in (0, 4):
        slider.set_position(position)
        option = QStyleOptionSlider()
        slider.slider.initStyleOption(option)
        handle = slider.slider.style().subControlRect(
            QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderHandle,
            slider.slider)
        handle_x.append(slider.slider.mapTo(slider, handle.center()).x()
                        - slider.ruler.x())
    first, last = slider.ruler.centers()
    assert abs(first - handle_x[0]) <= 2 and abs(last - handle_x[1]) <= 2  # labels under it
    chart = ActivityChart()
    chart.setLayoutDirection(direction)
    chart.resize(600, chart.sizeHint().height())
    qtbot.addWidget(chart)
    chart.set_activity(Activity(["2026-03-01", "2026-03-02"], ["amina", "kofi"],
                                {("2026-03-01", "amina"): 4, ("2026-03-02", "kofi"): 4}))
    image = chart.grab().toImage()
    row = image.height() // 3
    xs = [x for x in range(image.width()) if image.pixelColor(x, row) == user_color(0)]
    first_day_on_the_right = min(xs) > image.width() // 2
    assert first_day_on_the_right == (direction == Qt.LayoutDirection.RightToLeft)


def test_rows_are_selected_from_code_in_right_to_left_tables_too(qtbot: QtBot) -> None:
    table = QTableWidget(3, 2)
    table.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    qtbot.addWidget(table)
    table.show()
    select_row(table, 1)
    assert [index.row() for index in table.selectionModel().selectedRows()] == [1]


def test_table_cells_keep_the_direction_of_their_text_in_right_to_left_tables(
        qtbot: QtBot) -> None:
    """A phone number in an Arabic table reads "+254 797 917 672", not "672 917 797 254+"."""
    table = QTableWidget(1, 1)
    table.setItem(0, 0, QTableWidgetItem("+254 797 917 672"))
    isolate_cells(table)
    qtbot.addWidget(table)
    shown = {}
    for direction in (Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft):
        table.setLayoutDirection(direction)
        option = QStyleOptionViewItem()
        table.initViewItemOption(option)
        table.itemDelegate().initStyleOption(option, table.model().index(0, 0))
        shown[direction] = option.text
    assert shown[Qt.LayoutDirection.LeftToRight] == "+254 797 917 672"
    assert shown[Qt.LayoutDirection.RightToLeft] == "\u2068+254 797 917 672\u2069"
    assert table.item(0, 0).text() == "+254 797 917 672"  # copied and searched as typed


def test_errors_from_below_the_window_are_shown_in_the_persons_language(
        qtbot: QtBot, created_profile: Path, language: Use) -> None:
    language("es")
    window = open_window(qtbot, created_profile)
    qtbot.keyClicks(window.unlock_page.passphrase, "not the passphrase")
    qtbot.keyClick(window.unlock_page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.unlock_page.error.isVisible(), timeout=10_000)
    assert window.unlock_page.error.text().startswith(
        "La frase de contraseña no es la de este perfil.")


def test_integrity_problems_and_proof_errors_are_in_the_persons_language(
        qtbot: QtBot, created_profile: Path, language: Use) -> None:
    language("fr")
    window = open_window(qtbot, created_profile)
    unlock(qtbot, window)
    session = workspace_of(window).session
    session.store.submit([wire(f"p{n}", "create-individual", {"name": f"Personne {n}"})
                          for n in range(4)])
    with write_transaction(session.db) as conn:  # behind the application's back
        body = bytes(conn.execute("SELECT body FROM events WHERE seq = 2").fetchone()[0])
        conn.execute("UPDATE events SET body = ? WHERE seq = 2",
                     (body.replace(b"Personne 1", b"Personne 9"),))
        conn.execute("DELETE FROM events WHERE seq = 4")
    assert window.view is not None
    window.view.show_page("integrity")
    page = window.view.supervision.integrity
    page.verify_now()
    qtbot.waitUntil(lambda: not page.verifying and page.alarm.isVisible(), timeout=20_000)
    reasons = {page.problems.item(row, 5).text() for row in range(page.problems.rowCount())}
    assert ("le contenu de l'événement ne correspond pas à l'empreinte de sa feuille : il a "
            "été altéré") in reasons
    page.show_proof(4)
    qtbot.waitUntil(lambda: page.proof.result.text() not in ("", "Vérification…"),
                    timeout=10_000)
    assert page.proof.result.text() == "aucun événement numéro 4 dans ce profil"


def test_validator_messages_are_translated_with_the_forms_own_labels(
        qtbot: QtBot, created_profile: Path, language: Use) -> None:
    language("fr")
    window = open_window(qtbot, created_profile)
    unlock(qtbot, window)
    page = window.view.register if window.view else None
    assert page is not None and page.form_view is not None
    page.save()
    assert page.form_view.rows["name"].error.text() == "Nom du ménage est obligatoire."
    assert page.problems.text().startswith("Rien n'a été enregistré : 1 champ à corriger.")
    assert workspace_of(window).session.queries.size() == 0


class _Careless(QTranslator):
    """A translation that names a placeholder the template does not have."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        return "{nom} est obligatoire." if source == "{label} is required." else ""


def test_a_translation_with_a_wrong_placeholder_shows_the_english(qapp: QApplication) -> None:
    careless = _Careless()
    qapp.installTranslator(careless)
    try:
        assert translated(Message("{label} is required.", label="Age")) == "Age is required."
    finally:
        qapp.removeTranslator(careless)


def test_nested_messages_are_translated_part_by_part(language: Use) -> None:
    language("fr")
    problem = Message("{label} must be a number.", label="Age")
    message = Message("{grid}, row {row}: {problem}", grid="Members", row=2, problem=problem)
    assert translated(message) == "Members, ligne 2 : Age doit être un nombre."
    assert translated("plain text is left alone") == "plain text is left alone"


def test_the_language_chosen_in_settings_is_used_at_the_next_start(
        qtbot: QtBot, tmp_path: Path, window: MainWindow) -> None:
    preferences = PreferenceFile(tmp_path / "config")
    settings = workspace_of(window).settings
    dialog = SettingsDialog(settings, preferences=preferences)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == ""  # the system's, until one is chosen
    dialog.language.setCurrentIndex(dialog.language.findData("ar"))
    dialog.applied()
    assert preferences.load().language == "ar"
    assert choose_language(preferences.load().language) == "ar"
    reopened = SettingsDialog(settings, preferences=preferences)
    qtbot.addWidget(reopened)
    assert reopened.chosen_language() == "ar"


def test_an_unknown_language_falls_back_to_the_systems_or_english() -> None:
    assert choose_language("xx") in ("en", "fr", "es", "ar")
    assert choose_language("fr") == "fr"
