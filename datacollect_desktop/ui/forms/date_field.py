"""Date and date-time editors: typed as text, or picked from a calendar (Alt+Down)."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QKeyEvent, QValidator
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QToolButton, QWidget

from datacollect_desktop.domain.forms import Component
from datacollect_desktop.ui.forms.base import FieldEditor
from datacollect_desktop.ui.icons import icon

_ISO_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_DATE_TIME = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})[ T]([0-9]{2}):([0-9]{2})")
_DAY = re.compile(r"([0-9]{2})/([0-9]{2})/([0-9]{4})")
#: Each kind's parts: (digits, the separator written before the part).
_SHAPES: dict[str, tuple[tuple[int, str], ...]] = {
    "date": ((4, ""), (2, "-"), (2, "-")),
    "datetime": ((4, ""), (2, "-"), (2, "-"), (2, " "), (2, ":")),
    "day": ((2, ""), (2, "/"), (4, "/")),
}
_TYPED = re.compile(r"[0-9 ./:T-]*")
_RUNS = re.compile(r"[0-9]+|[^0-9]+")


def shaped(text: str, kind: str) -> str | None:
    """`text` with its separators where `kind` puts them, or None when it cannot be a date.

    Digits fill the parts in order and each separator comes as the next part starts (2030 →
    2030-05 → 2030-05-01 as the digits are typed); a separator typed or pasted ("-", "/",
    ".", " ", ":" or "T") closes a short part: 2030/5/1 is 2030-05-01.
    """
    if not _TYPED.fullmatch(text):
        return None
    parts = _SHAPES[kind]
    filled = [""]
    for run in _RUNS.findall(text):
        if run[0].isdigit():
            for digit in run:
                if len(filled[-1]) == parts[len(filled) - 1][0]:
                    if len(filled) == len(parts):
                        return None  # more digits than a whole date holds
                    filled.append("")
                filled[-1] += digit
        elif filled[-1]:  # separators before any digit, or twice, mean nothing
            if len(filled) == len(parts):
                return None
            filled[-1] = filled[-1].rjust(parts[len(filled) - 1][0], "0")
            filled.append("")
    return "".join(separator + part
                   for (_, separator), part in zip(parts, filled, strict=False))


class _Shaper(QValidator):
    """Keeps what is typed or pasted, in the shape of a date (see `shaped`)."""

    def __init__(self, kind: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.kind = kind

    def validate(self, text: str, position: int) -> object:
        new = shaped(text, self.kind)
        if new is None:
            return QValidator.State.Invalid, text, position
        if position >= len(text):
            return QValidator.State.Acceptable, new, len(new)
        # The cursor stays after the same digits (and after a separator just typed).
        digits = sum(c.isdigit() for c in text[:position])
        cursor = 0
        while digits and cursor < len(new):
            digits -= new[cursor].isdigit()
            cursor += 1
        if position and not text[position - 1].isdigit():
            while cursor < len(new) and not new[cursor].isdigit():
                cursor += 1
        return QValidator.State.Acceptable, new, cursor


class DateEditor(FieldEditor):
    """datetime (with or without time) and day fields.

    The value is what DataCollect stores: `YYYY-MM-DD` for dates, ISO-8601 with the local
    offset for date-times, `MM/DD/YYYY` (or `DD/MM/YYYY`) for day fields. Text that is not a
    whole date is passed on as typed, so the domain validator explains what is wrong.
    """

    def __init__(self, component: Component, parent: QWidget | None = None) -> None:
        super().__init__(component, parent)
        self.kind = "day" if component.type == "day" else (
            "datetime" if component.enable_time else "date")
        self.day_first = component.raw.get("dayFirst") is True
        self.line = QLineEdit(self)
        self.line.setPlaceholderText(self._shape())
        self.line.setValidator(_Shaper(self.kind, self))
        self.line.setMaximumWidth(self.line.fontMetrics().horizontalAdvance("0000-00-00 00:00")
                                  + 24)
        self.line.textChanged.connect(self.changed)
        self.line.editingFinished.connect(self.committed)
        self.line.installEventFilter(self)
        self.button = QToolButton(self)
        self.button.setIcon(icon("calendar"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.setToolTip(self.tr("Pick a date (Alt+Down)"))
        self.button.clicked.connect(self.open_calendar)
        self.calendar: QCalendarWidget | None = None
        self.row_layout.addWidget(self.line)
        self.row_layout.addWidget(self.button)
        self.row_layout.addStretch(1)
        self.setFocusProxy(self.line)

    def _shape(self) -> str:
        if self.kind == "day":
            return self.tr("DD/MM/YYYY") if self.day_first else self.tr("MM/DD/YYYY")
        return self.tr("YYYY-MM-DD HH:MM") if self.kind == "datetime" else self.tr("YYYY-MM-DD")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.line and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            alt_down = (event.key() == Qt.Key.Key_Down
                        and event.modifiers() & Qt.KeyboardModifier.AltModifier)
            if alt_down or event.key() == Qt.Key.Key_F4:
                self.open_calendar()
                return True
        return super().eventFilter(watched, event)

    def open_calendar(self) -> None:
        calendar = QCalendarWidget(self)
        calendar.setWindowFlags(Qt.WindowType.Popup)
        calendar.setGridVisible(True)
        calendar.setSelectedDate(self._date() or QDate.currentDate())
        calendar.activated.connect(self._picked)
        calendar.clicked.connect(self._picked)
        calendar.move(self.line.mapToGlobal(QPoint(0, self.line.height())))
        calendar.show()
        calendar.setFocus()
        self.calendar = calendar

    def _picked(self, date: QDate) -> None:
        if self.kind == "day":
            text = date.toString("dd/MM/yyyy" if self.day_first else "MM/dd/yyyy")
        elif self.kind == "datetime":
            time = self.line.text()[11:16] if _DATE_TIME.fullmatch(self.line.text()) else "00:00"
            text = f"{date.toString('yyyy-MM-dd')} {time}"
        else:
            text = date.toString("yyyy-MM-dd")
        self.line.setText(text)
        if self.calendar is not None:
            self.calendar.close()
            self.calendar.deleteLater()
            self.calendar = None
        self.line.setFocus()
        self.committed.emit()

    def _date(self) -> QDate | None:
        text = self.line.text()
        match = _ISO_DATE.match(text)
        if match is not None:
            date = QDate(*(int(g) for g in match.groups()))
            return date if date.isValid() else None
        day = _DAY.fullmatch(text)
        if day is not None:
            first, second, year = (int(g) for g in day.groups())
            date = QDate(year, second, first) if self.day_first else QDate(year, first, second)
            return date if date.isValid() else None
        return None

    def value(self) -> Any:
        text = self.line.text().strip()
        if not text:
            return None
        if self.kind == "datetime" and _DATE_TIME.fullmatch(text):
            try:
                moment = datetime.fromisoformat(text.replace(" ", "T"))
            except ValueError:
                return text
            return moment.astimezone().isoformat(timespec="seconds")
        return text

    def set_value(self, value: Any) -> None:
        if not isinstance(value, str):
            self.line.setText("")
            return
        if self.kind == "datetime":
            try:
                moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
            except ValueError:
                self.line.setText(value)
                return
            if moment.tzinfo is not None:
                moment = moment.astimezone()
            self.line.setText(moment.strftime("%Y-%m-%d %H:%M"))
        elif self.kind == "date":
            self.line.setText(value[:10])
        else:
            self.line.setText(value)

    def focus_widgets(self) -> list[QWidget]:
        return [self.line]

