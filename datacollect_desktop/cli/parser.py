"""The command line grammar. Global options come before the command."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from datacollect_desktop import __version__
from datacollect_desktop.app.preferences import LANGUAGES


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return value


def _key_value(text: str) -> tuple[str, str]:
    key, sep, value = text.partition("=")
    if not sep or not key:
        raise argparse.ArgumentTypeError(f"{text!r} is not KEY=VALUE")
    return key, value


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date such as 2024-03-31") from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="datacollect-desktop",
        description="Offline-first registration of individuals and households. With no "
        "command, starts the application window. The passphrase is read from "
        "DATACOLLECT_PASSPHRASE, else asked for without echo.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--data-dir", type=Path, default=None,
                        help="profile directory (default: the platform's user data directory)")
    parser.add_argument("--smoke", action="store_true",
                        help="start the window on a temporary profile with demo data, open "
                        "each screen and exit (for CI)")
    parser.add_argument("--language", choices=sorted(LANGUAGES), default=None,
                        help="the window's language this time (default: the one chosen in "
                        "Settings, else the system's)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    commands.add_parser("init", help="create a new encrypted profile")
    submit = commands.add_parser(
        "submit", help="store events: a JSON object, an array, or JSON lines")
    submit.add_argument("file", nargs="?", default="-", help="input file, or - for stdin")

    entity = commands.add_parser("entity", help="one entity, now or at a point in history")
    entity.add_argument("guid")
    when = entity.add_mutually_exclusive_group()
    when.add_argument("--at-seq", type=_positive, metavar="N",
                      help="state after the first N events of the local log")
    when.add_argument("--at", metavar="TIME",
                      help="state as of a UTC ISO-8601 time: the events stamped at or "
                      "before it, replayed in canonical order")

    entities = commands.add_parser("entities", help="entities as a JSON array")
    entities.add_argument("--search", type=_key_value, action="append", default=[],
                          metavar="KEY=VALUE",
                          help="name=TEXT finds names containing TEXT; other keys match a "
                          "data field exactly (repeatable)")
    then = entities.add_mutually_exclusive_group()
    then.add_argument("--at-seq", type=_positive, metavar="N",
                      help="entities after the first N events of the local log")
    then.add_argument("--at", metavar="TIME",
                      help="the living entities as of a UTC ISO-8601 time: the events "
                      "stamped at or before it, replayed in canonical order")

    events = commands.add_parser("events", help="events of the log in order")
    events.add_argument("--entity", metavar="GUID")

    inspect = commands.add_parser("inspect", help="an event, its inclusion proof and whether "
                                  "it verifies")
    inspect.add_argument("guid")

    audit = commands.add_parser("audit", help="the audit trail with field-level changes")
    audit.add_argument("--entity", metavar="GUID")
    audit.add_argument("--user", metavar="ID")
    audit.add_argument("--format", choices=("json", "csv"), default="json")

    records = commands.add_parser(
        "export-records", help="the living records to a spreadsheet: XLSX (a sheet per form) "
        "or CSV (a zip of one UTF-8 file per form); members carry their household's guid")
    records.add_argument("--format", choices=("csv", "xlsx"), required=True)
    records.add_argument("--at", metavar="TIME",
                         help="the records as of a UTC ISO-8601 time, as `entities --at`")
    records.add_argument("--form", dest="forms", action="append", default=[], metavar="NAME",
                         help="export this form's records (repeatable; default: every form)")
    records.add_argument("--labels", action="store_true",
                         help="the fields' and choices' labels (in --language) instead of "
                         "their keys and stored values")
    records.add_argument("out", type=Path, metavar="OUT",
                         help="the file to write (replaced if it exists)")

    commands.add_parser("stats", help="counts by type and sync level, sizes, tree shape")
    attach = commands.add_parser(
        "attach", help="store a photo or file in the profile; prints its reference (JSON)")
    attach.add_argument("file", type=Path)
    attachment = commands.add_parser("attachment", help="write a stored file's bytes out")
    attachment.add_argument("digest", metavar="sha256:HEX")
    attachment.add_argument("--out", type=Path, required=True, metavar="FILE")
    verify = commands.add_parser("verify", help="re-hash every event and check the whole tree")
    verify.add_argument("--deep", action="store_true",
                        help="also authenticate every page of the database file")
    proof = commands.add_parser("proof", help="RFC 9162 inclusion proof of an event")
    proof.add_argument("guid")
    consistency = commands.add_parser("consistency", help="RFC 9162 consistency proof")
    consistency.add_argument("--from", dest="first", type=_positive, required=True, metavar="N")
    consistency.add_argument("--to", dest="second", type=_positive, metavar="M")

    commands.add_parser("rebuild", help="replay the log into fresh projections")
    export = commands.add_parser("export", help="write an encrypted, signed, verifiable bundle")
    export.add_argument("file", type=Path)
    import_ = commands.add_parser("import", help="read a bundle made by export")
    import_.add_argument("file", type=Path)
    commands.add_parser("passwd", help="change the passphrase (the data is not re-encrypted)")
    sync = commands.add_parser(
        "sync", help="send LOCAL events to a sync server and receive the others' once; the "
        "password comes from DATACOLLECT_SERVER_PASSWORD, else a no-echo prompt (only when the "
        "stored sign-in has expired)")
    sync.add_argument("--server", required=True, metavar="URL", help="the sync server")
    sync.add_argument("--email", required=True, metavar="E", help="the account to sync as")
    sync.add_argument("--config-id", default=None, metavar="ID",
                      help="the app config to sync (default: the one the window syncs: the "
                      "config chosen from the server, else the one in use)")
    sync.add_argument("--timeout", type=_positive, default=60, metavar="SECONDS",
                      help="give up on a request after this long (default 60)")
    form = commands.add_parser("form", help="work with app config forms (needs no profile)")
    form_commands = form.add_subparsers(dest="form_command", metavar="FORM_COMMAND",
                                        required=True)
    check = form_commands.add_parser(
        "check", help="what the form's rules say about some data, as JSON: errors, warnings "
        "and calculated values; exit 0 without errors, 1 with errors, 2 for unreadable input")
    check.add_argument("config", type=Path, help="the app config (JSON)")
    check.add_argument("--form", dest="form_name", required=True, metavar="NAME",
                       help="the entity form the data is for")
    check.add_argument("data", type=Path, help="the form data (a JSON object), or - for stdin")
    check.add_argument("--today", type=_iso_date, default=None, metavar="YYYY-MM-DD",
                       help="the date today() gives (default: today's date in UTC)")
    import_form = form_commands.add_parser(
        "import", help="turn an XLSForm workbook into an app config form; prints the report "
        "of the rows it could not carry (JSON); exit 2 for a file that is not an XLSForm")
    import_form.add_argument("workbook", type=Path, help="the XLSForm (.xlsx or .xls)")
    target = import_form.add_mutually_exclusive_group()
    target.add_argument("--out", type=Path, default=None, metavar="CONFIG.json",
                        help="write a new app config holding the form (default: print "
                        "nothing but the report)")
    target.add_argument("--into", type=Path, default=None, metavar="CONFIG",
                        help="add the form (and its translations) to this app config file")
    import_form.add_argument("--name", default=None, metavar="FORM",
                             help="the form's name (default: the settings' form_id, else "
                             "the file's name)")
    demo = commands.add_parser(
        "demo", help="add realistic demo households (creates the profile if there is none)")
    demo.add_argument("--households", type=_positive, default=60, metavar="N",
                      help="how many households to add (default 60)")
    return parser
