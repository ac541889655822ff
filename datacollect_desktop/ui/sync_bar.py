"""The sync part of the status bar, driven by a `SyncState` held in a small Qt model."""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping
from typing import Any, Protocol

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from datacollect_desktop.app.sync_state import SyncController, SyncPhase, SyncState
from datacollect_desktop.app.workspace import Workspace
from datacollect_desktop.domain.vocabulary import SyncLevel
from datacollect_desktop.ui.field_text import local_time
from datacollect_desktop.ui.icons import icon
from datacollect_desktop.ui.messages import translated
from datacollect_desktop.ui.style import SPACING, text_width


class SyncLink(SyncController, Protocol):
    """The sync worker's Qt bridge as the window drives it (issue 4's `SyncBridge`); its
    `state_changed(SyncState)` and `synced(summary)` signals are followed when present."""

    def start(self) -> None: ...

    def stop(self) -> object: ...

    def refresh_counts(self) -> None: ...

    def set_interval(self, minutes: float) -> None: ...


#: Makes the bridge for an unlocked workspace, e.g. `SyncBridge.for_workspace`.
SyncFactory = Callable[[Workspace], SyncLink]
_DOT = "●"
_PHASE_COLORS = {SyncPhase.IDLE: "#2e7d32", SyncPhase.SYNCING: "#1565c0",
                 SyncPhase.OFFLINE: "#757575", SyncPhase.ERROR: "#b3261e",
                 SyncPhase.INTEGRITY_ALARM: "#b3261e"}
_WARNING_COLOR = "#b26a00"


class SyncStatusModel(QObject):
    """Holds the current `SyncState`; the sync worker's bridge calls `set_state`."""

    changed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = SyncState()

    def set_state(self, state: SyncState) -> None:
        self.state = state
        self.changed.emit(state)

    def update(self, **values: Any) -> None:
        self.set_state(self.state.updated(**values))

    def set_counts(self, counts: Mapping[SyncLevel, int]) -> None:
        self.set_state(self.state.with_counts(counts))


def attach_sync(link: SyncLink, model: SyncStatusModel,
                data_changed: Callable[[], None]) -> None:
    """Follow a bridge (its states feed the model, its syncs reload the screens), start it."""
    state_changed = getattr(link, "state_changed", None)
    if state_changed is not None:
        state_changed.connect(model.set_state)
    synced = getattr(link, "synced", None)
    if synced is not None:
        synced.connect(lambda _summary: data_changed())
    link.start()


class ElidedLabel(QLabel):
    """One line of plain text, shortened with "…" to the room it is given (its tooltip
    holds the whole sentence), so a long message never widens the window."""

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance("…") * 8,
                     super().minimumSizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        room = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight,
                                             room.width())
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(room, int(Qt.AlignmentFlag.AlignVCenter)
                         | int(Qt.AlignmentFlag.AlignLeading), text)


