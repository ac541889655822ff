"""What can stop a sync, told in words a field worker can act on."""

from __future__ import annotations

from datacollect_desktop.domain.errors import KnownError


class SyncError(KnownError):
    """A sync did not finish. `transient` ones are retried later on their own."""

    code = "sync_error"
    transient = False


class ServerUnreachable(SyncError):
    """No answer: no network, the server is down, or it did not answer in time."""

    code = "server_unreachable"
    transient = True


class ServerTrouble(SyncError):
    """The server answered, but with an error or an answer that cannot be read."""

    code = "server_error"
    transient = True


class ServerUnavailable(ServerTrouble):
    """The server is up but cannot serve for now (its database is out of reach, or it is
    full of connections); `retry_after` says in how many seconds to try again."""

    code = "server_unavailable"
    retry_after: int | None = None


class LoginThrottled(SyncError):
    """Too many wrong passwords for this account from here: sign-ins wait `retry_after`
    seconds. Not retried on its own: the stored password may be the wrong one."""

    code = "login_throttled"
    retry_after: int | None = None


class TokenRejected(SyncError):
    """The server no longer accepts the stored token (it expired or was revoked)."""

    code = "token_rejected"


class WrongCredentials(SyncError):
    """The server refused the email and password."""

    code = "wrong_credentials"


class AccessRefused(SyncError):
    """The account may not use this app config, or the server does not know it."""

    code = "access_refused"


class IntegrityAlarm(SyncError):
    """The server's log failed a check: sync stops, and every local event stays as it is."""

    code = "integrity_alarm"


class SyncCancelled(SyncError):
    """Sync was cancelled; what was done so far is kept."""

    code = "cancelled"
