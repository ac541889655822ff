"""An event type the app config declares, filled in on a record: its form, like an edit form,
and Save, which stores the event through the registrar."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from datacollect_desktop.app.registration import FormRejected
from datacollect_desktop.app.submission import NotStored, new_guid
from datacollect_desktop.app.workspace import Workspace
from datacollect_desktop.domain.entities import Entity
from datacollect_desktop.domain.errors import KnownError
from datacollect_desktop.domain.forms import EntityForm
from datacollect_desktop.domain.forms.event_types import DeclaredEventType
from datacollect_desktop.ui.form_language import form_translator
from datacollect_desktop.ui.forms.form_view import FormView
from datacollect_desktop.ui.messages import translated


class EventTypeDialog(QDialog):
    """`declared` on `entity`: accepted once the event is stored."""

    def __init__(self, workspace: Workspace, declared: DeclaredEventType, form: EntityForm,
                 entity: Entity, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.declared = declared
        self.entity = entity
        #: Set when the event was kept in the history but could not be applied.
        self.kept_not_applied: str | None = None
        text = form_translator(workspace.config)
        self.setWindowTitle(self.tr("{0}: {1}").format(text(declared.title),
                                                       entity.name or self.tr("(no name)")))
        heading = QLabel(text(declared.title), self)
        heading.setObjectName("pageTitle")
        self.view = FormView(form.components, translate=text)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.view)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setObjectName("problem")
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(520, 420)
        self.view.focus_first()

    def save(self) -> None:
        """Store the event; field problems are shown in the form, nothing saved."""
        self.view.clear_errors()
        try:
            self.workspace.registrar.record_event(
                self.workspace.config, self.declared, self.entity, self.view.values(),
                correlation_id=new_guid())
        except FormRejected as exc:
            self.view.show_errors(exc.errors)
            self._say(self.tr("Nothing was saved: %n field(s) need attention.", "",
                              len(exc.errors)))
            self.view.focus_field(exc.errors[0].key.split("[", 1)[0])
            return
        except NotStored as exc:
            if not exc.in_history:
                self._say(translated(exc.message))
                return
            self.kept_not_applied = translated(exc.message)
        except KnownError as exc:
            self._say(translated(exc.message))
            return
        self.accept()

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.show()
