"""One field on screen: the editor for its component type, its label, hint and error line."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from datacollect_desktop.domain.forms import Component
from datacollect_desktop.ui.attachment_view import NO_ATTACHMENTS, AttachmentAccess
from datacollect_desktop.ui.forms.attachment_fields import FileEditor
from datacollect_desktop.ui.forms.base import FieldEditor
from datacollect_desktop.ui.forms.choice_fields import (
    CheckboxEditor,
    CheckListEditor,
    ComboEditor,
    RadioEditor,
)
from datacollect_desktop.ui.forms.date_field import DateEditor
from datacollect_desktop.ui.forms.editgrid import EditGridEditor, RowView
from datacollect_desktop.ui.forms.location_field import LocationEditor
from datacollect_desktop.ui.forms.signature_pad import SignatureEditor
from datacollect_desktop.ui.forms.text_fields import AreaEditor, NumberEditor, TextEditor
from datacollect_desktop.ui.messages import translated
from datacollect_desktop.ui.style import text_width

LABEL_CHARACTERS = 30  # the label column's width, in characters of the form's font


def editor_for(component: Component, parent: QWidget, row_view: RowView | None = None,
               attachments: AttachmentAccess = NO_ATTACHMENTS) -> FieldEditor:
    """The editor widget for a value-holding component; file and signature fields store
    their bytes through `attachments`."""
    kind = component.type
    if kind == "file":
        return FileEditor(component, attachments, parent)
    if kind == "signature":
        return SignatureEditor(component, attachments, parent)
    if kind in ("location", "geopoint"):
        return LocationEditor(component, parent)
    if kind == "textarea":
        return AreaEditor(component, parent)
    if kind == "number":
        return NumberEditor(component, parent)
    if kind in ("datetime", "day"):
        return DateEditor(component, parent)
    if kind == "select":
        if not component.options:
            return TextEditor(component, parent)
        return CheckListEditor(component, parent) if component.multiple else ComboEditor(
            component, parent)
    if kind == "radio":
        return RadioEditor(component, parent)
    if kind == "selectboxes":
        return CheckListEditor(component, parent)
    if kind == "checkbox":
        return CheckboxEditor(component, parent)
    if kind == "editgrid" and row_view is not None:
        return EditGridEditor(component, row_view, parent)
    return TextEditor(component, parent)


class FieldRow(QWidget):
    """A label (with a required marker), the editor, an optional hint and the error line."""

    def __init__(self, component: Component, editor: FieldEditor, parent: QWidget) -> None:
        super().__init__(parent)
        self.editor = editor
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        text = "" if component.type == "checkbox" else html.escape(component.label)
        if component.required and component.type != "checkbox":
            text += ' <span style="color:#b3261e">*</span>'
        self.label = QLabel(text, self)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.label.setFixedWidth(text_width(self.label, LABEL_CHARACTERS))
        self.label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.label.setContentsMargins(0, 4, 8, 0)
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(editor)
        hint = component.raw.get("description")
        if isinstance(hint, str) and hint.strip():
            note = QLabel(hint.strip(), self)
            note.setObjectName("hint")
            note.setWordWrap(True)
            column.addWidget(note)
        self.error = QLabel(self)
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        column.addWidget(self.error)
        self.warning = QLabel(self)
        self.warning.setObjectName("fieldWarning")
        self.warning.setWordWrap(True)
        self.warning.hide()
        column.addWidget(self.warning)
        layout.addWidget(self.label)
        layout.addLayout(column, 1)
        tooltip = component.raw.get("tooltip")
        tooltip = tooltip.strip() if isinstance(tooltip, str) else ""
        if tooltip:
            self.label.setToolTip(tooltip)
        problem = getattr(editor, "problem", None)
        if problem is not None:  # a file refused before it is stored, a position not found
            problem.connect(self.show_error)
        for widget in editor.focus_widgets():
            widget.setAccessibleName(component.label)
            if tooltip:
                widget.setToolTip(tooltip)

    def show_error(self, message: str | None) -> None:
        """Show the validator's `message` under the field (None clears it)."""
        self.error.setText(translated(message) if message else "")
        self.error.setVisible(bool(message))
        self.editor.set_invalid(bool(message))

    def show_warning(self, message: str | None) -> None:
        """Show a soft warning under the field (None clears it); saving stays possible."""
        self.warning.setText(translated(message) if message else "")
        self.warning.setVisible(bool(message))
