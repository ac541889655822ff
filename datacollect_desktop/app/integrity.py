"""Integrity status for supervisors: the local tree, full verification and its last result,
inclusion proofs checked with the domain verifier, and the sync server's signed checkpoint."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

from datacollect_desktop.app.clock import utc_stamp
from datacollect_desktop.domain import merkle
from datacollect_desktop.domain.messages import Message
from datacollect_desktop.domain.signed_note import NoteError, parse_verifier_key, verify_checkpoint
from datacollect_desktop.storage.lost_events import lost_events
from datacollect_desktop.storage.profile import Session
from datacollect_desktop.storage.remote import STOCK_PROTOCOL, RemoteStore

Progress = Callable[[int, int], None]
LAST_VERIFICATION = "last_verification"
# A log tampered with wholesale is named event by event up to this many; the count is kept.
KEEP_PROBLEMS = 10_000


@dataclass(frozen=True)
class Problem:
    """One thing verification found wrong: an event (named), a tree node or a checkpoint."""

    reason: str  # a `Message`; plain text when kept by an earlier version
    seq: int | None = None
    guid: str | None = None
    entity_guid: str | None = None
    entity_name: str | None = None
    type: str | None = None
    user_id: str | None = None
    timestamp: str | None = None
    level: int | None = None
    index: int | None = None
    tree_size: int | None = None
    #: The digest of a damaged attachment (its events are named in `reason`'s record).
    attachment: str | None = None


@dataclass(frozen=True)
class Verification:
    """The result of a full verification, as kept in the profile."""

    at: str
    ok: bool
    tree_size: int
    root_hash: str
    problems: list[Problem] = field(default_factory=list)
    problem_count: int = 0

    def to_json(self) -> dict[str, Any]:
        doc = asdict(self)
        # Each reason keeps its template, so the window shows it translated after a restart.
        for kept, problem in zip(doc["problems"], self.problems, strict=True):
            if isinstance(problem.reason, Message):
                kept["reasonTemplate"] = problem.reason.template
                kept["reasonParams"] = dict(problem.reason.params)
        return doc

    @classmethod
    def from_json(cls, doc: dict[str, Any]) -> Verification:
        problems = [_problem_from_json(p) for p in doc.get("problems", [])]
        return cls(doc["at"], bool(doc["ok"]), int(doc["tree_size"]), str(doc["root_hash"]),
                   problems, int(doc.get("problem_count", len(problems))))


def _problem_from_json(doc: dict[str, Any]) -> Problem:
    fields = dict(doc)
    template = fields.pop("reasonTemplate", None)
    params = fields.pop("reasonParams", None) or {}
    if isinstance(template, str):
        fields["reason"] = Message(template, **params)
    return Problem(**fields)


@dataclass(frozen=True)
class IntegrityStatus:
    tree_size: int
    root_hash: str
    last: Verification | None
    # Saved changes found gone from this laptop (a damaged or cut database), each said in
    # words: how many, and whether the sync server brings them back.
    lost: list[Message] = field(default_factory=list)


@dataclass(frozen=True)
class ProofCheck:
    """An event's inclusion proof and whether the domain verifier accepts it: the leaf is
    hashed afresh from the stored event, so an altered event fails."""

    seq: int
    guid: str
    leaf_index: int
    tree_size: int
    leaf_hash: str
    stored_leaf_hash: str
    audit_path: list[str]
    root_hash: str
    verified: bool


@dataclass(frozen=True)
class ServerTrust:
    """The sync server's last verified checkpoint and the key pinned on the first sync."""

    server_url: str
    checkpoint_size: int | None
    checkpoint_root: str | None
    note: str | None
    key_name: str | None
    key_id: str | None
    fingerprint: str | None
    signature_ok: bool | None
    consistency_from: int | None
    consistency_to: int | None
    consistency_at: str | None
    consistency_problem: str | None
    last_success: str | None
    #: False for a server that signs no checkpoints (a stock DataCollect backend); None
    #: before the first sync has learned which kind of server it is.
    signs_checkpoints: bool | None = None
    notice: Message | None = None


def checkpoint_notice(protocol: str | None, server_url: str) -> Message | None:
    """What the device can and cannot prove about a server that signs no checkpoints."""
    if protocol != STOCK_PROTOCOL:
        return None
    return Message("{server} is a stock DataCollect server: it signs no checkpoints, so only "
                   "this device's own log is proven. What the server holds cannot be checked "
                   "against it.", server=server_url)


