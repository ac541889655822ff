"""The registration screen: a household, then its members, by keyboard, with drafts kept."""

from __future__ import annotations

import itertools
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from datacollect_desktop.app.drafts import Draft, DraftKeeper
from datacollect_desktop.app.duplicates import PersonMatch
from datacollect_desktop.app.entry import Entry, EntryFlow
from datacollect_desktop.app.errors import as_known
from datacollect_desktop.app.registration import FormRejected, top_level_forms
from datacollect_desktop.app.workspace import Workspace
from datacollect_desktop.domain.entities import Entity
from datacollect_desktop.domain.forms import FieldError
from datacollect_desktop.ui.attachment_access import workspace_access
from datacollect_desktop.ui.dialogs import ask
from datacollect_desktop.ui.duplicate_banner import DuplicateBanner
from datacollect_desktop.ui.entry_texts import entry_texts, saved_message
from datacollect_desktop.ui.form_language import form_translator
from datacollect_desktop.ui.forms.form_view import FormView
from datacollect_desktop.ui.messages import error_text, translated
from datacollect_desktop.ui.style import FORM_COLUMN_CHARACTERS, readable_column

DRAFT_INTERVAL_MS = 3000
DUPLICATE_DELAY_MS = 300


class RegisterPage(QWidget):
    """Shows one `Entry` at a time; Ctrl+S saves, Ctrl+Shift+S finishes the household."""

    saved = Signal(str)
    edited = Signal(str)  # an edit was saved: the record's screen comes back
    open_record = Signal(str)
    message = Signal(str)
    #: A message sent earlier no longer holds (its problems were fixed): take it down.
    withdrawn = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.flow = EntryFlow(workspace)
        self.entry: Entry = self.flow.start()
        self.keeper = self._keeper(self.entry)
        # People the field worker said are someone else ("It is a different person"), and
        # those a save warned about since the form last changed (a second save goes ahead).
        self.acknowledged: set[str] = set()
        self.warned: set[str] = set()
        self.form_view: FormView | None = None

        self.title = QLabel(self)
        self.title.setObjectName("pageTitle")
        self.chooser = QComboBox(self)
        self.chooser.setAccessibleName(self.tr("Form"))
        for form in top_level_forms(workspace.config):
            self.chooser.addItem(form_translator(workspace.config)(form.title), form.name)
        self.chooser.activated.connect(self._form_chosen)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.chooser)
        self.context = QLabel(self)
        self.context.setObjectName("entryContext")
        self.context.setWordWrap(True)
        self.banner = DuplicateBanner(self)
        self.banner.open_requested.connect(self._open_match)
        self.banner.dismissed.connect(self._dismiss_matches)
        self.problems = QLabel(self)
        self.problems.setObjectName("formProblems")
        self.problems.setWordWrap(True)
        self.problems.hide()
        # The problems of the last save that have no field on screen, while `problems`
        # counts the fields that need attention (None when it says something else).
        self.unplaced: list[FieldError] | None = None
        self.problems_announced = ""
        self.form_area = QScrollArea(self)
        self.form_area.setWidgetResizable(True)
        self.form_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.form_area.setAccessibleName(self.tr("Form"))
        self.finish_button = QPushButton(self)
        self.finish_button.setAutoDefault(True)
        self.finish_button.clicked.connect(self.finish)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("primary")
        self.save_button.setAutoDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.finish_button)
        buttons.addWidget(self.save_button)

        # The form keeps a readable width on a wide window: its column starts with the title
        # and the rest of the width stays empty.
        column = QWidget(self)
        readable_column(self, column, FORM_COLUMN_CHARACTERS)
        layout = QVBoxLayout(column)
        layout.addLayout(header)
        layout.addWidget(self.context)
        layout.addWidget(self.banner)
        layout.addWidget(self.problems)
        layout.addWidget(self.form_area, 1)
        layout.addLayout(buttons)

        for keys, slot in (("Ctrl+S", self.save), ("Ctrl+Shift+S", self.finish)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.draft_timer = QTimer(self)
        self.draft_timer.setInterval(DRAFT_INTERVAL_MS)
        self.draft_timer.timeout.connect(self.flush_draft)
        self.draft_timer.start()
        self.duplicate_timer = QTimer(self)
        self.duplicate_timer.setSingleShot(True)
        self.duplicate_timer.setInterval(DUPLICATE_DELAY_MS)
        self.duplicate_timer.timeout.connect(self._check_duplicates)
        self.show_entry(self.entry)

    # -- entries ------------------------------------------------------------------------

    def _keeper(self, entry: Entry) -> DraftKeeper:
        return DraftKeeper(self.workspace.drafts, entry.form.name, entry.correlation_id,
                           entry.parent_guid,
                           entry.editing.guid if entry.editing is not None else None)

    def show_entry(self, entry: Entry, data: dict[str, Any] | None = None,
                   keeper: DraftKeeper | None = None) -> None:
        """Put `entry`'s form on screen (blank, or filled with `data`)."""
        self.flush_draft()
        self.entry = entry
        self.keeper = keeper or self._keeper(entry)
        self.acknowledged = set()
        self.warned = set()
        self.banner.show_matches([])
        self.problems.hide()
        view = FormView(entry.form.components, translate=form_translator(self.workspace.config),
                        attachments=workspace_access(self.workspace))
        if data:
            view.set_values(data)
        elif entry.editing is not None:
            view.set_values(dict(entry.editing.data))
        # What the form shows now (defaults, unticked boxes, the record edited) is not typing.
        self.keeper.baseline = view.values()
        view.changed.connect(self._form_changed)
        view.tab_chain_changed.connect(self._chain_tab_order)
        old = self.form_area.takeWidget()
        if old is not None:
            old.deleteLater()
        self.form_area.setWidget(view)
        self.form_view = view
        self._describe(entry)
        self._chain_tab_order()
        view.focus_first()

    def _describe(self, entry: Entry) -> None:
        chooser_index = self.chooser.findData(entry.form.name)
        self.chooser.setVisible(entry.editing is None and entry.parent_guid is None
                                and self.chooser.count() > 1)
        if chooser_index >= 0:
            self.chooser.setCurrentIndex(chooser_index)
        texts = entry_texts(entry, self.workspace.config, form_translator(self.workspace.config))
        self.title.setText(texts.title)
        self.context.setText(texts.context)
        self.context.setVisible(bool(texts.context))
        self.save_button.setText(texts.save)
        self.finish_button.setText(texts.finish)

    def _chain_tab_order(self) -> None:
        if self.form_view is None:
            return
        # Enter after the last field lands on Save, so a second Enter saves.
        chain = [*self.form_view.focus_widgets(), self.save_button, self.finish_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def forms_changed(self) -> None:
        """Another app config is in use: a new registration nothing was typed in yet starts
        again with its forms (an edit, a member or typed data keep the form they have)."""
        view = self.form_view
        if self.entry.editing is None and self.entry.parent_guid is None and (
                view is None or not view.values()):
            self.show_entry(self.flow.start())

    def _form_chosen(self, index: int) -> None:
        name = self.chooser.itemData(index)
        if name != self.entry.form.name:
            self.show_entry(self.flow.start(name))

    def start_edit(self, entity: Entity) -> None:
        self.show_entry(self.flow.edit(entity))

    def start_member(self, household: Entity) -> None:
        self.show_entry(self.flow.add_member(household))

    def resume(self, draft: Draft) -> None:
        entry = self.flow.resume(draft)
        self.show_entry(entry, dict(draft.data), DraftKeeper.resume(self.workspace.drafts,
                                                                     draft))

    # -- typing -------------------------------------------------------------------------

    def _form_changed(self) -> None:
        if self.form_view is None:
            return
        values = self.form_view.values()
        if values != self.keeper.data:
            self.warned = set()  # a change after a warning needs a new decision
        self.keeper.changed(values)
        if self.flow.makes_people(self.entry):
            self.duplicate_timer.start()
        self._count_problems()

    def flush_draft(self) -> None:
        """Write the draft now if it changed (the timer, closing and locking call this)."""
        if self.form_view is not None:
            self.keeper.changed(self.form_view.values())
        self.keeper.flush()

    def _matches(self) -> list[PersonMatch]:
        if self.form_view is None:
            return []
        return self.flow.possible_duplicates(self.entry, self.form_view.values())

    def _check_duplicates(self) -> None:
        matches = self._matches()
        self.banner.show_matches([m for m in matches if m.guid not in self.acknowledged])

    def _dismiss_matches(self) -> None:
        """"It is a different person": the shown people are not asked about again."""
        self.acknowledged |= {m.guid for m in self.banner.matches}
        self.banner.show_matches([])
        if self.form_view is not None:
            self.form_view.focus_first()

    def _open_match(self, guid: str) -> None:
        self.flush_draft()  # the typed person stays a draft to come back to
        self.open_record.emit(guid)

    # -- saving -------------------------------------------------------------------------

    def save(self) -> None:
        """Validate, warn about possible duplicates once, then store (Ctrl+S)."""
        view = self.form_view
        if view is None:
            return
        try:
            # The one check of this save: the app service validates, the fields show why.
            valid = self.flow.validate(self.entry, view.values())
        except FormRejected as exc:
            self._show_problems(exc.errors)
            return
        view.clear_errors()
        self.problems.hide()
        open_matches = [m for m in self._matches() if m.guid not in self.acknowledged]
        if any(m.guid not in self.warned for m in open_matches):
            # Nothing is saved until the person decides: open the existing record, say it
            # is a different person, or press Ctrl+S again right after this warning.
            self.warned = {m.guid for m in open_matches}
            self.banner.show_matches(open_matches, insist=True)
            self.message.emit(self.tr("This person may already be registered; nothing was "
                                      "saved yet."))
            return
        try:
            saved = self.flow.save(self.entry, valid, draft_id=self.keeper.draft_id)
        except Exception as exc:
            known = as_known(exc)
            if known is None:
                raise
            self._show_text_problem(error_text(known))
            return
        self._forget_form()
        previous = self.entry
        self.saved.emit(saved.entity_guid)
        self.message.emit(saved_message(previous, saved.next, len(saved.changes)))
        self.show_entry(saved.next)
        if previous.editing is not None:
            self.edited.emit(saved.entity_guid)

    def finish(self) -> None:
        """Finish the household (saving a member typed so far), or cancel an edit."""
        view = self.form_view
        if self.entry.parent_guid is not None and self.entry.editing is None:
            if view is not None and self.keeper.touched(view.values()):
                before = self.entry
                self.save()
                if self.entry is before:
                    return  # the member was not saved: its problems are on screen
            done = self.entry
            self._forget_form()
            self.message.emit(self.tr("{0} is registered with %n member(s).", "",
                                      done.members_saved).format(done.parent_name or "?"))
            self.show_entry(self.flow.finish(done))
            return
        if view is None or not self.keeper.touched(view.values()):
            self._discard()
            return
        ask(self, self.tr("Discard this form?"),
            self.tr("What you typed in this form will be discarded."),
            self.tr("Discard"), self._discard)

    def _discard(self) -> None:
        self._forget_form()
        self.show_entry(self.flow.start(self.entry.form.name) if self.entry.editing is None
                        else self.flow.start())

    def _forget_form(self) -> None:
        """The form on screen was saved or discarded: drop its draft, keep nothing of it."""
        self.keeper.finish()
        self.form_view = None

    def _show_problems(self, errors: list[FieldError]) -> None:
        if self.form_view is None:
            return
        unplaced = self.form_view.show_errors(errors)
        self._show_text_problem(self._problems_text(len(errors), unplaced))
        self.unplaced = unplaced
        first = errors[0].key.split("[", 1)[0]
        self.form_view.focus_field(first)

    def _problems_text(self, count: int, unplaced: list[FieldError]) -> str:
        text = self.tr("Nothing was saved: %n field(s) need attention.", "", count)
        if unplaced:
            text += " " + " ".join(translated(e.message) for e in unplaced)
        return text

    def _count_problems(self) -> None:
        """The count of fields that need attention follows the fixes, gone with the last."""
        if self.unplaced is None or self.form_view is None or self.problems.isHidden():
            return
        count = self.form_view.error_count() + len(self.unplaced)
        if count:
            self.problems.setText(self._problems_text(count, self.unplaced))
        else:
            self.problems.hide()
            self.unplaced = None
            self.withdrawn.emit(self.problems_announced)

    def _show_text_problem(self, text: str) -> None:
        self.unplaced = None
        self.problems.setText(text)
        self.problems.show()
        self.problems_announced = text  # what the status bar was told
        self.message.emit(text)