class SyncStatusBar(QWidget):
    """Online or not, events by sync level, last sync, progress, errors and "Sync now".

    Events the server refused turn the connection into a warning with their count, linked to
    Needs attention (`attention_requested`). A run's error is shown until a later run ends
    (well or with another error) or a newer message of the window takes its place
    (`dismiss_problem`)."""

    settings_requested = Signal()
    attention_requested = Signal()

    def __init__(self, model: SyncStatusModel, controller: SyncController | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.controller = controller
        self.connection = QLabel(self)
        self.connection.setObjectName("syncConnection")
        self.connection.linkActivated.connect(self._link)
        self.counts = QLabel(self)
        self.counts.setObjectName("syncCounts")
        self.last = QLabel(self)
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(text_width(self.progress, 26))
        self.progress.setMaximumHeight(self.fontMetrics().height())
        # The count is a label beside the bar: drawn on the bar, it is hidden by the filled
        # part in some styles and cut when the bar is short.
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Sync progress"))
        self.progress_text = QLabel(self)
        self.progress_text.setObjectName("syncProgress")
        self.problem = ElidedLabel(self)
        self.problem.setObjectName("syncProblem")
        self.problem.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.sync_button = QPushButton(icon("sync"), self.tr("Sync now"), self)
        self.sync_button.clicked.connect(self._sync_now)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(SPACING)
        for widget in (self.problem, self.connection, self.counts, self.last, self.progress,
                       self.progress_text, self.sync_button):
            layout.addWidget(widget)
        model.changed.connect(self.show_state)
        self.show_state(model.state)

    def _link(self, link: str) -> None:
        if link == "attention":
            self.attention_requested.emit()
        else:
            self.settings_requested.emit()

    def dismiss_problem(self) -> None:
        """A newer message is shown in the status bar: the old error gives it the room (the
        connection still says that sync failed, and its tooltip keeps the reason)."""
        self.problem.clear()
        self.problem.hide()

    def set_controller(self, controller: SyncController | None) -> None:
        self.controller = controller
        self.show_state(self.model.state)

    def _sync_now(self) -> None:
        if self.controller is not None:
            self.controller.sync_now()

    def show_state(self, state: SyncState) -> None:
        counts = state.counts_by_level
        self.counts.setText(self.tr("Not sent: {0} · Synced: {1} · External: {2}").format(
            counts.get(SyncLevel.LOCAL, 0), counts.get(SyncLevel.REMOTE, 0),
            counts.get(SyncLevel.EXTERNAL, 0)))
        self.counts.setToolTip(self.tr("Events on this laptop by how far they have travelled"))
        if not state.configured:
            self.connection.setText(self.tr('Not set up for sync — <a href="settings">'
                                            'Settings…</a>'))
            self.connection.setToolTip("")
        elif state.warning:
            # Both sources carry n, so a language with more plural forms translates each.
            refused = (self.tr("%n change was refused by the server", "", state.refused)
                       if state.refused == 1 else
                       self.tr("%n changes were refused by the server", "", state.refused))
            self.connection.setText(
                f'<span style="color:{_WARNING_COLOR}">{_DOT}</span> '
                f'<a href="attention">{html.escape(refused)}</a>')
            self.connection.setToolTip(self.tr("They are kept on this laptop. Open Needs "
                                               "attention to see why and what to do."))
        else:
            color = _PHASE_COLORS[state.phase]
            self.connection.setText(f'<span style="color:{color}">{_DOT}</span> '
                                    + self._phase_text(state.phase))
            self.connection.setToolTip(translated(state.message) if state.failing else "")
        self.last.setText(self.tr("Last sync: {0}").format(local_time(state.last_success))
                          if state.last_success else self.tr("Never synced"))
        self.last.setVisible(state.configured)
        syncing = state.phase is SyncPhase.SYNCING
        self.progress.setVisible(syncing)
        self.progress_text.setVisible(syncing)
        if syncing:
            done, total = state.progress
            self.progress.setRange(0, max(total, 0))  # 0..0 shows a busy bar
            self.progress.setValue(min(done, total))
            text = self.tr("{0} of {1}").format(done, total) if total else ""
            self.progress.setFormat(text)
            self.progress_text.setText(text)
            self.progress_text.setVisible(bool(text))
        failing = state.failing
        problem = translated(state.message) if failing else ""
        self.problem.setText(problem)
        self.problem.setToolTip(problem)
        self.problem.setVisible(failing and bool(state.message))
        self.sync_button.setVisible(state.configured)
        self.sync_button.setEnabled(self.controller is not None and not syncing
                                    and state.phase is not SyncPhase.INTEGRITY_ALARM)
        if self.controller is None:
            self.sync_button.setToolTip(self.tr("Syncing is not available in this version."))
        else:
            self.sync_button.setToolTip(self.tr("Send and receive events now"))

    def _phase_text(self, phase: SyncPhase) -> str:
        return {
            SyncPhase.IDLE: self.tr("Online"),
            SyncPhase.SYNCING: self.tr("Syncing…"),
            SyncPhase.OFFLINE: self.tr("Offline"),
            SyncPhase.ERROR: self.tr("Sync failed"),
            SyncPhase.INTEGRITY_ALARM: self.tr("Sync stopped"),
        }[phase]
