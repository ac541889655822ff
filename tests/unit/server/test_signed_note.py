"""C2SP signed notes and checkpoints, checked against golang.org/x/mod/sumdb/note's vectors."""

from __future__ import annotations

import base64

import pytest
from hypothesis import given
from hypothesis import strategies as st

from datacollect_desktop.domain.signed_note import (
    Checkpoint,
    NoteError,
    NoteSigner,
    key_id,
    open_note,
    parse_checkpoint,
    parse_verifier_key,
    sign_checkpoint,
    split_note,
    verify_checkpoint,
)

# Published test vectors of the Go reference implementation (sumdb/note/note_test.go).
GO_SIGNER = "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz"
GO_VERIFIER = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"
ENOCH_VERIFIER = "EnochRoot+af0cfe78+ATtqJ7zOtqQtYqOo0CpvDXNlMhV3HeJDpjrASKGLWdop"
GO_TEXT = ("If you think cryptography is the answer to your problem,\n"
           "then you don't know what your problem is.\n")
GO_SIG = ("\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgK"
          "vqfqdngotpRZb6KE6RyyBwJnAM=\n")
ENOCH_SIG = ("\u2014 EnochRoot rwz+eBzmZa0SO3NbfRGzPCpDckykFXSdeX+MNtCOXm2/5n2tiOHp+vAF1aGrQ5ovT"
             "G01oOTGwnWLox33WWd1RvMc+QQ=\n")


def test_signing_matches_the_go_reference_byte_for_byte() -> None:
    signer = NoteSigner.from_signer_key(GO_SIGNER)
    assert signer.sign(GO_TEXT) == GO_TEXT + "\n" + GO_SIG
    assert signer.verifier.verifier_key() == GO_VERIFIER
    assert signer.signer_key() == GO_SIGNER


def test_a_go_signed_note_opens_with_its_key_and_ignores_unknown_signers() -> None:
    note = GO_TEXT + "\n" + GO_SIG + ENOCH_SIG
    assert open_note(note, [parse_verifier_key(GO_VERIFIER)]) == GO_TEXT
    both = [parse_verifier_key(GO_VERIFIER), parse_verifier_key(ENOCH_VERIFIER)]
    assert open_note(note, both) == GO_TEXT
    with pytest.raises(NoteError, match="trusted key"):
        open_note(note, [])


def test_a_corrupted_signature_from_a_known_key_rejects_the_note() -> None:
    corrupted = GO_SIG[:60] + "ABCD" + GO_SIG[60:]
    with pytest.raises(NoteError):
        open_note(GO_TEXT + "\n" + corrupted, [parse_verifier_key(GO_VERIFIER)])


@pytest.mark.parametrize("note", [
    GO_TEXT,
    GO_TEXT + "\n",
    GO_TEXT + "\n" + GO_SIG[:-1],
    "\x01" + GO_TEXT + "\n" + GO_SIG,
    GO_TEXT + "\n\u2014 Bad Name x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSN"
              "XgKvqfqdngotpRZb6KE6RyyBwJnAM=",
    GO_TEXT + "\n" + GO_SIG + "Unexpected line.\n",
    GO_TEXT + "\n" + GO_SIG * 101,
])
def test_malformed_notes_are_refused(note: str) -> None:
    with pytest.raises(NoteError):
        open_note(note, [parse_verifier_key(GO_VERIFIER)])


def test_every_mangling_of_a_verifier_key_is_refused() -> None:
    for cut in range(len(GO_VERIFIER)):
        with pytest.raises(NoteError):
            parse_verifier_key(GO_VERIFIER[:cut])
    for index in range(len(GO_VERIFIER)):
        changed = GO_VERIFIER[:index] + chr(ord(GO_VERIFIER[index]) + 1) + GO_VERIFIER[index + 1:]
        with pytest.raises(NoteError):
            parse_verifier_key(changed)
    with pytest.raises(NoteError):  # unknown algorithm, with a matching key id
        parse_verifier_key("PeterNeumann+173116ae+ZRpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW")


def test_the_key_id_is_the_hash_of_name_newline_type_and_key() -> None:
    verifier = parse_verifier_key(GO_VERIFIER)
    assert key_id("PeterNeumann", verifier.public_key).hex() == "c74f20a3"


def test_checkpoints_round_trip_through_a_signed_note() -> None:
    signer = NoteSigner.generate("example.org/log")
    root = bytes(range(32))
    note = sign_checkpoint(signer, Checkpoint("example.org/log", 42, root))
    text, signatures = split_note(note)
    assert text == f"example.org/log\n42\n{base64.b64encode(root).decode()}\n"
    assert [s.name for s in signatures] == ["example.org/log"]
    checkpoint = verify_checkpoint(note, signer.verifier.verifier_key(), origin="example.org/log")
    assert (checkpoint.tree_size, checkpoint.root_hash) == (42, root)
    with pytest.raises(NoteError, match="origin"):
        verify_checkpoint(note, signer.verifier.verifier_key(), origin="other.org/log")
    stranger = NoteSigner.generate("example.org/log")
    with pytest.raises(NoteError):
        verify_checkpoint(note, stranger.verifier.verifier_key())


@pytest.mark.parametrize("text", [
    "origin\n01\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n",  # leading zero
    "origin\n-1\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n",
    "origin\n1\nAAAA\n",  # root too short
    "origin\n1\n",
    "\n1\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n",
    "origin\n1\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",  # no final newline
])
def test_malformed_checkpoint_bodies_are_refused(text: str) -> None:
    with pytest.raises(NoteError):
        parse_checkpoint(text)


def test_checkpoint_extension_lines_are_kept() -> None:
    root = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="
    checkpoint = parse_checkpoint(f"origin\n0\n{root}\nextra one\n")
    assert checkpoint.extensions == ("extra one",)
    assert checkpoint.body() == f"origin\n0\n{root}\nextra one\n"


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=0,
               max_size=200), st.integers(min_value=0, max_value=2**63))
def test_any_printable_text_signs_and_verifies(body: str, size: int) -> None:
    signer = NoteSigner.from_signer_key(GO_SIGNER)
    text = f"{body}\n{size}\n"
    assert open_note(signer.sign(text), [signer.verifier]) == text


def test_key_names_with_spaces_or_plus_are_refused() -> None:
    for name in ("", "a b", "a+b", "a\u2003b"):
        with pytest.raises(NoteError):
            NoteSigner.generate(name)
