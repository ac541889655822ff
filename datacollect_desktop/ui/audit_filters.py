"""The audit history's filters: search, user, action, form, record, date range, export."""

from __future__ import annotations

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from datacollect_desktop.app.audit import AuditChoices, AuditFilter, local_day_bounds
from datacollect_desktop.ui.audit_text import FieldLabels, action_text
from datacollect_desktop.ui.date_editors import ISO_DATE, iso_editor

FILTER_DELAY_MS = 200


class AuditFilterBar(QWidget):
    """Emits `changed` a moment after the person stops typing or picking."""

    changed = Signal()
    #: Enter in a text field: show the entries.
    done = Signal()
    export_requested = Signal()

    def __init__(self, labels: FieldLabels, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels = labels
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Records whose name or fields hold these words"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search records"))
        self.user = self._combo(self.tr("User"), self.tr("All users"))  # by person
        self.action = self._combo(self.tr("Action"), self.tr("All actions"))
        self.form = self._combo(self.tr("Form"), self.tr("All forms"))
        self.record = QLineEdit(self)
        self.record.setPlaceholderText(self.tr("Record id"))
        self.record.setClearButtonEnabled(True)
        self.record.setAccessibleName(self.tr("Record id"))
        self.use_from = QCheckBox(self.tr("From"), self)
        self.use_from.setAccessibleName(self.tr("Filter from a date"))
        self.date_from = self._date(self.tr("First day"))
        self.use_to = QCheckBox(self.tr("To"), self)
        self.use_to.setAccessibleName(self.tr("Filter up to a date"))
        self.date_to = self._date(self.tr("Last day"))
        self.clear_button = QPushButton(self.tr("Clear filters"), self)
        self.clear_button.setAccessibleName(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear)
        self.export_button = QPushButton(self.tr("Export CSV…"), self)
        self.export_button.setAccessibleName(self.tr("Export the filtered entries as CSV"))
        self.export_button.clicked.connect(self.export_requested)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(FILTER_DELAY_MS)
        self.timer.timeout.connect(self.changed)
        for line in (self.search, self.record):
            line.textChanged.connect(self.timer.start)
            line.returnPressed.connect(self.done)
        for combo in (self.user, self.action, self.form):
            combo.currentIndexChanged.connect(self.timer.start)
        for box, edit in ((self.use_from, self.date_from), (self.use_to, self.date_to)):
            box.toggled.connect(self.timer.start)
            box.toggled.connect(edit.setEnabled)
            edit.dateChanged.connect(self.timer.start)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.search, 0, 0, 1, 3)
        grid.addWidget(self.user, 0, 3)
        grid.addWidget(self.action, 0, 4)
        grid.addWidget(self.form, 0, 5)
        grid.addWidget(self.record, 1, 0)
        dates = QHBoxLayout()
        for widget in (self.use_from, self.date_from, self.use_to, self.date_to):
            dates.addWidget(widget)
        grid.addLayout(dates, 1, 1, 1, 3)
        grid.addWidget(self.clear_button, 1, 4)
        grid.addWidget(self.export_button, 1, 5)
        grid.setColumnStretch(0, 2)

    def _combo(self, name: str, everything: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        # The choices arrive after the bar is shown; sized on first show, the box would cut
        # "Household registered" and "Household changed" to the same "Household…".
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.addItem(everything, None)
        return combo

    def _date(self, name: str) -> QDateEdit:
        edit = QDateEdit(QDate.currentDate(), self)
        edit.setCalendarPopup(True)
        iso_editor(edit, ISO_DATE)
        edit.setAccessibleName(name)
        edit.setEnabled(False)
        return edit

    def current(self) -> AuditFilter:
        """The filter as set on screen, the dates as local days."""
        first = self.date_from.date().toPython() if self.use_from.isChecked() else None
        last = self.date_to.date().toPython() if self.use_to.isChecked() else None
        since, until = local_day_bounds(first, last)  # type: ignore[arg-type]
        return AuditFilter(user=self.user.currentData(), action=self.action.currentData(),
                           form=self.form.currentData(), entity=self.record.text().strip() or None,
                           since=since, until=until, text=self.search.text())

    def clear(self) -> None:
        """Every filter off; `changed` follows."""
        for line in (self.search, self.record):
            line.clear()
        for combo in (self.user, self.action, self.form):
            combo.setCurrentIndex(0)
        self.use_from.setChecked(False)
        self.use_to.setChecked(False)
        self.timer.start()

    def fill_choices(self, choices: AuditChoices) -> None:
        """The people, actions and forms found in the trail; the current picks are kept.
        People are listed by name (from the directory), each once whatever ids they used."""

        def person_name(person: str) -> str:
            return choices.user_names.get(person, person)

        for combo, values, text in ((self.user, choices.users, person_name),
                                    (self.action, choices.actions, action_text),
                                    (self.form, choices.forms, self.labels.form_title)):
            current = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for value in values:
                combo.addItem(text(value), value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
            # A squeezed bar must not cut two choices to the same "Household…".
            combo.setMinimumWidth(combo.sizeHint().width())
