"""A Form.io form as a Qt widget: labelled editors, layout containers, conditions, errors."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, date, datetime
from functools import partial
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from datacollect_desktop.domain.forms import (
    DISPLAY_TYPES,
    Component,
    EntityForm,
    FieldError,
    Translator,
    Visibility,
    field_warning,
    kept_data,
    localize_components,
    localized_errors,
    value_owners,
)
from datacollect_desktop.domain.forms.calculations import calculate
from datacollect_desktop.domain.forms.logic import (
    FormContext,
    choices_for,
    has_choice_filter,
    is_calculated,
)
from datacollect_desktop.domain.forms.rules import field_problem
from datacollect_desktop.ui.attachment_view import NO_ATTACHMENTS, AttachmentAccess
from datacollect_desktop.ui.forms.base import FieldEditor
from datacollect_desktop.ui.forms.field_row import FieldRow, editor_for

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


Scope = Callable[[Mapping[str, Any]], Visibility]


class FormView(QWidget):
    """Renders components; `values()` gives what the form keeps (`kept_data`), ready to
    validate.

    `scope` gives the visibility of these components for their values; an editgrid row's view
    gets one that also sees the fields around the grid, as `kept_data` does. With `translate`,
    the form's texts (labels, choices, descriptions, messages) are shown translated; keys and
    values, and so the data, stay those of `components`. File and signature fields store
    their bytes through `attachments`.
    """

    changed = Signal()
    tab_chain_changed = Signal()

    def __init__(self, components: Sequence[Component], parent: QWidget | None = None, *,
                 translate: Translator | None = None, scope: Scope | None = None,
                 attachments: AttachmentAccess = NO_ATTACHMENTS) -> None:
        super().__init__(parent)
        self.attachments = attachments
        self._localized = translate is not None and not translate.is_identity
        self.components = (localize_components(components, translate)
                           if translate is not None and self._localized else tuple(components))
        self._scope = scope
        # What shows for the values on screen, as of the last refresh.
        self.visibility: Visibility = Visibility(self.components, {})
        # The first editor of each key; `shared` holds every editor of a key that several
        # components share (one value: an edit in one shows in the others).
        self.editors: dict[str, FieldEditor] = {}
        self.shared: dict[str, list[FieldEditor]] = {}
        self.rows: dict[str, FieldRow] = {}
        self.hidden_values: dict[str, Any] = {}
        self._calculated_hidden: set[str] = set()  # hidden fields whose value is computed
        self.notes: list[QLabel] = []
        self._containers: list[tuple[Component, QWidget]] = []
        self._loading = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._build(self.components, layout)
        layout.addStretch(1)
        self._refresh_visibility()

    # -- building -----------------------------------------------------------------------

    def _build(self, components: Sequence[Component], layout: QVBoxLayout) -> None:
        for component in components:
            widget = self._widget_for(component)
            if widget is not None:
                layout.addWidget(widget)
                self._containers.append((component, widget))

    def _widget_for(self, component: Component) -> QWidget | None:
        if not component.supported:
            note = QLabel(self.tr("“{0}” is a {1} field, which this app cannot show; it is "
                                  "left out.").format(component.label or component.key,
                                                       component.type or "?"), self)
            note.setObjectName("unsupportedNote")
            note.setWordWrap(True)
            self.notes.append(note)
            return note
        if component.type in ("panel", "fieldset"):
            box = QGroupBox(component.label if component.label != component.key else "", self)
            inner = QVBoxLayout(box)
            # No side margins: the panel's fields line up with the fields around it.
            inner.setContentsMargins(0, inner.contentsMargins().top(), 0,
                                     inner.contentsMargins().bottom())
            self._build(component.children, inner)
            return box
        if component.type == "columns":
            holder = QWidget(self)
            columns = QHBoxLayout(holder)
            columns.setContentsMargins(0, 0, 0, 0)
            for column in component.children:
                cell = QWidget(holder)
                cell_layout = QVBoxLayout(cell)
                cell_layout.setContentsMargins(0, 0, 0, 0)
                self._build(column.children, cell_layout)
                cell_layout.addStretch(1)
                columns.addWidget(cell, 1)
            return holder
        if component.type in DISPLAY_TYPES:
            text = component.raw.get("html") or component.raw.get("content") or ""
            label = QLabel(str(text), self)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setOpenExternalLinks(False)
            label.setWordWrap(True)
            return label
        if component.type == "hidden":
            self.hidden_values.setdefault(component.key, component.default_value)
            if is_calculated(component):
                self._calculated_hidden.add(component.key)
            return None
        rows = partial(FormView, attachments=self.attachments)
        editor = editor_for(component, self, row_view=rows, attachments=self.attachments)
        if component.default_value is not None and component.type != "editgrid":
            editor.set_value(component.default_value)
        if is_calculated(component):
            _read_only(editor)
        editor.changed.connect(lambda key=component.key, e=editor: self._edited(key, e))
        editor.committed.connect(lambda key=component.key: self.check_field(key))
        rows_changed = getattr(editor, "rows_changed", None)
        if rows_changed is not None:
            rows_changed.connect(self.tab_chain_changed)
        watch_outer = getattr(editor, "watch_outer", None)
        if watch_outer is not None:
            watch_outer(lambda: self.visibility)  # an editgrid's rows see these fields
        for widget in editor.focus_widgets():
            if editor.moves_on_enter():
                widget.installEventFilter(self)
        self.shared.setdefault(component.key, []).append(editor)
        self.editors.setdefault(component.key, editor)
        row = FieldRow(component, editor, self)
        self.rows.setdefault(component.key, row)
        return row

    # -- values -------------------------------------------------------------------------

    def raw_values(self) -> dict[str, Any]:
        """Every field's value, shown or not (None when blank). A key several components
        share takes the value of its owner (`value_owners`: the last visible one)."""
        data = {k: v for k, v in self.hidden_values.items() if v is not None}
        for key, editor in self.editors.items():
            data[key] = editor.value()
        if any(len(editors) > 1 or key in self.hidden_values
               for key, editors in self.shared.items()):
            owners = value_owners(self.components, self._visibility_of(data))
            for key, owner in owners.items():
                if owner.type == "hidden" and key in self.hidden_values:
                    data[key] = self.hidden_values[key]
                for editor in self.shared.get(key, ()):
                    if editor.component is owner:
                        data[key] = editor.value()
        return data

    def values(self) -> dict[str, Any]:
        """The data to store, by the domain's one rule (`kept_data`): shown fields (and hidden
        ones that keep their value), no blanks, inside editgrid rows too."""
        return kept_data(self.components, self.raw_values())

    def set_values(self, data: dict[str, Any]) -> None:
        self._loading = True
        try:
            for key, editors in self.shared.items():
                for editor in editors:
                    editor.set_value(data.get(key))
            for key in self.hidden_values:
                if key in data:
                    self.hidden_values[key] = data[key]
        finally:
            self._loading = False
        self._refresh_visibility()
        for key in self.rows:
            self._warn(key)  # a record opened for editing shows what it already holds
        self.changed.emit()

    def _edited(self, key: str, source: FieldEditor | None = None) -> None:
        if self._loading:
            return
        others = [e for e in self.shared.get(key, ()) if e is not source]
        if source is not None and others:
            self._loading = True  # one value: show the edit in every component of the key
            try:
                for editor in others:
                    editor.set_value(source.value())
            finally:
                self._loading = False
        self._refresh_visibility()
        row = self.rows.get(key)
        if row is not None and (row.error.isVisibleTo(row) or row.warning.isVisibleTo(row)):
            self.check_field(key)  # clear the message as soon as the value is fixed
        self.changed.emit()

    def _visibility_of(self, data: Mapping[str, Any]) -> Visibility:
        return self._scope(data) if self._scope is not None else Visibility(
            self.components, data)

    def _refresh_visibility(self) -> None:
        self._recalculate()
        self.visibility = visibility = self._visibility_of(self.raw_values())
        self._filter_choices(visibility)
        for component, widget in self._containers:
            widget.setVisible(visibility.shows(component))
        for editors in self.shared.values():
            for editor in editors:
                refresh_rows = getattr(editor, "refresh_rows", None)
                if refresh_rows is not None:
                    refresh_rows()  # row conditions may watch the fields just changed

    def _recalculate(self) -> None:
        """Show the calculated fields' values for what is typed (the domain's `calculate`,
        as a submission computes them)."""
        calculated = [key for key, editors in self.shared.items()
                      if any(is_calculated(e.component) for e in editors)]
        if not calculated and not self._calculated_hidden:
            return
        # The event is stamped in UTC; today() is its date (as the registrar computes it).
        today = datetime.now(UTC).date()
        values = calculate(self.components, self.raw_values(), FormContext(today))
        # A hidden calculation (an XLSForm `calculate`) has no editor; conditions read it.
        for key in self._calculated_hidden:
            self.hidden_values[key] = values.get(key)
        self._loading = True
        try:
            for key in calculated:
                for editor in self.shared[key]:
                    if editor.value() != values.get(key):
                        editor.set_value(values.get(key))
        finally:
            self._loading = False

    def _filter_choices(self, visibility: Visibility) -> None:
        """Offer only the choices a filtered list lets through; a choice that no longer fits
        is cleared (the editor says it changed, which refreshes again)."""
        for editors in self.shared.values():
            for editor in editors:
                offer = getattr(editor, "offer", None)
                if offer is not None and has_choice_filter(editor.component):
                    offer({c.value for c in choices_for(editor.component, visibility.scope())})

    def refresh_visibility(self) -> None:
        """Show and hide components again (the fields around an editgrid row changed)."""
        self._refresh_visibility()

    def is_shown(self, key: str) -> bool:
        row = self.rows.get(key)
        return row is not None and not row.isHidden() and all(
            not w.isHidden() for w in _ancestors(row, self))

    # -- errors -------------------------------------------------------------------------

    def check_field(self, key: str) -> str | None:
        """The inline check when leaving a field: the domain's rule for this one value."""
        row = self.rows.get(key)
        if row is None:
            return None
        problem = field_problem(row.editor.component, row.editor.value()) if self.is_shown(
            key) else None
        row.show_error(problem)
        self._warn(key)
        return problem

    def _warn(self, key: str) -> None:
        """The domain's soft warning for this value, if any (a birth date in the future)."""
        row = self.rows[key]
        warning = field_warning(row.editor.component, row.editor.value(),
                                date.today()) if self.is_shown(key) else None
        row.show_warning(warning)

    def show_errors(self, errors: Sequence[FieldError]) -> list[FieldError]:
        """Show each error under its field; returns those that have no field on screen.

        Errors found with the English form are shown in the form's language."""
        self.clear_errors()
        if self._localized:
            errors = localized_errors(EntityForm("", "", None, self.components), self.values(),
                                      errors)
        unplaced: list[FieldError] = []
        in_rows: dict[str, list[FieldError]] = {}
        for error in errors:
            base = error.key.split("[", 1)[0].split(".", 1)[0]
            row = self.rows.get(base)
            if row is None:
                unplaced.append(error)
            elif error.key != base and hasattr(row.editor, "show_row_errors"):
                in_rows.setdefault(base, []).append(error)  # an editgrid row's field
            else:
                row.show_error(error.message)
        for base, grid_errors in in_rows.items():
            row = self.rows[base]
            leftover = row.editor.show_row_errors(grid_errors)  # type: ignore[attr-defined]
            if leftover:
                row.show_error(leftover[0].message)
        return unplaced

    def error_count(self) -> int:
        """How many fields show an error now (an editgrid's rows counted field by field)."""
        count = 0
        for row in self.rows.values():
            in_rows = getattr(row.editor, "error_count", None)
            count += (in_rows() if in_rows is not None else 0) + row.error.isVisibleTo(row)
        return count

    def clear_errors(self) -> None:
        for row in self.rows.values():
            row.show_error(None)
            clear_rows = getattr(row.editor, "clear_row_errors", None)
            if clear_rows is not None:
                clear_rows()

    # -- keyboard -----------------------------------------------------------------------

    def focus_widgets(self) -> list[QWidget]:
        widgets: list[QWidget] = []
        for editor in self.editors.values():
            widgets.extend(editor.focus_widgets())
        return widgets

    def focus_first(self) -> None:
        for key in self.editors:
            if self.is_shown(key):
                self.focus_field(key)
                return

    def focus_field(self, key: str) -> None:
        editor = self.editors.get(key)
        if editor is not None:
            widgets = editor.focus_widgets()
            if widgets:
                widgets[0].setFocus(Qt.FocusReason.TabFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(watched, QWidget):
            assert isinstance(event, QKeyEvent)
            plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if event.key() in _ENTER and plain:
                watched.focusNextChild()  # Enter moves on, as Tab does
                return True
        return super().eventFilter(watched, event)


def _read_only(editor: FieldEditor) -> None:
    """A calculated field shows its value; the person cannot type over it."""
    for widget in editor.focus_widgets():
        set_read_only = getattr(widget, "setReadOnly", None)
        if set_read_only is not None:
            set_read_only(True)
        else:
            widget.setEnabled(False)
        widget.setProperty("calculated", True)


def _ancestors(widget: QWidget, stop: QWidget) -> list[QWidget]:
    found = []
    parent = widget.parentWidget()
    while parent is not None and parent is not stop:
        found.append(parent)
        parent = parent.parentWidget()
    return found
