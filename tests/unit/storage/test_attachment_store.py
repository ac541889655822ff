"""The storage side of attachments the sync client uses: missing, pending upload, put."""

from __future__ import annotations

import pytest

from datacollect_desktop.domain.attachments import AttachmentRef, digest_of
from datacollect_desktop.domain.canonical import canonical_json
from datacollect_desktop.domain.vocabulary import SubmitStatus
from datacollect_desktop.storage import attachments
from datacollect_desktop.storage.database import write_transaction
from datacollect_desktop.storage.eventlog import LogWriter
from datacollect_desktop.storage.profile import Session
from tests.factories import event, wire

PHOTO = b"\xff\xd8\xff" + b"pulled photo" + b"\xff\xd9"


def ref(data: bytes, name: str) -> AttachmentRef:
    return AttachmentRef(digest_of(data), name, "image/jpeg", len(data))


def test_a_pulled_event_s_file_is_missing_until_put_and_a_local_one_is_pending_upload(
        session: Session) -> None:
    pulled = ref(PHOTO, "pulled.jpg")
    # As the replica stores a pulled event: through the log writer, no admission here.
    arrived = event("h-1", "create-group", {"name": "A", "photos": [pulled.to_json()]})
    with write_transaction(session.db) as conn:
        log = LogWriter(conn)
        log.append(arrived, canonical_json(arrived.leaf_document()), True, None)
        log.flush()
    conn = session.db.connection()
    assert attachments.missing_digests(conn) == [pulled.digest]
    with pytest.raises(attachments.AttachmentHashMismatch), write_transaction(
            session.db) as conn:
        attachments.put_verified(conn, pulled.digest, PHOTO + b"x", "image/jpeg")
    with write_transaction(session.db) as conn:
        assert attachments.put_verified(conn, pulled.digest, PHOTO, "image/jpeg")
    conn = session.db.connection()
    assert attachments.missing_digests(conn) == []
    assert attachments.read(conn, pulled.digest) == PHOTO
    # Bytes that arrive for an event already logged are not staged (never tidied away).
    assert conn.execute("SELECT staged FROM attachments WHERE digest = ?",
                        (pulled.digest,)).fetchone()[0] == 0
    assert attachments.unreferenced(conn, [], grace=-60) == []

    local_bytes = b"\xff\xd8\xff" + b"local photo" + b"\xff\xd9"
    local = ref(local_bytes, "local.jpg")
    with write_transaction(session.db) as conn:
        attachments.stage(conn, local.digest, local_bytes, "image/jpeg")
    assert attachments.unreferenced(session.db.connection(), [], grace=-60) == [local.digest]
    (result,) = session.store.submit([wire("h-2", "create-group", {
        "name": "B", "photos": [local.to_json(), pulled.to_json()]})])
    assert result.status == SubmitStatus.ACCEPTED and result.seq is not None
    conn = session.db.connection()
    assert attachments.pending_upload_digests(conn, [result.seq]) == [local.digest,
                                                                     pulled.digest]
    assert attachments.unreferenced(conn, [], grace=-60) == []  # the log commit un-staged it


def test_a_local_submit_of_a_file_not_held_is_refused_and_nothing_is_logged(
        session: Session) -> None:
    ghost = ref(b"ghost", "ghost.jpg")
    (result,) = session.store.submit([wire("h-3", "create-group", {
        "name": "C", "photos": [ghost.to_json()]})])
    assert result.status == SubmitStatus.REJECTED
    assert result.error is not None and "does not hold" in result.error
    assert session.db.connection().execute("SELECT count(*) FROM events").fetchone()[0] == 0


def test_the_chunks_of_a_download_read_back_up_to_a_gap_and_go_with_the_file_s_store(
        session: Session) -> None:
    digest = digest_of(PHOTO)
    with write_transaction(session.db, durable=False) as conn:
        attachments.add_partial(conn, digest, 0, PHOTO[:5])
        attachments.add_partial(conn, digest, 5, PHOTO[5:9])
        attachments.add_partial(conn, digest, 12, PHOTO[12:])  # after a gap: not read
    conn = session.db.connection()
    assert attachments.partial(conn, digest) == PHOTO[:9]
    assert attachments.partial(conn, digest_of(b"other")) == b""
    with write_transaction(session.db) as conn:
        attachments.drop_partial(conn, digest)
    assert attachments.partial(session.db.connection(), digest) == b""
    with write_transaction(session.db, durable=False) as conn:
        attachments.add_partial(conn, digest, 0, PHOTO[:5])
    with write_transaction(session.db) as conn:
        attachments.put_verified(conn, digest, PHOTO, "image/jpeg")
    conn = session.db.connection()
    assert attachments.partial(conn, digest) == b""  # stored: its chunks dropped with it
    assert attachments.read(conn, digest) == PHOTO
