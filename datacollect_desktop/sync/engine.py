"""One sync run: push LOCAL events, pull and apply the server's, and check the server's log.

The order matters: pushing first means that when the server refuses one of our events because
it already holds another under that guid, the refusal is recorded before that other event
arrives by pull (docs/SYNC.md).
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from typing import Any, Protocol, TypeVar

from datacollect_desktop import __version__
from datacollect_desktop.domain import merkle
from datacollect_desktop.domain.canonical import InvalidJSON
from datacollect_desktop.domain.errors import InvalidEvent
from datacollect_desktop.domain.messages import Message
from datacollect_desktop.domain.protocol import PullAnswer, PushResult
from datacollect_desktop.storage.pages import PulledEvent
from datacollect_desktop.storage.profile import Session
from datacollect_desktop.storage.remote import (
    LOG_PROTOCOL,
    STOCK_BODY_LIMIT,
    STOCK_PROTOCOL,
    kept_fields,
)
from datacollect_desktop.storage.replica import DivergentEvent, PushItem, Replica
from datacollect_desktop.sync.attachments import (
    CHUNK,
    AttachmentCounts,
    AttachmentTransfer,
    LocalAttachments,
    Partials,
    ProfileAttachments,
    referenced,
)
from datacollect_desktop.sync.checkpoints import CheckpointGuard, SeenCheckpoint, alarm, stopped
from datacollect_desktop.sync.client import (
    PayloadTooLarge,
    SyncClient,
    TreeTooSmall,
    push_overhead,
    unreadable,
)
from datacollect_desktop.sync.directory import DirectorySync
from datacollect_desktop.sync.errors import AccessRefused, SyncCancelled, TokenRejected
from datacollect_desktop.sync.login import Account, Login
from datacollect_desktop.sync.pull_page import PageEvents, page_events
from datacollect_desktop.sync.stock import StockPager, missed_events

MiB = 1024 * 1024
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class _Fetched:
    """A page fetched from our server: its answer (level updates, cursors), its events with
    their leaf hashes, and its inclusion proof when it was taken with the page: (the verified
    checkpoint it proves against, leaf indices, proof hashes)."""

    answer: PullAnswer
    events: list[PulledEvent]
    leaves: list[tuple[str, bytes]]
    proof: tuple[SeenCheckpoint, list[int], list[bytes]] | None


class Progress(Protocol):
    def __call__(self, pushed: int, total_push: int, pulled: int, total_pull: int) -> None: ...


@dataclass(frozen=True)
class SyncTarget:
    """Where and as whom to sync."""

    server_url: str
    account: Account
    config_id: str = "default"
    #: The app config in use on this device (id@version); with the app's version it is
    #: recorded with each refusal, and a change of either pushes refused events again.
    config_version: str = ""
    app_version: str = __version__


@dataclass(frozen=True)
class Limits:
    """Push chunks bounded by count and bytes (under the server's body limit), pull pages."""

    push_events: int = 2500
    push_bytes: int = 4 * MiB
    pull_page: int = 2000
    #: Bytes per attachment upload or download request.
    attachment_chunk: int = CHUNK


#: Download every attachment of the records pulled, at each sync (the default).
DOWNLOAD_ALL = "all"
#: Download a record's attachments when it is first viewed (`AttachmentSync.wanted`).
DOWNLOAD_ON_VIEW = "on_view"


@dataclass
class AttachmentSync:
    """What a run does with attachments: the profile's store, when to download, the digests
    asked for by a view (for `on_view`), and the downloads not finished yet (kept across
    runs by whoever keeps this object)."""

    local: LocalAttachments
    downloads: str = DOWNLOAD_ALL
    wanted: Callable[[], list[str]] = list
    partials: Partials = field(default_factory=Partials)


@dataclass
class SyncSummary:
    pushed: int = 0
    pulled: int = 0
    rejected: int = 0
    conflicts: int = 0
    checkpoint: dict[str, Any] | None = None
    #: Every event refused by the server that waits on this device (refused in this run or
    #: earlier): guid, entityGuid, type, reason and the server's code.
    rejections: list[dict[str, str]] = field(default_factory=list)
    #: Refusals made under another app or config version, pushed again in this run.
    retried: int = 0
    attachments: AttachmentCounts = field(default_factory=AttachmentCounts)

    @property
    def refused(self) -> int:
        """Events the server refused that still wait on this device."""
        return len(self.rejections)

    def to_json(self) -> dict[str, Any]:
        return {"pushed": self.pushed, "pulled": self.pulled, "rejected": self.rejected,
                "refused": self.refused, "retried": self.retried,
                "conflicts": self.conflicts, "checkpoint": self.checkpoint,
                "rejections": self.rejections, "attachments": self.attachments.to_json()}


def learned_body_limit(refusal: PayloadTooLarge, protocol: str | None,
                       known: int | None) -> int | None:
    """The body limit to remember after a 413: the one the answer states; else a stock
    backend's known default when the refused body was above it; else half the refused body
    (or of the limit already known). None when nothing can be learned (a single event)."""
    if refusal.limit is not None:
        return refusal.limit
    sent = refusal.sent
    if sent is None:
        return None
    if protocol == STOCK_PROTOCOL and sent > STOCK_BODY_LIMIT and (
            known is None or known > STOCK_BODY_LIMIT):
        return STOCK_BODY_LIMIT
    return max(1, min(sent, known or sent) // 2)


def _never() -> bool:
    return False


def _quiet(pushed: int, total_push: int, pulled: int, total_pull: int) -> None:
    """No progress report wanted."""


class SyncEngine:
    """Runs sync for one profile on the calling thread (with that thread's connection)."""

    def __init__(self, session: Session, target: SyncTarget, *, client: SyncClient | None = None,
                 limits: Limits | None = None, attachments: AttachmentSync | None = None
                 ) -> None:
        self.session = session
        self.target = target
        self.limits = limits or Limits()
        self.client = client or SyncClient(target.server_url)
        self.replica = Replica(session.db, session.registry)
        self.attachments = attachments or AttachmentSync(ProfileAttachments(session))

    def close(self) -> None:
        self.client.close()

    def run(self, progress: Progress = _quiet, cancelled: Callable[[], bool] = _never
            ) -> SyncSummary:
        run = _Run(self, progress, cancelled)
        return run.execute()


class _Run:
    """The state of one run."""

    def __init__(self, engine: SyncEngine, progress: Progress,
                 cancelled: Callable[[], bool]) -> None:
        self.engine = engine
        self.replica = engine.replica
        self.client = engine.client
        self.limits = engine.limits
        self.progress = progress
        self.cancelled = cancelled
        self.summary = SyncSummary()
        self.total_push = 0
        self.total_pull = 0
        self.protocol: str | None = None
        target = engine.target
        self.config_id = target.config_id
        self.login = Login(self.client, self.replica.remote, target.account)
        self.guard = CheckpointGuard(self.client, self.replica.remote)
        self.files = engine.attachments
        self.transfer = AttachmentTransfer(
            self.client, self.config_id, self.files.local, self.summary.attachments,
            partials=self.files.partials, chunk=self.limits.attachment_chunk,
            check_cancel=self._check_cancel)
        #: Whether the server keeps attachments (ours does; a stock one, or an older one
        #: of ours without the endpoints, does not): decided at the first upload.
        self.server_keeps_files: bool | None = None
        self.kept_local: set[str] = set()

    def execute(self) -> SyncSummary:
        try:
            return self._execute()
        except AccessRefused as exc:
            # Said once, with what to do: the usual cause is a config id the account lacks.
            raise AccessRefused(
                "{reason} (Choose an app config this account may use: in Settings, \"Test "
                "connection\" lists them.)", reason=exc.message) from None

    def _execute(self) -> SyncSummary:
        target = self.engine.target
        self.replica.remote.bind(target.server_url, target.config_id)
        self.login.ensure()
        protocol = self._authorized(self.guard.start)
        self.protocol = protocol
        self.summary.retried = self.replica.push_under(target.app_version,
                                                       target.config_version)
        self._identity()
        self.total_push = self.replica.pending_count()
        self._report()
        self._push(protocol == LOG_PROTOCOL)
        if protocol == LOG_PROTOCOL:
            self._pull_log()
        else:
            self._pull_stock()
        self._download()
        self.replica.remote.mark_success()
        if self.guard.current is not None:
            self.summary.checkpoint = self.guard.current.to_json()
        self.summary.rejections = [
            {"guid": r.guid, "entityGuid": r.entity_guid, "type": r.type, "reason": r.reason,
             "code": r.code} for r in self.replica.refusals()]
        return self.summary

    def _identity(self) -> None:
        """Before any push: link this profile's earlier ids to the account (sync/directory)."""
        people = DirectorySync(self.engine.session, self.client, self.engine.target.account.email)
        if self.protocol == STOCK_PROTOCOL:
            # A stock backend has no directory, and its clients sign events with the
            # account's name: this device does the same, and links its earlier ids itself.
            people.signed_in_locally()
            return
        self._authorized(lambda: people.signed_in(self.login.user_id))
        self._authorized(partial(people.pull, self.config_id))

    def _authorized(self, call: Callable[[], T]) -> T:
        """Run a request; when the stored token is refused, sign in again once."""
        try:
            return call()
        except TokenRejected:
            self.login.renew()
            return call()

    def _check_cancel(self) -> None:
        if self.cancelled():
            raise SyncCancelled("Sync was cancelled; what was sent and received so far is kept.")

    def _report(self) -> None:
        self.progress(self.summary.pushed, self.total_push, self.summary.pulled,
                      max(self.total_pull, self.summary.pulled))

    # -- push --------------------------------------------------------------------------------

    def _body_limit(self) -> int | None:
        """The server's request body limit: learned from it, or a stock backend's default."""
        state = self.replica.remote.get()
        if state is not None and state.body_limit is not None:
            return state.body_limit
        return STOCK_BODY_LIMIT if self.protocol == STOCK_PROTOCOL else None

    def _chunk_bytes(self, limit: int | None) -> int:
        """Events' bytes per push: under the body limit once the push's own JSON is added."""
        if limit is None:
            return self.limits.push_bytes
        return max(1, min(self.limits.push_bytes, limit - push_overhead(self.config_id)))

    def _push(self, verified: bool) -> None:
        after = 0
        limit = self._body_limit()
        max_bytes = self._chunk_bytes(limit)
        while True:
            self._check_cancel()
            chunk = self.replica.push_chunk(after, self.limits.push_events, max_bytes)
            if not chunk:
                return
            self._upload([item.body for item in chunk])
            try:
                wires = [item.wire() for item in chunk]
                answer = self._authorized(partial(self.client.push, wires, self.config_id))
            except PayloadTooLarge as exc:
                if len(chunk) > 1:
                    learned = learned_body_limit(exc, self.protocol, limit)
                    if learned is not None and (limit is None or learned < limit):
                        limit = learned
                        self.replica.remote.update(body_limit=limit)  # for every later push
                        max_bytes = self._chunk_bytes(limit)
                    else:
                        max_bytes = max(1, max_bytes // 2)
                    continue
                self.replica.mark_pushed([], {chunk[0].guid: f"too large for the server: {exc}"},
                                         {chunk[0].guid: "event_too_large"})
                self.summary.rejected += 1
                after = chunk[0].seq
                continue
            acknowledged, rejected, codes = self._results(chunk, answer.results, verified)
            if verified:
                self.guard.accept(answer.checkpoint)
                leaves = [(i.guid, merkle.leaf_hash(i.body)) for i in chunk
                          if i.guid in acknowledged]
                self._authorized(partial(self.guard.prove_included, leaves))
            self.replica.mark_pushed(acknowledged, rejected, codes)
            self.summary.pushed += len(acknowledged)
            self.summary.rejected += len(rejected)
            after = chunk[-1].seq
            self._report()

    # -- attachments -------------------------------------------------------------------------

    def _upload(self, bodies: list[bytes]) -> None:
        """Before a chunk is pushed: send the server the attachments its events reference
        that it lacks. A server that keeps none pushes the references only; the files stay
        on this device, and the run says so (`attachments.keptLocal`)."""
        refs = referenced(bodies)
        if not refs:
            return
        if self.server_keeps_files is None:
            self.server_keeps_files = self.protocol == LOG_PROTOCOL and self._authorized(
                partial(self.client.keeps_attachments, self.config_id))
        if not self.server_keeps_files:
            self.kept_local.update(ref.digest for ref in refs)
            self.summary.attachments.kept_local = len(self.kept_local)
            return
        self._authorized(partial(self.transfer.upload, refs))

    def _download(self) -> None:
        """After the pull: fetch the attachments of stored events this device lacks, all of
        them or those a view asked for, as the settings say."""
        missing = self.files.local.missing()
        if missing and self.protocol == LOG_PROTOCOL:
            if self.files.downloads == DOWNLOAD_ALL:
                wanted = missing
            else:
                lacking = set(missing)
                wanted = [d for d in self.files.wanted() if d in lacking]
            if wanted:
                self._authorized(partial(self.transfer.download, wanted))
                missing = self.files.local.missing()
        self.summary.attachments.missing = len(missing)

    @staticmethod
    def _results(chunk: list[PushItem], results: list[PushResult] | None, verified: bool
                 ) -> tuple[set[str], dict[str, str], dict[str, str]]:
        """(acknowledged guids, refused guid -> reason, refused guid -> the server's code)."""
        if results is None:
            if verified:
                raise alarm(Message(
                    "it acknowledged a push without saying what happened to each event"))
            return {item.guid for item in chunk}, {}, {}  # a stock server: all or nothing
        acknowledged: set[str] = set()
        rejected: dict[str, str] = {}
        codes: dict[str, str] = {}
        for item, result in zip(chunk, results, strict=True):
            if result.guid != item.guid:
                raise alarm(Message("its push results do not match the events pushed"))
            if result.held_by_server:
                acknowledged.add(item.guid)
            else:
                rejected[item.guid] = result.error or "refused by the server"
                if result.code:
                    codes[item.guid] = result.code
        return acknowledged, rejected, codes

    # -- pull --------------------------------------------------------------------------------

    def _pulled(self, docs: list[Any]) -> list[PulledEvent]:
        """The page's events read and canonicalised (those read already are kept); the
        parsed JSON is let go at once (a page is large, and live objects make every garbage
        collection longer)."""
        try:
            pulled = [doc if isinstance(doc, PulledEvent) else PulledEvent.from_wire(doc)
                      for doc in docs]
        except (InvalidEvent, ValueError) as exc:
            raise alarm(Message("it sent an event that is not valid ({reason})", reason=exc)
                        ) from None
        docs.clear()
        return pulled

    def _apply(self, events: list[PulledEvent], updates: list[tuple[str, int]],
               remote: dict[str, Any]) -> None:
        try:
            result = self.replica.apply_page(events, updates, remote=remote,
                                             kept=kept_fields(self.protocol))
        except DivergentEvent as exc:
            raise stopped(exc.message) from None
        self.summary.pulled += result.new
        self.summary.conflicts += result.conflicts + len(result.collisions)

    def _pull_log(self) -> None:
        """Pull our server's log page by page, fetching the next page while one is applied.

        The fetch (HTTP, reading the events, their leaf hashes and the page's inclusion proof)
        runs on a thread of its own that never touches the database; each page is checked and
        applied here, in order, exactly as if it had been fetched just before.
        """
        state = self.replica.remote.get()
        assert state is not None
        pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-pull")
        try:
            cursor = state.cursor
            ahead: Future[_Fetched] | None = None
            while True:
                self._check_cancel()
                fetched = self._take(pool, ahead, cursor)
                answer = fetched.answer
                ahead = None
                if answer.next_cursor is not None:
                    ahead = pool.submit(self._fetch, answer.cursor)
                self._apply_fetched(fetched)
                if answer.next_cursor is None:
                    return
                cursor = answer.cursor
        finally:
            # A fetch still under way is not waited for: its page is simply not used.
            pool.shutdown(wait=False, cancel_futures=True)

    def _take(self, pool: ThreadPoolExecutor, ahead: Future[_Fetched] | None,
              cursor: str | None) -> _Fetched:
        """The page after `cursor`: the one fetched ahead, else fetched now; when the stored
        token is refused, sign in again once and fetch it again."""
        try:
            return (ahead or pool.submit(self._fetch, cursor)).result()
        except TokenRejected:
            self.login.renew()
            return self._fetch(cursor)

    def _fetch(self, cursor: str | None) -> _Fetched:
        """One page, read, with its inclusion proof (on the fetch thread: no database)."""
        page, answer = self.client.pull_page(cursor, self.config_id, self.limits.pull_page)
        events = self._read(page)
        leaves = [(e.event.guid, merkle.leaf_hash(e.body)) for e in events]
        current = self.guard.current
        proof = None
        if leaves and current is not None and current.size:
            try:
                indices, hashes = self.client.batch_inclusion([g for g, _ in leaves],
                                                              current.size)
                proof = (current, indices, hashes)
            except TreeTooSmall:
                pass  # the page is newer than the checkpoint held: proven when applied
        return _Fetched(answer, events, leaves, proof)

    def _read(self, page: PageEvents) -> list[PulledEvent]:
        """The page's events, read one at a time (`sync.pull_page`)."""
        try:
            items = page_events(page)
        except InvalidJSON:
            raise unreadable() from None
        page.docs.clear()
        return self._pulled(items)

    def _apply_fetched(self, fetched: _Fetched) -> None:
        """Check a fetched page against the log's order and proof, then apply it."""
        state = self.replica.remote.get()
        assert state is not None
        answer, events, leaves = fetched.answer, fetched.events, fetched.leaves
        last_leaf = state.last_leaf
        if events:
            if fetched.proof is not None:
                indices = self.guard.check_included(leaves, *fetched.proof)
            else:
                indices = self._authorized(partial(self.guard.prove_included, leaves))
            previous = -1 if last_leaf is None else last_leaf
            for index in indices:
                if index <= previous:
                    raise alarm(Message("its pull does not follow the order of its log"))
                previous = index
            last_leaf = indices[-1]
            current = self.guard.current
            if current is not None:
                self.total_pull = self.summary.pulled + len(events) + max(
                    0, current.size - last_leaf - 1)
        self._apply(events, answer.level_updates,
                    {"cursor": answer.cursor, "last_leaf": last_leaf})
        self._report()

    def _pull_stock(self) -> None:
        renewed = False
        while True:
            try:
                self._pull_stock_pages()
                return
            except TokenRejected:
                if renewed:
                    raise
                renewed = True
                self.login.renew()  # then start again from the last stored timestamp

    def _pull_stock_pages(self) -> None:
        state = self.replica.remote.get()
        assert state is not None
        pager = StockPager(self.client, self.config_id)
        for page in pager.pages(state.cursor):
            self._check_cancel()
            events = self._pulled(page.answer.events)
            self._apply(events, page.answer.level_updates, {"cursor": page.watermark})
            self._report()
        if pager.stuck_timestamps:
            # Pages full of one timestamp hid events: reach them through the audit log and
            # each entity's events (sync/stock.py), once the walk holds all it can reach.
            self._check_cancel()
            state = self.replica.remote.get()
            assert state is not None
            missed = missed_events(self.client, self.config_id, state.audit_cursor,
                                   self.replica.known_guids)
            events = self._pulled(missed.events)
            self._apply(events, [], {"audit_cursor": missed.audit_cursor})
            self._report()
