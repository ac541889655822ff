"""`datacollect-server`: run the sync server, create accounts, load app configs."""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from pathlib import Path
from typing import Any

import peewee as pw

from datacollect_desktop import __version__
from datacollect_desktop.domain.canonical import InvalidJSON, parse_json
from datacollect_desktop.domain.signed_note import NoteError
from datacollect_desktop.server.auth import PasswordHasher, password_problem
from datacollect_desktop.server.checkpoint import SigningKeyMismatch
from datacollect_desktop.server.errors import ApiError
from datacollect_desktop.server.settings import DATABASE_ENV, Settings
from datacollect_desktop.server.store import (
    SchemaError,
    UnsupportedDatabase,
    connect_store,
    open_store,
)
from datacollect_desktop.server.store.base import DuplicateUser, Role, ServerStore
from datacollect_desktop.server.workers import REUSE_PORT_OPTION, port_socket, supervise

PASSWORD_ENV = "DATACOLLECT_USER_PASSWORD"
COMMANDS = ("serve", "migrate", "create-user", "load-config", "disable-user", "enable-user",
            "delete-user")
# What each account command does, and how it says it is done.
ACCOUNT_COMMANDS = {
    "disable-user": ("refuse an account's sign-ins and revoke its tokens", "disabled"),
    "enable-user": ("let a disabled account sign in again", "enabled"),
    "delete-user": ("remove an account and revoke its tokens (its events stay)", "deleted"),
}
EPILOG = ("With no command, or with options only, the server runs as `serve` "
          "(`datacollect-server --data-dir DIR` is `datacollect-server serve --data-dir DIR`). "
          "Run `datacollect-server COMMAND --help` for a command's options.")


