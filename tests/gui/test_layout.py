"""The window's layout at 1024x700 and 1600x1000, in French and Arabic (the longest texts and
the right-to-left layout): no label cut or elided, forms at a readable width, the sync
progress readable beside its bar, and lists that say what to do when they are empty."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from datacollect_desktop.app.sync_state import SyncPhase
from datacollect_desktop.ui.icons import icon
from datacollect_desktop.ui.language import install_language
from datacollect_desktop.ui.main_window import MainWindow
from datacollect_desktop.ui.style import field_width, text_width
from datacollect_desktop.ui.sync_bar import ElidedLabel
from datacollect_desktop.ui.timeline_slider import TimelineSlider
from datacollect_desktop.ui.workspace_view import NAVIGATION
from tests.conftest import FAST_KDF
from tests.gui.conftest import open_demo_window, open_window, unlock

SMALL = QSize(1024, 700)
LARGE = QSize(1600, 1000)


def settle(qtbot: QtBot) -> None:
    for _ in range(3):
        QApplication.processEvents()
        qtbot.wait(10)


def clipped(root: QWidget) -> list[str]:
    """The visible labels of `root` whose text does not fit the room they were given: a
    label without word wrap narrower or lower than its text, a wrapped one lower than its
    lines."""
    found = []
    for label in root.findChildren(QLabel):
        if not label.isVisibleTo(root) or not label.text() or label.width() <= 0:
            continue
        if isinstance(label, ElidedLabel):  # shortened on purpose, the whole in its tooltip
            assert label.toolTip() == label.text()
            continue
        if label.wordWrap():
            needed = QSize(label.width(), label.heightForWidth(label.width()))
        else:
            needed = label.sizeHint()
        if needed.width() > label.width() + 1 or needed.height() > label.height() + 1:
            found.append(f"{label.text()[:60]!r}: needs {needed.width()}x{needed.height()}, "
                         f"has {label.width()}x{label.height()}")
    return found


def geometry_in(widget: QWidget, ancestor: QWidget) -> QRect:
    return QRect(widget.mapTo(ancestor, QPoint(0, 0)), widget.size())


@pytest.fixture(params=["fr", "ar"])
def translated(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The window built in French or in Arabic; English again afterwards."""
    assert install_language(qapp, request.param)
    yield request.param
    install_language(qapp, "en")


@pytest.fixture
def demo_window(qtbot: QtBot, translated: str, created_profile: Path) -> MainWindow:
    return open_demo_window(qtbot, created_profile, 6)


def test_the_window_fits_1024_by_700_and_cuts_no_label(qtbot: QtBot,
                                                      demo_window: MainWindow) -> None:
    window = demo_window
    view = window.view
    assert view is not None
    window.resize(SMALL)
    problems = []
    record = view.records.model.guid_at(view.records.model.index(0, 0))
    assert record is not None
    screens = [*NAVIGATION, "detail", "timeline"]
    for name in screens:
        if name == "detail":
            view.open_record(record)
        elif name == "timeline":
            view.supervision.show_timeline(record, "detail")
            qtbot.waitUntil(lambda: view.supervision.timeline.timeline is not None)
            settle(qtbot)
            ruler = view.supervision.timeline.slider.ruler
            xs = sorted(x for _position, x in ruler.placed())
            assert len(xs) >= 2
            assert all(b - a >= ruler.label_width() for a, b in pairwise(xs)), xs
            assert xs[0] >= ruler.label_width() / 2 - 1
            assert xs[-1] <= ruler.width() - ruler.label_width() / 2 + 1
        else:
            view.show_page(name)
        settle(qtbot)
        assert window.width() <= SMALL.width(), f"{name}: the window cannot be 1024 wide"
        problems += [f"{name}: {problem}" for problem in clipped(window)]
    assert not problems, "\n".join(problems)


def test_gate_pages_cut_no_label_at_1024_by_700(qtbot: QtBot, translated: str,
                                               created_profile: Path, tmp_path: Path) -> None:
    first = MainWindow(tmp_path / "new", kdf=FAST_KDF)
    qtbot.addWidget(first, before_close_func=lambda w: w.close())
    first.resize(SMALL)
    first.show()
    qtbot.waitExposed(first)
    first.first_run.passphrase.setText("short")
    first.first_run.confirmation.setText("shirt")
    settle(qtbot)
    problems = clipped(first)
    window = open_window(qtbot, created_profile)
    window.resize(SMALL)
    page = window.unlock_page
    page.passphrase.setText("not the passphrase")
    page.unlock_button.click()
    qtbot.waitUntil(page.error.isVisible, timeout=10_000)
    settle(qtbot)
    problems += clipped(window)
    assert not problems, "\n".join(problems)


