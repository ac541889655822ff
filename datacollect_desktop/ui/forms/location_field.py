"""The location component: latitude, longitude and accuracy typed, or pasted as "lat, lon",
"lat lon" or a geo: link; the laptop's position where Qt Positioning offers one.

The value is `{"lat": float, "lon": float, "accuracy": float | None}`; the form's rules
(latitude in [-90, 90], longitude in [-180, 180], accuracy not negative) judge it. PySide6-
Essentials has no QtPositioning: there the position button is not shown."""

from __future__ import annotations

import importlib
import math
import re
from types import ModuleType
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from datacollect_desktop.domain.forms import Component
from datacollect_desktop.ui.forms.base import FieldEditor

_NUMBER = r"[-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)"
# "12.5, -3.25", "12.5 -3.25", "12.5;-3.25"
_PAIR = re.compile(rf"\s*({_NUMBER})\s*(?:[,;]\s*|\s+)({_NUMBER})\s*")
# geo:12.5,-3.25 / geo:12.5,-3.25,120 (altitude) / ...;u=35 (uncertainty in metres), RFC 5870
_GEO = re.compile(rf"\s*geo:\s*({_NUMBER}),\s*({_NUMBER})(?:,\s*{_NUMBER})?"
                  rf"((?:;[^;]*)*)\s*", re.I)
_UNCERTAINTY = re.compile(rf";\s*u\s*=\s*({_NUMBER})", re.I)
POSITION_TIMEOUT_MS = 20_000


def parse_pasted(text: str) -> tuple[float, float, float | None] | None:
    """(lat, lon, accuracy) from "lat, lon", "lat lon" or a geo: URI; None otherwise."""
    geo = _GEO.fullmatch(text)
    if geo is not None:
        accuracy = _UNCERTAINTY.search(geo.group(3) or "")
        return (float(geo.group(1)), float(geo.group(2)),
                float(accuracy.group(1)) if accuracy else None)
    pair = _PAIR.fullmatch(text)
    if pair is not None:
        return float(pair.group(1)), float(pair.group(2)), None
    return None


def parse_number(text: str) -> float | str | None:
    """A typed coordinate: a float, None when blank, the text itself when not a number
    (so the form's rule says what is wrong)."""
    cleaned = text.strip().replace(",", ".")
    if not cleaned:
        return None
    try:
        number = float(cleaned)
    except ValueError:
        return text.strip()
    return number if math.isfinite(number) else text.strip()


def _number_text(number: Any) -> str:
    if isinstance(number, bool) or not isinstance(number, int | float):
        return "" if number is None else str(number)
    return f"{float(number):.7f}".rstrip("0").rstrip(".")


def _positioning() -> ModuleType | None:
    try:
        return importlib.import_module("PySide6.QtPositioning")
    except ImportError:
        return None


