"""The HTTP protocol client: login, push, pull, checkpoints and proofs (docs in DESIGN.md).

Every failure of the network or the server becomes a `SyncError` in plain words; answers are
parsed strictly and checked for shape, so a truncated or garbled answer is never half used.
"""

from __future__ import annotations

import json
import re
import ssl
from collections.abc import Callable, Sequence
from functools import partial
from typing import Any, TypeVar
from urllib.parse import quote

import certifi
import httpx

from datacollect_desktop.domain.canonical import InvalidJSON, parse_json
from datacollect_desktop.domain.content_digest import HEADER as DIGEST_HEADER
from datacollect_desktop.domain.content_digest import content_digest, digest_matches
from datacollect_desktop.domain.messages import Message
from datacollect_desktop.domain.protocol import (
    ATTACHMENT_DIGEST_MISMATCH,
    UPLOAD_OFFSET,
    MalformedAnswer,
    MissingAnswer,
    PullAnswer,
    PushAnswer,
    UploadAnswer,
    parse_missing_answer,
    parse_pull_answer,
    parse_push_answer,
    parse_upload_answer,
)
from datacollect_desktop.sync.errors import (
    AccessRefused,
    LoginThrottled,
    ServerTrouble,
    ServerUnavailable,
    ServerUnreachable,
    TokenRejected,
    WrongCredentials,
)
from datacollect_desktop.sync.pull_page import Irregular, PageEvents, split_page

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
Answer = TypeVar("Answer")
DAMAGED = "damaged_request"  # the server's code for a body that failed its digest


class PayloadTooLarge(ServerTrouble):
    """The server refused a request body as too large: `sent` bytes were refused, and
    `limit` is the limit when the answer states it (a stock backend answers bare HTML)."""

    code = "payload_too_large"
    sent: int | None = None
    limit: int | None = None


_STATED_LIMIT = re.compile(r"larger than (\d+) bytes")


class UploadOffset(ServerTrouble):
    """A chunk did not start where the server's bytes of the upload end: `received` says
    where to go on."""

    code = "upload_offset"
    received = 0


class AttachmentMismatch(ServerTrouble):
    """The server found that the bytes uploaded do not hash to their digest (it kept none)."""

    code = ATTACHMENT_DIGEST_MISMATCH


class AttachmentNotOnServer(ServerTrouble):
    """The server holds no attachment by that digest for the config (not uploaded yet)."""

    code = "attachment_not_on_server"


_CONTENT_RANGE = re.compile(r"bytes (\d+)-(\d+)/(\d+)\Z")


class TreeTooSmall(ServerTrouble):
    """A proof was asked against a tree that does not hold the events yet."""

    code = "invalid_tree_size"


def unreadable() -> ServerTrouble:
    """The error for an answer that is not readable JSON."""
    return ServerTrouble("The sync server sent an answer that is not readable JSON (it may "
                         "have been cut off). Sync will try again on its own; nothing was lost.")


def _unusable(what: str) -> ServerTrouble:
    return ServerTrouble("The sync server sent an answer that cannot be used ({what}). "
                         "It will be tried again later.", what=what)


def _shape(condition: bool, what: str) -> None:
    if not condition:
        raise _unusable(what)


def _parsed(parse: Callable[[Any], Answer], doc: Any) -> Answer:
    """`doc` read by a parser of domain/protocol; a malformed answer is a `ServerTrouble`."""
    try:
        return parse(doc)
    except MalformedAnswer as exc:
        raise _unusable(exc.what) from None


