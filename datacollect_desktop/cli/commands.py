"""The headless commands. Results are JSON on stdout; known errors go to stderr, exit 2."""

from __future__ import annotations

import argparse
import csv
import io
import json
import logging
import sys
from collections.abc import Callable, Iterator
from typing import Any, BinaryIO

from datacollect_desktop.app.attachments import attachment_service, write_file
from datacollect_desktop.app.audit import AUDIT_COLUMNS
from datacollect_desktop.app.bundles import export_bundle, import_bundle
from datacollect_desktop.app.errors import as_known
from datacollect_desktop.app.event_types import open_event_types
from datacollect_desktop.app.history import AsOfService
from datacollect_desktop.app.intake import BATCH
from datacollect_desktop.app.profiles import Profile, Session, default_data_dir
from datacollect_desktop.cli.exit_codes import EXIT_ERROR, EXIT_OK, EXIT_REJECTED
from datacollect_desktop.cli.prompt import read_submission, secret
from datacollect_desktop.domain import merkle
from datacollect_desktop.domain.canonical import canonical_json
from datacollect_desktop.domain.errors import KnownError
from datacollect_desktop.domain.vocabulary import SubmitStatus

PASSPHRASE_ENV = "DATACOLLECT_PASSPHRASE"
NEW_PASSPHRASE_ENV = "DATACOLLECT_NEW_PASSPHRASE"
BUNDLE_PASSPHRASE_ENV = "DATACOLLECT_BUNDLE_PASSPHRASE"
SERVER_PASSWORD_ENV = "DATACOLLECT_SERVER_PASSWORD"
# Events held between reading and storing; the store commits each batch on its own.
SUBMIT_BATCH_BYTES = 32 * 1024 * 1024
log = logging.getLogger(__name__)


def emit(value: Any) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


def _profile(args: argparse.Namespace) -> Profile:
    return Profile(args.data_dir or default_data_dir())


def _unlock(args: argparse.Namespace) -> Session:
    profile = _profile(args)
    profile.require()  # fail on a missing profile before asking for a passphrase
    session = profile.open(secret(PASSPHRASE_ENV, "Passphrase"))
    try:
        open_event_types(session)
    except BaseException:
        session.close()
        raise
    return session


def cmd_init(args: argparse.Namespace) -> int:
    profile = _profile(args)
    if profile.exists() and profile.db_path.exists():
        raise KnownError(f"A profile already exists in {profile.directory}.")

    def show(profile_id: str, recovery: str | None) -> None:
        # Printed before the profile is moved into place: a kill before this line leaves no
        # profile, so none exists whose recovery key nobody saw.
        shown: dict[str, Any] = {
            "profile": str(profile.directory), "profileId": profile_id, "recoveryKey": recovery,
            "note": "Write the recovery key down and keep it apart from the laptop; it is "
                    "shown only once."}
        if profile.cleared is not None:
            shown["cleared"] = profile.cleared
        emit(shown)
        sys.stdout.flush()

    session, _ = profile.create(secret(PASSPHRASE_ENV, "New passphrase", confirm=True),
                                show=show)
    session.close()
    return EXIT_OK


def cmd_submit(args: argparse.Namespace, session: Session) -> int:
    """Stream the input: each batch is stored and answered before the next is read."""
    if args.file == "-":
        return _submit_stream(sys.stdin.buffer, session)
    try:
        stream = open(args.file, "rb")  # noqa: SIM115 (closed below)
    except OSError as exc:
        raise KnownError(f"Cannot read {args.file}: {exc.strerror}.") from None
    with stream:
        return _submit_stream(stream, session)


def _submit_stream(stream: BinaryIO, session: Session) -> int:
    rejected = False
    for batch in _batches(read_submission(stream)):
        for result in session.store.submit(batch):
            rejected = rejected or result.status == SubmitStatus.REJECTED
            sys.stdout.write(json.dumps(result.to_json(), ensure_ascii=False) + "\n")
        sys.stdout.flush()
    return EXIT_REJECTED if rejected else EXIT_OK


def _batches(items: Iterator[tuple[Any, int]]) -> Iterator[list[Any]]:
    """The store's own batch size, and at most SUBMIT_BATCH_BYTES of input held at once."""
    batch: list[Any] = []
    held = 0
    for item, size in items:
        batch.append(item)
        held += size
        if len(batch) >= BATCH or held >= SUBMIT_BATCH_BYTES:
            yield batch
            batch, held = [], 0
    if batch:
        yield batch


def cmd_entity(args: argparse.Namespace, session: Session) -> int:
    if args.at is not None:
        entity = AsOfService(session).entity(args.guid, args.at)
    else:
        entity = session.queries.entity(args.guid, args.at_seq)
    if entity is None:
        raise KnownError(f"No entity {args.guid} at that point." if args.at_seq is not None
                         or args.at else f"No entity {args.guid} in this profile.")
    emit(entity.to_doc())
    return EXIT_OK