def test_form_fields_keep_a_readable_width_on_a_large_window(qtbot: QtBot,
                                                            demo_window: MainWindow) -> None:
    window = demo_window
    view = window.view
    assert view is not None and view.register.form_view is not None
    window.resize(LARGE)
    view.show_page("register")
    settle(qtbot)
    fields = [line for line in view.register.form_view.findChildren(QLineEdit)
              if line.isVisibleTo(window)]
    assert fields
    for line in fields:
        assert line.width() <= field_width(line) + text_width(line, 2), line.accessibleName()
        assert line.width() <= 720, line.accessibleName()  # at the tests' 9 pt font
    # The form starts where the title starts (at the right in Arabic), not in the middle.
    title = geometry_in(view.register.title, window)
    form = geometry_in(view.register.form_view, window)
    if window.isRightToLeft():
        assert abs(form.right() - title.right()) < 40
    else:
        assert abs(form.left() - title.left()) < 40


def test_sync_progress_text_sits_beside_its_bar(qtbot: QtBot,
                                                demo_window: MainWindow) -> None:
    window = demo_window
    window.resize(SMALL)
    window.sync_model.update(configured=True, phase=SyncPhase.SYNCING, pushed=14,
                             total_push=47)
    settle(qtbot)
    bar = window.sync_bar
    assert bar.progress.isVisible() and bar.progress_text.isVisible()
    assert not bar.progress.isTextVisible()
    assert "14" in bar.progress_text.text() and "47" in bar.progress_text.text()
    assert not geometry_in(bar.progress, window).intersects(
        geometry_in(bar.progress_text, window))
    assert window.rect().contains(geometry_in(bar.sync_button, window))
    assert not clipped(bar)


def test_a_long_sync_error_leaves_the_window_its_width(qtbot: QtBot,
                                                       demo_window: MainWindow) -> None:
    window = demo_window
    window.resize(SMALL)
    reason = "The sync server could not be reached: " + "the connection timed out. " * 6
    window.sync_model.update(configured=True, phase=SyncPhase.ERROR, message=reason,
                             last_success="2026-01-05T10:00:00Z")
    settle(qtbot)
    bar = window.sync_bar
    assert bar.problem.isVisible()
    assert window.width() <= SMALL.width()
    assert window.rect().contains(geometry_in(bar.sync_button, window))
    assert bar.problem.toolTip() == reason  # the whole sentence, when it is shortened
    assert not clipped(window), clipped(window)
    window.show_message("Settings saved.")
    settle(qtbot)
    assert not bar.problem.isVisible()  # the newer message takes the old error's room


def test_sync_badges_stay_inside_the_viewport(qtbot: QtBot, demo_window: MainWindow) -> None:
    window = demo_window
    view = window.view
    assert view is not None
    window.resize(SMALL)
    view.show_page("records")
    settle(qtbot)
    table = view.records.view
    viewport = table.viewport().rect()
    last = table.model().columnCount() - 1
    for row in range(min(5, table.model().rowCount())):
        rect = table.visualRect(table.model().index(row, last))
        assert viewport.contains(rect), f"row {row}: {rect} outside {viewport}"


def test_empty_lists_say_what_to_do(qtbot: QtBot, translated: str,
                                    created_profile: Path) -> None:
    window = open_window(qtbot, created_profile)
    unlock(qtbot, window)
    view = window.view
    assert view is not None
    window.resize(SMALL)
    for name in ("records", "drafts", "attention", "conflicts", "duplicates"):
        view.show_page(name)
        settle(qtbot)
        notes = [label for label in view.pages[name].findChildren(QLabel)
                 if label.objectName() == "emptyState" and label.isVisibleTo(window)]
        assert notes, f"{name} says nothing when empty"
        assert not clipped(view.pages[name])
    view.show_page("records")
    settle(qtbot)
    note = next(label for label in view.records.findChildren(QLabel)
                if label.objectName() == "emptyState" and label.isVisibleTo(window))
    assert "Ctrl+1" in note.text()


@pytest.mark.parametrize("direction", [Qt.LayoutDirection.LeftToRight,
                                       Qt.LayoutDirection.RightToLeft])
def test_timeline_labels_never_overlap(qtbot: QtBot, direction: Qt.LayoutDirection) -> None:
    slider = TimelineSlider()
    qtbot.addWidget(slider)
    slider.setLayoutDirection(direction)
    slider.set_labels([(f"2026-11-{day:02d} 10:{day:02d}", "Awa Diallo")
                       for day in range(1, 28)])
    slider.show()
    for width in (520, 780, 1000, 1370):
        slider.resize(width, slider.sizeHint().height())
        settle(qtbot)
        ruler = slider.ruler
        xs = sorted(x for _position, x in ruler.placed())
        assert len(xs) >= 2
        assert all(b - a >= ruler.label_width() for a, b in pairwise(xs)), (width, xs)
        assert xs[0] >= ruler.label_width() / 2 - 1
        assert xs[-1] <= ruler.width() - ruler.label_width() / 2 + 1


def test_icons_are_drawn_sharp_at_twice_the_pixels() -> None:
    pixmap = icon("app").pixmap(QSize(48, 48), 2.0)
    assert pixmap.width() == 96


