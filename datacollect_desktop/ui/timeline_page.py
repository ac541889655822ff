"""Time travel through one record: a slider over its events in time order and the record as
of the selected one, the fields that changed highlighted and events entered late marked. The
states are computed once in the background; moving the slider only looks one up."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from datacollect_desktop.app.timeline import Timeline, TimelineService, TimelineStep
from datacollect_desktop.app.workspace import Workspace
from datacollect_desktop.domain.entities import Entity
from datacollect_desktop.ui.attachment_access import workspace_access
from datacollect_desktop.ui.attachment_view import (
    NO_ATTACHMENTS,
    AttachmentAccess,
    attachment_icon,
    choose_and_open,
    references,
    state_text,
)
from datacollect_desktop.ui.audit_text import FieldLabels, action_text
from datacollect_desktop.ui.cell_direction import isolate_cells
from datacollect_desktop.ui.field_text import local_time
from datacollect_desktop.ui.paged_model import ColumnHeaders
from datacollect_desktop.ui.timeline_slider import LATE, MARK, TimelineSlider
from datacollect_desktop.ui.worker import Worker

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
CHANGED_ROLE = Qt.ItemDataRole.UserRole + 2
ATTACHMENTS_ROLE = Qt.ItemDataRole.UserRole + 3
TIMELINE_THUMBNAIL = 40
HIGHLIGHT = QColor("#fff3c4")
_NO_PARENT = QModelIndex()
Index = QModelIndex | QPersistentModelIndex


class StateModel(ColumnHeaders, QAbstractTableModel):
    """A record's fields at one step; the rows that step changed carry CHANGED_ROLE."""

    def __init__(self, labels: FieldLabels, parent: Any = None) -> None:
        super().__init__(parent)
        self.labels = labels
        self.access: AttachmentAccess = NO_ATTACHMENTS
        self.form: str | None = None
        self.rows: list[tuple[str, str, str, bool]] = []
        self.attached: dict[int, list[dict[str, Any]]] = {}  # row → its attachments
        self.headers = [self.tr("Field"), self.tr("Value"), self.tr("This event")]
        self.changed_text = self.tr("changed")
        self.bold = QFont()
        self.bold.setBold(True)

    def set_state(self, state: Entity | None, changed: frozenset[str]) -> None:
        self.beginResetModel()
        self.rows = self._rows(state, changed) if state is not None else []
        self.attached = {}
        if state is not None:
            for row, (key, *_rest) in enumerate(self.rows):
                found = references(state.data.get(key))
                if found:
                    self.attached[row] = found
        self.endResetModel()

    def _rows(self, state: Entity, changed: frozenset[str]) -> list[tuple[str, str, str, bool]]:
        form = state.data.get("entityName")
        form = form if isinstance(form, str) else None
        values: dict[str, Any] = dict(state.data)
        if state.is_group or "memberIds" in changed:
            values["memberIds"] = list(state.member_ids)
        if state.deleted or "deleted" in changed:
            values["deleted"] = state.deleted
        return [(key, self.labels.label(form, key), self.labels.value(form, key, values[key]),
                 key in changed) for key in self.labels.order(form, set(values))]

    def rowCount(self, parent: Index = _NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _NO_PARENT) -> int:
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        key, label, value, changed = self.rows[index.row()]
        attached = self.attached.get(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            if attached and index.column() == 1:
                missing = [state_text(self.access, ref) for ref in attached]
                return value + "".join(f" · {text}" for text in dict.fromkeys(missing) if text)
            return (label, value, self.changed_text if changed else "")[index.column()]
        if role == Qt.ItemDataRole.DecorationRole and attached and index.column() == 1:
            return attachment_icon(self.access, attached[0], TIMELINE_THUMBNAIL)
        if role == ATTACHMENTS_ROLE:
            return attached
        if role == KEY_ROLE:
            return key
        if role == CHANGED_ROLE:
            return changed
        if role == Qt.ItemDataRole.BackgroundRole and changed:
            return HIGHLIGHT
        if role == Qt.ItemDataRole.FontRole and changed:
            return self.bold
        return None


class TimelinePage(QWidget):
    """Shows one record's timeline; Escape or Back returns to where it was opened from."""

    back_requested = Signal()
    open_requested = Signal(str)
    message = Signal(str)

    def __init__(self, workspace: Workspace, service: TimelineService, labels: FieldLabels,
                 reader: Worker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.service = service
        self.labels = labels
        self.reader = reader
        self.timeline: Timeline | None = None
        self.generation = 0
        self.back = QPushButton(self.tr("← Back"), self)
        self.back.setAccessibleName(self.tr("Back"))
        self.back.clicked.connect(self.back_requested)
        self.open_button = QPushButton(self.tr("Open the record"), self)
        self.open_button.setAccessibleName(self.tr("Open the record as it is now"))
        self.open_button.clicked.connect(self._open)
        self.title = QLabel(self)
        self.title.setObjectName("pageTitle")
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("entryContext")
        self.slider = TimelineSlider(self)
        self.slider.position_changed.connect(self.show_step)
        self.step_text = QLabel(self)
        self.step_text.setWordWrap(True)
        self.step_text.setAccessibleName(self.tr("Selected event"))
        self.model = StateModel(labels, self)
        self.model.access = workspace_access(workspace)
        self.table = QTableView(self)
        # A photo shows as a thumbnail in its row; Enter or a double click opens it.
        self.table.setIconSize(QSize(TIMELINE_THUMBNAIL, TIMELINE_THUMBNAIL))
        self.table.activated.connect(self._open_attachment)
        isolate_cells(self.table)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("The record at the selected event"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().resizeSection(0, self.fontMetrics().averageCharWidth() * 28)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.ResizeToContents)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.back_requested.emit)

        actions = QHBoxLayout()
        actions.addWidget(self.back)
        actions.addStretch(1)
        actions.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.slider)
        layout.addWidget(self.step_text)
        layout.addWidget(self.table, 1)

    def show_entity(self, guid: str) -> None:
        """Load the record's timeline in the background; the slider ends on its last event."""
        self.generation += 1
        generation = self.generation
        self.timeline = None
        self.title.setText(self.tr("Loading the history…"))
        self.subtitle.clear()
        self.step_text.clear()
        self.slider.set_labels([])
        self.model.set_state(None, frozenset())
        config = self.workspace.config
        self.reader.submit(lambda: self.service.timeline(guid, config),
                           lambda timeline: self._loaded(generation, guid, timeline),
                           self.reader.unhandled.emit)

    def _loaded(self, generation: int, guid: str, timeline: Timeline | None) -> None:
        if generation != self.generation:
            return
        if timeline is None:
            self.title.setText(self.tr("No history"))
            self.message.emit(self.tr("No event concerns that record."))
            return
        self.timeline = timeline
        self.title.setText(self.tr("History of {0}").format(timeline.name or guid))
        self.subtitle.setText(self.tr("{0} events · use the slider, the arrow keys or the "
                                      "buttons to move through them").format(
            len(timeline.steps)))
        people = self.workspace.people.snapshot()
        self.slider.set_labels([(local_time(s.timestamp), people.name(s.user_id))
                                for s in timeline.steps],
                               frozenset(i for i, s in enumerate(timeline.steps) if s.late))
        self.show_step(self.slider.position())
        self.slider.slider.setFocus()

    def current_step(self) -> TimelineStep | None:
        if self.timeline is None:
            return None
        steps = self.timeline.steps
        position = self.slider.position()
        return steps[position] if 0 <= position < len(steps) else None

    def show_step(self, position: int) -> None:
        """The record after event `position` of its history: a lookup, nothing computed."""
        step = self.current_step()
        if step is None or self.timeline is None:
            return
        # What the event set is highlighted, also where a change received later stands.
        self.model.set_state(step.state, step.changed | frozenset(step.overridden))
        for row in self.model.attached:  # room for the thumbnails
            self.table.setRowHeight(row, TIMELINE_THUMBNAIL + 8)
        text = self.tr("Event {0} of {1} · {2} · {3} · {4}").format(
            position + 1, len(self.timeline.steps), local_time(step.timestamp),
            self.workspace.people.name(step.user_id),
            action_text(step.type))
        if step.flag:
            text += " · " + self.tr("kept but not applied: {0}").format(step.flag)
        elif step.state is None:
            text += " · " + self.tr("the record did not exist yet")
        if step.overridden:
            form = self.timeline.form.name if self.timeline.form is not None else None
            labels = ", ".join(self.model.labels.label(form, key) for key in step.overridden)
            text += " · " + self.tr("it set {0}; a change dated earlier but received after "
                                    "it set that again, as shown").format(labels)
        if step.late:
            text = f"{MARK} {text} · " + self.tr("entered late")
        self.step_text.setStyleSheet(f"color: {LATE.name()};" if step.late else "")
        self.step_text.setText(text)

    def _open_attachment(self, index: QModelIndex) -> None:
        attached = self.model.data(index, ATTACHMENTS_ROLE)
        if attached:
            choose_and_open(self.table, self.model.access, attached)

    def _open(self) -> None:
        if self.timeline is not None:
            self.open_requested.emit(self.timeline.guid)

    def focus_first(self) -> None:
        self.slider.slider.setFocus()
