"""What Settings asks the sync server: the app configs the account may use, and whether the
connection works (server reachable, sign-in valid, app config assigned), in plain words."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from datacollect_desktop.app.app_config import bundled_config, load_config_file, sync_config_id
from datacollect_desktop.app.settings import Settings
from datacollect_desktop.domain.errors import KnownError
from datacollect_desktop.domain.messages import Message
from datacollect_desktop.sync.client import SyncClient
from datacollect_desktop.sync.errors import ServerUnreachable, SyncError, WrongCredentials

TIMEOUT_S = 15.0
ClientFactory = Callable[[str], SyncClient]


@dataclass(frozen=True, slots=True)
class ServerConfig:
    """An app config the server offers this account."""

    id: str
    name: str
    version: str


class Step(StrEnum):
    """The checks of a connection test, in the order they run."""

    REACHABLE = "reachable"
    SIGN_IN = "sign_in"
    ASSIGNED = "assigned"


@dataclass(frozen=True)
class ConnectionReport:
    """The outcome of a connection test: the first step that failed (None when all passed),
    a sentence for the field worker and the configs the account may use (when signed in)."""

    config_id: str
    failed: Step | None
    message: Message
    configs: tuple[ServerConfig, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return self.failed is None


def assignment_hint(config_id: str, configs: Sequence[ServerConfig]) -> Message | None:
    """A hint when `config_id` is not among the configs the account may use, else None."""
    if any(c.id == config_id for c in configs):
        return None
    if not configs:
        return Message("This account is not assigned to any app config on the server; ask "
                       "your supervisor to assign it to {config_id!r}.", config_id=config_id)
    return Message("This account is not assigned to the app config {config_id!r}. Choose one "
                   "it may use: {ids}.", config_id=config_id,
                   ids=", ".join(c.id for c in configs))


def planned_config_id(settings: Settings) -> str:
    """The app config id these settings would sync with (read from the file or the bundled
    example when the forms come from there); raises `KnownError` for an unreadable file."""
    if settings.config_source == "file":
        if not settings.config_path.strip():
            raise KnownError("Choose the app config file to load.")
        return sync_config_id(settings, load_config_file(Path(settings.config_path)))
    if settings.config_source == "server" and not settings.config_id.strip():
        raise KnownError("Enter or choose the id of the app config to use.")
    return sync_config_id(settings, bundled_config())


def _check_address(server_url: str) -> str:
    base = server_url.strip().rstrip("/")
    if not base.startswith(("http://", "https://")):
        raise KnownError("The server address must start with http:// or https://.")
    return base


class ConnectionService:
    """Asks the sync server on the calling thread (Settings runs it off the window's thread)."""

    def __init__(self, client: ClientFactory | None = None) -> None:
        self.client = client or (lambda url: SyncClient(url, timeout=TIMEOUT_S))

    def configs(self, server_url: str, account: str, password: str) -> list[ServerConfig]:
        """The app configs the account may use; raises `KnownError` in plain words."""
        client = self.client(_check_address(server_url))
        try:
            client.login(account.strip(), password)
            return _configs(client)
        finally:
            client.close()

    def test(self, settings: Settings) -> ConnectionReport:
        """Server reachable, sign-in valid, app config assigned: stops at the first failure.
        Settings that cannot be tested (no address, an unreadable config file) raise
        `KnownError`."""
        base = _check_address(settings.server_url)
        config_id = planned_config_id(settings)
        if not settings.account.strip():
            return ConnectionReport(config_id, Step.SIGN_IN, Message(
                "The server was not asked: enter the e-mail of your account first."))
        client = self.client(base)
        try:
            try:
                client.login(settings.account.strip(), settings.password)
            except ServerUnreachable as exc:
                return ConnectionReport(config_id, Step.REACHABLE, Message(
                    "The server cannot be reached: {reason}", reason=exc.message))
            except WrongCredentials:
                return ConnectionReport(config_id, Step.SIGN_IN, Message(
                    "The server answered, but it did not accept the account {account} with "
                    "this password.", account=settings.account.strip()))
            except SyncError as exc:
                return ConnectionReport(config_id, Step.REACHABLE, Message(
                    "The address answered, but not as a DataCollect sync server: {reason}",
                    reason=exc.message))
            configs = tuple(_configs(client))
        finally:
            client.close()
        hint = assignment_hint(config_id, configs)
        if hint is not None:
            return ConnectionReport(config_id, Step.ASSIGNED, Message(
                "The server answered and the account signed in, but: {hint}", hint=hint),
                configs)
        return ConnectionReport(config_id, None, Message(
            "Connected: the server answered, the account signed in and may use the app config "
            "{config_id!r}.", config_id=config_id), configs)


def _configs(client: SyncClient) -> list[ServerConfig]:
    return [ServerConfig(c["id"], c["name"], c["version"]) for c in client.list_configs()]