class _DefaultsFormatter(argparse.HelpFormatter):
    """Adds "(default: ...)" to an option's help when the default is a value worth
    showing (not None, not an on/off switch, not an empty list)."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        help_text = action.help or ""
        default = action.default
        if ("%(default)" in help_text or default is argparse.SUPPRESS or default is None
                or isinstance(default, bool) or default == [] or not action.option_strings):
            return help_text
        return f"{help_text} (default: %(default)s)".lstrip()


class CliError(Exception):
    """A problem the operator can fix; printed without a traceback."""


def _add_storage_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", type=Path, required=True,
                        help="keys, and the SQLite database unless --database is given")
    parser.add_argument("--database", default=None,
                        help=f"postgresql://... (default: ${DATABASE_ENV}, else SQLite)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="datacollect-server", description=__doc__,
                                     epilog=EPILOG)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add_command(name: str, help_text: str) -> argparse.ArgumentParser:
        """A subcommand whose help page starts with its one-line description and shows
        each option's default."""
        return commands.add_parser(name, help=help_text, description=help_text[0].upper()
                                   + help_text[1:] + ".",
                                   formatter_class=_DefaultsFormatter)

    serve = add_command("serve", "run the HTTP sync server (the default command)")
    _add_storage_options(serve)
    serve.add_argument("--host", default="127.0.0.1", help="the address to listen on")
    serve.add_argument("--port", type=int, default=8000, help="the TCP port to listen on")
    serve.add_argument("--origin", default=None,
                       help="the log's name in its checkpoints (only when the key is created)")
    serve.add_argument("--token-ttl", type=int, default=12 * 3600, help="token lifetime, seconds")
    serve.add_argument("--max-body-bytes", type=int, default=10 * 1024 * 1024,
                       help="the largest request body accepted")
    serve.add_argument("--max-event-bytes", type=int, default=1024 * 1024,
                       help="the largest single event accepted")
    serve.add_argument("--login-window", type=int, default=15 * 60,
                       help="seconds over which failed sign-ins are counted")
    serve.add_argument("--login-failures-per-account", type=int, default=5,
                       help="failed sign-ins of one account, from one address, before it waits")
    serve.add_argument("--login-failures-per-address", type=int, default=20,
                       help="failed sign-ins from one address, on any account, before it waits")
    serve.add_argument("--login-delay", type=float, default=60.0,
                       help="seconds of the first wait after an account's failures at one "
                            "address; each further failure doubles it")
    serve.add_argument("--login-address-delay", type=float, default=10.0,
                       help="the same for an address's failures on any account")
    serve.add_argument("--header-timeout", type=float, default=10.0,
                       help="seconds a client has to send a request's headers")
    serve.add_argument("--body-timeout", type=float, default=30.0,
                       help="seconds a client has to send a request's body, plus one for "
                            "each --min-body-rate bytes it sent")
    serve.add_argument("--min-body-rate", type=float, default=1024.0,
                       help="bytes per second a slow body must keep up")
    serve.add_argument("--keep-alive", type=float, default=5.0,
                       help="seconds an idle connection is kept open")
    serve.add_argument("--max-connections", type=int, default=256,
                       help="connections served at once; above it, 503 at once")
    serve.add_argument("--forward-url", default=None,
                       help="POST accepted events here; they become EXTERNAL (level 2)")
    serve.add_argument("--forward-interval", type=float, default=2.0,
                       help="seconds between forwarding rounds")
    serve.add_argument("--forward-batch", type=int, default=500,
                       help="events forwarded per request")
    serve.add_argument("--db-connections", type=int, default=16,
                       help="database connections kept open (by each worker process)")
    serve.add_argument("--workers", type=_positive, default=1,
                       help="server processes answering on the port; several share one "
                            "PostgreSQL database (a SQLite file serialises their writes)")
    serve.add_argument(REUSE_PORT_OPTION, dest="reuse_port", action="store_true",
                       help=argparse.SUPPRESS)  # one worker of several on the port
    serve.add_argument("--access-log", action="store_true", help="log every request")
    serve.add_argument("--no-migrate", dest="migrate", action="store_false",
                       help="refuse a database of an older schema instead of migrating it "
                            "at start (then run `datacollect-server migrate`)")

    migrate = add_command("migrate", "bring the database's schema up to date, printing each step")
    migrate.add_argument("--data-dir", type=Path, default=None,
                         help="the data dir whose SQLite database, DATA_DIR/server.db, to "
                              "migrate (unless --database is given)")
    migrate.add_argument("--database", default=None,
                         help=f"postgresql://... or sqlite:///PATH (if not given: ${DATABASE_ENV}, "
                              "else DATA_DIR/server.db)")
    migrate.add_argument("--dry-run", action="store_true",
                         help="print the pending steps and their SQL; change nothing")

    create = add_command("create-user",
                         f"create an account (password from ${PASSWORD_ENV} or a prompt)")
    create.add_argument("email", help="the account's email address, which it signs in with")
    create.add_argument("--role", required=True, choices=[role.value for role in Role],
                        help="what the account may do: a field-worker syncs the app configs "
                             "given with --config-id; a supervisor also reads their audit "
                             "logs and may relay others' events; an admin uses every app "
                             "config and manages the server")
    create.add_argument("--name", default=None,
                        help="the display name devices show for this account's events")
    create.add_argument("--config-id", dest="config_ids", action="extend", nargs="+",
                        default=[], metavar="ID", help="app configs the account may use")
    _add_storage_options(create)

    for name, (help_text, _) in ACCOUNT_COMMANDS.items():
        account = add_command(name, help_text)
        account.add_argument("email", help="the account's email address")
        _add_storage_options(account)

    load = add_command("load-config", "add or replace an app config from a file")
    load.add_argument("file", type=Path, help="the app config, a JSON file")
    _add_storage_options(load)
    return parser


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def _settings(args: argparse.Namespace) -> Settings:
    return Settings(
        data_dir=args.data_dir.resolve(),
        database=args.database,
        host=args.host,
        port=args.port,
        origin=args.origin,
        token_ttl_seconds=args.token_ttl,
        max_body_bytes=args.max_body_bytes,
        max_event_bytes=args.max_event_bytes,
        login_window_seconds=args.login_window,
        login_failures_per_account=args.login_failures_per_account,
        login_failures_per_address=args.login_failures_per_address,
        login_account_delay_seconds=args.login_delay,
        login_address_delay_seconds=args.login_address_delay,
        header_timeout_seconds=args.header_timeout,
        body_timeout_seconds=args.body_timeout,
        min_body_rate=args.min_body_rate,
        keep_alive_seconds=args.keep_alive,
        max_connections=args.max_connections,
        forward_url=args.forward_url,
        forward_interval_seconds=args.forward_interval,
        forward_batch=args.forward_batch,
        database_connections=args.db_connections,
        access_log=args.access_log,
        migrate=args.migrate,
    )


def _say(line: str) -> None:
    print(f"datacollect-server: database: {line}", file=sys.stderr)


def _open(args: argparse.Namespace) -> ServerStore:
    settings = Settings(data_dir=args.data_dir.resolve(), database=args.database)
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    try:
        return open_store(settings.database_url, connections=2, report=_say)
    except pw.OperationalError as exc:
        raise CliError(f"cannot open the database: {exc}") from None


def migrate(args: argparse.Namespace) -> int:
    """Apply the pending schema migrations, one transaction each, printing each step."""
    if args.database:
        url = args.database
    elif os.environ.get(DATABASE_ENV):
        url = os.environ[DATABASE_ENV]
    elif args.data_dir is not None:
        url = Settings(data_dir=args.data_dir.resolve()).database_url
        if not (args.data_dir / "server.db").exists():
            raise CliError(f"there is no database in {args.data_dir} (server.db)")
    else:
        raise CliError(f"name the database: --database URL, ${DATABASE_ENV} or --data-dir DIR")
    store = connect_store(url, connections=1)
    try:
        store.migrate(report=print, dry_run=args.dry_run)
    except pw.OperationalError as exc:
        raise CliError(f"cannot migrate the database: {exc}") from None
    finally:
        store.close()
    return 0