class LocationEditor(FieldEditor):
    """location / geopoint: three boxes, a paste anywhere fills them, and the laptop's
    position when the platform gives one."""

    problem = Signal(str)

    def __init__(self, component: Component, parent: QWidget | None = None) -> None:
        super().__init__(component, parent)
        self._filling = False
        self._before: dict[QLineEdit, str] = {}
        self.lat = self._box(self.tr("Latitude"), self.tr("e.g. 12.3456"))
        self.lon = self._box(self.tr("Longitude"), self.tr("e.g. -1.5197"))
        self.accuracy = self._box(self.tr("Accuracy (m)"), self.tr("optional"))
        boxes = QHBoxLayout()
        boxes.setContentsMargins(0, 0, 0, 0)
        for caption, box in ((self.tr("Lat."), self.lat), (self.tr("Lon."), self.lon),
                             (self.tr("± m"), self.accuracy)):
            label = QLabel(caption, self)
            label.setBuddy(box)
            boxes.addWidget(label)
            boxes.addWidget(box, 1)
        self.position_button: QPushButton | None = None
        self.source: Any = None
        positioning = _positioning()
        if positioning is not None:
            try:
                self.source = positioning.QGeoPositionInfoSource.createDefaultSource(self)
            except RuntimeError:
                self.source = None
        if self.source is not None:
            self.position_button = QPushButton(self.tr("Use this laptop's position"), self)
            self.position_button.clicked.connect(self.use_position)
            self.source.positionUpdated.connect(self._positioned)
            self.source.errorOccurred.connect(self._position_failed)
            boxes.addWidget(self.position_button)
        self.hint = QLabel(self.tr("Type the coordinates in decimal degrees, or paste "
                                   "“lat, lon” or a geo: link."), self)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(boxes)
        column.addWidget(self.hint)
        self.row_layout.addLayout(column, 1)
        self.setFocusProxy(self.lat)

    def _box(self, name: str, placeholder: str) -> QLineEdit:
        box = QLineEdit(self)
        # Coordinates read left to right in every language ("-0.8533", not "0.8533-").
        box.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        box.setPlaceholderText(placeholder)
        box.setAccessibleDescription(name)
        box.textChanged.connect(lambda text, b=box: self._typed(b, text))
        box.editingFinished.connect(lambda b=box: self._finished(b))
        self._before[box] = ""
        return box

    def _typed(self, box: QLineEdit, text: str) -> None:
        grew = len(text) - len(self._before.get(box, ""))
        self._before[box] = text
        if self._filling:
            return
        # A paste arrives whole ("12.5, -3.25" or a geo: link): it fills the three boxes.
        # Typed key by key, "12.5 -3" is not split until the person leaves the box.
        if grew > 1 and self._split(box, text):
            return
        self.changed.emit()

    def _finished(self, box: QLineEdit) -> None:
        self._split(box, box.text())
        self.committed.emit()

    def _split(self, box: QLineEdit, text: str) -> bool:
        pasted = parse_pasted(text) if box is not self.accuracy else None
        if pasted is None:
            return False
        self.fill(*pasted)
        self.committed.emit()  # a whole location arrived: check it now
        return True

    def fill(self, lat: float, lon: float, accuracy: float | None) -> None:
        self._filling = True
        try:
            self.lat.setText(_number_text(lat))
            self.lon.setText(_number_text(lon))
            self.accuracy.setText(_number_text(accuracy))
        finally:
            self._filling = False
        self.changed.emit()

    # -- the laptop's position ----------------------------------------------------------

    def use_position(self) -> None:
        if self.source is None or self.position_button is None:
            return
        self.position_button.setEnabled(False)
        self.hint.setText(self.tr("Asking the laptop for its position…"))
        self.source.requestUpdate(POSITION_TIMEOUT_MS)

    def _positioned(self, info: Any) -> None:
        positioning = _positioning()
        coordinate = info.coordinate()
        accuracy = None
        if positioning is not None:
            attribute = positioning.QGeoPositionInfo.Attribute.HorizontalAccuracy
            if info.hasAttribute(attribute):
                accuracy = round(info.attribute(attribute), 1)
        self.fill(coordinate.latitude(), coordinate.longitude(), accuracy)
        self.committed.emit()
        self.hint.setText(self.tr("The laptop's position was filled in; check it."))
        if self.position_button is not None:
            self.position_button.setEnabled(True)

    def _position_failed(self, _error: Any) -> None:  # pragma: no cover - needs a source
        self.problem.emit(self.tr("The laptop could not tell its position; type the "
                                  "coordinates instead."))
        if self.position_button is not None:
            self.position_button.setEnabled(True)

    # -- the value ----------------------------------------------------------------------

    def value(self) -> Any:
        lat, lon = parse_number(self.lat.text()), parse_number(self.lon.text())
        accuracy = parse_number(self.accuracy.text())
        if lat is None and lon is None and accuracy is None:
            return None
        return {"lat": lat, "lon": lon, "accuracy": accuracy}

    def set_value(self, value: Any) -> None:
        if not isinstance(value, dict):
            value = {}
        self._filling = True
        try:
            self.lat.setText(_number_text(value.get("lat")))
            self.lon.setText(_number_text(value.get("lon")))
            self.accuracy.setText(_number_text(value.get("accuracy")))
        finally:
            self._filling = False

    def focus_widgets(self) -> list[QWidget]:
        widgets: list[QWidget] = [self.lat, self.lon, self.accuracy]
        if self.position_button is not None:
            widgets.append(self.position_button)
        return widgets