class SyncClient:
    """One server, one connection pool, and the bearer token once logged in."""

    def __init__(self, base_url: str, *, timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
                 transport: httpx.BaseTransport | None = None) -> None:
        self.base_url = base_url.rstrip("/")
        self.token: str | None = None
        self._http = httpx.Client(base_url=self.base_url, timeout=timeout, transport=transport,
                                  verify=_tls_context(self.base_url))

    def close(self) -> None:
        self._http.close()

    # -- requests ----------------------------------------------------------------------------

    def _send(self, method: str, path: str, *, content: bytes | None = None,
              params: dict[str, Any] | None = None, auth: bool = True,
              headers: dict[str, str] | None = None) -> httpx.Response:
        headers = {"Accept": "application/json", **(headers or {})}
        if content is not None:
            headers.setdefault("Content-Type", "application/json")
            headers[DIGEST_HEADER] = content_digest(content)
        if auth and self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        try:
            return self._http.request(method, path, content=content, params=params,
                                      headers=headers)
        except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
            raise ServerUnreachable(
                "Cannot reach the sync server at {url} ({reason}). Check the network; sync "
                "will try again on its own.", url=self.base_url, reason=_reason(exc)
            ) from None
        except httpx.TimeoutException:
            raise ServerUnreachable(
                "The sync server at {url} did not answer in time. Sync will try again on its "
                "own; nothing was lost.", url=self.base_url
            ) from None
        except httpx.HTTPError as exc:
            raise ServerTrouble(
                "The connection to the sync server broke off ({reason}). Sync will try again "
                "on its own; nothing was lost.", reason=_reason(exc)
            ) from None

    def _json(self, response: httpx.Response, *, not_found: Message | None = None) -> Any:
        _check_digest(response)
        status = response.status_code
        if status >= 400:
            self._fail(response, not_found)
        try:
            return parse_json(response.content)
        except (InvalidJSON, httpx.HTTPError):
            raise unreadable() from None

    @staticmethod
    def _fail(response: httpx.Response, not_found: Message | None) -> None:
        status = response.status_code
        code, message = _error_of(response)
        if status == 401:
            raise TokenRejected("The server asked to sign in again.")
        if status == 403:
            raise AccessRefused("This account may not sync this app: {reason}", reason=message)
        if status == 404 and not_found is not None:
            raise AccessRefused(not_found)
        if status == 413:
            refusal = PayloadTooLarge(message or "the request was too large for the server")
            stated = _STATED_LIMIT.search(message)
            refusal.limit = int(stated.group(1)) if stated else None
            raise refusal
        if status == 400 and code == "invalid_tree_size":
            raise TreeTooSmall(message)
        if status == 429:
            raise ServerTrouble("The sync server is busy (too many requests); sync will try "
                                "again later.")
        if status == 503:
            unavailable = ServerUnavailable(
                "The sync server cannot serve right now (it is overloaded or its database is "
                "out of reach). Sync will try again on its own; nothing was lost.")
            unavailable.retry_after = _retry_after(response)
            raise unavailable
        if message:
            raise ServerTrouble("The sync server answered with an error ({status}: {reason}). "
                                "Sync will try again later.", status=status, reason=message)
        raise ServerTrouble("The sync server answered with an error ({status}). Sync will try "
                            "again later.", status=status)

    # -- the protocol ------------------------------------------------------------------------

    def login(self, email: str, password: str) -> tuple[str, str | None]:
        """`(token, userId)`; the token is kept on this client for the next requests."""
        body = json.dumps({"email": email, "password": password}).encode()
        response = self._send("POST", "/api/users/login", content=body, auth=False)
        _check_digest(response)
        if response.status_code == 429:
            wait = _retry_after(response) or 60
            minutes = max(1, -(-wait // 60))
            throttled = LoginThrottled(Message.counted(
                minutes,
                "Too many wrong passwords for {email}; try again in 1 minute. Check the "
                "password in the settings.",
                "Too many wrong passwords for {email}; try again in {count} minutes. Check the "
                "password in the settings.", email=email))
            throttled.retry_after = wait
            raise throttled
        if response.status_code in (400, 401, 403) and _error_of(response)[0] != DAMAGED:
            raise WrongCredentials(
                "The sync server refused the email {email} with this password. Check both in "
                "the settings.", email=email)
        doc = self._json(response)
        _shape(isinstance(doc, dict) and isinstance(doc.get("token"), str), "no token")
        user = doc.get("userId")
        self.token = doc["token"]
        return doc["token"], user if isinstance(user, str) else None

    def optional_json(self, method: str, path: str, *, body: Any = None,
                      params: dict[str, Any] | None = None) -> Any | None:
        """The JSON answer of an endpoint other servers may lack: None when the server has
        no such endpoint (404 or 405), as a stock DataCollect backend answers."""
        content = None if body is None else json.dumps(body, ensure_ascii=False).encode()
        response = self._send(method, path, content=content, params=params)
        if response.status_code in (404, 405):
            return None
        return self._json(response)

    def push(self, wires: Sequence[bytes], config_id: str) -> PushAnswer:
        """Push events given as JSON objects (`PushItem.wire`), in order.

        The body is joined from the events' bytes, never decoding them: each is one complete
        JSON object (a stored leaf with its sync level), so commas between them make a valid
        array, and the body is exactly `push_overhead` larger than the events and commas,
        which push chunking counts on.
        """
        assert all(w[:1] == b"{" and w[-1:] == b"}" for w in wires), "events are JSON objects"
        body = b"".join((b'{"configId":', json.dumps(config_id).encode(), b',"events":[',
                         b",".join(wires), b"]}"))
        assert len(body) == push_overhead(config_id) + sum(map(len, wires)) + max(
            0, len(wires) - 1), "push_overhead counts the bytes around the events"
        try:
            doc = self._json(self._send("POST", "/api/sync/push", content=body),
                             not_found=Message("The sync server has no app {config_id!r}.",
                                               config_id=config_id))
        except PayloadTooLarge as refusal:
            refusal.sent = len(body)
            raise
        return _parsed(partial(parse_push_answer, pushed=len(wires)), doc)

    def pull(self, since: str | None, config_id: str, limit: int | None = None) -> PullAnswer:
        params: dict[str, Any] = {"configId": config_id}
        if since:
            params["since"] = since
        if limit:
            params["limit"] = limit
        doc = self._json(self._send("GET", "/api/sync/pull", params=params),
                         not_found=Message("The sync server has no app {config_id!r}.",
                                           config_id=config_id))
        _shape(isinstance(doc, dict) and isinstance(doc.get("events"), list), "pull events")
        refused = doc.get("error")
        if isinstance(refused, str) and refused and not doc["events"]:
            # A stock backend answers no events and a reason while it holds unresolved
            # potential duplicates: say so rather than report an empty pull.
            raise ServerTrouble("The sync server sent nothing: {reason}", reason=refused)
        return _parsed(parse_pull_answer, doc)

    def pull_page(self, since: str | None, config_id: str, limit: int | None = None
                  ) -> tuple[PageEvents, PullAnswer]:
        """A pull of our server's log, read one event at a time (`sync.pull_page`): the
        page's events, and the answer's level updates and cursors (its `events` empty)."""
        params: dict[str, Any] = {"configId": config_id}
        if since:
            params["since"] = since
        if limit:
            params["limit"] = limit
        response = self._send("GET", "/api/sync/pull", params=params)
        _check_digest(response)
        if response.status_code >= 400:
            self._fail(response, Message("The sync server has no app {config_id!r}.",
                                         config_id=config_id))
        try:
            page = split_page(response.content)
        except Irregular:
            doc = self._json(response)  # any other shape: parsed whole, as any answer
            _shape(isinstance(doc, dict) and isinstance(doc.get("events"), list),
                   "pull events")
            events = doc.pop("events")
            page = PageEvents(events, [], doc)
        refused = page.tail.get("error")
        if isinstance(refused, str) and refused and not page.docs:
            raise ServerTrouble("The sync server sent nothing: {reason}", reason=refused)
        return page, _parsed(parse_pull_answer, {**page.tail, "events": []})

    # -- attachments (our server only) -------------------------------------------------------

    def keeps_attachments(self, config_id: str) -> bool:
        """Whether the server stores attachments: ours does; a stock DataCollect server (and
        ours before attachments) has no such endpoint."""
        return self.optional_json("POST", "/api/sync/attachments/missing",
                                  body={"digests": []}, params={"configId": config_id}
                                  ) is not None

    def missing_attachments(self, config_id: str, digests: Sequence[str]) -> MissingAnswer:
        """Which of `digests` the server lacks for the config, and the bytes it received of
        any unfinished upload."""
        asked = list(digests)
        body = json.dumps({"digests": asked}).encode()
        doc = self._json(self._send("POST", "/api/sync/attachments/missing", content=body,
                                    params={"configId": config_id}))
        return _parsed(partial(parse_missing_answer, asked=asked), doc)

    def upload_attachment(self, config_id: str, digest: str, chunk: bytes, *, start: int,
                          total: int, media_type: str) -> UploadAnswer:
        """Send one chunk of an attachment, the bytes from `start` of `total`."""
        headers = {"Content-Type": media_type or "application/octet-stream"}
        if (start, len(chunk)) != (0, total):
            headers["Content-Range"] = f"bytes {start}-{start + len(chunk) - 1}/{total}"
        response = self._send("PUT", f"/api/sync/attachments/{quote(digest, safe=':')}",
                              content=chunk, params={"configId": config_id}, headers=headers)
        _check_digest(response)
        code, message = _error_of(response)
        if response.status_code == 409 and code == "upload_offset":
            stated = response.headers.get(UPLOAD_OFFSET, "")
            if not stated.isdigit():  # a proxy may drop the header: the body says it too
                details = _details_of(response)
                received = details.get("received") if isinstance(details, dict) else None
                stated = str(received) if type(received) is int else ""
            _shape(stated.isdigit(), "upload offset")
            refusal = UploadOffset(message)
            refusal.received = int(stated)
            raise refusal
        if response.status_code == 422 and code == ATTACHMENT_DIGEST_MISMATCH:
            raise AttachmentMismatch("The sync server refused the attachment {digest}: "
                                     "{reason}", digest=digest, reason=message)
        doc = self._json(response)
        return _parsed(partial(parse_upload_answer, digest=digest), doc)

    def download_attachment(self, config_id: str, digest: str, *, start: int, size: int
                            ) -> tuple[bytes, int, str]:
        """Up to `size` bytes of an attachment from `start`, its whole size and media type."""
        headers = {"Accept": "*/*", "Range": f"bytes={start}-{start + size - 1}"}
        response = self._send("GET", f"/api/sync/attachments/{quote(digest, safe=':')}",
                              params={"configId": config_id}, headers=headers)
        _check_digest(response)
        if response.status_code == 404 and _error_of(response)[0] == "not_found":
            raise AttachmentNotOnServer("The sync server does not hold the attachment "
                                        "{digest} yet.", digest=digest)
        if response.status_code >= 400:
            self._fail(response, None)
        media_type = response.headers.get("content-type", "application/octet-stream")
        media_type = media_type.split(";")[0].strip() or "application/octet-stream"
        if response.status_code == 206:
            found = _CONTENT_RANGE.match(response.headers.get("content-range", ""))
            _shape(found is not None, "attachment range")
            assert found is not None
            first, last, total = (int(part) for part in found.groups())
            _shape(first == start and last - first + 1 == len(response.content)
                   and last < total, "attachment range")
            return response.content, total, media_type
        _shape(response.status_code == 200, "attachment")
        return response.content[start:start + size], len(response.content), media_type

    def list_configs(self) -> list[dict[str, str]]:
        """The app configs this account may use (`GET /api/apps`): id, name and version of
        each. Our server lists those assigned to the account; a stock server answers a page
        (`{data: [...]}`) of its apps, asked here at its largest size."""
        doc = self._json(self._send("GET", "/api/apps", params={"pageSize": 100}))
        items = doc.get("data") if isinstance(doc, dict) else doc
        _shape(isinstance(items, list), "app config list")
        assert isinstance(items, list)
        found = []
        for item in items:
            if isinstance(item, dict) and isinstance(item.get("id"), str) and item["id"]:
                found.append({key: str(item.get(key) or "") for key in ("id", "name", "version")})
        return found

    def audit_logs(self, since: str, config_id: str) -> list[dict[str, Any]]:
        """A stock backend's audit entries recorded after `since` (server time), unpaged."""
        doc = self._json(self._send("GET", "/api/sync/pull/audit-logs",
                                    params={"since": since, "configId": config_id}))
        _shape(isinstance(doc, list) and all(isinstance(e, dict) for e in doc), "audit log")
        entries: list[dict[str, Any]] = doc
        return entries

    def entity_events(self, entity_guid: str, config_id: str) -> list[Any]:
        """Every event a stock backend holds for one entity, oldest first."""
        doc = self._json(self._send("GET", f"/api/entities/{quote(entity_guid, safe='')}/events",
                                    params={"configId": config_id}))
        _shape(isinstance(doc, list), "entity events")
        events: list[Any] = doc
        return events

    def verifier_key(self) -> str | None:
        """The log's checkpoint key, or None when the server signs no checkpoints (stock)."""
        response = self._send("GET", "/api/sync/checkpoint/key", auth=False)
        if response.status_code == 404:
            return None
        doc = self._json(response)
        _shape(isinstance(doc, dict) and isinstance(doc.get("verifierKey"), str), "key")
        key: str = doc["verifierKey"]
        return key

    def checkpoint(self) -> dict[str, Any]:
        doc = self._json(self._send("GET", "/api/sync/checkpoint", auth=False))
        _shape(isinstance(doc, dict), "checkpoint")
        result: dict[str, Any] = doc
        return result

    def consistency(self, first: int, second: int) -> list[bytes]:
        doc = self._json(self._send("GET", "/api/sync/proof/consistency",
                                    params={"first": first, "second": second}))
        _shape(isinstance(doc, dict) and doc.get("first") == first
               and doc.get("second") == second, "consistency proof")
        return _hashes(doc.get("proof"))

    def batch_inclusion(self, guids: Sequence[str], tree_size: int
                        ) -> tuple[list[int], list[bytes]]:
        """Each guid's leaf index, and the batched proof (`domain.multiproof`)."""
        body = json.dumps({"guids": list(guids), "treeSize": tree_size}).encode()
        doc = self._json(self._send("POST", "/api/sync/proof/inclusion", content=body),
                         not_found=Message("The sync server does not hold events it "
                                           "acknowledged."))
        indices = doc.get("leafIndices") if isinstance(doc, dict) else None
        _shape(isinstance(indices, list) and len(indices) == len(guids)
               and all(type(i) is int for i in indices)
               and doc.get("treeSize") == tree_size, "inclusion proof")
        return list(indices or []), _hashes(doc.get("proof"))


_shared_tls: ssl.SSLContext | None = None


def _tls_context(url: str) -> ssl.SSLContext | bool:
    """Certificate checking for https, built once: loading the CA bundle holds the
    interpreter lock for a long moment, which the window's thread would feel at every sync.
    Plain http (a server on the local network) needs no TLS at all, and redirects are not
    followed, so a connection never upgrades to TLS behind our back."""
    global _shared_tls
    if not url.lower().startswith("https:"):
        return False
    if _shared_tls is None:
        _shared_tls = ssl.create_default_context(cafile=certifi.where())
    return _shared_tls


def push_overhead(config_id: str) -> int:
    """Bytes of a push body around its events (`push` joins them with commas)."""
    return len(b'{"configId":,"events":[]}') + len(json.dumps(config_id).encode())


def _hashes(values: Any) -> list[bytes]:
    _shape(isinstance(values, list) and all(isinstance(v, str) for v in values), "proof hashes")
    try:
        return [bytes.fromhex(v) for v in values]
    except ValueError:
        raise ServerTrouble("The sync server sent a proof that cannot be read.") from None


def _check_digest(response: httpx.Response) -> None:
    """Refuse an answer whose body does not match the digest the server computed."""
    if not digest_matches(response.headers.get(DIGEST_HEADER), response.content):
        raise ServerTrouble(
            "The sync server's answer was damaged on the way (it does not match its "
            "checksum) and was not used. Sync will try again on its own; nothing was lost."
        )


def _error_of(response: httpx.Response) -> tuple[str, str]:
    try:
        doc = parse_json(response.content)
    except (InvalidJSON, httpx.HTTPError):
        return "", ""
    if not isinstance(doc, dict):
        return "", ""
    code, message = doc.get("error"), doc.get("message")
    return (code if isinstance(code, str) else "",
            message if isinstance(message, str) else "")


def _details_of(response: httpx.Response) -> Any:
    try:
        doc = parse_json(response.content)
    except (InvalidJSON, httpx.HTTPError):
        return None
    return doc.get("details") if isinstance(doc, dict) else None


def _retry_after(response: httpx.Response) -> int | None:
    """The seconds of a Retry-After header (the HTTP-date form is not used by our server)."""
    value = response.headers.get("Retry-After", "").strip()
    if not value.isdigit() or len(value) > 9:
        return None
    return int(value)


def _reason(exc: BaseException) -> str:
    text = str(exc).strip()
    return text[:120] if text else type(exc).__name__

