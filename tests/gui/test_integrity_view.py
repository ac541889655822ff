"""Integrity: tree size and a copyable root, "Verify now" with its result kept, proofs checked,
the server's signed checkpoint, and an alarm naming an event altered behind the app's back."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from datacollect_desktop.app.integrity import fingerprint
from datacollect_desktop.domain.signed_note import Checkpoint, NoteSigner, sign_checkpoint
from datacollect_desktop.storage.database import write_transaction
from datacollect_desktop.storage.remote import RemoteStore
from datacollect_desktop.ui.integrity_page import IntegrityPage
from datacollect_desktop.ui.main_window import MainWindow
from datacollect_desktop.ui.progress_relay import JobStopped, ProgressRelay
from tests.factories import wire
from tests.gui.conftest import Keys, unlock, workspace_of


def people(window: MainWindow, count: int) -> None:
    workspace_of(window).session.store.submit([
        wire(f"p{n}", "create-individual", {"name": f"Person {n}"}, guid=f"event-{n}")
        for n in range(count)])


def integrity_page(qtbot: QtBot, window: MainWindow, keys: Keys) -> IntegrityPage:
    assert window.view is not None
    window.view.nav.setFocus()
    keys(Qt.Key.Key_7, ctrl=True)
    assert window.view.current_page() == "integrity"
    page = window.view.supervision.integrity
    qtbot.waitUntil(lambda: page.status is not None)
    return page


def verify(qtbot: QtBot, page: IntegrityPage, keys: Keys) -> None:
    """Press Verify now and wait for this verification's result (not an earlier one's)."""
    assert page.verify_button.hasFocus()
    earlier = page.status.last if page.status is not None else None
    before = earlier.at if earlier is not None else None
    keys(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not page.verifying and page.status is not None
                    and page.status.last is not None and page.status.last.at != before,
                    timeout=20_000)


def test_verify_now_keeps_its_result_and_the_root_can_be_copied(
        qtbot: QtBot, window: MainWindow, keys: Keys) -> None:
    people(window, 25)
    page = integrity_page(qtbot, window, keys)
    session = workspace_of(window).session
    size, root = session.integrity.head()
    assert size == 25 and page.tree_size.text() == "25" and page.root_hash.text() == root.hex()
    assert page.last.text().startswith("Never")
    verify(qtbot, page, keys)
    assert "all 25 events verified" in page.last.text()
    assert not page.alarm.isVisible()
    page.copy_button.click()
    assert QGuiApplication.clipboard().text() == root.hex()


def test_an_event_altered_behind_the_apps_back_turns_the_view_into_an_alarm_naming_it(
        qtbot: QtBot, window: MainWindow, keys: Keys) -> None:
    people(window, 30)
    page = integrity_page(qtbot, window, keys)
    verify(qtbot, page, keys)
    assert not page.alarm.isVisible()
    session = workspace_of(window).session
    with write_transaction(session.db) as conn:  # with the key, outside the app's own code
        body = bytes(conn.execute("SELECT body FROM events WHERE seq = 18").fetchone()[0])
        conn.execute("UPDATE events SET body = ? WHERE seq = 18",
                     (body.replace(b"Person 17", b"Person 71"),))
    verify(qtbot, page, keys)
    assert page.alarm.isVisible()
    assert "1 event failed verification" in page.alarm_title.text()
    cells = [page.problems.item(0, c).text() for c in range(page.problems.columnCount())]
    assert "No. 18" in cells[0] and "event-17" in cells[0]
    assert cells[1] == "Person 17" and "altered" in cells[5]
    assert "FAILED" in page.last.text()
    # The problem's own proof fails; others still verify.
    page.problems.selectRow(0)
    qtbot.waitUntil(lambda: page.proof.check is not None and page.proof.check.seq == 18)
    assert page.proof.check is not None and not page.proof.check.verified
    assert page.proof.result.text().startswith("✗")
    # The alarm stays after the profile is locked and opened again: the result was kept.
    window.lock()
    unlock(qtbot, window)
    reopened = integrity_page(qtbot, window, keys)
    qtbot.waitUntil(reopened.alarm.isVisible)


def test_an_inclusion_proof_is_shown_and_checked(qtbot: QtBot, window: MainWindow,
                                                  keys: Keys) -> None:
    people(window, 13)
    page = integrity_page(qtbot, window, keys)
    page.proof.seq.setFocus()
    page.proof.seq.selectAll()
    keys("6", Qt.Key.Key_Tab, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.proof.check is not None)
    check = page.proof.check
    assert check is not None and check.verified and check.seq == 6
    assert page.proof.result.text().startswith("✓ Verified: event 6 is leaf 5 of the tree")
    text = page.proof.text.toPlainText()
    assert check.root_hash in text and all(h in text for h in check.audit_path)


def test_the_servers_checkpoint_is_shown_with_the_pinned_key(
        qtbot: QtBot, window: MainWindow, keys: Keys) -> None:
    people(window, 3)
    signer = NoteSigner.generate("log.example.org")
    root = bytes(range(32))
    remote = RemoteStore(workspace_of(window).session.db)
    remote.bind("https://log.example.org", "cfg")
    remote.update(verifier_key=signer.verifier.verifier_key(), checkpoint_size=40,
                  checkpoint_root=root, checkpoint_note=sign_checkpoint(
                      signer, Checkpoint("log.example.org", 40, root)),
                  consistency_from=31, consistency_to=40, consistency_at="2024-05-01T10:00:00Z")
    page = integrity_page(qtbot, window, keys)
    server = page.server
    assert server.checkpoint.text() == f"40 events, root {root.hex()}"
    assert server.fingerprint.text() == fingerprint(signer.verifier.public_key)
    assert server.signature.text().startswith("✓ Valid")
    assert server.consistency.text().startswith("✓ Held: the log of 40 events extends the 31")
    remote.update(consistency_problem="its log shrank from 40 to 39 events")
    page.refresh()
    qtbot.waitUntil(lambda: server.consistency.text().startswith("✗ Did not hold"))
    assert "shrank" in server.consistency.text()


def test_a_verification_stopped_by_locking_keeps_no_result(
        qtbot: QtBot, window: MainWindow, keys: Keys) -> None:
    people(window, 5)
    page = integrity_page(qtbot, window, keys)
    service = page.service
    stop = threading.Event()
    stop.set()  # as locking the profile does, before the job reports progress
    with pytest.raises(JobStopped):
        service.verify(ProgressRelay(page, stop))
    assert service.last_verification() is None
    assert window.view is not None
    stopping = window.view.supervision.stopping
    window.lock()
    assert stopping.is_set()


def test_the_alarm_names_who_made_the_altered_change(qtbot: QtBot, window: MainWindow,
                                                    keys: Keys) -> None:
    """The alarm's "By" column showed the user's id (a UUID) where every other screen shows
    the person's name."""
    from tests.gui.test_records_and_detail import register_household

    register_household(window)  # by the profile's own person, Awa Diallo
    page = integrity_page(qtbot, window, keys)
    session = workspace_of(window).session
    with write_transaction(session.db) as conn:
        body = bytes(conn.execute("SELECT body FROM events WHERE seq = 1").fetchone()[0])
        assert b"Kamau household" in body
        conn.execute("UPDATE events SET body = ? WHERE seq = 1",
                     (body.replace(b"Kamau household", b"Kamau h0usehold"),))
    verify(qtbot, page, keys)
    assert page.alarm.isVisible()
    by = page.problems.item(0, 3).text()
    assert by == "Awa Diallo"
