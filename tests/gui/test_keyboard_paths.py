"""The keyboard paths a person takes: focus they can see, tables Tab leaves, Delete on a record,
Down then Return from the search, and the field to fix after a refused profile."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from datacollect_desktop.app.entry import EntryFlow
from datacollect_desktop.ui.delete_dialog import DeleteDialog
from datacollect_desktop.ui.main_window import MainWindow
from tests.gui.conftest import Keys, open_window, workspace_of
from tests.gui.test_records_and_detail import register_household, view_of

TAB, ENTER, DOWN = Qt.Key.Key_Tab, Qt.Key.Key_Return, Qt.Key.Key_Down
FOCUS_OUTLINE = QColor("#1565c0")


def _has_outline(image: QImage) -> bool:
    """The outline's colour along the button's left edge, half way down."""
    middle = image.height() // 2
    for x in range(4):
        colour = image.pixelColor(x, middle)
        if max(abs(colour.red() - FOCUS_OUTLINE.red()),
               abs(colour.green() - FOCUS_OUTLINE.green()),
               abs(colour.blue() - FOCUS_OUTLINE.blue())) <= 12:
            return True
    return False


def test_a_button_reached_with_tab_shows_a_focus_outline(qtbot: QtBot, keys: Keys) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    row = QHBoxLayout(holder)
    plain, danger, flat = (QPushButton(text, holder) for text in ("Edit", "Delete…", "Help"))
    danger.setObjectName("danger")
    flat.setFlat(True)
    for button in (plain, danger, flat):
        row.addWidget(button)
    holder.show()
    qtbot.waitExposed(holder)
    holder.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is holder)
    plain.setFocus(Qt.FocusReason.TabFocusReason)
    for button, following in ((plain, danger), (danger, flat), (flat, None)):
        assert button.hasFocus()
        assert _has_outline(button.grab().toImage()), button.text()
        others = [b for b in (plain, danger, flat) if b is not button]
        assert not any(_has_outline(b.grab().toImage()) for b in others)
        if following is not None:
            keys(TAB)


def test_a_multi_line_box_reached_with_tab_shows_a_focus_outline(qtbot: QtBot,
                                                                 keys: Keys) -> None:
    """An address box (several lines) showed only its text cursor when Tab reached it."""
    holder = QWidget()
    qtbot.addWidget(holder)
    row = QHBoxLayout(holder)
    line = QLineEdit(holder)
    area = QPlainTextEdit(holder)
    area.setTabChangesFocus(True)
    after = QLineEdit(holder)
    for widget in (line, area, after):
        row.addWidget(widget)
    holder.show()
    qtbot.waitExposed(holder)
    holder.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is holder)
    line.setFocus(Qt.FocusReason.TabFocusReason)
    assert not _has_outline(area.grab().toImage())
    keys(TAB)
    assert area.hasFocus()
    assert _has_outline(area.grab().toImage())
    keys(TAB)
    assert after.hasFocus()
    assert not _has_outline(area.grab().toImage())


def test_tab_leaves_a_records_tables_so_delete_is_reached_by_keyboard(
        qtbot: QtBot, window: MainWindow, keys: Keys) -> None:
    guid = register_household(window)
    view = view_of(window)
    view.open_record(guid)
    detail = view.detail
    for table in (detail.related, detail.history):
        table.setFocus(Qt.FocusReason.TabFocusReason)
        keys(TAB)
        assert not table.hasFocus(), table.accessibleName()  # not to the next cell
    for _ in range(40):
        if detail.delete_button.hasFocus():
            break
        keys(TAB)
    assert detail.delete_button.hasFocus()
    keys(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.findChild(DeleteDialog) is not None)
    dialog = window.findChild(DeleteDialog)
    assert isinstance(dialog, DeleteDialog)
    qtbot.waitUntil(dialog.reason.hasFocus)
    keys("registered twice", ENTER)
    entity = workspace_of(window).session.queries.entity(guid)
    assert entity is not None and entity.deleted


def test_the_delete_key_on_a_record_asks_for_a_reason_and_refuses_a_blank_one(
        qtbot: QtBot, window: MainWindow, keys: Keys) -> None:
    guid = register_household(window)
    view = view_of(window)
    view.open_record(guid)
    view.detail.history.setFocus()
    queries = workspace_of(window).session.queries
    keys(Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: window.findChild(DeleteDialog) is not None)
    dialog = window.findChild(DeleteDialog)
    assert isinstance(dialog, DeleteDialog)
    assert "Its 2 members stay registered" in " ".join(
        label.text() for label in dialog.findChildren(type(dialog.refusal)))
    qtbot.waitUntil(dialog.reason.hasFocus)
    keys(ENTER)  # no reason given
    assert dialog.isVisible() and dialog.refusal.isVisible()
    assert dialog.refusal.text() == ("Say why this record is deleted; the reason is kept in "
                                     "its history.")
    assert not queries.entity(guid).deleted  # type: ignore[union-attr]
    keys("   ", ENTER)  # spaces are no reason either
    assert not queries.entity(guid).deleted  # type: ignore[union-attr]
    keys(Qt.Key.Key_A, ctrl=True)
    keys("moved to another district", ENTER)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    # The keyboard is not left nowhere: the window's focus moved off the disabled Delete.
    assert window.focusWidget() is view.detail.back
    window.activateWindow()  # as the window manager does when the dialog closes
    qtbot.waitUntil(view.detail.back.hasFocus)
    last = list(queries.events(guid))[-1].event
    assert (last.type, dict(last.data)) == ("delete-entity",
                                            {"reason": "moved to another district"})
    keys(Qt.Key.Key_Delete)  # a deleted record cannot be deleted again
    qtbot.wait(50)
    assert not [d for d in window.findChildren(DeleteDialog) if d.isVisible()]


def test_down_then_return_from_the_search_opens_the_first_result(
        qtbot: QtBot, window: MainWindow, keys: Keys) -> None:
    flow = EntryFlow(workspace_of(window))
    for name in ("Mensah household", "Abebe household", "Sow household"):
        flow.save(flow.start(), {"name": name})
    view = view_of(window)
    records = view.records
    records.refresh()
    view.show_page("records")
    records.order.setCurrentIndex(records.order.findText("Name A–Z"))
    records.search.setFocus()
    keys("household", DOWN)
    assert records.view.hasFocus()
    qtbot.waitUntil(lambda: records.view.currentIndex().isValid())
    keys(ENTER)
    assert view.current_page() == "detail"
    assert view.detail.title.text() == "Abebe household"


def test_a_refused_profile_puts_the_cursor_in_the_field_to_fix(
        qtbot: QtBot, profile_dir: Path, keys: Keys) -> None:
    window = open_window(qtbot, profile_dir)
    page = window.first_run
    page.name.setFocus()
    keys(ENTER, ENTER, ENTER)  # Return moves on to each field, then creates: no name
    qtbot.waitUntil(page.error.isVisible)
    assert page.name.hasFocus()
    keys("Awa Diallo", ENTER, "river mango lantern", ENTER, "river mango lantren", ENTER)
    qtbot.waitUntil(page.error.isVisible)
    assert page.error.text() == "The two passphrases differ. Type the same passphrase twice."
    assert page.confirmation.hasFocus() and page.confirmation.selectedText()
    keys("short")  # the confirmation was selected: typing replaces it
    page.passphrase.setFocus()
    keys(Qt.Key.Key_A, ctrl=True)
    keys("short", ENTER, ENTER)
    qtbot.waitUntil(page.error.isVisible)
    assert page.error.text() == "The passphrase must be at least 8 characters long."
    assert page.passphrase.hasFocus()
    assert not (profile_dir / "keys.json").exists()


def test_the_too_short_message_goes_once_the_passphrase_is_long_enough(
        qtbot: QtBot, profile_dir: Path, keys: Keys) -> None:
    window = open_window(qtbot, profile_dir)
    page = window.first_run
    page.name.setFocus()
    keys("Awa Diallo", ENTER, "short", ENTER, "short", ENTER)
    qtbot.waitUntil(page.error.isVisible)
    assert page.passphrase.hasFocus()
    keys("sho")  # still too short: the message holds
    assert page.error.isVisible()
    keys("rt river mango lantern")
    assert page.hint.text() == "Strong."
    assert not page.error.isVisible()


def test_tab_walks_a_records_buttons_in_screen_order_and_shows_on_its_tables(
        qtbot: QtBot, window: MainWindow, keys: Keys) -> None:
    """Tab went Back, Edit, Add a member, Delete, then Timeline (the order the buttons were
    made, not the screen's), then to the tables and the page behind them with nothing to see
    where the keyboard was."""
    view = view_of(window)
    view.open_record(register_household(window))
    detail = view.detail
    qtbot.waitUntil(detail.back.hasFocus)
    expected = [detail.timeline_button, detail.member_button, detail.edit_button,
                detail.delete_button, detail.related, detail.history]
    reached = []
    for _ in expected:
        keys(TAB)
        reached.append(QApplication.focusWidget())
    assert reached == expected, [w.accessibleName() or getattr(w, "text", str)()
                                 for w in reached if w is not None]
    detail.related.setFocus(Qt.FocusReason.TabFocusReason)
    assert _has_outline(detail.related.grab().toImage())
    assert not _has_outline(detail.history.grab().toImage())
