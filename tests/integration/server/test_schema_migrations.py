"""Server databases of every historical schema are migrated and served; newer ones refused.

Each fixture database is made from the DDL its era's server ran (historical_schemas.py) and
filled with that era's accounts, app configs, events, Merkle nodes and audit entries (the
rows of a database written by today's store, limited to the columns the era had).
"""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import peewee as pw
import pytest

from datacollect_desktop.server import cli
from datacollect_desktop.server.auth import PasswordHasher
from datacollect_desktop.server.routes.apps import save_config
from datacollect_desktop.server.store import (
    SCHEMA_VERSION,
    SchemaTooNew,
    SchemaTooOld,
    connect_store,
    open_store,
)
from datacollect_desktop.server.store.base import AuditCandidate, LogHead, Role
from datacollect_desktop.server.store.migrations import (
    BASELINE,
    MIGRATIONS,
    STEPS,
    VERSION_TABLE,
    Dialect,
)
from datacollect_desktop.server.store.models import build_tables
from datacollect_desktop.server.store.peewee_store import PeeweeStore
from tests.integration.server.historical_schemas import ERAS, Era
from tests.integration.server.store_contract import candidate
from tests.integration.server.support import (
    CONFIG_A,
    CONFIG_B,
    PASSWORD,
    REPO,
    WORKER_A,
    WORKER_B,
    app_config,
    leaf_bytes,
    make_event,
    pull_all,
    push,
    start_server,
)

DIALECTS = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param("postgresql", id="postgresql", marks=pytest.mark.postgres),
]


@pytest.fixture(autouse=True)
def _no_database_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DATACOLLECT_DATABASE_URL", raising=False)


@dataclass(frozen=True)
class Source:
    """A database written by today's store: its file, head and events by config."""

    path: Path
    head: LogHead
    leaves: dict[str, list[tuple[str, str]]]  # config id -> (guid, leaf) in log order


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Source]:
    """Accounts, two app configs, events of both (two pushes each), audit entries, a name
    and a linked id, written through today's store."""
    path = tmp_path_factory.mktemp("source") / "server.db"
    store = open_store(f"sqlite:///{path}")
    try:
        hashed = PasswordHasher().hash(PASSWORD)
        worker_a = store.add_user(WORKER_A, hashed, Role.FIELD_WORKER, [CONFIG_A])
        worker_b = store.add_user(WORKER_B, hashed, Role.FIELD_WORKER, [CONFIG_B])
        store.add_user("admin@example.org", hashed, Role.ADMIN, [])
        for config_id in (CONFIG_A, CONFIG_B):
            save_config(store, app_config(config_id))
        leaves: dict[str, list[tuple[str, str]]] = {CONFIG_A: [], CONFIG_B: []}
        for round_ in range(2):
            for config_id, worker in ((CONFIG_A, worker_a), (CONFIG_B, worker_b)):
                batch = [candidate(userId=worker.id) for _ in range(5 + round_)]
                store.append(batch, config_id=config_id, pushed_by=worker.id,
                             received_at="2024-05-02T00:00:00.000000Z")
                leaves[config_id].extend((c.guid, c.leaf) for c in batch)
        store.append_audit([AuditCandidate(f"audit-{n}", f'{{"n":{n}}}', f"2024-05-0{n}")
                            for n in range(1, 4)], config_id=CONFIG_A, pushed_by=worker_a.id,
                           received_at="2024-05-02T00:00:00.000000Z")
        store.set_user_name(worker_a.id, "Ana Field")
        store.link_user_ids(worker_a.id, ["laptop-person-1"])
        head = store.head()
    finally:
        store.close()
    yield Source(path, head, leaves)


def database_url(dialect: str, request: pytest.FixtureRequest, path: Path) -> str:
    if dialect == "sqlite":
        return f"sqlite:///{path}"
    dsn: str = request.getfixturevalue("postgres_database")
    return dsn


def build_era(era: Era, dialect: str, url: str, source: Source) -> None:
    """Make `url` a database of `era`: its DDL, then the source's rows in its columns."""
    target = connect_store(url, connections=1)
    origin = connect_store(f"sqlite:///{source.path}", connections=1)
    db: Any = target._db
    try:
        with db.connection_context(), db.atomic(), origin._db.connection_context():
            for statement in era.statements(dialect):
                db.execute_sql(statement)
            for table in era.table_names():
                columns = db.get_columns(table)
                names = ", ".join(f'"{column.name}"' for column in columns)
                rows = origin._db.execute_sql(
                    f'SELECT {names} FROM "{table}"').fetchall()
                booleans = [column.data_type == "boolean" for column in columns]
                marks = ", ".join([db.param] * len(columns))
                for row in rows:
                    values = [bool(v) if flag else v for v, flag in zip(row, booleans, strict=True)]
                    db.execute_sql(f'INSERT INTO "{table}" ({names}) VALUES ({marks})',
                                   values)
    finally:
        origin.close()
        target.close()


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    """A `datacollect-server` command in this process (the CLI's own code, no fork)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(list(args))
    return subprocess.CompletedProcess(list(args), code, out.getvalue(), err.getvalue())


def server_cli(*args: str) -> subprocess.CompletedProcess[str]:
    """A `datacollect-server` command as its own process."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("DATACOLLECT_DATABASE_URL", None)
    return subprocess.run([sys.executable, "-m", "datacollect_desktop.server", *args],
                          capture_output=True, text=True, env=env, timeout=120, cwd=REPO)


