"""Photos, documents, signatures and locations through the real register page on a real
profile: chosen, drawn, pasted, saved, read back byte for byte, refused before storing,
kept in a draft, and shown on the record's screen."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from datacollect_desktop.domain.attachments import references
from datacollect_desktop.ui.attachment_view import AttachmentStrip, ImageViewer, decode
from datacollect_desktop.ui.forms.attachment_fields import FileEditor
from datacollect_desktop.ui.forms.form_view import FormView
from datacollect_desktop.ui.forms.location_field import LocationEditor
from datacollect_desktop.ui.forms.signature_pad import SignatureEditor
from datacollect_desktop.ui.main_window import MainWindow
from datacollect_desktop.ui.register_page import RegisterPage
from datacollect_desktop.ui.timeline_page import KEY_ROLE
from tests.gui.attachment_profile import draw_signature, make_profile, photo_bytes
from tests.gui.conftest import Keys, open_window, unlock, workspace_of
from tests.gui.test_draft_survives_crash import ROOT, read_line


@pytest.fixture
def profile(profile_dir: Path) -> Path:
    return make_profile(profile_dir)


@pytest.fixture
def window(qtbot: QtBot, profile: Path) -> MainWindow:
    opened = open_window(qtbot, profile)
    unlock(qtbot, opened)
    return opened


def register_page(window: MainWindow) -> RegisterPage:
    assert window.view is not None
    return window.view.register


def form_of(window: MainWindow) -> FormView:
    form = register_page(window).form_view
    assert form is not None
    return form


def choose(monkeypatch: pytest.MonkeyPatch, *paths: Path) -> None:
    """The native file dialog answers with `paths` (the one thing not driven for real)."""
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *_a, **_k: ([str(p) for p in paths], "")))


def stored_data(window: MainWindow) -> dict[str, Any]:
    """The data of the last event stored in the profile."""
    events = list(workspace_of(window).session.queries.events())
    assert events, "nothing was saved"
    return dict(events[-1].event.data)


def test_a_photo_and_a_signature_are_saved_and_read_back_byte_for_byte(
        qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        keys: Keys) -> None:
    photo = tmp_path / "dwelling.jpg"
    photo.write_bytes(photo_bytes())
    form = form_of(window)
    form.focus_field("name")
    keys("Mensah household")
    editor = form.editors["photo"]
    assert isinstance(editor, FileEditor)
    assert editor.add_button.text() == "Add a photo…"
    choose(monkeypatch, photo)
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert len(editor.items) == 1
    assert not editor.items[0].preview.icon().isNull()  # the thumbnail
    assert "dwelling.jpg" in editor.items[0].text.text()

    signature = form.editors["consent"]
    assert isinstance(signature, SignatureEditor)
    draw_signature(signature.pad)
    assert len(signature.pad.strokes) == 2

    keys(Qt.Key.Key_S, ctrl=True)
    data = stored_data(window)
    assert data["name"] == "Mensah household"
    attachments = workspace_of(window).attachments
    by_name = {ref.name: ref for ref in references(data)}
    assert set(by_name) == {"dwelling.jpg", "signature.png"}
    assert attachments.read(by_name["dwelling.jpg"].digest) == photo.read_bytes()
    drawn = attachments.read(by_name["signature.png"].digest)
    assert drawn.startswith(b"\x89PNG") and by_name["signature.png"].media_type == "image/png"
    assert drawn == signature.pad.png()  # what was drawn, stored as it was drawn


def test_a_location_pasted_as_a_geo_link_fills_the_three_boxes(
        qtbot: QtBot, window: MainWindow, keys: Keys) -> None:
    form = form_of(window)
    editor = form.editors["home"]
    assert isinstance(editor, LocationEditor)
    editor.lat.setFocus()
    QApplication.clipboard().setText("geo:-1.2921,36.8219;u=12")
    keys(Qt.Key.Key_V, ctrl=True)
    assert (editor.lat.text(), editor.lon.text(), editor.accuracy.text()) == (
        "-1.2921", "36.8219", "12")
    assert editor.value() == {"lat": -1.2921, "lon": 36.8219, "accuracy": 12.0}
    assert form.check_field("home") is None

    editor.lat.selectAll()
    keys("-1.29 36.82")  # "lat lon" typed in one box: split when leaving it
    assert editor.lon.text() == "36.8219"
    keys(Qt.Key.Key_Tab)
    assert editor.value() == {"lat": -1.29, "lon": 36.82, "accuracy": None}

    editor.lat.clear()
    keys("95.5")
    assert form.check_field("home") is not None  # a latitude beyond the pole
    assert form.rows["home"].error.isVisible()
    form.focus_field("name")
    keys("Mensah household")
    keys(Qt.Key.Key_S, ctrl=True)
    assert workspace_of(window).session.queries.size() == 0  # nothing saved
    editor.lat.setFocus()
    editor.lat.selectAll()
    keys("-1.2921, 36.8219", Qt.Key.Key_Tab)
    assert not form.rows["home"].error.isVisible()
    keys(Qt.Key.Key_S, ctrl=True)
    assert stored_data(window)["home"] == {"lat": -1.2921, "lon": 36.8219, "accuracy": None}


def test_a_file_over_the_fields_limit_is_refused_under_the_field_and_not_stored(
        qtbot: QtBot, window: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    big = tmp_path / "passport.pdf"
    big.write_bytes(b"%PDF-1.4\n" + b"0" * 4000 + b"\n%%EOF\n")  # over the field's 2KB
    form = form_of(window)
    editor = form.editors["idDocument"]
    assert isinstance(editor, FileEditor)
    attachments = workspace_of(window).attachments
    before = attachments.stats() if hasattr(attachments, "stats") else None
    choose(monkeypatch, big)
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    row = form.rows["idDocument"]
    assert row.error.isVisible()
    assert "ID document" in row.error.text()
    assert editor.value() is None and not editor.items
    digest = "sha256:" + hashlib.sha256(big.read_bytes()).hexdigest()
    assert attachments.state(digest) == "missing"  # nothing stored
    if before is not None:
        assert attachments.stats() == before

    small = tmp_path / "card.pdf"
    small.write_bytes(b"%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n")
    choose(monkeypatch, small)
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert not row.error.isVisible()  # the message goes with a file that fits
    assert [item.ref["name"] for item in editor.items] == ["card.pdf"]
    assert "application/pdf" in editor.items[0].text.text()


def test_a_truncated_photo_is_refused_with_a_clear_message(
        qtbot: QtBot, window: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    whole = photo_bytes()
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(whole[: len(whole) // 2])
    form = form_of(window)
    editor = form.editors["photo"]
    assert isinstance(editor, FileEditor)
    choose(monkeypatch, cut)
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert form.rows["photo"].error.text() == (
        "“cut.jpg” is not a readable image: it may be damaged or cut short. Nothing was "
        "added.")
    assert editor.value() is None


def test_a_big_photo_is_scaled_down_on_import_and_stays_a_jpeg(
        qtbot: QtBot, window: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    photo = tmp_path / "wide.jpg"
    photo.write_bytes(photo_bytes(2400, 1200))
    form = form_of(window)
    editor = form.editors["photo"]
    assert isinstance(editor, FileEditor)
    choose(monkeypatch, photo)
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    ref = editor.items[0].ref
    assert ref["mediaType"] == "image/jpeg" and ref["name"] == "wide.jpg"
    stored = decode(workspace_of(window).attachments.read(ref["attachment"]))
    assert (stored.width(), stored.height()) == (1600, 800)


def test_the_detail_screen_shows_the_photo_as_a_thumbnail(
        qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        keys: Keys) -> None:
    photo = tmp_path / "dwelling.jpg"
    photo.write_bytes(photo_bytes())
    form = form_of(window)
    form.focus_field("name")
    keys("Mensah household")
    editor = form.editors["photo"]
    assert isinstance(editor, FileEditor)
    choose(monkeypatch, photo)
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    page = register_page(window)
    with qtbot.waitSignal(page.saved) as saved:
        keys(Qt.Key.Key_S, ctrl=True)
    view = window.view
    assert view is not None
    detail = view.detail
    assert detail.show_record(saved.args[0])
    strips = detail.fields_box.findChildren(AttachmentStrip)
    assert len(strips) == 1
    button = strips[0].buttons[0]
    assert "dwelling.jpg" in button.text()
    picture = button.icon().pixmap(96, 96)
    assert (picture.width(), picture.height()) == (96, 72)  # the 4:3 photo, not an icon
    texts = [label.text() for label in detail.fields_box.findChildren(QLabel)]
    assert not any("sha256:" in text for text in texts)


def test_a_drawn_signature_survives_a_killed_process_in_the_draft(
        qtbot: QtBot, profile: Path, keys: Keys) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    drawer = subprocess.Popen([sys.executable, "-m", "tests.gui.signature_drawer", str(profile)],
                              cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True)
    try:
        signed = json.loads(read_line(drawer, 60))
    finally:
        drawer.send_signal(signal.SIGKILL)
        drawer.wait()
    assert signed["mediaType"] == "image/png"

    window = open_window(qtbot, profile)
    unlock(qtbot, window)
    view = window.view
    assert view is not None
    view.show_page("drafts")
    assert view.drafts.table.rowCount() == 1
    view.drafts.table.setFocus()
    view.drafts.table.selectRow(0)
    keys(Qt.Key.Key_Return)
    form = form_of(window)
    editor = form.editors["consent"]
    assert isinstance(editor, SignatureEditor)
    assert editor.value() == signed
    assert editor.pad.background is not None  # the signature is on the pad again
    stored = workspace_of(window).attachments.read(signed["attachment"])
    assert stored.startswith(b"\x89PNG")
    keys(Qt.Key.Key_S, ctrl=True)
    assert stored_data(window)["consent"] == signed


def test_the_timeline_and_the_audit_show_the_photo_and_open_it(
        qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        keys: Keys) -> None:
    photo = tmp_path / "dwelling.jpg"
    photo.write_bytes(photo_bytes())
    form = form_of(window)
    form.focus_field("name")
    keys("Mensah household")
    editor = form.editors["photo"]
    assert isinstance(editor, FileEditor)
    choose(monkeypatch, photo)
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    page = register_page(window)
    with qtbot.waitSignal(page.saved) as saved:
        keys(Qt.Key.Key_S, ctrl=True)
    view = window.view
    assert view is not None
    view.open_record(saved.args[0])
    keys(Qt.Key.Key_T, ctrl=True)
    timeline = view.supervision.timeline
    qtbot.waitUntil(lambda: timeline.timeline is not None)
    model = timeline.model
    row = next(r for r in range(model.rowCount()) if model.data(
        model.index(r, 0), KEY_ROLE) == "photo")
    cell = model.index(row, 1)
    assert model.data(cell) == "dwelling.jpg"
    icon = model.data(cell, Qt.ItemDataRole.DecorationRole)
    assert (icon.pixmap(40, 40).width(), icon.pixmap(40, 40).height()) == (40, 30)
    timeline.table.activated.emit(cell)
    viewer = timeline.findChild(ImageViewer)
    assert viewer is not None and viewer.isVisible()
    viewer.reject()

    view.nav.setFocus()
    keys(Qt.Key.Key_5, ctrl=True)
    audit = view.supervision.audit
    qtbot.waitUntil(lambda: not audit.model.loading and audit.model.rowCount() > 0)
    audit.view.selectRow(0)
    changes = {audit.diff.item(r, 0).text(): r for r in range(audit.diff.rowCount())}
    after = audit.diff.item(changes["Photo of the dwelling"], 2)
    assert after.text() == "dwelling.jpg" and not after.icon().isNull()


def test_keyboard_users_reach_the_file_buttons_and_clear_the_signature(
        qtbot: QtBot, window: MainWindow, keys: Keys) -> None:
    form = form_of(window)
    photos = form.editors["photo"]
    signature = form.editors["consent"]
    assert isinstance(photos, FileEditor) and isinstance(signature, SignatureEditor)
    draw_signature(signature.pad)
    assert not signature.pad.is_empty()
    form.focus_field("photo")
    assert QApplication.focusWidget() is photos.add_button
    reached = []
    for _ in range(4):
        keys(Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
        if reached[-1] is signature.clear_button:
            break
    assert reached[-1] is signature.clear_button, reached
    keys(Qt.Key.Key_Space)
    assert signature.pad.is_empty() and signature.value() is None


def test_several_photos_are_added_at_once_and_removed_one_by_one(
        qtbot: QtBot, window: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    first, second = tmp_path / "front.jpg", tmp_path / "back.jpg"
    first.write_bytes(photo_bytes(320, 240))
    second.write_bytes(photo_bytes(300, 200))
    form = form_of(window)
    photos = form.editors["photo"]
    assert isinstance(photos, FileEditor)
    choose(monkeypatch, first, second)
    qtbot.mouseClick(photos.add_button, Qt.MouseButton.LeftButton)
    assert [item.ref["name"] for item in photos.items] == ["front.jpg", "back.jpg"]
    qtbot.mouseClick(photos.items[0].remove, Qt.MouseButton.LeftButton)
    assert [ref["name"] for ref in photos.value()] == ["back.jpg"]
    assert QApplication.focusWidget() is photos.items[0].remove

    document = form.editors["idDocument"]  # one file only: a second replaces the first
    assert isinstance(document, FileEditor)
    for name in ("old.pdf", "new.pdf"):
        path = tmp_path / name
        path.write_bytes(b"%PDF-1.4\n% " + name.encode() + b"\n%%EOF\n")
        choose(monkeypatch, path)
        qtbot.mouseClick(document.add_button, Qt.MouseButton.LeftButton)
    assert [ref["name"] for ref in document.value()] == ["new.pdf"]
    assert document.add_button.text() == "Replace the file…"


def test_a_photo_dropped_from_the_desktop_is_added(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    photo = tmp_path / "dropped.jpg"
    photo.write_bytes(photo_bytes())
    photos = form_of(window).editors["photo"]
    assert isinstance(photos, FileEditor)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(photo))])
    where = QPointF(photos.rect().center())
    action = Qt.DropAction.CopyAction
    none = Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(where.toPoint(), action, data, Qt.MouseButton.LeftButton, none)
    QApplication.sendEvent(photos, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(photos, QDropEvent(where, action, data, Qt.MouseButton.LeftButton,
                                              none))
    assert [ref["name"] for ref in photos.value()] == ["dropped.jpg"]
    digest = photos.value()[0]["attachment"]
    assert workspace_of(window).attachments.read(digest) == photo.read_bytes()