def _read_password() -> str:
    password = os.environ.get(PASSWORD_ENV)
    if password is None:
        if not sys.stdin.isatty():
            raise CliError(f"set {PASSWORD_ENV} or run this in a terminal to type the password")
        password = getpass.getpass("Password: ")
        if getpass.getpass("Password again: ") != password:
            raise CliError("the two passwords differ")
    if problem := password_problem(password):
        raise CliError(problem)
    return password


def create_user(args: argparse.Namespace) -> int:
    email = args.email.strip()
    if "@" not in email:
        raise CliError(f"{email!r} is not an email address")
    password = _read_password()
    store = _open(args)
    try:
        user = store.add_user(email, PasswordHasher().hash(password), Role(args.role),
                              args.config_ids)
        if args.name and args.name.strip():
            store.set_user_name(user.id, args.name.strip())
    except DuplicateUser as exc:
        raise CliError(str(exc)) from None
    finally:
        store.close()
    print(f"created {user.role.value} {user.email} (id {user.id})")
    return 0


def change_account(args: argparse.Namespace) -> int:
    """disable-user, enable-user, delete-user: each revokes every token of the account."""
    store = _open(args)
    try:
        user = store.user_by_email(args.email)
        if user is None:
            raise CliError(f"there is no account for {args.email.strip()}")
        if args.command == "delete-user":
            store.delete_user(user.id)
        else:
            store.set_user_disabled(user.id, args.command == "disable-user")
    finally:
        store.close()
    print(f"{ACCOUNT_COMMANDS[args.command][1]} {user.email} (id {user.id})")
    return 0


def load_config(args: argparse.Namespace) -> int:
    from datacollect_desktop.server.routes.apps import save_config

    try:
        doc = parse_json(args.file.read_bytes())
    except OSError as exc:
        raise CliError(f"cannot read {args.file}: {exc.strerror}") from None
    except InvalidJSON as exc:
        raise CliError(f"{args.file} is not valid JSON: {exc}") from None
    store = _open(args)
    try:
        config_id, created = save_config(store, doc)
    except ApiError as exc:
        raise CliError(exc.message) from None
    finally:
        store.close()
    print(f"{'added' if created else 'replaced'} app config {config_id}")
    return 0


def connection_limits(settings: Settings) -> dict[str, Any]:
    """uvicorn's bounds on slow and numerous clients: header and idle deadlines (the body's
    is the application's), connections at once, and the size of a request's headers."""
    from datacollect_desktop.server.slow_clients import header_deadline_protocol

    return {
        "http": header_deadline_protocol(settings.header_timeout_seconds),
        "timeout_keep_alive": settings.keep_alive_seconds,
        "limit_concurrency": settings.max_connections,
        "h11_max_incomplete_event_size": settings.max_header_bytes,
    }


def serve(args: argparse.Namespace) -> int:
    import uvicorn

    from datacollect_desktop.server.app import create_app
    from datacollect_desktop.server.services import Services

    settings = _settings(args)
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    try:
        services = Services.open(settings)
    except (SigningKeyMismatch, NoteError) as exc:
        raise CliError(str(exc)) from None
    except pw.OperationalError as exc:
        raise CliError(f"cannot open the database: {exc}") from None
    if args.workers > 1:
        # The keys exist and the schema is current: the workers only open them.
        services.close()
        if settings.port == 0:
            raise CliError("--workers needs a --port: each worker listens on it")
        try:
            sock = port_socket(settings.host, settings.port, listen=False)
        except OSError as exc:
            raise CliError(f"cannot listen on {settings.host}:{settings.port}: {exc}") from None
        return supervise(args.argv, sock, args.workers)
    config = uvicorn.Config(
        create_app(settings, services),
        host=settings.host,
        port=settings.port,
        access_log=settings.access_log,
        server_header=False,
        proxy_headers=False,  # the peer address is what login throttling counts
        log_level="info",
        **connection_limits(settings),
    )
    try:
        server = uvicorn.Server(config)
        if args.reuse_port:
            server.run(sockets=[port_socket(settings.host, settings.port, listen=True)])
        else:
            server.run()
    finally:
        services.close()
    return 0


def main(argv: list[str] | None = None) -> int:
    """Console entry point; `serve` is implied when no command is named."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list or args_list[0] not in (*COMMANDS, "-h", "--help", "--version"):
        args_list.insert(0, "serve")
    args = build_parser().parse_args(args_list)
    args.argv = args_list
    handlers = {"serve": serve, "migrate": migrate, "create-user": create_user,
                "load-config": load_config,
                **dict.fromkeys(ACCOUNT_COMMANDS, change_account)}
    try:
        return handlers[args.command](args)
    except (CliError, UnsupportedDatabase, SchemaError) as exc:
        print(f"datacollect-server: {exc}", file=sys.stderr)
        return 1