def recorded_versions(url: str) -> list[int] | None:
    """The versions `schema_migrations` lists, None when the table is not there."""
    store = connect_store(url, connections=1)
    db: Any = store._db
    try:
        with db.connection_context():
            if VERSION_TABLE not in db.get_tables():
                return None
            rows = db.execute_sql(
                f'SELECT "version" FROM "{VERSION_TABLE}" ORDER BY 1').fetchall()
            return [int(version) for (version,) in rows]
    finally:
        store.close()


def check_served(url: str, data_dir: Path, source: Source, *extra: str) -> str:
    """Serve `url`: sign-in, pull and checkpoint as before; a new push is accepted.
    Returns the server's log."""
    server = start_server(data_dir, *extra, database=url)
    try:
        checkpoint = server.client().get("/api/sync/checkpoint").json()
        assert (checkpoint["treeSize"], checkpoint["rootHash"]) == (
            source.head.tree_size, source.head.root_hash.hex())
        for email, config_id in ((WORKER_A, CONFIG_A), (WORKER_B, CONFIG_B)):
            client = server.as_user(email)
            events, _, _ = pull_all(client, config_id)
            assert [(e["guid"], leaf_bytes(e).decode()) for e in events] == \
                source.leaves[config_id]
        worker = server.as_user(WORKER_A)
        results = push(worker, [make_event()], CONFIG_A)["results"]
        assert [r["status"] for r in results] == ["accepted"]
        return server.log()
    finally:
        server.stop()


def test_every_schema_version_has_a_fixture_database() -> None:
    """A migration added without a fixture of its version (historical_schemas.py) leaves the
    databases made at that version untested."""
    assert sorted({era.version for era in ERAS}) == list(range(1, SCHEMA_VERSION + 1))
    assert [m.version for m in MIGRATIONS] == list(range(2, SCHEMA_VERSION + 1))


