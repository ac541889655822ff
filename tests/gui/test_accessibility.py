"""Every control a person can reach with the keyboard has a name a screen reader can say:
its text, an accessible name, or the label it is the buddy of. The walk is generic, so a
screen added later is covered as soon as it is listed here or reachable from these."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from datacollect_desktop.app.demo import fill_demo
from datacollect_desktop.domain.forms import AppConfig
from datacollect_desktop.ui.forms.form_view import FormView
from datacollect_desktop.ui.main_window import MainWindow
from datacollect_desktop.ui.recovery_dialog import RecoveryKeyDialog
from tests.gui.conftest import workspace_of


def spoken_name(widget: QWidget) -> str:
    """What assistive technology announces for `widget`."""
    interface = QAccessible.queryAccessibleInterface(widget)
    name = interface.text(QAccessible.Text.Name) if interface is not None else ""
    if not name.strip():
        labels = (label for label in widget.window().findChildren(QLabel)
                  if label.buddy() is widget)
        name = next((label.text() for label in labels), "")
    return name.strip()


def unnamed(top: QWidget) -> list[str]:
    """Visible widgets under `top` that take the keyboard focus and have no spoken name.

    Qt's own parts of a composite widget (named `qt_...`, like a spin box's text field) are
    announced through the widget that owns them.
    """
    missing = []
    for widget in [top, *top.findChildren(QWidget)]:
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(top):
            continue
        if widget.objectName().startswith("qt_") or spoken_name(widget):
            continue
        parent = widget.parentWidget()
        missing.append(f"{type(widget).__name__} '{widget.objectName()}' in "
                       f"{type(parent).__name__ if parent else '-'}")
    return missing


def settle(qtbot: QtBot) -> None:
    qtbot.wait(50)


def test_first_run_and_unlock_name_every_control(qtbot: QtBot, profile_dir: object,
                                                 created_profile: object) -> None:
    from tests.gui.conftest import open_window

    window = open_window(qtbot, created_profile)  # type: ignore[arg-type]
    window.unlock_page.recovery_toggle.click()
    assert unnamed(window) == []
    fresh = open_window(qtbot, profile_dir.with_name("fresh"))  # type: ignore[attr-defined]
    assert fresh.stack.currentWidget() is fresh.first_run
    assert unnamed(fresh) == []


def test_the_recovery_key_dialog_names_every_control(qtbot: QtBot) -> None:
    dialog = RecoveryKeyDialog("ABCD-EFGH-IJKL")
    qtbot.addWidget(dialog)
    dialog.show()
    assert unnamed(dialog) == []


SCREENS: dict[str, Callable[[MainWindow], QWidget]] = {}


def screen(name: str) -> Callable[[Callable[[MainWindow], QWidget]],
                                   Callable[[MainWindow], QWidget]]:
    def register(show: Callable[[MainWindow], QWidget]) -> Callable[[MainWindow], QWidget]:
        SCREENS[name] = show
        return show
    return register


def _page(window: MainWindow, name: str) -> QWidget:
    assert window.view is not None
    window.view.show_page(name)
    return window


for _name in ("register", "records", "drafts", "attention"):
    SCREENS[_name] = lambda window, page=_name: _page(window, page)


@screen("a household's member form")
def _member_form(window: MainWindow) -> QWidget:
    assert window.view is not None
    page = window.view.register
    assert page.form_view is not None
    page.form_view.set_values({"name": "Aditi household", "dwelling": "house"})
    page.save()
    return window


@screen("detail")
def _detail(window: MainWindow) -> QWidget:
    assert window.view is not None
    guid = workspace_of(window).browse.page(window.view.records.current_filter(), 0, 1)[0].guid
    window.view.open_record(guid)
    return window


@screen("settings")
def _settings(window: MainWindow) -> QWidget:
    dialog = window.open_settings()
    assert dialog is not None
    return dialog


@screen("about")
def _about(window: MainWindow) -> QWidget:
    return window.help_menu.show_about()


@screen("keyboard shortcuts")
def _shortcuts(window: MainWindow) -> QWidget:
    return window.help_menu.show_shortcuts()


@pytest.mark.parametrize("name", list(SCREENS))
def test_every_main_screen_names_every_control(qtbot: QtBot, window: MainWindow,
                                               name: str) -> None:
    fill_demo(workspace_of(window), 3)
    assert window.view is not None
    window.view.records.refresh()
    top = SCREENS[name](window)
    settle(qtbot)
    assert unnamed(top) == []


RICH_FORM = {"entityForms": [{"name": "person", "title": "Person", "formio": {"components": [
    {"type": "textfield", "key": "name", "label": "Name"},
    {"type": "textarea", "key": "notes", "label": "Notes"},
    {"type": "number", "key": "age", "label": "Age"},
    {"type": "email", "key": "email", "label": "E-mail"},
    {"type": "phoneNumber", "key": "phone", "label": "Phone"},
    {"type": "select", "key": "sex", "label": "Sex", "data": {"values": [
        {"value": "f", "label": "Female"}, {"value": "m", "label": "Male"}]}},
    {"type": "select", "key": "languages", "label": "Languages", "multiple": True,
     "data": {"values": [{"value": "fr", "label": "French"}, {"value": "ar", "label": "Arabic"}]}},
    {"type": "radio", "key": "head", "label": "Head", "values": [
        {"value": "yes", "label": "Yes"}, {"value": "no", "label": "No"}]},
    {"type": "selectboxes", "key": "needs", "label": "Needs", "values": [
        {"value": "food", "label": "Food"}, {"value": "water", "label": "Water"}]},
    {"type": "checkbox", "key": "consent", "label": "Consent given"},
    {"type": "datetime", "key": "born", "label": "Born", "enableTime": False},
    {"type": "day", "key": "visit", "label": "Visit day"},
    {"type": "panel", "key": "more", "label": "More", "components": [
        {"type": "columns", "key": "cols", "columns": [
            {"components": [{"type": "textfield", "key": "village", "label": "Village"}]},
            {"components": [{"type": "textfield", "key": "district", "label": "District"}]}]}]},
    {"type": "editgrid", "key": "children", "label": "Children", "components": [
        {"type": "textfield", "key": "child", "label": "Child's name"}]},
]}}]}


def test_every_kind_of_form_field_has_a_name(qtbot: QtBot) -> None:
    form = AppConfig.from_json(RICH_FORM).form("person")
    assert form is not None
    view = FormView(form.components)
    qtbot.addWidget(view)
    view.set_values({"children": [{"child": "Ama"}]})
    view.show()
    QApplication.processEvents()
    assert unnamed(view) == []
