"""The record list on a profile with 100,000 entities: opens on one page, filters at once."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from datacollect_desktop.app.demo import fill_demo
from datacollect_desktop.app.gate import ProfileGate
from datacollect_desktop.ui.entity_model import PAGE
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.gui.conftest import Keys, open_window, unlock

HOUSEHOLDS = 22_300  # with 1 to 6 members each: about 100,000 entities


@pytest.fixture(scope="module")
def profile_100k(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("large") / "profile"
    workspace, _ = ProfileGate(directory, FAST_KDF).create("Awa", PASSPHRASE, PASSPHRASE)
    try:
        fill_demo(workspace, HOUSEHOLDS, seed=11, compact=True)
        entities = workspace.session.db.execute_sql("SELECT count(*) FROM entities")
        assert entities.fetchone()[0] >= 100_000
    finally:
        workspace.close()
    return directory


def test_the_list_of_100k_entities_opens_one_page_at_a_time_and_filters(
        qtbot: QtBot, profile_100k: Path, keys: Keys) -> None:
    window = open_window(qtbot, profile_100k)
    unlock(qtbot, window)
    view = window.view
    assert view is not None
    view.show_page("records")
    records = view.records
    model = records.model
    qtbot.waitUntil(lambda: model.rowCount() == PAGE)
    qtbot.waitUntil(lambda: records.count.text() == f"{HOUSEHOLDS + 1:,} records")
    loaded = model.rowCount()
    assert loaded <= 2 * PAGE  # a page or two; the rest comes as the list scrolls
    records.view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == loaded + PAGE)

    keys("diallo kib")
    qtbot.waitUntil(lambda: records.count.text().endswith(" found"), timeout=10_000)
    found = int(records.count.text().split()[0].replace(",", ""))
    assert 0 < found < HOUSEHOLDS
    qtbot.waitUntil(lambda: model.rowCount() >= min(found, PAGE))
    first = view.workspace.browse.detail(model.guid_at(model.index(0, 0)) or "")
    assert first is not None
    text = " ".join(str(v) for v in first.entity.data.values()).lower()
    assert "diallo" in text and "kibera" in text

    records.search.clear()
    records.form_filter.setCurrentIndex(records.form_filter.findText("Only: Household member"))
    keys(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: records.count.text().endswith(" records")
                    and int(records.count.text().split()[0].replace(",", "")) > HOUSEHOLDS)
    assert model.rowCount() <= 2 * PAGE