@pytest.mark.parametrize("dialect", DIALECTS)
@pytest.mark.parametrize("era", ERAS, ids=[era.name for era in ERAS])
def test_a_database_of_every_era_is_migrated_then_served(
    era: Era, dialect: str, source: Source, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    url = database_url(dialect, request, tmp_path / "old.db")
    build_era(era, dialect, url, source)

    dry = run_cli("migrate", "--database", url, "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert f"found schema {era.version}" in dry.stdout
    assert recorded_versions(url) is None  # a dry run changes nothing

    done = run_cli("migrate", "--database", url)
    assert done.returncode == 0, done.stderr
    applied = [line for line in done.stdout.splitlines() if line.startswith("applied ")]
    assert applied == [f"applied {m.version}: {m.description}"
                       for m in MIGRATIONS if m.version > era.version]
    assert recorded_versions(url) == list(range(1, SCHEMA_VERSION + 1))
    again = run_cli("migrate", "--database", url)
    assert again.returncode == 0 and "the newest" in again.stdout

    check_served(url, tmp_path / "data", source)


@pytest.mark.parametrize("dialect", DIALECTS)
def test_serve_migrates_an_older_database_at_start_unless_told_not_to(
    dialect: str, source: Source, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    url = database_url(dialect, request, tmp_path / "old.db")
    build_era(ERAS[0], dialect, url, source)
    refused = server_cli("serve", "--data-dir", str(tmp_path / "data"), "--database", url,
                         "--port", "1", "--no-migrate")
    assert refused.returncode == 1
    assert "this database is at schema 1" in refused.stderr
    assert "run `datacollect-server migrate`" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert recorded_versions(url) is None  # untouched

    log = check_served(url, tmp_path / "data", source)
    for step in MIGRATIONS:
        assert f"applied {step.version}: {step.description}" in log
    assert recorded_versions(url) == list(range(1, SCHEMA_VERSION + 1))


@pytest.mark.parametrize("dialect", DIALECTS)
def test_a_database_of_a_newer_server_is_refused_in_plain_words(
    dialect: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    url = database_url(dialect, request, tmp_path / "new.db")
    store = open_store(url)
    db: Any = store._db
    with db.connection_context():
        db.execute_sql(f'INSERT INTO "{VERSION_TABLE}" VALUES ({SCHEMA_VERSION + 1}, '
                       "'from the future', '2030-01-01T00:00:00Z')")
    store.close()
    words = (f"this database was written by a newer datacollect-server (schema "
             f"{SCHEMA_VERSION + 1}); this one understands up to {SCHEMA_VERSION}; "
             "upgrade the server")
    data = str(tmp_path / "data")
    for command in (["migrate", "--database", url],
                    ["migrate", "--database", url, "--dry-run"],
                    ["serve", "--data-dir", data, "--database", url, "--port", "1"],
                    ["load-config", str(tmp_path / "missing.json"), "--data-dir", data,
                     "--database", url]):
        if command[0] == "load-config":
            (tmp_path / "missing.json").write_text('{"id": "x", "entityForms": []}')
        answer = (server_cli if command[0] == "serve" else run_cli)(*command)
        assert answer.returncode == 1, (command, answer.stdout)
        assert f"datacollect-server: {words}" in answer.stderr, (command, answer.stderr)
        assert "Traceback" not in answer.stderr
    with pytest.raises(SchemaTooNew, match="upgrade the server"):
        open_store(url)
    assert recorded_versions(url) == [*range(1, SCHEMA_VERSION + 1), SCHEMA_VERSION + 1]


@pytest.mark.parametrize("dialect", DIALECTS)
def test_an_empty_database_is_made_at_the_newest_version_as_the_models_declare(
    dialect: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    """Tables made by the migrations are those the models declare: a column or index added
    to models.py without a migration fails here."""
    url = database_url(dialect, request, tmp_path / "new.db")
    store = open_store(url)
    assert store.schema_version() == SCHEMA_VERSION
    migrated = _shape(store)
    store.close()
    assert recorded_versions(url) == [step.version for step in STEPS]

    cluster = request.getfixturevalue("postgres_cluster") if dialect != "sqlite" else None
    declared_url = f"sqlite:///{tmp_path / 'declared.db'}" if cluster is None \
        else cluster.create_database()
    declared = connect_store(declared_url, connections=1)
    db: Any = declared._db
    try:
        with db.connection_context():
            db.create_tables(build_tables(db).all())
        assert _shape(declared) == {k: v for k, v in migrated.items() if k != VERSION_TABLE}
    finally:
        declared.close()
        if cluster is not None:
            cluster.drop_database(declared_url)


def _shape(store: PeeweeStore) -> dict[str, Any]:
    db: Any = store._db
    with db.connection_context():
        return {
            table: (
                {(c.name, c.data_type.upper(), c.null, c.primary_key)
                 for c in db.get_columns(table)},
                {(i.name, tuple(i.columns), i.unique) for i in db.get_indexes(table)},
            )
            for table in db.get_tables()
        }


@pytest.mark.parametrize("dialect", DIALECTS)
def test_a_store_opened_without_upgrade_refuses_an_older_database_untouched(
    dialect: str, source: Source, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    url = database_url(dialect, request, tmp_path / "old.db")
    build_era(ERAS[1], dialect, url, source)
    with pytest.raises(SchemaTooOld, match="this database is at schema 2"):
        open_store(url, upgrade=False)
    assert recorded_versions(url) is None


@pytest.mark.parametrize("dialect", DIALECTS)
def test_processes_migrating_at_once_apply_each_step_once(
    dialect: str, source: Source, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    url = database_url(dialect, request, tmp_path / "old.db")
    build_era(ERAS[0], dialect, url, source)
    stores = [connect_store(url, connections=1) for _ in range(4)]
    lines: list[str] = []
    errors: list[BaseException] = []
    start = threading.Barrier(len(stores))

    def run(store: PeeweeStore) -> None:
        try:
            start.wait()
            store.migrate(report=lines.append)
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(store,)) for store in stores]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    for store in stores:
        store.close()
    assert errors == []
    assert recorded_versions(url) == list(range(1, SCHEMA_VERSION + 1))
    for step in MIGRATIONS:
        assert lines.count(f"applied {step.version}: {step.description}") == 1
    assert sum(line.endswith("recorded it") for line in lines) == 1


def test_migrate_names_what_is_missing(tmp_path: Path) -> None:
    nothing = run_cli("migrate")
    assert nothing.returncode == 1 and "--database URL" in nothing.stderr
    empty = run_cli("migrate", "--data-dir", str(tmp_path))
    assert empty.returncode == 1 and "there is no database in" in empty.stderr
    assert not (tmp_path / "server.db").exists()


def test_tables_of_another_application_are_not_taken_for_ours(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    other = pw.SqliteDatabase(str(path))
    other.execute_sql('CREATE TABLE "users" ("name" TEXT)')
    other.close()
    answer = run_cli("migrate", "--database", f"sqlite:///{path}")
    assert answer.returncode == 1
    assert "belongs to another application, or is damaged" in answer.stderr
    assert "Traceback" not in answer.stderr


@pytest.mark.parametrize("dialect", ["sqlite", "postgresql"])
def test_version_1_is_the_schema_the_first_release_made(dialect: str) -> None:
    """The baseline is the first release's DDL, statement for statement (no connection)."""
    assert list(BASELINE.statements(Dialect(dialect))) == ERAS[0].statements(dialect)
