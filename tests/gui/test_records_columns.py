"""The records list at 1024x700 and 1180x760, in English, French and Arabic: every cell of
the first page shows its whole text (Born, Sex, Form and Last change sized to what they
hold), and the name takes what is left."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QStyle
from pytestqt.qtbot import QtBot

from datacollect_desktop.ui.language import install_language
from datacollect_desktop.ui.main_window import MainWindow
from datacollect_desktop.ui.records_page import RecordsPage
from tests.gui.conftest import open_demo_window
from tests.gui.test_layout import settle


@pytest.fixture(params=["en", "fr", "ar"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    assert install_language(qapp, request.param)
    yield request.param
    install_language(qapp, "en")


@pytest.fixture
def demo_window(qtbot: QtBot, language: str, created_profile: Path) -> MainWindow:
    return open_demo_window(qtbot, created_profile, 12)


def elided_cells(page: RecordsPage) -> list[str]:
    """The cells of the loaded rows (and the first household's members) whose text is wider
    than the room the view gives it."""
    view, model = page.view, page.model
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    found = []
    parents = [view.rootIndex()]
    first = model.index(0, 0)
    if model.hasChildren(first):
        view.expand(first)
        settle_model(page)
        parents.append(first)
    for parent in parents:
        for row in range(model.rowCount(parent)):
            for column in range(model.columnCount() - 1):  # the sync badge draws itself
                if column == 3 and parent.isValid():
                    continue  # a member's household: the row above shows it whole
                index = model.index(row, column, parent)
                text = index.data() or ""
                font = index.data(Qt.ItemDataRole.FontRole)
                metrics = QFontMetrics(font if isinstance(font, QFont) else view.font())
                room = view.visualRect(index).width() - 2 * margin
                if metrics.horizontalAdvance(text) > room:
                    found.append(f"row {row} column {column}: {text!r} needs "
                                 f"{metrics.horizontalAdvance(text)}, has {room}")
    return found


def settle_model(page: RecordsPage) -> None:
    for _ in range(5):
        QApplication.processEvents()


@pytest.mark.parametrize("size", [QSize(1024, 700), QSize(1180, 760)])
def test_no_cell_of_the_first_page_is_cut(qtbot: QtBot, demo_window: MainWindow,
                                          size: QSize) -> None:
    window = demo_window
    view = window.view
    assert view is not None
    window.resize(size)
    view.show_page("records")
    settle(qtbot)
    page = view.records
    qtbot.waitUntil(lambda: not page.model.loading and page.model.rowCount() > 3)
    settle(qtbot)
    assert window.width() <= size.width()
    problems = elided_cells(page)
    assert not problems, "\n".join(problems)
    header = page.view.header()
    # The name takes the room the other columns leave.
    assert header.sectionSize(0) >= max(header.sectionSize(c) for c in range(1, 7))


@pytest.mark.parametrize("size", [QSize(1024, 700), QSize(1600, 1000)])
def test_no_heading_is_cut(qtbot: QtBot, demo_window: MainWindow, size: QSize) -> None:
    """"Dernière modification" over a column sized for a date was cut to "Dernière
    modificati" at 1024 wide: a column is as wide as its heading too."""
    window = demo_window
    view = window.view
    assert view is not None
    window.resize(size)
    view.show_page("records")
    page = view.records
    qtbot.waitUntil(lambda: not page.model.loading and page.model.rowCount() > 3)
    settle(qtbot)
    header = page.view.header()
    cut = [f"{page.model.headerData(c, Qt.Orientation.Horizontal)!r}: needs "
           f"{header.sectionSizeFromContents(c).width()}, has {header.sectionSize(c)}"
           for c in range(1, page.model.columnCount())
           if header.sectionSizeFromContents(c).width() > header.sectionSize(c)]
    assert not cut, "\n".join(cut)
    assert header.sectionSize(0) >= max(header.sectionSize(c) for c in range(1, 7))
