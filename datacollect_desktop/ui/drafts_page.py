"""Drafts: forms in progress, newest first, to resume or discard."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from datacollect_desktop.app.drafts import Draft
from datacollect_desktop.app.workspace import Workspace
from datacollect_desktop.ui.cell_direction import isolate_cells
from datacollect_desktop.ui.dialogs import ask
from datacollect_desktop.ui.empty_state import EmptyState
from datacollect_desktop.ui.field_text import display_value, local_time
from datacollect_desktop.ui.form_language import display_config
from datacollect_desktop.ui.row_selection import select_row

ID_ROLE = Qt.ItemDataRole.UserRole + 1
_PREVIEW_FIELDS = 3


class DraftsPage(QWidget):
    """Lists drafts; Enter or "Resume" reopens one in the registration screen."""

    resume_requested = Signal(object)
    message = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.drafts: dict[str, Draft] = {}
        title = QLabel(self.tr("Drafts"), self)
        title.setObjectName("pageTitle")
        explain = QLabel(self.tr("Forms in progress are saved here every few seconds, "
                                 "encrypted like everything else."), self)
        explain.setObjectName("entryContext")
        explain.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        isolate_cells(self.table)
        self.table.setHorizontalHeaderLabels([self.tr("Form"), self.tr("For"),
                                              self.tr("Last saved"), self.tr("Typed so far")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemActivated.connect(lambda _item: self.resume_selected())
        self.table.setAccessibleName(self.tr("Drafts"))
        self.empty = EmptyState(self.table, self.tr(
            "No drafts: every form was saved or discarded. A form you leave unfinished on "
            "Register (Ctrl+1) waits here."))
        self.resume_button = QPushButton(self.tr("Resume"), self)
        self.resume_button.clicked.connect(self.resume_selected)
        self.discard_button = QPushButton(self.tr("Discard…"), self)
        self.discard_button.clicked.connect(self.discard_selected)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.resume_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(explain)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def refresh(self) -> None:
        drafts = self.workspace.drafts.all()
        self.drafts = {d.id: d for d in drafts}
        config = display_config(self.workspace.config)
        self.table.setRowCount(len(drafts))
        for row, draft in enumerate(drafts):
            form = config.form(draft.form)
            target = draft.entity_guid or draft.parent_guid
            entity = self.workspace.session.queries.entity(target) if target else None
            if draft.entity_guid is not None:
                who = self.tr("Editing {0}").format(entity.name if entity else "?")
            elif entity is not None:
                who = self.tr("Member of {0}").format(entity.name or "?")
            else:
                who = self.tr("New record")
            components = {c.key: c for c in form.fields()} if form is not None else {}
            preview = ", ".join(display_value(components.get(k), v)
                                for k, v in list(draft.data.items())[:_PREVIEW_FIELDS])
            cells = [form.title if form is not None else draft.form, who,
                     local_time(draft.updated_at), preview]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, draft.id)
                self.table.setItem(row, column, item)
        has_drafts = bool(drafts)
        self.empty.refresh()
        self.resume_button.setEnabled(has_drafts)
        self.discard_button.setEnabled(has_drafts)
        if has_drafts:
            select_row(self.table, 0)

    def selected(self) -> Draft | None:
        item = self.table.item(self.table.currentRow(), 0)
        draft_id = item.data(ID_ROLE) if item is not None else None
        return self.drafts.get(draft_id) if isinstance(draft_id, str) else None

    def resume_selected(self) -> None:
        draft = self.selected()
        if draft is not None:
            self.resume_requested.emit(draft)

    def discard_selected(self) -> None:
        draft = self.selected()
        if draft is None:
            return

        def discard() -> None:
            self.workspace.drafts.discard(draft.id)
            self.message.emit(self.tr("The draft was discarded."))
            self.refresh()

        ask(self, self.tr("Discard this draft?"),
            self.tr("What was typed in this draft will be lost."), self.tr("Discard"), discard)

    def showEvent(self, event: object) -> None:
        self.refresh()
        super().showEvent(event)  # type: ignore[arg-type]
