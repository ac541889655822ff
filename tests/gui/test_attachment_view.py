"""Opening attachments: an image in a viewer, a document saved where the person says, and one
not on this laptop yet said so honestly; pasted coordinates in their three spellings."""

from __future__ import annotations

import hashlib
import sys
from dataclasses import replace
from pathlib import Path
from types import ModuleType, SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from datacollect_desktop.domain.forms import AppConfig
from datacollect_desktop.ui.attachment_view import AttachmentAccess, AttachmentStrip, ImageViewer
from datacollect_desktop.ui.forms.camera import camera_available
from datacollect_desktop.ui.forms.location_field import LocationEditor, parse_pasted
from tests.gui.attachment_profile import photo_bytes


def held_access(files: dict[str, bytes], missing: frozenset[str] = frozenset()
                ) -> tuple[AttachmentAccess, list[dict[str, Any]]]:
    held = {}
    refs = []
    for name, data in files.items():
        digest = "sha256:" + hashlib.sha256(data).hexdigest()
        if name not in missing:
            held[digest] = data
        kind = "image/jpeg" if name.endswith(".jpg") else "application/pdf"
        refs.append({"attachment": digest, "name": name, "mediaType": kind, "size": len(data)})
    access = AttachmentAccess(read=held.__getitem__,
                              state=lambda d: "held" if d in held else "missing")
    return access, refs


def strip_of(qtbot: QtBot, access: AttachmentAccess, refs: list[dict[str, Any]]
             ) -> AttachmentStrip:
    strip = AttachmentStrip(access, refs)
    qtbot.addWidget(strip)
    strip.show()
    qtbot.waitExposed(strip)
    return strip


def test_an_image_opens_in_a_viewer_and_a_document_is_saved_as_it_was(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pdf = b"%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n"
    access, refs = held_access({"dwelling.jpg": photo_bytes(), "card.pdf": pdf})
    strip = strip_of(qtbot, access, refs)
    strip.buttons[0].click()
    viewer = strip.window().findChild(ImageViewer)
    assert viewer is not None and viewer.isVisible()
    pixmap = viewer.picture.pixmap()
    assert (pixmap.width(), pixmap.height()) == (320, 240)
    viewer.reject()

    target = tmp_path / "copy.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_a, **_k: (str(target), "")))
    strip.buttons[1].click()
    assert target.read_bytes() == pdf


def test_an_attachment_not_downloaded_yet_says_so_and_opens_nothing(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    access, refs = held_access({"far.jpg": photo_bytes()}, missing=frozenset({"far.jpg"}))
    strip = strip_of(qtbot, access, refs)
    assert "Not downloaded yet" in strip.buttons[0].text()
    asked: list[object] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **_k: asked.append(a) or ("", "")))
    strip.buttons[0].click()
    boxes = [b for b in strip.window().findChildren(QMessageBox) if b.isVisible()]
    assert [b.windowTitle() for b in boxes] == ["Not downloaded yet"]
    assert "far.jpg is not on this laptop yet" in boxes[0].text()
    assert strip.window().findChild(ImageViewer) is None and not asked


@pytest.mark.parametrize(("text", "expected"), [
    ("12.5, -3.25", (12.5, -3.25, None)),
    ("12.5 -3.25", (12.5, -3.25, None)),
    ("  -1.2921;36.8219 ", (-1.2921, 36.8219, None)),
    ("geo:-1.2921,36.8219;u=12", (-1.2921, 36.8219, 12.0)),
    ("GEO:9.4,-0.85,210;crs=wgs84;u=4.5", (9.4, -0.85, 4.5)),
    ("12.5", None),
    ("north, east", None),
])
def test_pasted_coordinates_in_their_three_spellings(text: str, expected: object) -> None:
    assert parse_pasted(text) == expected


class FakeSource(QObject):
    """What QtPositioning's default source gives: a position on request."""

    positionUpdated = Signal(object)
    errorOccurred = Signal(object)

    def requestUpdate(self, _timeout: int) -> None:
        self.positionUpdated.emit(SimpleNamespace(
            coordinate=lambda: SimpleNamespace(latitude=lambda: 9.4075,
                                               longitude=lambda: -0.8533),
            hasAttribute=lambda _a: True, attribute=lambda _a: 6.5))


def fake_positioning(source: FakeSource | None) -> ModuleType:
    module = ModuleType("PySide6.QtPositioning")
    module.QGeoPositionInfoSource = SimpleNamespace(  # type: ignore[attr-defined]
        createDefaultSource=lambda _parent: source)
    module.QGeoPositionInfo = SimpleNamespace(  # type: ignore[attr-defined]
        Attribute=SimpleNamespace(HorizontalAccuracy=1))
    return module


def location_editor(qtbot: QtBot) -> LocationEditor:
    config = AppConfig.from_json({"entityForms": [{"name": "p", "formio": {"components": [
        {"type": "location", "key": "home", "label": "Home"}]}}]})
    form = config.form("p")
    assert form is not None
    editor = LocationEditor(form.components[0])
    qtbot.addWidget(editor)
    return editor


def test_the_position_button_shows_only_where_qt_positioning_offers_a_source(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    assert location_editor(qtbot).position_button is None  # PySide6-Essentials: no module
    monkeypatch.setitem(sys.modules, "PySide6.QtPositioning", fake_positioning(None))
    assert location_editor(qtbot).position_button is None  # no source on this laptop
    monkeypatch.setitem(sys.modules, "PySide6.QtPositioning", fake_positioning(FakeSource()))
    editor = location_editor(qtbot)
    assert editor.position_button is not None
    assert editor.position_button.text() == "Use this laptop's position"
    editor.position_button.click()
    assert editor.value() == {"lat": 9.4075, "lon": -0.8533, "accuracy": 6.5}


def test_the_camera_button_shows_only_with_qt_multimedia_and_a_camera(
        monkeypatch: pytest.MonkeyPatch) -> None:
    assert not camera_available()  # PySide6-Essentials has no QtMultimedia
    cameras: list[object] = []
    media = ModuleType("PySide6.QtMultimedia")
    media.QMediaDevices = SimpleNamespace(videoInputs=lambda: cameras)  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", media)
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimediaWidgets",
                        ModuleType("PySide6.QtMultimediaWidgets"))
    assert not camera_available()  # no camera
    cameras.append(object())
    assert camera_available()


def test_coordinates_read_left_to_right_in_arabic(qtbot: QtBot) -> None:
    editor = location_editor(qtbot)
    editor.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    editor.fill(9.4075, -0.8533, None)
    assert all(box.layoutDirection() == Qt.LayoutDirection.LeftToRight
               for box in (editor.lat, editor.lon, editor.accuracy))
    assert editor.lon.text() == "-0.8533"


def test_opening_one_not_downloaded_asks_for_it_where_downloads_are_on_view(
        qtbot: QtBot) -> None:
    """The timeline and the audit open attachments through the same access as the record's
    screen: with downloads on view, opening a missing one asks the sync thread for it."""
    asked: list[list[str]] = []
    access, refs = held_access({"far.jpg": photo_bytes()}, missing=frozenset({"far.jpg"}))

    def fetch(digests: list[str]) -> bool:
        asked.append(digests)
        return True

    access = replace(access, fetch=fetch)
    strip = strip_of(qtbot, access, refs)
    strip.buttons[0].click()
    boxes = [b for b in strip.window().findChildren(QMessageBox) if b.isVisible()]
    assert "being downloaded now" in boxes[0].text()
    assert asked == [[refs[0]["attachment"]]]
