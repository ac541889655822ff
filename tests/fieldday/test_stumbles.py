"""The journey's own stumbles (issue 13, Build 5), met as a field worker meets them: finishing
a household from an untouched member form, the possible-duplicate warning, deleted people."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from datacollect_desktop.ui.style import apply_style
from tests.fieldday.campaign import AMINA
from tests.fieldday.journey import DOWN, ENTER, SPACE, Device, Person

pytestmark = pytest.mark.fieldday


@pytest.fixture
def laptop(qtbot: QtBot, qapp: QApplication, tmp_path: Path) -> Iterator[Device]:
    apply_style(qapp)
    device = Device(qtbot, AMINA, tmp_path / "laptop")
    device.open()
    yield device
    device.close()


def start_household(laptop: Device, name: str) -> None:
    laptop.focus()
    laptop.view.show_page("register")
    page = laptop.view.register
    assert page.form_view is not None
    page.form_view.focus_first()
    laptop.type(name, ENTER, "1 Lake Road", Qt.Key.Key_Tab, DOWN, ENTER, "50", ENTER,
                "+254 700 000 001", ENTER, ENTER, ENTER)
    assert page.entry.form.name == "individual", page.problems.text()


def type_member(laptop: Device, person: Person) -> None:
    laptop.type(person.given, ENTER, person.family, ENTER, person.born, ENTER, SPACE, ENTER)
    laptop.type(*([DOWN] * person.relationship))


def test_ctrl_shift_s_finishes_a_household_from_an_untouched_member_form(
        laptop: Device) -> None:
    start_household(laptop, "Odera household")
    type_member(laptop, Person("Akinyi", "Odera", "1992-04-04"))
    laptop.type(Qt.Key.Key_S, ctrl=True)
    page = laptop.view.register
    assert page.entry.members_saved == 1 and page.entry.form.name == "individual"
    laptop.type(Qt.Key.Key_S, ctrl=True, shift=True)  # nothing typed in the next member
    assert page.entry.form.name == "household" and page.entry.parent_guid is None, (
        page.problems.text())
    assert laptop.workspace.drafts.all() == []  # and no junk draft is left behind


def test_the_duplicate_warning_stays_until_the_person_decides(
        qtbot: QtBot, laptop: Device) -> None:
    laptop.register_household("Wekesa household", "70", [Person("Nafula", "Wekesa",
                                                                "1988-08-08")])
    before = len(list(laptop.workspace.session.queries.events()))
    start_household(laptop, "Second Wekesa household")
    page = laptop.view.register
    type_member(laptop, Person("Nafula", "Wekesa", "1988-08-08"))
    laptop.type(Qt.Key.Key_S, ctrl=True)
    qtbot.waitUntil(page.banner.isVisible)
    assert page.entry.members_saved == 0
    laptop.type(DOWN)  # any change: the relationship
    qtbot.wait(500)  # past the delay after which the form looks for duplicates again
    assert page.banner.isVisible(), "a change hid the possible-duplicate warning"
    laptop.type(Qt.Key.Key_S, ctrl=True)
    assert page.entry.members_saved == 0, "saved without anyone deciding"
    saved = len(list(laptop.workspace.session.queries.events()))
    assert saved == before + 1  # only the second household itself
    page.banner.dismiss_button.click()  # "It is a different person"
    laptop.type(Qt.Key.Key_S, ctrl=True)
    assert page.entry.members_saved == 1


def test_a_deleted_person_is_no_longer_a_possible_duplicate_and_cannot_be_deleted_again(
        qtbot: QtBot, laptop: Device) -> None:
    person = Person("Jepkoech", "Chebet", "1970-07-07")
    _, (gone,) = laptop.register_household("Chebet household", "30", [person])
    start_household(laptop, "Kiprop household")
    page = laptop.view.register
    type_member(laptop, person)
    laptop.type(Qt.Key.Key_S, ctrl=True)
    qtbot.waitUntil(page.banner.isVisible)
    page.banner.dismiss_button.click()  # "It is a different person"
    laptop.type(Qt.Key.Key_S, ctrl=True)
    assert page.entry.members_saved == 1, page.problems.text()
    laptop.type(Qt.Key.Key_S, ctrl=True, shift=True)

    laptop.delete_record(gone)
    laptop.view.open_record(gone)
    assert not laptop.view.detail.delete_button.isEnabled()
    laptop.focus()
    laptop.view.nav.setFocus()
    laptop.type(Qt.Key.Key_9, ctrl=True)
    duplicates = laptop.view.supervision.duplicates
    duplicates.refresh()
    listed = [p for p in duplicates.pairs if gone in (p.first.guid, p.second.guid)]
    assert listed == [], "the deleted person is still listed as a possible duplicate"
    for row in range(duplicates.list.rowCount()):
        duplicates.list.selectRow(row)
        pair = duplicates.pair
        if pair is not None and gone in (pair.first.guid, pair.second.guid):
            assert not duplicates.keep_first_button.isEnabled()

    start_household(laptop, "New Chebet household")
    type_member(laptop, person)
    qtbot.wait(500)  # past the delay after which the form looks for duplicates
    assert gone not in {m.guid for m in page.banner.matches}, (
        "the deleted person is offered as a possible duplicate")