def fingerprint(public_key: bytes) -> str:
    """SHA-256 of the raw public key, in groups of four hex digits, for reading aloud."""
    digest = hashlib.sha256(public_key).hexdigest()
    return " ".join(digest[i:i + 4] for i in range(0, len(digest), 4))


class IntegrityService:
    """Each call runs on the caller's thread; `verify` is long and belongs on a worker."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def status(self) -> IntegrityStatus:
        size, root = self.session.integrity.head()
        lost = [loss.message() for loss in lost_events(self.session.db)]
        return IntegrityStatus(size, root.hex(), self.last_verification(), lost)

    def last_verification(self) -> Verification | None:
        text = self.session.meta(LAST_VERIFICATION)
        return Verification.from_json(json.loads(text)) if text else None

    def verify(self, progress: Progress | None = None) -> Verification:
        """Verify every event, node and checkpoint; keep and return the result."""
        report = self.session.integrity.verify(progress)
        mismatches = report.mismatches[:KEEP_PROBLEMS]
        headers = self.session.integrity.event_headers(
            [m["seq"] for m in mismatches if "seq" in m])
        problems = [self._problem(m, headers.get(m.get("seq", -1), {})) for m in mismatches]
        # `ok` here is about the events kept: lost ones are told apart (`status().lost`), since
        # what to do differs (syncing brings them back; tampering means: do not sync).
        result = Verification(utc_stamp(), not report.mismatches, report.tree_size,
                              report.root_hash.hex(),
                              problems, len(report.mismatches))
        self.session.set_meta(LAST_VERIFICATION, json.dumps(result.to_json()))
        return result

    @staticmethod
    def _problem(mismatch: dict[str, Any], header: dict[str, Any]) -> Problem:
        return Problem(
            reason=mismatch["reason"], seq=mismatch.get("seq"),
            guid=mismatch.get("guid") or header.get("guid"),
            entity_guid=header.get("entityGuid"), entity_name=header.get("entityName"),
            type=header.get("type"), user_id=header.get("userId"),
            timestamp=header.get("timestamp"), level=mismatch.get("level"),
            index=mismatch.get("index"), tree_size=mismatch.get("treeSize"),
            attachment=mismatch.get("attachment"))

    def proof(self, seq: int) -> ProofCheck:
        """The inclusion proof of event `seq` in the current tree, checked."""
        integrity = self.session.integrity
        guid, body = integrity.stored_event(seq)
        proof = integrity.proof(guid)
        leaf = merkle.leaf_hash(body)
        path = [bytes.fromhex(h) for h in proof["auditPath"]]
        root = bytes.fromhex(proof["rootHash"])
        verified = merkle.verify_inclusion(leaf, proof["leafIndex"], proof["treeSize"], path,
                                           root)
        return ProofCheck(seq, guid, proof["leafIndex"], proof["treeSize"], leaf.hex(),
                          proof["leafHash"], proof["auditPath"], proof["rootHash"], verified)

    def server(self) -> ServerTrust | None:
        """What this device knows of its sync server's log; None before any sync."""
        state = RemoteStore(self.session.db).get()
        if state is None:
            return None
        key_name = key_id = printed = None
        signature_ok: bool | None = None
        if state.verifier_key is not None:
            try:
                verifier = parse_verifier_key(state.verifier_key)
            except NoteError:
                signature_ok = False
            else:
                key_name, key_id = verifier.name, verifier.key_id.hex()
                printed = fingerprint(verifier.public_key)
                if state.checkpoint_note:
                    signature_ok = self._signed(state.checkpoint_note, state.verifier_key,
                                                state.checkpoint_size, state.checkpoint_root)
        root = state.checkpoint_root.hex() if state.checkpoint_root is not None else None
        signs = None if state.protocol is None else state.protocol != STOCK_PROTOCOL
        return ServerTrust(state.server_url, state.checkpoint_size, root, state.checkpoint_note,
                           key_name, key_id, printed, signature_ok, state.consistency_from,
                           state.consistency_to, state.consistency_at,
                           state.consistency_problem, state.last_success, signs,
                           checkpoint_notice(state.protocol, state.server_url))

    @staticmethod
    def _signed(note: str, key: str, size: int | None, root: bytes | None) -> bool:
        """The kept note verifies under the pinned key and says what was kept."""
        try:
            checkpoint = verify_checkpoint(note, key)
        except NoteError:
            return False
        return checkpoint.tree_size == size and checkpoint.root_hash == root
