"""One record: its current data, its household or members, and every event with its badge."""

from __future__ import annotations

import html
import itertools

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from datacollect_desktop.app.browse import EntityDetail, EntityRow
from datacollect_desktop.app.registration import child_forms
from datacollect_desktop.app.submission import new_guid
from datacollect_desktop.app.workspace import Workspace
from datacollect_desktop.domain.entities import Entity
from datacollect_desktop.domain.forms.event_types import DeclaredEventType
from datacollect_desktop.domain.vocabulary import SyncLevel
from datacollect_desktop.ui.attachment_access import workspace_access
from datacollect_desktop.ui.attachment_view import AttachmentStrip, references
from datacollect_desktop.ui.badges import LEVEL_ROLE, BadgeDelegate, level_tooltip
from datacollect_desktop.ui.cell_direction import align_leading, isolate_cells
from datacollect_desktop.ui.delete_dialog import DeleteDialog
from datacollect_desktop.ui.empty_state import EmptyState
from datacollect_desktop.ui.event_text import event_summary
from datacollect_desktop.ui.event_type_dialog import EventTypeDialog
from datacollect_desktop.ui.field_text import display_value, field_label, local_time
from datacollect_desktop.ui.form_language import display_config, form_translator
from datacollect_desktop.ui.messages import translated
from datacollect_desktop.ui.person_facts import PersonFacts
from datacollect_desktop.ui.table_fit import rows_height

GUID_ROLE = Qt.ItemDataRole.UserRole + 1
_RELATED_SYNC = 5  # the related table's sync badge column
#: The most rows the related table shows before it scrolls, and the fewest it makes room for
#: (a household with no members says so in them).
_RELATED_ROWS = (2, 8)