def cmd_entities(args: argparse.Namespace, session: Session) -> int:
    if args.at is not None:
        found = AsOfService(session).entities(args.at, dict(args.search))
    else:
        found = session.queries.entities(dict(args.search), args.at_seq)
    emit([e.to_doc() for e in found])
    return EXIT_OK


def cmd_events(args: argparse.Namespace, session: Session) -> int:
    emit([s.to_json() for s in session.queries.events(args.entity)])
    return EXIT_OK


def cmd_inspect(args: argparse.Namespace, session: Session) -> int:
    stored = session.queries.event(args.guid)
    proof = session.integrity.proof(args.guid)
    leaf = merkle.leaf_hash(canonical_json(stored.event.leaf_document()))
    verified = leaf.hex() == proof["leafHash"] and merkle.verify_inclusion(
        leaf, proof["leafIndex"], proof["treeSize"],
        [bytes.fromhex(h) for h in proof["auditPath"]], bytes.fromhex(proof["rootHash"]))
    emit({"event": stored.to_json(), "seq": stored.seq, "applied": stored.applied,
          "flag": stored.flag, "proof": proof, "verified": verified})
    return EXIT_OK if verified else EXIT_REJECTED


def cmd_audit(args: argparse.Namespace, session: Session) -> int:
    rows = session.queries.audit(entity=args.entity, user=args.user)
    if args.format == "json":
        emit(rows)
        return EXIT_OK
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(AUDIT_COLUMNS)
    for row in rows:
        writer.writerow([json.dumps(row[c], ensure_ascii=False) if c == "changes" else
                         ("" if row[c] is None else row[c]) for c in AUDIT_COLUMNS])
    sys.stdout.write(out.getvalue())
    return EXIT_OK


def cmd_export_records(args: argparse.Namespace, session: Session) -> int:
    # Imported here: the other commands need none of the application services.
    from datacollect_desktop.app.app_config import ConfigService
    from datacollect_desktop.app.exports import ExportRequest, ExportService
    from datacollect_desktop.app.settings import SettingsService

    config = ConfigService(session, SettingsService(session)).current()
    request = ExportRequest(args.format, args.at, tuple(args.forms), args.labels)
    translate = config.translator(args.language) if args.language else None
    summary = ExportService(session, lambda: config).export(request, args.out, translate)
    emit(summary.to_json())
    return EXIT_OK


def cmd_stats(args: argparse.Namespace, session: Session) -> int:
    emit(session.queries.stats())
    return EXIT_OK


def cmd_attach(args: argparse.Namespace, session: Session) -> int:
    ref = attachment_service(session).add_file(args.file)
    sys.stdout.write(json.dumps(ref.to_json(), ensure_ascii=False) + "\n")
    return EXIT_OK


def cmd_attachment(args: argparse.Namespace, session: Session) -> int:
    data = attachment_service(session).read(args.digest)
    write_file(args.out, data)
    emit({"file": str(args.out), "attachment": args.digest, "size": len(data)})
    return EXIT_OK


def cmd_verify(args: argparse.Namespace, session: Session) -> int:
    report = session.integrity.verify(deep=args.deep)
    emit(report.to_json())
    return EXIT_OK if report.ok else EXIT_REJECTED


def cmd_proof(args: argparse.Namespace, session: Session) -> int:
    emit(session.integrity.proof(args.guid))
    return EXIT_OK


def cmd_consistency(args: argparse.Namespace, session: Session) -> int:
    emit(session.integrity.consistency(args.first, args.second))
    return EXIT_OK


def cmd_rebuild(args: argparse.Namespace, session: Session) -> int:
    emit({"rebuilt": session.store.rebuild(), "treeSize": session.queries.size()})
    return EXIT_OK


def cmd_export(args: argparse.Namespace, session: Session) -> int:
    passphrase = secret(BUNDLE_PASSPHRASE_ENV, "Bundle passphrase", confirm=True)
    emit(export_bundle(session, args.file, passphrase))
    return EXIT_OK


def cmd_import(args: argparse.Namespace, session: Session) -> int:
    summary = import_bundle(session, args.file, secret(BUNDLE_PASSPHRASE_ENV, "Bundle passphrase"))
    emit(summary)
    return EXIT_REJECTED if summary["rejected"] else EXIT_OK


def cmd_passwd(args: argparse.Namespace) -> int:
    profile = _profile(args)
    profile.require()
    old = secret(PASSPHRASE_ENV, "Current passphrase")
    new = secret(NEW_PASSPHRASE_ENV, "New passphrase", confirm=True)
    profile.change_passphrase(old, new)
    emit({"changed": True})
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    # Imported here: the other commands need none of the application services.
    from datacollect_desktop.app.demo import fill_demo
    from datacollect_desktop.app.gate import ProfileGate

    gate = ProfileGate(_profile(args).directory)
    recovery = None
    if gate.needs_setup():
        passphrase = secret(PASSPHRASE_ENV, "New passphrase", confirm=True)
        workspace, recovery = gate.create("Demo field worker", passphrase, passphrase)
    else:
        workspace = gate.unlock(secret(PASSPHRASE_ENV, "Passphrase"))
    try:
        summary = fill_demo(workspace, args.households)
    finally:
        workspace.close()
    result: dict[str, Any] = {"profile": str(gate.directory), "households": summary.households,
                              "people": summary.people, "events": summary.events}
    if recovery is not None:
        result["recoveryKey"] = recovery
    emit(result)
    return EXIT_OK


