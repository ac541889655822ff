"""The sync bar's warning for refused changes: the count in words, the link to Needs
attention, and a failed run still shown as a failure."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from datacollect_desktop.app.sync_state import SyncPhase, SyncState
from datacollect_desktop.ui.sync_bar import SyncStatusBar, SyncStatusModel


def test_one_refused_change_is_a_warning_in_the_singular_linked_to_needs_attention(
        qtbot: QtBot) -> None:
    model = SyncStatusModel()
    bar = SyncStatusBar(model)
    qtbot.addWidget(bar)
    model.set_state(SyncState(SyncPhase.IDLE, configured=True, refused=1,
                              last_success="2024-05-01T08:30:00.000Z"))
    assert "1 change was refused by the server" in bar.connection.text()
    assert 'href="attention"' in bar.connection.text() and "Online" not in bar.connection.text()
    with qtbot.waitSignal(bar.attention_requested):
        bar.connection.linkActivated.emit("attention")

    model.update(phase=SyncPhase.ERROR, message="Cannot reach the sync server.")
    assert "Sync failed" in bar.connection.text()  # the failure first; the count comes back
    model.update(phase=SyncPhase.IDLE, message="Synced: 0 sent, 0 received.")
    assert "1 change was refused by the server" in bar.connection.text()
    model.update(refused=0)
    assert "Online" in bar.connection.text()