class DetailPage(QWidget):
    """Shows `EntityDetail`; edit, add a member and delete are offered from here."""

    back_requested = Signal()
    open_requested = Signal(str)
    edit_requested = Signal(object)
    add_member_requested = Signal(object)
    deleted = Signal(str)
    #: An event of a declared type was stored on the record (its guid).
    recorded = Signal(str)
    timeline_requested = Signal(str)
    message = Signal(str)
    #: The digests of the attachments this record shows that are not on this laptop yet,
    #: when the settings download a record's attachments on view (asked once per opening).
    attachments_wanted = Signal(list)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.detail: EntityDetail | None = None
        #: The attachments already asked for while this record is shown.
        self._asked: set[str] = set()
        self.back = QPushButton(self.tr("← Back to the list"), self)
        self.back.clicked.connect(self.back_requested)
        self.title = QLabel(self)
        self.title.setObjectName("pageTitle")
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("entryContext")
        # A name in Latin letters heads an Arabic page from the right, like the rest of it.
        align_leading(self.title)
        align_leading(self.subtitle)
        self.edit_button = QPushButton(self.tr("Edit (Ctrl+E)"), self)
        self.edit_button.clicked.connect(self._edit)
        self.member_button = QPushButton(self.tr("Add a member"), self)
        self.member_button.clicked.connect(self._add_member)
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        self.delete_button.setObjectName("danger")
        self.delete_button.clicked.connect(self.confirm_delete)
        self.timeline_button = QPushButton(self.tr("Timeline (Ctrl+T)"), self)
        self.timeline_button.setAccessibleName(self.tr("Timeline of this record"))
        self.timeline_button.clicked.connect(self._timeline)
        QShortcut(QKeySequence("Ctrl+T"), self, self._timeline)
        QShortcut(QKeySequence("Ctrl+E"), self, self._edit)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.back_requested.emit)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self, self.confirm_delete)

        self.fields_box = QGroupBox(self.tr("Current data"), self)
        self.fields = QFormLayout(self.fields_box)
        self.related_box = QGroupBox(self)
        # A household's members told apart by birth date, sex and their place in it; for a
        # person, the households it belongs to (the person columns stay empty there).
        self.related = self._table([self.tr("Name"), self.tr("Born"), self.tr("Sex"),
                                    self.tr("Relationship"), self.tr("Form"), self.tr("Sync")])
        self.related.setItemDelegateForColumn(_RELATED_SYNC, BadgeDelegate(self.related))
        # The names take the room left, not the badges at the end of the line.
        self.related.horizontalHeader().setStretchLastSection(False)
        self.related.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.related.itemActivated.connect(self._open_related)
        self.related.setAccessibleName(self.tr("Related records"))
        QVBoxLayout(self.related_box).addWidget(self.related)
        self.related_empty = EmptyState(self.related, self.tr(
            "No members yet: \"Add a member\" above registers the first."))
        history_box = QGroupBox(self.tr("History"), self)
        self.history = self._table([self.tr("When"), self.tr("What"), self.tr("Who"),
                                    self.tr("Sync"), self.tr("Note")])
        self.history.setItemDelegateForColumn(3, BadgeDelegate(self.history))
        self.history.setAccessibleName(self.tr("History"))
        QVBoxLayout(history_box).addWidget(self.history)

        # One button per event type the app config declares for this record's form.
        self.event_type_buttons: list[QPushButton] = []
        self.event_dialog: EventTypeDialog | None = None
        actions = QHBoxLayout()
        actions.addWidget(self.back)
        actions.addStretch(1)
        self.event_type_row = QHBoxLayout()
        actions.addLayout(self.event_type_row)
        for button in (self.timeline_button, self.member_button, self.edit_button,
                       self.delete_button):
            actions.addWidget(button)
        body = QWidget(self)
        content = QVBoxLayout(body)
        content.addWidget(self.fields_box)
        content.addWidget(self.related_box)
        content.addWidget(history_box, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its tables take the keyboard
        scroll.setAccessibleName(self.tr("Record"))
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(scroll, 1)
        # Tab in the screen's order: the buttons as they stand, then the tables.
        chain = [self.back, self.timeline_button, self.member_button, self.edit_button,
                 self.delete_button, self.related, self.history]
        for first, second in itertools.pairwise(chain):
            self.setTabOrder(first, second)

    def _table(self, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers), self)
        isolate_cells(table)
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Tab leaves the table for the next control (the arrows move between rows), so the
        # buttons after it stay reachable by keyboard.
        table.setTabKeyNavigation(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.setMinimumHeight(120)
        return table

    def show_record(self, guid: str) -> bool:
        """Load and show a record; False if it does not exist."""
        detail = self.workspace.browse.detail(guid)
        if detail is None:
            self.message.emit(self.tr("That record is not in this profile."))
            return False
        if self.detail is None or self.detail.entity.guid != guid:
            self._asked = set()
        self.detail = detail
        entity = detail.entity
        form_title = (form_translator(self.workspace.config)(detail.form.title)
                      if detail.form is not None else entity.type)
        self.title.setText(entity.name or self.tr("(no name)"))
        state = self.tr("deleted") if entity.deleted else self.tr("version {0}").format(
            entity.version)
        self.subtitle.setText(self.tr("{0} · {1} · last change {2}").format(
            form_title, state, local_time(entity.last_updated)))
        self._fill_fields(detail)
        self._fill_related(detail)
        self._fill_history(detail)
        editable = not entity.deleted and detail.form is not None
        self.edit_button.setEnabled(editable)
        # A deleted record cannot be deleted again: no button that would do nothing.
        self.delete_button.setEnabled(not entity.deleted)
        self.delete_button.setVisible(not entity.deleted)
        has_children = detail.form is not None and bool(child_forms(self.workspace.config,
                                                                    detail.form))
        self.member_button.setVisible(entity.is_group and has_children)
        self.member_button.setEnabled(not entity.deleted)
        self._fill_event_types(detail)
        self._ask_for_missing(detail)
        return True

    def forget_asked(self) -> None:
        """The record is left: opening it again asks again for what is still missing."""
        self._asked = set()

    def _ask_for_missing(self, detail: EntityDetail) -> None:
        """With downloads "on view", ask for the attachments shown here that this laptop
        does not hold; the after-sync refresh then shows them."""
        if not self.workspace.settings.downloads_on_view:
            return
        state = self.workspace.attachments.state
        wanted = sorted({ref["attachment"] for item in detail.fields
                         for ref in references(item.value)} - self._asked)
        wanted = [digest for digest in wanted if state(digest) == "missing"]
        if wanted:
            self._asked.update(wanted)
            self.attachments_wanted.emit(wanted)

    def _fill_event_types(self, detail: EntityDetail) -> None:
        for button in self.event_type_buttons:
            self.event_type_row.removeWidget(button)
            button.deleteLater()
        self.event_type_buttons = []
        if detail.form is None:
            return
        text = form_translator(self.workspace.config)
        for declared in self.workspace.event_types.declared_for(detail.form.name):
            button = QPushButton(text(declared.title), self)
            button.setObjectName(f"eventType:{declared.type}")
            button.setEnabled(not detail.entity.deleted)
            button.clicked.connect(lambda _checked=False, d=declared: self.open_event_type(d))
            self.event_type_row.addWidget(button)
            self.event_type_buttons.append(button)

    def open_event_type(self, declared: DeclaredEventType) -> EventTypeDialog | None:
        """The declared type's form on this record; saving stores the event."""
        entity = self._entity()
        form = self.workspace.event_types.form_of(declared)
        if entity is None or form is None:
            return None
        dialog = EventTypeDialog(self.workspace, declared, form, entity, self)
        dialog.accepted.connect(lambda: self._event_saved(dialog))
        self.event_dialog = dialog
        dialog.open()
        return dialog

    def _event_saved(self, dialog: EventTypeDialog) -> None:
        self.message.emit(dialog.kept_not_applied or self.tr("{0} was saved.").format(
            form_translator(self.workspace.config)(dialog.declared.title)))
        self.recorded.emit(dialog.entity.guid)
        self.show_record(dialog.entity.guid)

    def _fill_fields(self, detail: EntityDetail) -> None:
        while self.fields.rowCount():
            self.fields.removeRow(0)
        form_text = form_translator(self.workspace.config)
        access = workspace_access(self.workspace)
        for item in detail.fields:
            attached = references(item.value)
            if attached:  # photos as thumbnails, documents as an icon and a name
                self.fields.addRow(field_label(form_text(item.label)),
                                   AttachmentStrip(access, attached, self))
                continue
            value = QLabel(html.escape(display_value(item.component, item.value, form_text)),
                           self)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            align_leading(value)
            self.fields.addRow(field_label(form_text(item.label)), value)
        if not detail.fields:
            self.fields.addRow(QLabel(self.tr("No data."), self))

    def _fill_related(self, detail: EntityDetail) -> None:
        rows: list[EntityRow] = detail.members if detail.entity.is_group else detail.groups
        self.related_box.setTitle(self.tr("Members ({0})").format(len(rows))
                                  if detail.entity.is_group else self.tr("Household"))
        self.related_box.setVisible(detail.entity.is_group or bool(rows))
        shown = display_config(self.workspace.config)
        titles = {f.name: f.title for f in shown.entity_forms}
        facts = PersonFacts(shown)
        for column in (1, 2, 3):  # a person's households have no birth date or sex
            self.related.setColumnHidden(column, not detail.entity.is_group)
        self.related.setRowCount(len(rows))
        for position, row in enumerate(rows):
            name = QTableWidgetItem(row.name or self.tr("(no name)"))
            name.setData(GUID_ROLE, row.guid)
            self.related.setItem(position, 0, name)
            cells = (facts.born(row), facts.sex(row), facts.relationship(row),
                     titles.get(row.form or "", row.type))
            for column, text in enumerate(cells, start=1):
                self.related.setItem(position, column, QTableWidgetItem(text))
            badge = QTableWidgetItem()
            badge.setData(LEVEL_ROLE, int(SyncLevel.LOCAL if row.pending else SyncLevel.REMOTE))
            self.related.setItem(position, _RELATED_SYNC, badge)
        self._fit_related()

    def _fit_related(self) -> None:
        """The related table as tall as its rows (a few of them: the rest scroll), not a
        frame around empty space."""
        fewest, most = _RELATED_ROWS
        self.related.setFixedHeight(rows_height(self.related, fewest, most, self.related_empty))

    def _fill_history(self, detail: EntityDetail) -> None:
        self.history.setRowCount(len(detail.events))
        people = self.workspace.people.snapshot()
        shown = display_config(self.workspace.config)
        form = shown.form(detail.form.name) if detail.form is not None else None
        for position, event in enumerate(reversed(detail.events)):
            cells = [local_time(event.timestamp),
                     event_summary(event, form, of_group=detail.entity.is_group),
                     people.name(event.user_id), "",
                     event.sync_error or (translated(self.workspace.browse.flag_words(event.flag))
                                          if event.flag else event.reason or "")]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 3:
                    item.setData(LEVEL_ROLE, int(event.sync_level))
                    item.setToolTip(level_tooltip(event.sync_level))
                if column == 4 and text:
                    # A flag in words; the tooltip keeps it as stored, ids and UTC time.
                    item.setToolTip(f"{text}\n\n{event.flag}" if event.flag and not
                                    event.sync_error else text)
                    if event.sync_error or event.flag:  # a problem, not the delete's reason
                        item.setForeground(Qt.GlobalColor.darkRed)
                self.history.setItem(position, column, item)

    def _open_related(self, item: QTableWidgetItem) -> None:
        first = self.related.item(item.row(), 0)
        guid = first.data(GUID_ROLE) if first is not None else None
        if isinstance(guid, str):
            self.open_requested.emit(guid)

    def _entity(self) -> Entity | None:
        return self.detail.entity if self.detail is not None else None

    def _edit(self) -> None:
        entity = self._entity()
        if entity is not None and self.edit_button.isEnabled():
            self.edit_requested.emit(entity)

    def _timeline(self) -> None:
        entity = self._entity()
        if entity is not None:
            self.timeline_requested.emit(entity.guid)

    def _add_member(self) -> None:
        entity = self._entity()
        if entity is not None:
            self.add_member_requested.emit(entity)

    def confirm_delete(self) -> DeleteDialog | None:
        """Ask first, with the reason; a delete is a tombstone event, and the history stays."""
        entity = self._entity()
        if entity is None or entity.deleted or not self.delete_button.isEnabled():
            return None
        detail = self.tr("Its history is kept.")
        if entity.is_group and entity.member_ids:
            detail += " " + self.tr("Its %n member(s) stay registered; find them with the "
                                    "search.", "", len(entity.member_ids))
        dialog = DeleteDialog(self, self.tr("Delete {0}?").format(
            entity.name or self.tr("this record")), detail,
            lambda reason: self._delete(entity, reason))
        dialog.open()
        return dialog

    def _delete(self, entity: Entity, reason: str) -> None:
        form = self.detail.form if self.detail is not None else None
        self.workspace.registrar.delete(entity, reason=reason,
                                        form_name=form.name if form else entity.type,
                                        correlation_id=new_guid())
        self.message.emit(self.tr("{0} was deleted.").format(entity.name or self.tr("The record")))
        self.deleted.emit(entity.guid)
        self.show_record(entity.guid)
        # The Delete button is now disabled: without a new home the keyboard focus is lost.
        self.back.setFocus(Qt.FocusReason.OtherFocusReason)