def test_settings_show_a_failed_connection_test_whole_on_a_700_high_screen(
        qtbot: QtBot, translated: str, created_profile: Path) -> None:
    """A wrapped message that makes the dialog taller than the screen scrolls with the
    settings instead of squeezing the labels onto each other."""
    from tests.integration.server.support import free_port

    window = open_window(qtbot, created_profile)
    unlock(qtbot, window)
    window.resize(SMALL)
    dialog = window.open_settings()
    assert dialog is not None
    room = SMALL.height() - 40  # the screen less a title bar
    dialog.setMaximumHeight(room)
    dialog.server_url.setText(f"http://127.0.0.1:{free_port()}")
    dialog.account.setText("awa@example.org")
    dialog.password.setText("pw")
    with qtbot.waitSignal(dialog.checked, timeout=30_000):
        dialog.test_button.click()
    dialog.config_hint.setText(dialog.test_result.text())  # a second long message
    dialog.config_hint.show()
    dialog._fit()
    settle(qtbot)
    assert dialog.height() <= room
    assert not clipped(dialog), "\n".join(clipped(dialog))
    for label in (dialog.test_result, dialog.config_hint):
        dialog.scroll_to(label)
        settle(qtbot)
        assert not label.visibleRegion().isEmpty()


def test_the_empty_proof_box_says_what_to_do(qtbot: QtBot, translated: str,
                                            created_profile: Path) -> None:
    """Before a proof is asked for, the integrity screen's proof box said nothing: a large
    empty frame."""
    window = open_window(qtbot, created_profile)
    unlock(qtbot, window)
    view = window.view
    assert view is not None
    view.show_page("integrity")
    settle(qtbot)
    box = view.pages["integrity"].proof.text
    assert not box.toPlainText()
    hint = box.placeholderText()
    assert hint and "Show the proof" not in hint  # in the window's language
    show = view.pages["integrity"].proof.show_button.text()
    assert show in hint


def test_every_audit_column_is_in_sight_at_1024_wide(qtbot: QtBot,
                                                    demo_window: MainWindow) -> None:
    """At 1024 wide the audit's Note column ran past the table's right edge, behind a
    horizontal scroll bar, its heading cut ("Remarq")."""
    window = demo_window
    view = window.view
    assert view is not None
    window.resize(SMALL)
    view.show_page("audit")
    page = view.pages["audit"]
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    settle(qtbot)
    table = page.view
    header = table.horizontalHeader()
    assert not table.horizontalScrollBar().isVisible()
    right = header.sectionViewportPosition(header.count() - 1) + header.sectionSize(
        header.count() - 1)
    assert right <= table.viewport().width() + 1
    cut = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(header.count())
           if header.sectionSizeFromContents(c).width() > header.sectionSize(c)]
    assert not cut, cut


def test_a_records_name_heads_its_page_from_the_leading_edge(qtbot: QtBot,
                                                            demo_window: MainWindow) -> None:
    """In Arabic a name in Latin letters ("Famille Traoré") sat at the far left of the record's
    page, away from the rest of the right-to-left screen."""
    window = demo_window
    view = window.view
    assert view is not None
    record = view.records.model.guid_at(view.records.model.index(0, 0))
    assert record is not None
    view.open_record(record)
    settle(qtbot)
    title = view.detail.title
    assert title.text()
    edge = (Qt.AlignmentFlag.AlignRight if window.isRightToLeft()
            else Qt.AlignmentFlag.AlignLeft)
    assert title.alignment() & edge
    assert title.alignment() & Qt.AlignmentFlag.AlignAbsolute


def test_the_record_then_keeps_its_share_of_the_registry_as_of(qtbot: QtBot,
                                                              demo_window: MainWindow) -> None:
    """In Arabic at 1024 wide the record-then pane got a fifth of the width, its lines
    broken after every other word; the list and the record share it three to two."""
    window = demo_window
    view = window.view
    assert view is not None
    window.resize(SMALL)
    view.show_page("as_of")
    settle(qtbot)
    page = view.pages["as_of"]
    split = page.detail_box.parentWidget()
    share = page.detail_box.width() / split.width()
    assert 0.35 <= share <= 0.45, share


def test_needs_attention_lists_are_as_tall_as_their_rows(qtbot: QtBot,
                                                        demo_window: MainWindow) -> None:
    """At 1600x1000 each of the three lists took a third of the page: one duplicate pair in
    a frame 300 pixels high."""
    window = demo_window
    view = window.view
    assert view is not None
    window.resize(LARGE)
    view.show_page("attention")
    settle(qtbot)
    page = view.pages["attention"]
    for table in (page.events, page.conflicts, page.duplicates):
        rows = max(table.rowCount(), 2)
        step = max([table.rowHeight(r) for r in range(table.rowCount())]
                   + [table.verticalHeader().defaultSectionSize()])
        room = table.horizontalHeader().height() + rows * step + 2 * table.frameWidth() + 4
        assert table.height() <= max(room, 80), (table.accessibleName(), table.height(), room)
    assert not clipped(page)