def cmd_sync(args: argparse.Namespace, session: Session) -> int:
    # Imported here: the other commands need no HTTP client.
    from datacollect_desktop.app.settings import SettingsService
    from datacollect_desktop.app.sync_service import SyncService, command_line_target

    def password() -> str:
        return secret(SERVER_PASSWORD_ENV, f"Password of {args.email} on {args.server}")

    target = command_line_target(session, args.server, args.email, password, args.config_id)
    downloads = SettingsService(session).load().attachment_downloads
    service = SyncService(session, lambda: target, timeout=args.timeout,
                          downloads=lambda: downloads)
    summary = service.sync(target)
    emit(service.report(summary))
    # Every refusal still waiting counts, also those of an earlier sync (by the window).
    return EXIT_REJECTED if summary.refused else EXIT_OK


def cmd_form(args: argparse.Namespace) -> int:
    """`form check` and `form import`; neither needs a profile."""
    if args.form_command == "import":
        return _form_import(args)
    return _form_check(args)


def _form_import(args: argparse.Namespace) -> int:
    """`form import`: an XLSForm to an app config; the report goes to stdout as JSON."""
    from datacollect_desktop.app.xlsform import imported_config, read_config_json, read_xlsform

    imported = read_xlsform(args.workbook, args.name)
    target = args.out or args.into
    if target is not None:
        into = read_config_json(args.into) if args.into is not None else None
        doc = imported_config(imported, into)
        try:
            target.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n",
                              encoding="utf-8")
        except OSError as exc:
            sys.stderr.write(json.dumps({"error": "unwritable", "message": str(exc)}) + "\n")
            return EXIT_ERROR
    else:
        imported_config(imported)  # the result must be a config this app can use
    emit(imported.report())
    return EXIT_OK


def _form_check(args: argparse.Namespace) -> int:
    """`form check`: the shared form rules on a file of data."""
    from datetime import UTC, datetime

    from datacollect_desktop.app.form_check import check_form_data
    from datacollect_desktop.domain.forms import AppConfig

    try:
        config = AppConfig.from_json(args.config.read_bytes())
        raw = sys.stdin.buffer.read() if str(args.data) == "-" else args.data.read_bytes()
        data = json.loads(raw)
    except OSError as exc:
        sys.stderr.write(json.dumps({"error": "unreadable", "message": str(exc)}) + "\n")
        return EXIT_ERROR
    except (ValueError, RecursionError) as exc:
        sys.stderr.write(json.dumps({"error": "invalid_json", "message":
                                     f"The data is not valid JSON ({exc})."}) + "\n")
        return EXIT_ERROR
    today = args.today or datetime.now(UTC).date()
    result = check_form_data(config, args.form_name, data, today)
    emit(result)
    return EXIT_REJECTED if result["errors"] else EXIT_OK


SESSION_COMMANDS: dict[str, Callable[[argparse.Namespace, Session], int]] = {
    "submit": cmd_submit, "entity": cmd_entity, "entities": cmd_entities, "events": cmd_events,
    "inspect": cmd_inspect, "audit": cmd_audit, "stats": cmd_stats, "verify": cmd_verify,
    "export-records": cmd_export_records,
    "attach": cmd_attach, "attachment": cmd_attachment,
    "proof": cmd_proof, "consistency": cmd_consistency, "rebuild": cmd_rebuild,
    "export": cmd_export, "import": cmd_import, "sync": cmd_sync,
}
PROFILE_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "init": cmd_init, "passwd": cmd_passwd, "demo": cmd_demo, "form": cmd_form,
}


def run(args: argparse.Namespace) -> int:
    try:
        if args.command in PROFILE_COMMANDS:
            return PROFILE_COMMANDS[args.command](args)
        session = _unlock(args)
        try:
            return SESSION_COMMANDS[args.command](args, session)
        finally:
            session.close()
    except KeyboardInterrupt:
        sys.stderr.write(json.dumps({"error": "interrupted", "message": "Interrupted."}) + "\n")
        return EXIT_ERROR
    except Exception as exc:
        # The window's mapping (app/errors.py): known errors, and driver and OS errors
        # (a damaged profile, a full disk) told in plain words; anything else is a bug.
        known = as_known(exc)
        if known is None:
            raise
        sys.stderr.write(json.dumps({"error": known.code, "message": str(known)}) + "\n")
        return EXIT_ERROR
